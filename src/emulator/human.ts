/**
 * What people do outside the API under test: commit and push, check out, open issues. These
 * act on the same repository and state the REST handlers serve, under the same write lock.
 */
import { mkdir } from 'node:fs/promises';
import type { Ctx } from './context.js';
import { ZERO_SHA } from './git.js';

/** path → new content, or null to delete the file. */
export type FileChanges = Record<string, string | null>;

/**
 * A commit by `login` on `branch` (created from `from`, default the default branch, if absent);
 * `branch` may be a full ref instead (refs/forks/… for a fork's branch).
 */
export async function commitFiles(
  ctx: Ctx,
  branch: string,
  files: FileChanges,
  message: string,
  login: string,
  from?: string,
): Promise<{ sha: string; before: string }> {
  return ctx.exclusive(async () => {
    const ref = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
    const current = await ctx.git.refSha(ref);
    const parent = current ?? (await ctx.git.resolveCommit(from ?? ctx.id.defaultBranch));
    const baseTree = parent ? (await ctx.git.readCommit(parent)).tree : null;
    const changes = Object.entries(files).map(([path, content]) =>
      content === null ? { path, mode: '100644', sha: null } : { path, mode: '100644', content },
    );
    const tree = await ctx.git.writeTree(baseTree, changes);
    const user = ctx.store.user(login);
    const sig = { name: user.name, email: user.email, date: ctx.now() };
    const sha = await ctx.git.commitTree(tree, parent ? [parent] : [], `${message}\n`, sig);
    if (!(await ctx.git.casRef(ref, sha, current ?? ZERO_SHA))) throw new Error(`${ref} moved during push`);
    ctx.refMoved(ref, sha, { before: current ?? ZERO_SHA, login: user.login });
    return { sha, before: current ?? ZERO_SHA };
  });
}

/**
 * A real clone into `dir`, as actions/checkout makes it: `ref` is a branch, a full ref such
 * as refs/pull/3/merge, or a sha. The identity is set so the action could commit.
 */
export async function cloneTo(ctx: Ctx, dir: string, ref: string, identity: { name: string; email: string }) {
  await mkdir(dir, { recursive: true });
  const git = (args: string[]) => ctx.git.git(args, {}, dir);
  await git(['init', '--quiet']);
  await git(['remote', 'add', 'origin', ctx.git.dir]);
  await git(['config', 'user.name', identity.name]);
  await git(['config', 'user.email', identity.email]);
  const branch = !ref.startsWith('refs/') && (await ctx.git.refSha(`refs/heads/${ref}`)) ? ref : null;
  if (branch) {
    await git([
      'fetch',
      '--quiet',
      '--no-tags',
      'origin',
      `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ]);
    await git(['checkout', '--quiet', '-B', branch, `refs/remotes/origin/${branch}`]);
  } else {
    await git(['fetch', '--quiet', '--no-tags', 'origin', ref]);
    await git(['checkout', '--quiet', '--detach', 'FETCH_HEAD']);
  }
  return (await git(['rev-parse', 'HEAD'])).stdout.toString().trim();
}
