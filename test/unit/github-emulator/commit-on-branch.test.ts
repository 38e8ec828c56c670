/**
 * createCommitOnBranch: one commit on a branch in one call, and its refusals in GitHub's shapes
 * (an `errors` entry with `type`, `path` and `message`, the field null): a head that moved, a
 * deletion of a missing path, a missing branch, a token without contents: write, branch
 * protection and rulesets. Real HTTP against the loopback GitHub, documents and answers checked
 * against GitHub's GraphQL schema.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setup, TOKENS } from './helpers.js';

let s: Awaited<ReturnType<typeof setup>>;
let main = '';
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  s = await setup({
    tokens: {
      ...TOKENS,
      'tok-reader': { kind: 'app', slug: 'reader', permissions: { contents: 'read' } },
      'tok-phasegate': { kind: 'app', slug: 'phasegate', permissions: { contents: 'write' } },
      'tok-rita': { kind: 'person', login: 'rita' },
    },
    collaborators: { rita: 'read' },
    protection: [{ branch: 'locked', requiredApprovingReviewCount: 1 }],
    rulesets: [
      { name: 'ruled', branches: ['ruled'], requiredApprovingReviewCount: 1, bypass: [{ app: 'phasegate' }] },
    ],
  });
  main = await s.gh.seed({ 'records/a.jsonl': 'a\n', 'records/b.jsonl': 'b\n' });
  for (const branch of ['locked', 'ruled']) await s.gh.push(branch, { 'x.md': 'x\n' }, branch, 'alice');
});
afterEach(() => expect(s.gh.violations).toEqual([]));
afterAll(() => s.gh.close());

const MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid message parents(first: 2) { nodes { oid } } } ref { name } }
}`;
const b64 = (text: string) => Buffer.from(text).toString('base64');

interface Answer {
  data?: {
    createCommitOnBranch: {
      commit: { oid: string; message: string; parents: { nodes: Array<{ oid: string }> } };
      ref: { name: string };
    } | null;
  };
  errors?: Array<{ type?: string; path?: string[]; message: string }>;
}

async function commitOnBranch(token: string, input: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${s.gh.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  expect(res.status).toBe(200); // GraphQL answers its refusals with 200 and `errors`
  return (await res.json()) as Answer;
}

const input = (branch: string, expectedHeadOid: string, fileChanges: Record<string, unknown> = {}) => ({
  branch: { repositoryNameWithOwner: 'acme/app', branchName: branch },
  expectedHeadOid,
  message: { headline: 'phasegate(autosave): 2 window records', body: 'Collected by run 7.' },
  fileChanges,
});
const head = async (branch: string) => (await s.gh.gitText(['rev-parse', `refs/heads/${branch}`])).trim();
const refused = (type: string | undefined, message: string) => ({
  data: { createCommitOnBranch: null },
  errors: [expect.objectContaining({ ...(type ? { type } : {}), path: ['createCommitOnBranch'], message })],
});

describe('createCommitOnBranch', () => {
  it('adds, replaces and deletes files in one commit on the head, authored by the token, signed by GitHub', async () => {
    const r = await commitOnBranch(
      'tok-bot',
      input('main', main, {
        additions: [
          { path: 'records/c.jsonl', contents: b64('c\n') },
          { path: 'records/a.jsonl', contents: b64('a2\n') },
        ],
        deletions: [{ path: 'records/b.jsonl' }],
      }),
    );
    expect(r.errors).toBeUndefined();
    const made = r.data!.createCommitOnBranch!;
    expect(made.ref).toEqual({ name: 'main' });
    expect(made.commit.parents.nodes).toEqual([{ oid: main }]);
    expect(made.commit.message).toBe('phasegate(autosave): 2 window records\n\nCollected by run 7.');
    expect(await head('main')).toBe(made.commit.oid);
    expect(await s.gh.readFile('main', 'records/a.jsonl')).toBe('a2\n');
    expect(await s.gh.readFile('main', 'records/c.jsonl')).toBe('c\n');
    expect(await s.gh.readFile('main', 'records/b.jsonl')).toBeNull();
    expect(await s.gh.gitText(['ls-tree', 'main', 'records/c.jsonl'])).toMatch(/^100644 blob /);

    const { data } = await s.bot.rest.git.getCommit({ ...repo, commit_sha: made.commit.oid });
    expect(data.parents.map((p) => p.sha)).toEqual([main]);
    expect(data.author).toMatchObject({
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    });
    expect(data.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(data.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(s.gh.writes.at(-1)).toMatchObject({
      kind: 'ref',
      ref: 'refs/heads/main',
      before: main,
      after: made.commit.oid,
      login: 'github-actions[bot]',
    });
    main = made.commit.oid;
  });

  it('with no file changes, commits the head tree again (the schema: "a commit with no file changes")', async () => {
    const r = await commitOnBranch('tok-bot', input('main', main));
    const oid = r.data!.createCommitOnBranch!.commit.oid;
    expect(await s.gh.gitText(['rev-parse', `${oid}^{tree}`])).toBe(
      await s.gh.gitText(['rev-parse', `${main}^{tree}`]),
    );
    main = oid;
  });

  it('refuses a head that moved: STALE_DATA in GitHub words, nothing written', async () => {
    const before = s.gh.writes.length;
    const old = (await s.gh.gitText(['rev-parse', `${main}^`])).trim();
    const r = await commitOnBranch(
      'tok-bot',
      input('main', old, { additions: [{ path: 'z', contents: b64('z') }] }),
    );
    expect(r).toEqual(
      refused('STALE_DATA', `Expected branch to point to "${old}" but it did not.  Pull and try again.`),
    );
    expect(await head('main')).toBe(main);
    expect(s.gh.writes.length).toBe(before);
  });

  it('refuses a deletion of a path the head lacks, naming the head', async () => {
    const r = await commitOnBranch(
      'tok-bot',
      input('main', main, { deletions: [{ path: 'records/none.jsonl' }] }),
    );
    expect(r).toEqual(
      refused(
        undefined,
        `A path was requested for deletion which does not exist as of commit oid \`${main}\``,
      ),
    );
    expect(await head('main')).toBe(main);
  });

  it('refuses a branch that does not exist and a repository that is not this one', async () => {
    expect((await commitOnBranch('tok-bot', input('nowhere', main))).errors).toEqual([
      expect.objectContaining({ type: 'NOT_FOUND', path: ['createCommitOnBranch'] }),
    ]);
    const other = {
      ...input('main', main),
      branch: { repositoryNameWithOwner: 'acme/other', branchName: 'main' },
    };
    expect(await commitOnBranch('tok-bot', other)).toEqual(
      refused('NOT_FOUND', "Could not resolve to a Repository with the name 'acme/other'."),
    );
  });

  it('needs contents: write of an integration and the write role of a person', async () => {
    expect(await commitOnBranch('tok-reader', input('main', main))).toEqual(
      refused('FORBIDDEN', 'Resource not accessible by integration'),
    );
    expect(await commitOnBranch('tok-rita', input('main', main))).toEqual(
      refused('FORBIDDEN', 'rita does not have the correct permissions to execute `CreateCommitOnBranch`'),
    );
    expect(await head('main')).toBe(main);
  });

  it('is refused on a protected branch as a direct push is, and let through for a ruleset bypass actor', async () => {
    const locked = await head('locked');
    expect(await commitOnBranch('tok-bot', input('locked', locked))).toEqual(
      refused('BRANCH_PROTECTION_RULE_VIOLATION', 'Changes must be made through a pull request.'),
    );
    const ruled = await head('ruled');
    expect(await commitOnBranch('tok-bot', input('ruled', ruled))).toEqual(
      refused(
        'UNPROCESSABLE',
        'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
      ),
    );
    expect([await head('locked'), await head('ruled')]).toEqual([locked, ruled]);
    const bypass = await commitOnBranch('tok-phasegate', input('ruled', ruled));
    expect(bypass.errors).toBeUndefined();
    const { data } = await s.bot.rest.git.getCommit({ ...repo, commit_sha: await head('ruled') });
    expect(data.author?.name).toBe('phasegate[bot]');
  });
});
