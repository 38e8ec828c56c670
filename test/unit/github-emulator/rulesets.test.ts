/**
 * Repository rulesets: layered rules, bypass lists (an App by slug, a person, the admin role),
 * GitHub's "Repository rule violations found" answers, direct updates refused, and the strict
 * "up to date" requirement. Real HTTP, answers checked against GitHub's OpenAPI.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setup, statusOf, TOKENS } from './helpers.js';

const repo = { owner: 'acme', repo: 'app' };
const violations = (...rules: string[]) =>
  `Repository rule violations found\n\n${rules.map((r) => `${r}\n\n`).join('')}`;
const ONE = 'At least 1 approving review is required by reviewers with write access.';

let s: Awaited<ReturnType<typeof setup>>;
let app: ReturnType<typeof s.client>;

beforeAll(async () => {
  s = await setup({
    tokens: { ...TOKENS, 'tok-app': { login: 'phasegate[bot]', type: 'Bot' } },
    admins: ['alice'],
    protection: [{ branch: 'release/*', requiredApprovingReviewCount: 1, enforceAdmins: true }],
    rulesets: [
      {
        name: 'default branch',
        branches: ['~DEFAULT_BRANCH'],
        requiredApprovingReviewCount: 1,
        requiredStatusChecks: ['ci'],
        bypass: [{ app: 'phasegate' }, { user: 'carol' }],
      },
      { name: 'releases', branches: ['release/**'], requiredApprovingReviewCount: 2, bypass: ['admins'] },
      { name: 'stable', branches: ['stable'], requiredStatusChecks: ['ci'], strict: true },
    ],
  });
  app = s.client('tok-app');
  await s.gh.seed({ 'phases/current.yaml': 'phase: A-0\n' });
  for (const base of ['release/1', 'stable']) await s.gh.push(base, { [`${base}.txt`]: 'x\n' }, base, 'acme');
});
afterEach(() => expect(s.gh.violations).toEqual([]));
afterAll(() => s.gh.close());

async function pr(branch: string, base = 'main') {
  const from = (await s.gh.refSha(base))!;
  await s.bob.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: from });
  const { sha } = await s.gh.push(branch, { [`src/${branch}.ts`]: `${branch}\n` }, branch, 'bob');
  return { n: await s.gh.openPull({ head: branch, base, title: branch, user: 'bob' }), sha };
}

describe('rulesets', () => {
  it('refuses a merge with "Repository rule violations found" and every broken rule, an admin not listed included', async () => {
    const { n, sha } = await pr('ruled');
    const refusal = {
      status: 405,
      data: { message: violations(ONE, 'Required status check "ci" is expected.'), status: '405' },
    };
    const bob = await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }));
    expect(bob).toMatchObject(refusal);
    expect(bob.data.documentation_url).toBeUndefined();
    expect(await statusOf(s.alice.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject(refusal);
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('blocked');

    await s.gh.review(n, 'alice', 'APPROVE');
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject({
      status: 405,
      data: { message: violations('Required status check "ci" is expected.') },
    });
    await s.bot.rest.repos.createCommitStatus({ ...repo, sha, context: 'ci', state: 'success' });
    expect((await s.bob.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it('lets its bypass actors merge anyway: an App by slug, and a person', async () => {
    const first = await pr('by-app');
    const merged = await app.rest.pulls.merge({ ...repo, pull_number: first.n });
    expect(merged.data.merged).toBe(true);
    expect(s.gh.state.pulls.find((p) => p.number === first.n)!.merged_by).toBe('phasegate[bot]');

    const second = await pr('by-carol');
    await expect(s.gh.merge(second.n, 'bob')).rejects.toMatchObject({ status: 405 });
    const { sha } = await s.gh.merge(second.n, 'carol');
    expect(await s.gh.refSha('main')).toBe(sha);
  });

  it('layers with classic protection; "admins" on a bypass list means the admin role', async () => {
    const { n } = await pr('layered', 'release/1');
    await s.gh.review(n, 'carol', 'APPROVE'); // the classic rule (1 approval) is met, the ruleset's 2 are not
    const refusal = violations('At least 2 approving reviews are required by reviewers with write access.');
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject({
      status: 405,
      data: { message: refusal },
    });
    // alice: an admin, so past the ruleset; classic enforce_admins holds her, but its rule is met.
    expect((await s.alice.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it('refuses a direct update of a branch that requires pull requests, except to its bypass actors', async () => {
    const { sha } = await s.gh.push('direct', { 'src/direct.ts': 'd\n' }, 'direct', 'bob');
    const before = await s.gh.refSha('main');
    expect(await statusOf(s.bob.rest.git.updateRef({ ...repo, ref: 'heads/main', sha }))).toMatchObject({
      status: 422,
      data: { message: violations('Changes must be made through a pull request.') },
    });
    expect(await s.gh.refSha('main')).toBe(before);
    expect((await app.rest.git.updateRef({ ...repo, ref: 'heads/main', sha })).data.object.sha).toBe(sha);
  });

  it('with strict checks, a head behind its base is "behind" and refused until brought up to date', async () => {
    const { n, sha } = await pr('strict', 'stable');
    await s.bot.rest.repos.createCommitStatus({ ...repo, sha, context: 'ci', state: 'success' });
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('clean');
    const base = (await s.gh.push('stable', { 'stable.txt': 'moved\n' }, 'stable moves', 'acme')).sha;

    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('behind');
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject({
      status: 409,
      data: { message: 'Head branch is out of date. Review and try the merge again.' },
    });

    // "Update branch": a merge of the base into the head, through the Git Data API.
    const tree = (await s.gh.gitText(['merge-tree', '--write-tree', sha, base])).split('\n')[0]!;
    const update = await s.bob.rest.git.createCommit({
      ...repo,
      message: 'update',
      tree,
      parents: [sha, base],
    });
    await s.bob.rest.git.updateRef({ ...repo, ref: 'heads/strict', sha: update.data.sha });
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject({
      status: 405,
      data: { message: violations('Required status check "ci" is expected.') },
    });
    await s.bot.rest.repos.createCommitStatus({
      ...repo,
      sha: update.data.sha,
      context: 'ci',
      state: 'success',
    });
    expect((await s.bob.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });
});
