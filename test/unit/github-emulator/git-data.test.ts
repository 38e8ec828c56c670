/** Git Data and contents through a real Octokit, against the real bare repository behind them. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, setup, statusOf } from './helpers.js';

let gh: Emulator;
let bot: Awaited<ReturnType<typeof setup>>['bot'];
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  ({ gh, bot } = await setup({ protectedBranches: ['release'] }));
  await gh.seed({
    'README.md': '# app\n',
    'phases/current.yaml': 'phase: A-0\n',
    'reports/old.jsonl': '{}\n',
  });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

describe('git data', () => {
  it('commits through blobs, a tree, a commit and a ref update, as real git objects', async () => {
    const head = (await bot.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const parent = (await bot.rest.git.getCommit({ ...repo, commit_sha: head })).data;
    expect(parent.message).toBe('initial');
    const blob = await bot.rest.git.createBlob({
      ...repo,
      content: Buffer.from('{"w":1}\n').toString('base64'),
      encoding: 'base64',
    });
    expect(blob.status).toBe(201);
    const tree = await bot.rest.git.createTree({
      ...repo,
      base_tree: parent.tree.sha,
      tree: [
        { path: 'reports/monitoring/202611200015.jsonl', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'reports/monitoring/202611200030.jsonl', mode: '100644', type: 'blob', content: '{"w":2}\n' },
        { path: 'reports/old.jsonl', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.data.tree.map((e) => e.path).sort()).toEqual(['README.md', 'phases', 'reports']);
    const commit = await bot.rest.git.createCommit({
      ...repo,
      message: 'reports: 2 windows',
      tree: tree.data.sha,
      parents: [head],
    });
    expect(commit.data.verification.verified).toBe(true);
    expect(commit.data.author.name).toBe('github-actions[bot]');
    const moved = await bot.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha });
    expect(moved.data.object.sha).toBe(commit.data.sha);

    // The bare repository holds exactly that history.
    expect(await gh.gitText(['log', '--format=%s', 'main'])).toBe('reports: 2 windows\ninitial\n');
    expect(await gh.readFile('main', 'reports/monitoring/202611200015.jsonl')).toBe('{"w":1}\n');
    expect(await gh.readFile('main', 'reports/monitoring/202611200030.jsonl')).toBe('{"w":2}\n');
    expect(await gh.readFile('main', 'reports/old.jsonl')).toBeNull();
    expect(await gh.readFile('main', 'README.md')).toBe('# app\n');
  });

  it('refuses a tree that deletes a file the base tree lacks, as GitHub does', async () => {
    // docs.github.com/rest/git/trees#create-a-tree: "Returns an error if you try to delete a file
    // that does not exist."
    const head = (await bot.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const parent = (await bot.rest.git.getCommit({ ...repo, commit_sha: head })).data;
    const refused = await statusOf(
      bot.rest.git.createTree({
        ...repo,
        base_tree: parent.tree.sha,
        tree: [{ path: 'reports/monitoring/199901010000.jsonl', mode: '100644', type: 'blob', sha: null }],
      }),
    );
    expect(refused).toMatchObject({ status: 422, data: { message: 'GitRPC::BadObjectState' } });
  });

  it('refuses a non-fast-forward update unless forced, and an existing ref', async () => {
    const head = (await bot.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const parent = (await bot.rest.git.getCommit({ ...repo, commit_sha: head })).data;
    const sideways = await bot.rest.git.createCommit({
      ...repo,
      message: 'race',
      tree: parent.tree.sha,
      parents: [parent.parents[0]!.sha],
    });
    const refused = await statusOf(
      bot.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: sideways.data.sha }),
    );
    expect(refused).toMatchObject({ status: 422, data: { message: 'Update is not a fast forward' } });
    expect(await gh.refSha('main')).toBe(head);

    const exists = await statusOf(bot.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: head }));
    expect(exists).toMatchObject({ status: 422, data: { message: 'Reference already exists' } });

    await bot.rest.git.createRef({ ...repo, ref: 'refs/heads/scratch', sha: head });
    const forced = await bot.rest.git.updateRef({
      ...repo,
      ref: 'heads/scratch',
      sha: sideways.data.sha,
      force: true,
    });
    expect(forced.data.object.sha).toBe(sideways.data.sha);
    expect((await bot.rest.git.deleteRef({ ...repo, ref: 'heads/scratch' })).status).toBe(204);
    expect(await gh.refSha('scratch')).toBeNull();
    expect((await statusOf(bot.rest.git.getRef({ ...repo, ref: 'heads/scratch' }))).status).toBe(404);
    expect((await statusOf(bot.rest.git.deleteRef({ ...repo, ref: 'heads/scratch' }))).status).toBe(422);
  });

  it('refuses to move a protected branch through the API', async () => {
    const head = (await gh.refSha('main'))!;
    await bot.rest.git.createRef({
      ...repo,
      ref: 'refs/heads/release',
      sha: (await gh.gitText(['rev-parse', 'main~1'])).trim(),
    });
    const refused = await statusOf(bot.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: head }));
    expect(refused).toMatchObject({
      status: 422,
      data: { message: 'Protected branch update failed for refs/heads/release.' },
    });
  });

  it('answers 422 for a commit on a missing tree or parent, and 404 for an unknown commit', async () => {
    const missing = 'f'.repeat(40);
    expect(
      await statusOf(bot.rest.git.createCommit({ ...repo, message: 'x', tree: missing, parents: [] })),
    ).toMatchObject({
      status: 422,
      data: { message: 'Tree SHA does not exist' },
    });
    expect((await statusOf(bot.rest.git.getCommit({ ...repo, commit_sha: missing }))).status).toBe(404);
  });
});

describe('contents', () => {
  it('returns a file base64-encoded with its blob sha, at a branch or sha, and 404 when absent', async () => {
    const file = await bot.rest.repos.getContent({ ...repo, path: 'phases/current.yaml' });
    const data = file.data as { type: string; content: string; sha: string; encoding: string };
    expect(data.type).toBe('file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('phase: A-0\n');
    expect(data.sha).toBe((await gh.gitText(['rev-parse', 'main:phases/current.yaml'])).trim());

    const first = (await gh.gitText(['rev-list', '--max-parents=0', 'main'])).trim();
    const old = await bot.rest.repos.getContent({ ...repo, path: 'reports/old.jsonl', ref: first });
    expect(Buffer.from((old.data as { content: string }).content, 'base64').toString()).toBe('{}\n');
    expect((await statusOf(bot.rest.repos.getContent({ ...repo, path: 'reports/old.jsonl' }))).status).toBe(
      404,
    );
    expect(
      (await statusOf(bot.rest.repos.getContent({ ...repo, path: 'README.md', ref: 'nope' }))).status,
    ).toBe(404);

    const dir = await bot.rest.repos.getContent({ ...repo, path: 'reports/monitoring' });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual([
      '202611200015.jsonl',
      '202611200030.jsonl',
    ]);
  });

  it('lists commits, newest first, optionally only those touching a path', async () => {
    const all = await bot.rest.repos.listCommits({ ...repo, sha: 'main' });
    expect(all.data.map((c) => c.commit.message)).toEqual(['reports: 2 windows', 'initial']);
    expect(all.data[0]!.author?.login).toBe('github-actions[bot]');
    const phases = await bot.rest.repos.listCommits({
      ...repo,
      sha: 'main',
      path: 'phases/current.yaml',
      per_page: 1,
    });
    expect(phases.data.map((c) => c.commit.message)).toEqual(['initial']);
    expect(phases.data[0]!.commit.committer?.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('describes the repository with its default branch', async () => {
    const r = await bot.rest.repos.get(repo);
    expect(r.data).toMatchObject({
      full_name: 'acme/app',
      default_branch: 'main',
      html_url: 'https://github.com/acme/app',
    });
  });
});
