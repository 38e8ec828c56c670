/**
 * Branch protection and rulesets at work: what stands between a pull request and its merge
 * (required status checks, approvals, code-owner approval, an up-to-date head), who escapes it,
 * and which direct ref updates are refused — with GitHub's statuses and words.
 *
 * Where the words come from (quoted from real 405 answers to PUT /pulls/{n}/merge):
 * - classic: `{"message":"At least 1 approving review is required by reviewers with write
 *   access.","documentation_url":"https://docs.github.com/articles/about-protected-branches",
 *   "status":"405"}`; `Required status check "X" is expected.` / `is errored.` / `is failing.`;
 *   `2 of 2 required status checks have not succeeded: 1 expected and 1 pending.`; several
 *   unmet rules in one message, checks first, space-separated.
 * - rulesets: `Repository rule violations found\n\n<rule>\n\n` with no documentation_url,
 *   e.g. `Waiting on code owner review from a and/or b.`; a direct update of a branch whose
 *   ruleset requires pull requests: `Changes must be made through a pull request.`
 * - `At least 2 approving reviews are required by reviewers with write access.`,
 *   `Waiting on code owner review from org/team.`, `1 review requesting changes and 1
 *   approving review by reviewers with write access.` (GitHub's own review-rule messages).
 * Not found verbatim, and so guesses (marked where used): the plural of "requesting changes",
 * the joiner of three or more owners or status categories, the order of several ruleset
 * violations, and `N of M required status checks are pending|failing|errored.`
 */
import { CODEOWNERS_PATHS, type OwnerRule, ownersOf, parseCodeowners } from './codeowners.js';
import type { Ctx } from './context.js';
import { HttpError, unprocessable } from './errors.js';
import { latestStatuses } from './handlers/repos.js';
import type { Role } from './identity.js';
import { type Requirements, type RuleSource, sourcesFor, strictest } from './protection-config.js';
import type { IssueRec, ReviewRec, StatusState } from './store.js';

const PROTECTED_DOCS = 'https://docs.github.com/articles/about-protected-branches';
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Rails' to_sentence, as GitHub joins lists ("a and b"; three or more: a guess). */
function sentence(items: string[], and = 'and'): string {
  if (items.length <= 2) return items.join(` ${and} `);
  return `${items.slice(0, -1).join(', ')}, ${and} ${items.at(-1)}`;
}

const WORD: Record<StatusState, string> = {
  pending: 'pending',
  failure: 'failing',
  error: 'errored',
  success: 'successful',
};

/** The required contexts not `success` on `sha`, in GitHub's words; undefined when all pass. */
export function checksMessage(ctx: Ctx, sha: string, contexts: string[]): string | undefined {
  const latest = new Map(latestStatuses(ctx, sha).map((s) => [s.context, s.state]));
  const unmet = contexts
    .map((c) => ({ c, word: latest.has(c) ? WORD[latest.get(c)!] : 'expected' }))
    .filter((u) => u.word !== 'successful');
  if (unmet.length === 0) return undefined;
  if (unmet.length === 1) return `Required status check "${unmet[0]!.c}" is ${unmet[0]!.word}.`;
  const tally = new Map<string, number>();
  for (const u of unmet) tally.set(u.word, (tally.get(u.word) ?? 0) + 1);
  const head = `${unmet.length} of ${contexts.length} required status checks`;
  // "6 of 6 required status checks are expected." is GitHub's; the other words are a guess.
  if (tally.size === 1) return `${head} are ${unmet[0]!.word}.`;
  const parts = ['expected', 'pending', 'failing', 'errored']
    .filter((w) => tally.has(w))
    .map((w) => `${tally.get(w)} ${w}`);
  return `${head} have not succeeded: ${sentence(parts)}.`;
}

const WRITE_ROLES: ReadonlySet<Role> = new Set(['write', 'maintain', 'admin']);

/**
 * Whether GitHub lets `login`'s review count toward the rules: "Approvals with a gray check mark
 * [from people without write or admin permissions] do not affect whether the pull request can be
 * merged" (github/docs, approving-a-pull-request-with-required-reviews.md). Without a role of their
 * own, a member of one of the emulator's teams counts: its teams have write access to the
 * repository, as a CODEOWNERS team must ("that team must be visible and it must have write
 * permissions", about-code-owners.md). An App's review counts (the emulator does not model a
 * read-only App reviewing).
 */
function reviewCounts(ctx: Ctx, login: string): boolean {
  const role = ctx.roleOf(login);
  if (role) return WRITE_ROLES.has(role);
  const inTeam = Object.values(ctx.store.teams).some((members) => members.some((m) => same(m, login)));
  return inTeam || ctx.store.users.get(login.toLowerCase())?.type === 'Bot';
}

/**
 * Each reviewer's review that counts (APPROVED, CHANGES_REQUESTED or DISMISSED; comments do not),
 * from reviewers with write access only.
 */
function latestReviews(ctx: Ctx, number: number): ReviewRec[] {
  const latest = new Map<string, ReviewRec>();
  for (const r of ctx.store.reviews) {
    if (r.pull !== number || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return [...latest.values()].filter((r) => reviewCounts(ctx, r.user));
}

async function codeowners(ctx: Ctx, sha: string): Promise<OwnerRule[]> {
  for (const path of CODEOWNERS_PATHS) {
    const blob = await ctx.git.objectAt(sha, path);
    if (blob) return parseCodeowners((await ctx.git.readBlob(blob)).toString('utf8'));
  }
  return [];
}

/** Owners (`login`, `org/team`) of changed files no approver covers; a file only its author owns needs none. */
async function waitingOwners(ctx: Ctx, i: IssueRec, approvers: string[]): Promise<string[]> {
  const p = i.pull!;
  const rules = await codeowners(ctx, p.baseSha);
  if (rules.length === 0) return [];
  const covers = (owner: string) => {
    const [org, slug] = owner.split('/');
    const people = slug ? (ctx.store.teamMembers(org!, slug) ?? []) : [owner];
    return approvers.some((a) => people.some((m) => same(m, a)));
  };
  const waiting = new Map<string, string>();
  for (const f of await ctx.git.changedFiles(p.baseSha, p.headSha)) {
    const owners = ownersOf(rules, f.filename);
    if (owners.every((o) => same(o, i.user)) || owners.some(covers)) continue;
    for (const o of owners) waiting.set(o.toLowerCase(), o);
  }
  return [...waiting.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

/** Why the reviews do not satisfy `req`, or undefined. */
async function reviewsMessage(ctx: Ctx, i: IssueRec, req: Requirements): Promise<string | undefined> {
  const count = req.requiredApprovingReviewCount ?? 0;
  if (count === 0 && !req.requireCodeOwnerReviews) return undefined;
  const reviews = latestReviews(ctx, i.number);
  // With dismissal on, an approval of an older head does not count (GitHub dismisses it on push).
  const approvals = reviews.filter(
    (r) => r.state === 'APPROVED' && !(req.dismissStaleReviews && r.commit_id !== i.pull!.headSha),
  );
  const changes = reviews.filter((r) => r.state === 'CHANGES_REQUESTED').length;
  if (changes > 0) {
    // GitHub's wording for 1 and 1; other counts pluralised the same way (a guess).
    return `${plural(changes, 'review')} requesting changes and ${plural(approvals.length, 'approving review')} by reviewers with write access.`;
  }
  if (req.requireCodeOwnerReviews) {
    const waiting = await waitingOwners(
      ctx,
      i,
      approvals.map((r) => r.user),
    );
    if (waiting.length) return `Waiting on code owner review from ${sentence(waiting, 'and/or')}.`;
  }
  if (approvals.length >= count) return undefined;
  return count === 1
    ? 'At least 1 approving review is required by reviewers with write access.'
    : `At least ${count} approving reviews are required by reviewers with write access.`;
}

interface Unmet {
  messages: string[];
  behind: boolean;
}

async function unmet(ctx: Ctx, i: IssueRec, req: Requirements, checksFirst: boolean): Promise<Unmet> {
  const p = i.pull!;
  const contexts = req.requiredStatusChecks ?? [];
  const checks = contexts.length ? checksMessage(ctx, p.headSha, contexts) : undefined;
  const reviews = await reviewsMessage(ctx, i, req);
  const messages = (checksFirst ? [checks, reviews] : [reviews, checks]).filter((m): m is string => !!m);
  return { messages, behind: !!req.strict && !(await ctx.git.isAncestor(p.baseSha, p.headSha)) };
}

const withoutReviews = (req: Requirements): Requirements => ({
  ...req,
  requiredApprovingReviewCount: 0,
  requireCodeOwnerReviews: false,
});

/** What the base's rules say of PR `i`, for `login` (null: for nobody in particular, no bypass). */
export interface Assessment {
  /** Any protection (classic or ruleset) applies to the base branch. */
  protected: boolean;
  classic: string[];
  rulesets: string[];
  behind: boolean;
}

export async function assess(ctx: Ctx, i: IssueRec, login: string | null): Promise<Assessment> {
  const sources = sourcesFor(ctx.id.protection, i.pull!.baseRef);
  const escapes = (s: RuleSource) => login !== null && s.bypassesAll(login);
  const out: Assessment = { protected: sources.length > 0, classic: [], rulesets: [], behind: false };
  const classic = sources.find((s) => s.kind === 'classic');
  if (classic && !escapes(classic)) {
    const skip = login !== null && classic.bypassesReviews(login);
    const u = await unmet(ctx, i, skip ? withoutReviews(classic.req) : classic.req, true);
    out.classic = u.messages;
    out.behind = u.behind;
  }
  const rulesets = sources.filter((s) => s.kind === 'ruleset' && !escapes(s));
  if (rulesets.length) {
    // The order of several ruleset violations is a guess (reviews first, as one answer showed).
    const u = await unmet(ctx, i, strictest(rulesets.map((s) => s.req)), false);
    out.rulesets = u.messages;
    out.behind ||= u.behind;
  }
  return out;
}

/** GET /pulls/{n}'s mergeable_state for a PR that merges cleanly. */
export function gateState(a: Assessment): 'clean' | 'blocked' | 'behind' {
  if (a.classic.length || a.rulesets.length) return 'blocked';
  return a.behind ? 'behind' : 'clean';
}

/** The answer GitHub gives a merge the rules refuse, or null. */
export function mergeRefusal(a: Assessment): HttpError | null {
  if (a.classic.length) {
    return new HttpError(405, {
      message: a.classic.join(' '),
      documentation_url: PROTECTED_DOCS,
      status: '405',
    });
  }
  if (a.rulesets.length) return ruleViolations(405, a.rulesets);
  if (a.behind) {
    return new HttpError(409, {
      message: 'Head branch is out of date. Review and try the merge again.',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      status: '409',
    });
  }
  return null;
}

/**
 * "Repository rule violations found" with each rule as a paragraph. Merge refusals (405) carry no
 * documentation_url in every answer found; GitHub's OpenAPI requires one on a 422, and no real
 * 422 body was found, so the endpoint's reference page stands in (a guess).
 */
function ruleViolations(status: 405 | 422, rules: string[]): HttpError {
  const message = ruleViolationsMessage(rules);
  const docs =
    status === 422 ? { documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference' } : {};
  return new HttpError(status, { message, ...docs, status: String(status) });
}

/**
 * What stops `login` updating `fullRef` directly (PATCH git/refs, createCommitOnBranch) or
 * deleting it: classic protection unless the actor may bypass pull requests (deletion: always,
 * "Allow deletions" off); a ruleset requiring pull requests unless the actor is on its bypass list.
 */
export function directUpdateBlock(
  ctx: Ctx,
  fullRef: string,
  login: string,
  deleting: boolean,
): 'classic' | 'ruleset' | null {
  if (!fullRef.startsWith('refs/heads/')) return null;
  const sources = sourcesFor(ctx.id.protection, fullRef.slice('refs/heads/'.length));
  const needsPull = (s: RuleSource) => s.req.requirePullRequest !== false;
  const classic = sources.find((s) => s.kind === 'classic');
  if (classic && (deleting || (needsPull(classic) && !classic.bypassesReviews(login)))) return 'classic';
  const ruled = sources.some((s) => s.kind === 'ruleset' && needsPull(s) && !s.bypassesAll(login));
  return ruled && !deleting ? 'ruleset' : null;
}

/** The REST answer to a refused direct update or deletion (PATCH/DELETE git/refs), or null. */
export function refUpdateRefusal(
  ctx: Ctx,
  fullRef: string,
  login: string,
  deleting: boolean,
): HttpError | null {
  const block = directUpdateBlock(ctx, fullRef, login, deleting);
  if (block === 'classic') return unprocessable(`Protected branch update failed for ${fullRef}.`);
  return block === 'ruleset' ? ruleViolations(422, [PULL_REQUIRED]) : null;
}

export const PULL_REQUIRED = 'Changes must be made through a pull request.';

/** Rulesets' message: each violated rule a paragraph. */
export const ruleViolationsMessage = (rules: string[]) =>
  `Repository rule violations found\n\n${rules.map((r) => `${r}\n\n`).join('')}`;
