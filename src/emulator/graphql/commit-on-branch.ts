/**
 * The `createCommitOnBranch` mutation: one commit on a branch in one call, as GitHub's schema
 * describes it (@octokit/graphql-schema schema.graphql, `Mutation.createCommitOnBranch`,
 * `CreateCommitOnBranchInput`, `CommittableBranch`, `FileChanges`):
 * - the commit's parent is the branch head, which must be `expectedHeadOid`; otherwise GitHub
 *   answers `{"type":"STALE_DATA","path":["createCommitOnBranch"],"message":"Expected branch to
 *   point to \"<oid>\" but it did not.  Pull and try again."}` (two spaces; answers recorded live);
 * - a deletion of a path the head lacks "will abort the commit and return an error": "A path was
 *   requested for deletion which does not exist as of commit oid `<head>`" (recorded; its `type` is
 *   a guess);
 * - "authored by the owner of the credential", "the committer will be identical to that of commits
 *   authored using the web interface" (GitHub <noreply@github.com>), and "automatically signed by
 *   GitHub": verified, as the emulator models REST's `verification`;
 * - additions carry only a path and base64 contents (RFC 4648, padded): every file written is a
 *   regular file (100644), so the mutation cannot make an executable or a symlink;
 * - branch protection applies as to a direct ref update (protection.ts `directUpdateBlock`):
 *   classic protection answers type BRANCH_PROTECTION_RULE_VIOLATION with "Changes must be made
 *   through a pull request." (recorded); rulesets answer another type (Thinkmill/keystatic#1598):
 *   here UNPROCESSABLE with the REST ruleset words, both a guess.
 * GitHub documents no size limit for the mutation or for GraphQL request bodies (only the node
 * limit and the 10-second timeout, content/graphql/overview/rate-limits-and-query-limits-for-the-
 * graphql-api.md), so none is enforced here.
 */
import type { Ctx } from '../context.js';
import { MissingTreePathError, type TreeChange } from '../git.js';
import { webFlow } from '../handlers/git.js';
import { directUpdateBlock, PULL_REQUIRED, ruleViolationsMessage } from '../protection.js';
import { FieldError, type GqlObject } from './execute.js';
import { commitNode, type See } from './nodes.js';
import { refNode } from './reads.js';

export interface CommitOnBranchInput {
  branch?: { id?: string; repositoryNameWithOwner?: string; branchName?: string };
  clientMutationId?: string;
  expectedHeadOid?: string;
  fileChanges?: {
    additions?: Array<{ path: string; contents: string }> | null;
    deletions?: Array<{ path: string }> | null;
  } | null;
  message?: { headline?: string; body?: string | null };
}

/** RFC 4648 base64 with its padding, as the schema requires of `FileAddition.contents`. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The branch's full ref name: by the Ref's node id (REST's `REF_…`) or by repository and name. */
function branchRef(ctx: Ctx, branch: NonNullable<CommitOnBranchInput['branch']>): string {
  if (branch.id !== undefined) {
    const m = /^REF_(.+)$/.exec(branch.id);
    const ref = m ? Buffer.from(m[1]!, 'base64url').toString() : '';
    if (!ref.startsWith('refs/heads/')) {
      throw new FieldError(`Could not resolve to a node with the global id of '${branch.id}'`, 'NOT_FOUND');
    }
    return ref;
  }
  const nwo = branch.repositoryNameWithOwner ?? '';
  if (nwo.toLowerCase() !== `${ctx.id.owner}/${ctx.id.repo}`.toLowerCase()) {
    throw new FieldError(`Could not resolve to a Repository with the name '${nwo}'.`, 'NOT_FOUND');
  }
  const name = (branch.branchName ?? '').replace(/^refs\/heads\//, '');
  return `refs/heads/${name}`;
}

function fileChanges(input: CommitOnBranchInput) {
  const additions = input.fileChanges?.additions ?? [];
  const deletions = input.fileChanges?.deletions ?? [];
  const paths = [...additions, ...deletions].map((c) => c.path);
  // "Any duplication will result in a validation error"; the words are a guess.
  const twice = paths.find((p, k) => paths.indexOf(p) !== k);
  if (twice !== undefined) throw new FieldError(`Path "${twice}" is specified more than once`);
  const bad = paths.find((p) => !p || p.startsWith('/') || p.endsWith('/') || p.split('/').includes('..'));
  if (bad !== undefined) throw new FieldError(`Path "${bad}" is not a valid path`); // words: a guess
  for (const a of additions) {
    if (!BASE64.test(a.contents)) throw new FieldError(`Contents of "${a.path}" are not valid base64`); // a guess
  }
  return { additions, deletions };
}

export async function createCommitOnBranch(see: See, input: CommitOnBranchInput): Promise<GqlObject> {
  const { ctx, who } = see;
  const full = branchRef(ctx, input.branch ?? {});
  const head = await ctx.git.refSha(full);
  if (!head) {
    // The words are a guess: no answer to a missing branch was found.
    throw new FieldError(`Could not resolve to a Ref with the name '${full}'.`, 'NOT_FOUND');
  }
  const block = directUpdateBlock(ctx, full, who.login, false);
  if (block === 'classic') throw new FieldError(PULL_REQUIRED, 'BRANCH_PROTECTION_RULE_VIOLATION');
  if (block === 'ruleset') throw new FieldError(ruleViolationsMessage([PULL_REQUIRED]));
  const stale = () =>
    new FieldError(
      `Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`,
      'STALE_DATA',
    );
  if (input.expectedHeadOid !== head) throw stale();

  const { additions, deletions } = fileChanges(input);
  const changes: TreeChange[] = [];
  for (const a of additions) {
    const sha = await ctx.git.writeBlob(Buffer.from(a.contents, 'base64'));
    changes.push({ path: a.path, mode: '100644', sha });
  }
  for (const d of deletions) changes.push({ path: d.path, mode: '100644', sha: null });
  const base = (await ctx.git.readCommit(head)).tree;
  const tree = await ctx.git.writeTree(base, changes, true).catch((e: unknown) => {
    if (!(e instanceof MissingTreePathError)) throw e;
    throw new FieldError(
      `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
    );
  });

  const now = ctx.now();
  const user = ctx.store.user(who.login);
  const author = { name: user.name, email: user.email, date: now };
  const { headline = '', body } = input.message ?? {};
  const message = body ? `${headline}\n\n${body}` : headline;
  const sha = await ctx.git.commitTree(tree, [head], message, author, webFlow(now));
  ctx.store.signed.add(sha);
  // Another writer between the check and here: the head moved, as GitHub would have seen it.
  if (!(await ctx.git.casRef(full, sha, head))) throw stale();
  ctx.refMoved(full, sha, { before: head, login: who.login });
  return {
    __typename: 'CreateCommitOnBranchPayload',
    clientMutationId: input.clientMutationId ?? null,
    commit: commitNode(see, sha),
    ref: () => refNode(see, full),
  };
}
