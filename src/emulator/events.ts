/**
 * Webhook payloads as GitHub writes them to GITHUB_EVENT_PATH, built from the emulator's
 * state, with the GITHUB_SHA and GITHUB_REF the runner sets for each event.
 */
import type { Ctx } from './context.js';
import { ZERO_SHA } from './git.js';
import { pullDetail, pullOr404 } from './handlers/pull-ops.js';
import { pull, repository, review, simpleUser } from './shapes.js';

/** The webhook schemas of the payloads built here (checked like REST answers). */
export const WEBHOOK_SCHEMAS = [
  'webhook-push',
  'webhook-workflow-dispatch',
  'webhook-pull-request-review-submitted',
  ...['opened', 'synchronize', 'edited', 'reopened', 'closed', 'labeled'].map(
    (a) => `webhook-pull-request-${a}`,
  ),
];

export interface ActionEvent {
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA for the run. */
  sha?: string;
  /** GITHUB_REF for the run. */
  ref?: string;
}

/** Anything exposing the emulator's context (the Emulator does). */
export interface HasCtx {
  readonly ctx: Ctx;
}

function organization(ctx: Ctx) {
  const u = simpleUser(ctx, ctx.id.owner);
  const api = `${ctx.url}/orgs/${encodeURIComponent(ctx.id.owner)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: u.node_id,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: u.avatar_url,
    description: null,
  };
}

function common(ctx: Ctx, sender: string) {
  return { repository: repository(ctx), organization: organization(ctx), sender: simpleUser(ctx, sender) };
}

/**
 * Refreshes refs/pull/N/head and the test merge refs/pull/N/merge (what actions/checkout
 * checks out for pull_request events); returns the merge sha, or the head sha on conflicts.
 */
async function mergeRef(ctx: Ctx, number: number): Promise<{ sha: string; ref: string }> {
  const i = pullOr404(ctx, number);
  const p = i.pull!;
  await ctx.git.git(['update-ref', `refs/pull/${number}/head`, p.headSha]);
  const tree = i.state === 'open' ? await ctx.git.mergeTree(p.baseSha, p.headSha) : null;
  if (!tree) return { sha: p.headSha, ref: `refs/pull/${number}/head` };
  const sig = { name: 'GitHub', email: 'noreply@github.com', date: ctx.now() };
  const message = `Merge ${p.headSha} into ${p.baseSha}\n`;
  const sha = await ctx.git.commitTree(tree, [p.baseSha, p.headSha], message, sig);
  await ctx.git.git(['update-ref', `refs/pull/${number}/merge`, sha]);
  return { sha, ref: `refs/pull/${number}/merge` };
}

async function pullPayload(ctx: Ctx, number: number, testMerge: string | null) {
  const i = pullOr404(ctx, number);
  const body = pull(ctx, i, await pullDetail(ctx, i));
  if (testMerge && i.state === 'open') body.merge_commit_sha = testMerge;
  return body;
}

export async function pullRequestEvent(
  gh: HasCtx,
  number: number,
  action: 'opened' | 'synchronize' | 'edited' | 'reopened' | 'closed' | 'labeled' = 'opened',
  opts: { sender?: string; before?: string; changes?: Record<string, unknown> } = {},
): Promise<ActionEvent> {
  const { ctx } = gh;
  const i = pullOr404(ctx, number);
  const merge = await mergeRef(ctx, number);
  const payload: Record<string, unknown> = {
    action,
    number,
    pull_request: await pullPayload(ctx, number, merge.sha),
    ...common(ctx, opts.sender ?? i.user),
  };
  if (action === 'synchronize')
    Object.assign(payload, { before: opts.before ?? ZERO_SHA, after: i.pull!.headSha });
  if (action === 'edited') payload.changes = opts.changes ?? {};
  ctx.checkWebhook(`webhook-pull-request-${action}`, payload);
  return { name: 'pull_request', payload, ...merge };
}

export async function pullRequestReviewEvent(
  gh: HasCtx,
  number: number,
  reviewId: number,
): Promise<ActionEvent> {
  const { ctx } = gh;
  const rec = ctx.store.reviews.find((r) => r.id === reviewId && r.pull === number);
  if (!rec) throw new Error(`no review ${reviewId} on pull request #${number}`);
  const merge = await mergeRef(ctx, number);
  const payload = {
    action: 'submitted',
    // Webhooks spell the state in lower case ("approved"); the REST API in upper case.
    review: { ...review(ctx, rec), state: rec.state.toLowerCase() },
    pull_request: await pullPayload(ctx, number, merge.sha),
    ...common(ctx, rec.user),
  };
  ctx.checkWebhook('webhook-pull-request-review-submitted', payload);
  return { name: 'pull_request_review', payload, ...merge };
}

async function pushedCommit(ctx: Ctx, sha: string) {
  const c = await ctx.git.readCommit(sha);
  const diff = c.parents[0]
    ? await ctx.git.git(['diff', '--name-status', '--no-renames', c.parents[0], sha])
    : await ctx.git.git([
        'diff-tree',
        '-r',
        '--root',
        '--no-commit-id',
        '--name-status',
        '--no-renames',
        sha,
      ]);
  const files = { added: [] as string[], removed: [] as string[], modified: [] as string[] };
  for (const line of diff.stdout.toString().split('\n').filter(Boolean)) {
    const [status, path] = line.split('\t') as [string, string];
    (status === 'A' ? files.added : status === 'D' ? files.removed : files.modified).push(path);
  }
  const person = (s: { name: string; email: string }) => ({ name: s.name, email: s.email, username: s.name });
  return {
    id: sha,
    tree_id: c.tree,
    distinct: true,
    message: c.message.replace(/\n$/, ''),
    timestamp: c.committer.date,
    url: `${ctx.repoHtml}/commit/${sha}`,
    author: person(c.author),
    committer: person(c.committer),
    ...files,
  };
}

export async function pushEvent(
  gh: HasCtx,
  branch: string,
  before: string,
  after: string,
  sender: string,
): Promise<ActionEvent> {
  const { ctx } = gh;
  const shas = before === ZERO_SHA ? [after] : (await ctx.git.revList(before, after)).reverse();
  const commits = await Promise.all(shas.map((s) => pushedCommit(ctx, s)));
  const user = ctx.store.user(sender);
  const ref = `refs/heads/${branch}`;
  // A forced update (PATCH git/refs with force: true) leaves the old tip out of the new history.
  const forced = before !== ZERO_SHA && after !== ZERO_SHA && !(await ctx.git.isAncestor(before, after));
  const payload = {
    ref,
    before,
    after,
    created: before === ZERO_SHA,
    deleted: after === ZERO_SHA,
    forced,
    base_ref: null,
    compare: `${ctx.repoHtml}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    pusher: { name: user.login, email: user.email },
    ...common(ctx, sender),
  };
  ctx.checkWebhook('webhook-push', payload);
  return { name: 'push', payload, sha: after, ref };
}

export async function workflowDispatchEvent(
  gh: HasCtx,
  inputs: Record<string, string>,
  opts: { branch?: string; sender?: string; workflow?: string } = {},
): Promise<ActionEvent> {
  const { ctx } = gh;
  const branch = opts.branch ?? ctx.id.defaultBranch;
  const ref = `refs/heads/${branch}`;
  const sha = (await ctx.git.refSha(ref)) ?? undefined;
  const payload = {
    inputs,
    ref,
    workflow: opts.workflow ?? '.github/workflows/rollback.yml',
    ...common(ctx, opts.sender ?? ctx.id.owner),
  };
  ctx.checkWebhook('webhook-workflow-dispatch', payload);
  return { name: 'workflow_dispatch', payload, ref, ...(sha ? { sha } : {}) };
}

/** A scheduled run: GitHub's payload holds only the cron and workflow; the run is on the default branch. */
export async function scheduleEvent(
  gh: HasCtx,
  cron = '7-59/15 * * * *',
  workflow = '.github/workflows/rollout.yml',
): Promise<ActionEvent> {
  const { ctx } = gh;
  const ref = `refs/heads/${ctx.id.defaultBranch}`;
  const sha = (await ctx.git.refSha(ref)) ?? undefined;
  return { name: 'schedule', payload: { schedule: cron, workflow }, ref, ...(sha ? { sha } : {}) };
}
