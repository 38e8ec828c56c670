/**
 * A branch commit in one request: GraphQL's `createCommitOnBranch` (one write where the Git Data
 * API takes three: tree, commit, ref update), guarded by `expectedHeadOid`, the head the run
 * read. What the head already holds is left out first (its blob ids are read with the head), so a
 * re-run writes nothing. GitHub signs the commit and names the token's owner its author, as it
 * does for Git Data commits made without an author (schema.graphql, `createCommitOnBranch`).
 */
import { createHash } from 'node:crypto';
import type { FileChange } from '../ports/forge.js';
import { messageOf, type Octokit, statusOf } from './client.js';

/**
 * One rule for when the mutation serves: its file contents total at most this many bytes.
 * GitHub documents no size limit for the mutation nor for a GraphQL body, only a 10-second
 * timeout; a 1 MiB + 1 byte file has been committed through it live, and tree payloads of a few
 * megabytes have been seen to time out. Past it (a long back-fill), the Git Data API's tree,
 * commit and ref. Modes never decide it: phasegate writes regular files only, which is all the
 * mutation can write (a `FileAddition` is a path and contents).
 */
export const ONE_CALL_CONTENT_BYTES = 1024 * 1024;

export function fitsOneCall(changes: FileChange[]): boolean {
  const bytes = changes.reduce((n, c) => n + (c.content === null ? 0 : Buffer.byteLength(c.content)), 0);
  return bytes <= ONE_CALL_CONTENT_BYTES;
}

/** git's blob id of a text: what the branch's tree names the file by when it holds these bytes. */
export function blobOid(text: string): string {
  return createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');
}

/** The changes the head does not already hold (`oids`: each path's blob at the head, null: absent). */
export function unheld(changes: FileChange[], oids: Record<string, string | null>): FileChange[] {
  return changes.filter((c) => (c.content === null ? null : blobOid(c.content)) !== (oids[c.path] ?? null));
}

const MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } } }`;

/** The commit's sha; throws GitHub's refusal (a moved head: see `isHeadRace`). */
export async function commitOnBranch(
  octokit: Octokit,
  repo: { owner: string; name: string },
  branch: string,
  expectedHeadOid: string,
  message: string,
  changes: FileChange[],
): Promise<string> {
  // The mutation refuses a path given twice: the last change of a path is the one meant (an edit
  // comes after the changes).
  const byPath = [...new Map(changes.map((c) => [c.path, c])).values()];
  const [headline = '', ...rest] = message.split('\n');
  const body = rest.join('\n').replace(/^\n+/, '');
  const data = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(MUTATION, {
    input: {
      branch: { repositoryNameWithOwner: `${repo.owner}/${repo.name}`, branchName: branch },
      expectedHeadOid,
      message: body ? { headline, body } : { headline },
      fileChanges: {
        additions: byPath.flatMap((c) =>
          c.content === null ? [] : [{ path: c.path, contents: Buffer.from(c.content).toString('base64') }],
        ),
        deletions: byPath.flatMap((c) => (c.content === null ? [{ path: c.path }] : [])),
      },
    },
  });
  return data.createCommitOnBranch.commit.oid;
}

type Repo = { owner: string; repo: string };

/** A Git Data tree: `baseTree` with `changes` (content inline; null deletes). */
export async function createTree(
  octokit: Octokit,
  r: Repo,
  baseTree: string,
  changes: FileChange[],
): Promise<string> {
  const { data } = await octokit.rest.git.createTree({
    ...r,
    base_tree: baseTree,
    tree: changes.map((c) =>
      c.content === null
        ? { path: c.path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path: c.path, mode: '100644' as const, type: 'blob' as const, content: c.content },
    ),
  });
  return data.sha;
}

/** A Git Data commit of `tree` on `parent` (GitHub signs it: no author given). */
export async function createCommit(
  octokit: Octokit,
  r: Repo,
  message: string,
  tree: string,
  parent: string,
): Promise<string> {
  const { data } = await octokit.rest.git.createCommit({ ...r, message, tree, parents: [parent] });
  return data.sha;
}

/** The Git Data API's three writes, for what exceeds one mutation (see ONE_CALL_CONTENT_BYTES). */
export async function commitByTree(
  octokit: Octokit,
  r: Repo,
  branch: string,
  head: { sha: string; tree: string },
  message: string,
  changes: FileChange[],
): Promise<string> {
  const sha = await createCommit(
    octokit,
    r,
    message,
    await createTree(octokit, r, head.tree, changes),
    head.sha,
  );
  await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false });
  return sha;
}

type GraphqlErrors = { errors?: Array<{ type?: string; message?: string }> };

/**
 * Someone committed between the read and the write: GraphQL's STALE_DATA ("Expected branch to
 * point to … but it did not"), or the Git Data ref update's 422 "Update is not a fast forward".
 */
export function isHeadRace(err: unknown): boolean {
  if ((err as GraphqlErrors)?.errors?.some((e) => e.type === 'STALE_DATA')) return true;
  return statusOf(err) === 422 && /fast forward/i.test(messageOf(err));
}

/** A failed write's words: GraphQL's errors with their types (BRANCH_PROTECTION_RULE_VIOLATION), or REST's. */
export function writeError(err: unknown): string {
  const errors = (err as GraphqlErrors)?.errors;
  if (statusOf(err) !== undefined || !errors?.length) return messageOf(err);
  return errors.map((e) => (e.type ? `${e.message ?? ''} (${e.type})` : (e.message ?? ''))).join('; ');
}
