/**
 * Approvals of a phase PR, counted from its reviews (the GitHub REST shape of
 * `GET /repos/{owner}/{repo}/pulls/{n}/reviews`). Pure: the caller fetches the reviews and
 * resolves `org/team` and `codeowners` entries into logins first (teamsToResolve →
 * resolveAllowedReviewers), so the rules below can be tested without GitHub.
 *
 * - The latest review per reviewer decides. A COMMENTED review does not replace an earlier
 *   approval or change request (GitHub's behaviour); a dismissed review does (GitHub turns the
 *   dismissed review's state into DISMISSED). PENDING reviews are unsubmitted drafts.
 * - Only allowed reviewers count, only approvals of the head commit, never the author's own,
 *   and nothing on a PR from a fork.
 * - Every reviewer whose decisive review does not count is listed with why, so the gate can
 *   say what to do about it.
 */

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  id: number;
  user: { login: string; type?: string } | null;
  state: ReviewState | (string & {});
  commit_id: string | null;
  submitted_at?: string | null;
}

/** Who may approve: logins, lowercased, with teams and CODEOWNERS already expanded. */
export interface AllowedReviewers {
  users: ReadonlySet<string>;
}

export interface CountApprovalsInput {
  reviews: readonly Review[];
  /** The PR author's login. */
  author: string;
  headSha: string;
  fromFork: boolean;
  allowed: AllowedReviewers;
}

export type IgnoredWhy = 'fork' | 'author' | 'not allowed' | 'stale' | 'changes requested' | 'dismissed';

export interface IgnoredReview {
  login: string;
  why: IgnoredWhy;
  /** The decisive review's state. */
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';
  /** The commit the review was made on (stale approvals: the older commit). */
  commit: string | null;
  reviewId: number;
}

export interface ApprovalCount {
  /** Logins whose approval counts, as GitHub spells them, sorted. */
  approvedBy: string[];
  /** Reviewers whose decisive review does not count as an approval, sorted by login. */
  ignored: IgnoredReview[];
  /** Allowed reviewers whose latest decisive review requests changes (on any commit). */
  changesRequested: string[];
  fromFork: boolean;
  headSha: string;
}

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export function countApprovals(input: CountApprovalsInput): ApprovalCount {
  const author = input.author.toLowerCase();
  const head = input.headSha.toLowerCase();
  const latest = new Map<string, Review & { user: { login: string } }>();
  for (const review of chronological(input.reviews)) {
    if (!review.user || !DECISIVE.has(review.state)) continue;
    latest.set(review.user.login.toLowerCase(), review as Review & { user: { login: string } });
  }

  const approvedBy: string[] = [];
  const ignored: IgnoredReview[] = [];
  const changesRequested: string[] = [];
  for (const [key, review] of latest) {
    const login = review.user.login;
    const state = review.state as IgnoredReview['state'];
    const ignore = (why: IgnoredWhy) =>
      ignored.push({ login, why, state, commit: review.commit_id, reviewId: review.id });
    if (input.fromFork) ignore('fork');
    else if (key === author) ignore('author');
    else if (!input.allowed.users.has(key)) ignore('not allowed');
    else if (state === 'DISMISSED') ignore('dismissed');
    else if (state === 'CHANGES_REQUESTED') {
      ignore('changes requested');
      changesRequested.push(login);
    } else if ((review.commit_id ?? '').toLowerCase() !== head) ignore('stale');
    else approvedBy.push(login);
  }
  const byLogin = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);
  return {
    approvedBy: approvedBy.sort(byLogin),
    ignored: ignored.sort((a, b) => byLogin(a.login, b.login)),
    changesRequested: changesRequested.sort(byLogin),
    fromFork: input.fromFork,
    headSha: input.headSha,
  };
}

/**
 * Who approved a merged PR, for the record (the Runbook's 判定 entry): reviewers whose latest
 * decisive review is an approval, sorted. What counted for the gate was judged before the merge.
 */
export function latestApprovers(reviews: readonly Review[]): string[] {
  const latest = new Map<string, Review & { user: { login: string } }>();
  for (const review of chronological(reviews)) {
    if (!review.user || !DECISIVE.has(review.state)) continue;
    latest.set(review.user.login.toLowerCase(), review as Review & { user: { login: string } });
  }
  return [...latest.values()]
    .filter((r) => r.state === 'APPROVED')
    .map((r) => r.user.login)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
}

/** Submitted reviews oldest first: by submitted_at, then id (GitHub's ids grow with time). */
function chronological(reviews: readonly Review[]): Review[] {
  const time = (r: Review) => {
    const t = r.submitted_at ? Date.parse(r.submitted_at) : Number.NaN;
    return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
  };
  return [...reviews]
    .filter((r) => r.state !== 'PENDING')
    .sort((a, b) => {
      const ta = time(a);
      const tb = time(b);
      return ta === tb ? a.id - b.id : ta < tb ? -1 : 1;
    });
}

export function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

/** One sentence a reviewer can act on. */
export function explainIgnored(entry: IgnoredReview): string {
  const { login } = entry;
  const what = entry.state === 'APPROVED' ? 'approval' : 'review';
  switch (entry.why) {
    case 'fork':
      return `${login}'s ${what} does not count: this PR comes from a fork; open it from a branch of this repository`;
    case 'author':
      return `${login} opened this PR; the author's own ${what} does not count`;
    case 'not allowed':
      return `${login} is not an allowed approver for this PR (policy github.approvers); their ${what} does not count`;
    case 'stale':
      return `${login}'s approval is on an older commit (${shortSha(entry.commit)}); re-approve`;
    case 'changes requested':
      return `${login} requested changes; they must approve, or the review must be dismissed`;
    case 'dismissed':
      return `${login}'s review was dismissed; ask for a new review`;
  }
}

/**
 * `org/team` slugs the caller must look up (lowercased, deduplicated): those in the policy's
 * approvers and, when it names `codeowners`, those among the code owners.
 */
export function teamsToResolve(entries: readonly string[], codeowners: readonly string[] = []): string[] {
  const expanded = entries.flatMap((e) => (isCodeowners(e) ? codeowners : [e]));
  return [...new Set(expanded.map(clean).filter((e) => e.includes('/')))];
}

export interface ResolveContext {
  /** Owners of the phase files (codeowners.ts `ownersOfAll`): logins and `org/team` slugs. */
  codeowners?: readonly string[];
  /** Members of each team, keyed by lowercased `org/team`. A missing key is unresolved. */
  teams: ReadonlyMap<string, readonly string[]>;
}

export interface ResolvedReviewers {
  allowed: AllowedReviewers;
  /** Entries that gave nobody: a team not looked up or empty, `codeowners` with no owners. */
  unresolved: string[];
}

/** Expand the policy's approvers (logins, `org/team`, `codeowners`) into logins. */
export function resolveAllowedReviewers(entries: readonly string[], ctx: ResolveContext): ResolvedReviewers {
  const users = new Set<string>();
  const unresolved: string[] = [];
  const addEntry = (entry: string): boolean => {
    const e = clean(entry);
    if (!e) return false;
    if (!e.includes('/')) {
      users.add(e);
      return true;
    }
    const members = ctx.teams.get(e);
    for (const m of members ?? []) users.add(clean(m));
    return (members?.length ?? 0) > 0;
  };
  for (const entry of entries) {
    if (isCodeowners(entry)) {
      const owners = ctx.codeowners ?? [];
      if (owners.length === 0) unresolved.push('codeowners');
      for (const owner of owners) if (!addEntry(owner)) unresolved.push(`codeowners: ${owner}`);
    } else if (!addEntry(entry)) unresolved.push(entry);
  }
  return { allowed: { users }, unresolved };
}

function isCodeowners(entry: string): boolean {
  return entry.trim().toLowerCase() === 'codeowners';
}

function clean(entry: string): string {
  return entry.trim().replace(/^@/, '').toLowerCase();
}
