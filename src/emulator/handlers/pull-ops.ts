/**
 * What pull requests do, shared by the REST handlers and the test-side helpers acting as
 * humans: open, detail (mergeability, counts), review, merge with real git.
 */
import { type Ctx, headGitRef } from '../context.js';
import { checkBodyLength, error, HttpError, notFound, requireString, validationFailed } from '../errors.js';
import { GITHUB_ACTIONS } from '../identity.js';
import { assess, gateState, mergeRefusal } from '../protection.js';
import type { PullDetail } from '../shapes.js';
import type { IssueRec, ReviewRec, ReviewState } from '../store.js';
import { webFlow } from './git.js';
import { storeIssue } from './issue-ops.js';

const PULLS_DOCS = 'https://docs.github.com/rest/pulls/pulls';

export interface OpenPull {
  title?: unknown;
  head?: unknown;
  base?: unknown;
  body?: unknown;
  draft?: unknown;
  maintainer_can_modify?: unknown;
}

/** Where a PR's head is: a branch here, or (`owner` set) a branch of owner's fork. */
export interface Head {
  branch: string;
  owner?: string;
}

/**
 * The branch a `head` names: `branch` or `owner:branch` of this repository, or `user:branch` of
 * that user's fork ("namespace head with a user or organization name", REST docs, Create a pull
 * request).
 */
function headOf(ctx: Ctx, head: string): Head {
  const colon = head.indexOf(':');
  if (colon < 0) return { branch: head };
  const owner = head.slice(0, colon);
  const branch = head.slice(colon + 1);
  return owner.toLowerCase() === ctx.id.owner.toLowerCase() ? { branch } : { branch, owner };
}

/** `owner:branch`, as GitHub names a head in labels and messages. */
export function headLabel(ctx: Ctx, p: { headRef: string; headOwner?: string }): string {
  return `${p.headOwner ?? ctx.id.owner}:${p.headRef}`;
}

/** The git ref holding `head`. */
const gitRefOf = (head: Head) => headGitRef({ headRef: head.branch, headOwner: head.owner });

export function openPullFor(ctx: Ctx, head: Head, base: string): IssueRec | undefined {
  const ref = gitRefOf(head);
  return [...ctx.store.issues.values()].find(
    (i) => i.pull && i.state === 'open' && headGitRef(i.pull) === ref && i.pull.baseRef === base,
  );
}

export async function createPull(ctx: Ctx, login: string, input: OpenPull): Promise<IssueRec> {
  const user = ctx.store.user(login);
  // The setting is GitHub Actions' (GITHUB_TOKEN); App installations are not bound by it.
  if (user.login === GITHUB_ACTIONS && !ctx.actionsCanCreatePullRequests) {
    throw error(403, 'GitHub Actions is not permitted to create or approve pull requests.');
  }
  const title = requireString(input.title, 'title', 'PullRequest', PULLS_DOCS);
  if (typeof input.head !== 'string' || typeof input.base !== 'string') {
    throw validationFailed(
      [
        {
          resource: 'PullRequest',
          code: 'missing_field',
          field: typeof input.head !== 'string' ? 'head' : 'base',
        },
      ],
      PULLS_DOCS,
    );
  }
  checkBodyLength(input.body, 'Issue');
  const base = input.base;
  const head = headOf(ctx, input.head);
  const baseSha = await ctx.git.refSha(`refs/heads/${base}`);
  if (!baseSha)
    throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], PULLS_DOCS);
  const headSha = await ctx.git.refSha(gitRefOf(head));
  if (!headSha)
    throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], PULLS_DOCS);
  const label = headLabel(ctx, { headRef: head.branch, headOwner: head.owner });
  if (openPullFor(ctx, head, base)) {
    const message = `A pull request already exists for ${label}.`;
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }], PULLS_DOCS);
  }
  if ((await ctx.git.revList(baseSha, headSha)).length === 0) {
    const message = `No commits between ${base} and ${head.branch}`;
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }], PULLS_DOCS);
  }
  const rec = storeIssue(ctx, {
    title,
    body: input.body,
    labels: [],
    assignees: [],
    user: user.login,
    at: ctx.now(),
    pull: {
      headRef: head.branch,
      ...(head.owner ? { headOwner: head.owner } : {}),
      headSha,
      baseRef: base,
      baseSha,
      draft: input.draft === true,
      merged: false,
      merged_at: null,
      merged_by: null,
      merge_commit_sha: null,
      maintainer_can_modify: input.maintainer_can_modify !== false,
      requested_reviewers: [],
      requested_teams: [],
      auto_merge: null,
    },
  });
  ctx.written.push({ kind: 'pull', number: rec.number, action: 'opened', login: user.login });
  return rec;
}

/**
 * Records a PATCH of a pull request (through /pulls or /issues, which edit the same record) in
 * the write log: `fields` the request set, and a close or reopen.
 */
export function recordPullUpdate(ctx: Ctx, i: IssueRec, login: string, fields: string[], wasOpen: boolean) {
  if (!i.pull) return;
  if (fields.length) ctx.written.push({ kind: 'pull', number: i.number, action: 'edited', login, fields });
  const open = i.state === 'open';
  if (open !== wasOpen)
    ctx.written.push({ kind: 'pull', number: i.number, action: open ? 'reopened' : 'closed', login });
}

export function pullOr404(ctx: Ctx, n: string | number): IssueRec {
  const rec = ctx.store.pull(Number(n));
  if (!rec) throw notFound();
  return rec;
}

const details = new WeakMap<Ctx, Map<string, Omit<PullDetail, 'mergeable' | 'gate'> & { clean: boolean }>>();

/** Mergeability and the diff counts GET /pulls/{n} reports (kept per base and head commit). */
export async function pullDetail(ctx: Ctx, i: IssueRec): Promise<PullDetail> {
  const p = i.pull!;
  const cache = details.get(ctx) ?? new Map();
  details.set(ctx, cache);
  const key = `${p.baseSha}..${p.headSha}`;
  let d = cache.get(key);
  if (!d) {
    const clean = (await ctx.git.mergeTree(p.baseSha, p.headSha)) !== null;
    const commits = (await ctx.git.revList(p.baseSha, p.headSha)).length;
    const diff = await ctx.git.git(['diff', '--numstat', `${p.baseSha}...${p.headSha}`], { allowFail: true });
    let additions = 0;
    let deletions = 0;
    const lines = diff.stdout.toString().split('\n').filter(Boolean);
    for (const line of lines) {
      const [a, del] = line.split('\t');
      additions += Number(a) || 0;
      deletions += Number(del) || 0;
    }
    d = { clean, commits, additions, deletions, changed_files: lines.length };
    cache.set(key, d);
  }
  const { clean, ...counts } = d;
  // The rules are judged afresh: reviews and statuses change without the commits changing.
  const open = i.state === 'open';
  const gate = open && clean ? gateState(await assess(ctx, i, null)) : null;
  return { ...counts, mergeable: open ? clean : null, gate };
}

const SELF_REVIEW: Partial<Record<ReviewState, string>> = {
  APPROVED: 'Can not approve your own pull request',
  CHANGES_REQUESTED: 'Can not request changes on your own pull request',
};

function reviewRefused(message: string): HttpError {
  return new HttpError(422, {
    message: 'Unprocessable Entity',
    errors: [message],
    documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    status: '422',
  });
}

export async function submitReview(
  ctx: Ctx,
  number: number,
  login: string,
  input: { event?: unknown; body?: unknown; commit_id?: unknown },
): Promise<ReviewRec> {
  const i = pullOr404(ctx, number);
  const states: Record<string, ReviewState> = {
    APPROVE: 'APPROVED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    COMMENT: 'COMMENTED',
  };
  const state: ReviewState =
    input.event === undefined ? 'PENDING' : (states[String(input.event)] ?? 'PENDING');
  if (input.event !== undefined && !states[String(input.event)])
    throw reviewRefused(`Unexpected event: ${input.event}`);
  const user = ctx.store.user(login);
  const self = SELF_REVIEW[state];
  if (self && user.login.toLowerCase() === i.user.toLowerCase()) throw reviewRefused(self);
  if (state === 'APPROVED' && user.login === GITHUB_ACTIONS && !ctx.actionsCanCreatePullRequests) {
    throw reviewRefused('GitHub Actions is not permitted to approve pull requests.');
  }
  const body = typeof input.body === 'string' ? input.body : '';
  if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !body) {
    throw reviewRefused('Body is required when using REQUEST_CHANGES or COMMENT events');
  }
  checkBodyLength(body, 'PullRequestReview');
  const commit = typeof input.commit_id === 'string' ? input.commit_id : i.pull!.headSha;
  if ((await ctx.git.objectType(commit)) !== 'commit') throw reviewRefused('Commit not found');
  const rec: ReviewRec = {
    id: ctx.store.nextId(),
    pull: number,
    user: user.login,
    body,
    state,
    commit_id: commit,
    submitted_at: ctx.now(),
  };
  ctx.store.reviews.push(rec);
  if (state !== 'PENDING') ctx.written.push({ kind: 'review', number, id: rec.id, login: user.login });
  // A submitted review answers the review request, as on GitHub.
  if (state !== 'PENDING') {
    i.pull!.requested_reviewers = i.pull!.requested_reviewers.filter(
      (r) => r.toLowerCase() !== user.login.toLowerCase(),
    );
  }
  return rec;
}

export interface MergeInput {
  sha?: unknown;
  merge_method?: unknown;
  commit_title?: unknown;
  commit_message?: unknown;
}

const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';

/** Merges with a real three-way merge; returns the new commit on the base branch. */
export async function mergePull(ctx: Ctx, number: number, login: string, input: MergeInput): Promise<string> {
  const i = pullOr404(ctx, number);
  const p = i.pull!;
  if (i.state !== 'open') throw error(405, 'Pull Request is not mergeable', MERGE_DOCS);
  if (typeof input.sha === 'string' && input.sha !== p.headSha) {
    throw error(409, 'Head branch was modified. Review and try the merge again.', MERGE_DOCS);
  }
  const method = (input.merge_method as string | undefined) ?? 'merge';
  if (!['merge', 'squash', 'rebase'].includes(method)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'merge_method' }], MERGE_DOCS);
  }
  const tree = await ctx.git.mergeTree(p.baseSha, p.headSha);
  if (!tree) throw error(405, 'Pull Request is not mergeable', MERGE_DOCS);
  const user = ctx.store.user(login);
  const refused = mergeRefusal(await assess(ctx, i, user.login));
  if (refused) throw refused;
  const now = ctx.now();
  const author = { name: user.name, email: user.email, date: now };
  const title =
    typeof input.commit_title === 'string'
      ? input.commit_title
      : method === 'merge'
        ? `Merge pull request #${number} from ${p.headOwner ?? ctx.id.owner}/${p.headRef}`
        : `${i.title} (#${number})`;
  const body =
    typeof input.commit_message === 'string' ? input.commit_message : method === 'merge' ? i.title : '';
  const message = body ? `${title}\n\n${body}\n` : `${title}\n`;
  // rebase is emulated as one commit on the base, like squash: the tree is what matters here.
  const parents = method === 'merge' ? [p.baseSha, p.headSha] : [p.baseSha];
  const sha = await ctx.git.commitTree(tree, parents, message, author, webFlow(now));
  ctx.store.signed.add(sha);
  const before = p.baseSha;
  if (!(await ctx.git.casRef(`refs/heads/${p.baseRef}`, sha, before))) {
    throw error(409, 'Base branch was modified. Review and try the merge again.', MERGE_DOCS);
  }
  Object.assign(p, {
    merged: true,
    merged_at: now,
    merged_by: user.login,
    merge_commit_sha: sha,
    auto_merge: null,
  });
  Object.assign(i, { state: 'closed', closed_at: now, closed_by: user.login, updated_at: now });
  ctx.written.push({ kind: 'pull', number, action: 'merged', login: user.login });
  ctx.refMoved(`refs/heads/${p.baseRef}`, sha, { before, login: user.login });
  return sha;
}
