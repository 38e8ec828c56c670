/**
 * The GraphQL objects the emulator answers, built from its store and git repository as GitHub's
 * schema shapes them: issues and pull requests with their labels, comments, reviews, files and
 * commits; commits with their history, files, statuses and associated pull requests; blobs.
 * Fields are functions where they read git or take arguments, so a document pays only for what
 * it asks. Every read checks the token's permission as the REST equivalent does (access.ts):
 * an integration without it gets GitHub's FORBIDDEN "Resource not accessible by integration".
 *
 * Bots: an actor's `login` has no `[bot]` suffix in GraphQL (`github-actions`, where REST says
 * `github-actions[bot]`; fullsend-ai/fullsend#6205), while `viewer { login }` of an App's token
 * is `<slug>[bot]` (fullsend-ai/fullsend#1953).
 */
import { decide } from '../access.js';
import type { Ctx } from '../context.js';
import { pullsWithCommit } from '../handlers/pulls.js';
import { latestStatuses } from '../handlers/repos.js';
import type { Identity } from '../identity.js';
import type { IssueRec } from '../store.js';
import { connection, enumList, type Page } from './connection.js';
import { FieldError, type GqlObject } from './execute.js';

/** Who reads: the repository and the token. */
export interface See {
  ctx: Ctx;
  who: Identity;
}

/** GitHub's GraphQL answer to a read the token lacks the permission for. */
export function need(see: See, key: string, nonNull = false): void {
  const v = decide(key, see.who, see.ctx.roleOf(see.who.login));
  if (!v.ok) throw new FieldError(v.message, v.status === 404 ? 'NOT_FOUND' : 'FORBIDDEN', nonNull);
}

export function actor(ctx: Ctx, login: string) {
  const u = ctx.store.user(login);
  const bot = u.type === 'Bot';
  return {
    __typename: bot ? 'Bot' : 'User',
    login: bot ? u.login.replace(/\[bot\]$/, '') : u.login,
    id: `U_${u.id}`,
  };
}

const nodeId = (kind: string, id: number) => `${kind}_${Buffer.from(`0:${id}`).toString('base64url')}`;

/** The node_id REST gave out → the record (see shapes: nodeId(kind, id)). */
export function byNodeId(ctx: Ctx, id: string): IssueRec | undefined {
  const m = /^(I|PR)_(.+)$/.exec(id);
  if (!m) return undefined;
  const n = Number(Buffer.from(m[2]!, 'base64url').toString().split(':')[1]);
  return [...ctx.store.issues.values()].find((i) =>
    m[1] === 'PR' ? i.pull?.id === n : !i.pull && i.id === n,
  );
}

/** Labels and comments, which issues and pull requests share. */
function issueLike(see: See, i: IssueRec, read: string) {
  const { ctx } = see;
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    author: actor(ctx, i.user),
    createdAt: i.created_at,
    labels: (page: Page) => {
      need(see, read);
      const names = i.labels.map((n) => ctx.store.ensureLabel(n));
      return connection('LabelConnection', names, page, (l) => ({
        __typename: 'Label',
        name: l.name,
        color: l.color,
      }));
    },
    comments: (page: Page) => {
      need(see, read, true);
      const all = [...ctx.store.comments.values()].filter((c) => c.issue === i.number);
      return connection('IssueCommentConnection', all, page, (c) => ({
        __typename: 'IssueComment',
        id: nodeId('IC', c.id),
        databaseId: c.id,
        fullDatabaseId: String(c.id),
        body: c.body,
        author: actor(ctx, c.user),
        createdAt: c.created_at,
      }));
    },
  };
}

export function issueNode(see: See, i: IssueRec): GqlObject {
  return {
    __typename: 'Issue',
    id: nodeId('I', i.id),
    ...issueLike(see, i, 'query issues'),
    state: i.state.toUpperCase(),
    url: `${see.ctx.repoHtml}/issues/${i.number}`,
    isPinned: i.pinned,
  };
}

export function pullNode(see: See, i: IssueRec): GqlObject {
  const { ctx } = see;
  const p = i.pull!;
  return {
    __typename: 'PullRequest',
    id: nodeId('PR', p.id),
    ...issueLike(see, i, 'query pull requests'),
    state: p.merged ? 'MERGED' : i.state.toUpperCase(),
    merged: p.merged,
    mergedAt: p.merged_at,
    url: `${ctx.repoHtml}/pull/${i.number}`,
    headRefName: p.headRef,
    headRefOid: p.headSha,
    baseRefName: p.baseRef,
    isCrossRepository: p.headOwner !== undefined,
    autoMergeRequest: p.auto_merge
      ? {
          __typename: 'AutoMergeRequest',
          enabledAt: i.updated_at,
          enabledBy: actor(ctx, p.auto_merge.enabled_by),
          mergeMethod: p.auto_merge.merge_method.toUpperCase(),
        }
      : null,
    reviews: (page: Page & { states?: unknown }) => {
      need(see, 'query pull requests');
      const states = enumList(page.states);
      const all = ctx.store.reviews.filter(
        (r) => r.pull === i.number && (!states || states.includes(r.state)),
      );
      return connection('PullRequestReviewConnection', all, page, (r) => ({
        __typename: 'PullRequestReview',
        id: nodeId('PRR', r.id),
        fullDatabaseId: String(r.id),
        author: actor(ctx, r.user),
        state: r.state,
        body: r.body,
        submittedAt: r.state === 'PENDING' ? null : r.submitted_at,
        commit: commitNode(see, r.commit_id),
      }));
    },
    files: async (page: Page) => {
      need(see, 'query pull requests');
      // At most 3000, as REST's list of a PR's files ("Responses include a maximum of 3000 files").
      const files = (await ctx.git.changedFiles(p.baseSha, p.headSha)).slice(0, 3000);
      return connection('PullRequestChangedFileConnection', files, page, (f) => ({
        __typename: 'PullRequestChangedFile',
        path: f.filename,
        additions: f.additions,
        deletions: f.deletions,
        // The emulator diffs without rename detection (git.ts): never RENAMED.
        changeType: f.status === 'added' ? 'ADDED' : f.status === 'removed' ? 'DELETED' : 'MODIFIED',
      }));
    },
    commits: async (page: Page) => {
      need(see, 'query pull requests', true);
      const shas = (await ctx.git.revList(p.baseSha, p.headSha)).reverse();
      return connection('PullRequestCommitConnection', shas, page, (sha) => ({
        __typename: 'PullRequestCommit',
        commit: commitNode(see, sha),
      }));
    },
  };
}

/** GraphQL's Blob.text stops at 512,000 bytes and says so (sveltia/sveltia-cms#950). */
const BLOB_TEXT_LIMIT = 512_000;

function blobNode(see: See, oid: string): GqlObject {
  const data = () => see.ctx.git.readBlob(oid);
  const binary = async () => (await data()).subarray(0, 8000).includes(0);
  return {
    __typename: 'Blob',
    oid,
    byteSize: async () => (await data()).length,
    isBinary: binary,
    isTruncated: async () => (await data()).length > BLOB_TEXT_LIMIT,
    text: async () =>
      (await binary()) ? null : (await data()).subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
  };
}

/** The git object `oid` as GitHub's GitObject (Commit, Tree or Blob). */
export async function gitObject(see: See, oid: string): Promise<GqlObject | null> {
  const type = await see.ctx.git.objectType(oid);
  if (type === 'commit') return commitNode(see, oid);
  if (type === 'blob') return blobNode(see, oid);
  if (type === 'tree') return { __typename: 'Tree', oid };
  return null;
}

/** Status of a commit: null without any; the newest status per context, as REST's combined status. */
function statusNode(see: See, sha: string): GqlObject | null {
  const statuses = latestStatuses(see.ctx, sha);
  if (!statuses.length) return null;
  const context = (s: (typeof statuses)[number]) => ({
    __typename: 'StatusContext',
    context: s.context,
    state: s.state.toUpperCase(),
    description: s.description,
    targetUrl: s.target_url,
    createdAt: s.created_at,
  });
  const failing = statuses.some((s) => s.state === 'error' || s.state === 'failure');
  const pending = statuses.some((s) => s.state === 'pending');
  return {
    __typename: 'Status',
    state: failing ? 'FAILURE' : pending ? 'PENDING' : 'SUCCESS',
    contexts: statuses.map(context),
    context: ({ name }: { name: string }) => {
      const s = statuses.find((x) => x.context === name);
      return s ? context(s) : null;
    },
  };
}

export function commitNode(see: See, sha: string): GqlObject {
  const { ctx } = see;
  const info = () => ctx.git.readCommit(sha);
  return {
    __typename: 'Commit',
    oid: sha,
    message: async () => (await info()).message,
    committedDate: async () => (await info()).committer.date,
    authoredDate: async () => (await info()).author.date,
    tree: async () => ({ __typename: 'Tree', oid: (await info()).tree }),
    parents: async (page: Page) =>
      connection('CommitConnection', (await info()).parents, page, (p) => commitNode(see, p)),
    file: async ({ path }: { path: string }) => {
      const oid = await ctx.git.objectAt(sha, path);
      if (!oid) return null;
      const name = path.split('/').pop()!;
      return {
        __typename: 'TreeEntry',
        name,
        path,
        oid,
        type: await ctx.git.objectType(oid),
        object: () => gitObject(see, oid),
      };
    },
    history: async (page: Page & { path?: string }) => {
      const shas = await ctx.git.commitsFrom(sha, page.path ? ['--', page.path] : []);
      return connection('CommitHistoryConnection', shas, page, (s) => commitNode(see, s));
    },
    status: () => {
      need(see, 'query statuses');
      return statusNode(see, sha);
    },
    associatedPullRequests: async (page: Page) => {
      need(see, 'query pull requests');
      const found = await pullsWithCommit(ctx, sha);
      return connection('PullRequestConnection', found, page, (i) => pullNode(see, i));
    },
  };
}
