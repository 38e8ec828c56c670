/**
 * GitHubForge.commitFiles against the loopback GitHub: one createCommitOnBranch on the head it
 * read, only the files the head does not hold, nothing at all when it holds them all; a moved
 * head re-read and retried; past ONE_CALL_CONTENT_BYTES the Git Data API's tree, commit and ref;
 * a protected branch refused with the fix named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_CALL_CONTENT_BYTES } from '../../../src/github/branch-commit.js';
import { createClient } from '../../../src/github/client.js';
import { ForgeError, GitHubForge } from '../../../src/github/forge.js';
import { type Emulator, setup } from '../github-emulator/helpers.js';

let gh: Emulator;
let forge: GitHubForge;
/** Runs once before the next createCommitOnBranch is sent (another writer's push, say). */
let beforeCommit: (() => Promise<void>) | null = null;

beforeAll(async () => {
  ({ gh } = await setup({ protection: [{ branch: 'locked', requiredApprovingReviewCount: 1 }] }));
  await gh.seed({ 'reports/a.jsonl': 'a\n' });
  await gh.push('locked', { 'x.md': 'x\n' }, 'locked', 'alice');
  const octokit = createClient({ token: 'tok-bot', baseUrl: gh.url, log: () => {} });
  octokit.hook.before('request', async (options) => {
    const query = (options as { query?: unknown }).query;
    if (typeof query === 'string' && query.includes('createCommitOnBranch') && beforeCommit) {
      const run = beforeCommit;
      beforeCommit = null;
      await run();
    }
  });
  forge = new GitHubForge(octokit, 'acme/app', 'github-actions[bot]');
});
afterAll(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const writes = () =>
  gh.requests
    .filter((r) => r.method !== 'GET' && r.graphql !== 'query')
    .map((r) => `${r.method} ${r.path}${r.graphql ? ` ${r.graphql}` : ''}`);
const changedPaths = async (sha: string) =>
  (await gh.gitText(['diff-tree', '--no-commit-id', '--name-only', '-r', sha])).split('\n').filter(Boolean);

describe('commitFiles', () => {
  it('commits in one request what the head does not hold, and nothing when it holds it all', async () => {
    gh.resetRequests();
    const changes = [
      { path: 'reports/a.jsonl', content: 'a\n' }, // already there
      { path: 'reports/b.jsonl', content: 'b\n' },
    ];
    const log = { path: 'reports/runs/log.jsonl', edit: (t: string | null) => `${t ?? ''}run 1\n` };
    const made = await forge.commitFiles('main', changes, 'phasegate: 1 window record\n\nRun 1.', [log]);
    expect(writes()).toEqual(['POST /graphql mutation']);
    expect(await changedPaths(made!.sha)).toEqual(['reports/b.jsonl', 'reports/runs/log.jsonl']);
    expect((await gh.gitText(['log', '-1', '--format=%B', 'main'])).trim()).toBe(
      'phasegate: 1 window record\n\nRun 1.',
    );

    gh.resetRequests();
    const again = await forge.commitFiles('main', changes, 'phasegate: 1 window record', [
      { path: 'reports/runs/log.jsonl', edit: (t) => t },
    ]);
    expect(again).toBeNull();
    expect(gh.requests.map((r) => r.graphql)).toEqual(['query']); // the head read, no write
  });

  it('a path both changed and edited is sent once, as the edit leaves it', async () => {
    gh.resetRequests();
    const made = await forge.commitFiles('main', [{ path: 'reports/e.jsonl', content: 'e1\n' }], 'e', [
      { path: 'reports/e.jsonl', edit: (t) => `${t ?? ''}e2\n` },
    ]);
    expect(writes()).toEqual(['POST /graphql mutation']);
    expect(await gh.readFile('main', 'reports/e.jsonl')).toBe('e2\n'); // the head held no e.jsonl
    expect(await changedPaths(made!.sha)).toEqual(['reports/e.jsonl']);
  });

  it('re-reads a head that moved under it and commits on the new one, keeping what was pushed', async () => {
    beforeCommit = async () => {
      await gh.push('main', { 'reports/other.jsonl': 'other\n' }, 'another run', 'alice');
    };
    gh.resetRequests();
    const log = { path: 'reports/runs/log.jsonl', edit: (t: string | null) => `${t ?? ''}run 2\n` };
    const made = await forge.commitFiles('main', [{ path: 'reports/c.jsonl', content: 'c\n' }], 'run 2', [
      log,
    ]);
    expect(writes()).toEqual(['POST /graphql mutation', 'POST /graphql mutation']);
    expect(await gh.readFile('main', 'reports/other.jsonl')).toBe('other\n');
    expect(await gh.readFile('main', 'reports/runs/log.jsonl')).toBe('run 1\nrun 2\n');
    expect((await gh.gitText(['log', '-1', '--format=%H', 'main'])).trim()).toBe(made!.sha);
  });

  it('past its size rule, commits through a tree, a commit and a ref update', async () => {
    const big = `${'x'.repeat(99)}\n`.repeat(Math.ceil(ONE_CALL_CONTENT_BYTES / 100) + 1);
    gh.resetRequests();
    const made = await forge.commitFiles(
      'main',
      [{ path: 'reports/backfill.jsonl', content: big }],
      'backfill',
    );
    expect(writes()).toEqual([
      'POST /repos/acme/app/git/trees',
      'POST /repos/acme/app/git/commits',
      'PATCH /repos/acme/app/git/refs/heads%2Fmain',
    ]);
    expect(await gh.readFile('main', 'reports/backfill.jsonl')).toBe(big);
    expect(await changedPaths(made!.sha)).toEqual(['reports/backfill.jsonl']);
  });

  it('a protected branch refuses it, and the error names the fix', async () => {
    const refused = forge.commitFiles('locked', [{ path: 'reports/d.jsonl', content: 'd\n' }], 'd');
    await expect(refused).rejects.toBeInstanceOf(ForgeError);
    await expect(refused).rejects.toThrow(
      /cannot commit window records to "locked": Changes must be made through a pull request\. \(BRANCH_PROTECTION_RULE_VIOLATION\)\. The branch is protected; .*records-branch/,
    );
  });

  it('a new proposal branch: made at the base, then one commit; the same change again writes nothing', async () => {
    const change = [{ path: 'phases/current.yaml', content: 'phase: A-1\n' }];
    gh.resetRequests();
    const made = await forge.proposalBranch('phasegate/advance-A-1', 'main', change, 'advance A-0 → A-1');
    expect(writes()).toEqual(['POST /repos/acme/app/git/refs', 'POST /graphql mutation']);
    const main = (await gh.gitText(['rev-parse', 'main'])).trim();
    expect((await gh.gitText(['rev-parse', `${made.sha}^`])).trim()).toBe(main);
    expect(await gh.readFile('phasegate/advance-A-1', 'phases/current.yaml')).toBe('phase: A-1\n');

    gh.resetRequests();
    const again = await forge.proposalBranch('phasegate/advance-A-1', 'main', change, 'advance A-0 → A-1');
    expect(again).toEqual({ sha: made.sha, changed: false });
    expect(writes()).toEqual(['POST /repos/acme/app/git/trees']); // the tree it compares, nothing more

    // The base moved: the branch is re-pointed at a fresh commit on it (forced; it is phasegate's own).
    await gh.seed({ 'docs/x.md': 'x\n' }, 'another change');
    gh.resetRequests();
    const moved = await forge.proposalBranch('phasegate/advance-A-1', 'main', change, 'advance A-0 → A-1');
    expect(moved.changed).toBe(true);
    expect(writes()).toEqual([
      'POST /repos/acme/app/git/trees',
      'POST /repos/acme/app/git/commits',
      'PATCH /repos/acme/app/git/refs/heads%2Fphasegate%2Fadvance-A-1',
    ]);
    expect((await gh.gitText(['rev-parse', 'phasegate/advance-A-1'])).trim()).toBe(moved.sha);
  });
});
