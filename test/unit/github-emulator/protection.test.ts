/**
 * Classic branch protection: a merge that breaks a rule is refused with GitHub's 405 and its
 * words, over real HTTP and checked against GitHub's OpenAPI, and goes through once the rule is
 * met. Each test opens its own PR from bob into main.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, setup, statusOf } from './helpers.js';

const repo = { owner: 'acme', repo: 'app' };
const DOCS = 'https://docs.github.com/articles/about-protected-branches';
type Setup = Awaited<ReturnType<typeof setup>>;

async function start(options: Parameters<typeof setup>[0]): Promise<Setup> {
  const s = await setup({ admins: ['alice'], ...options });
  await s.gh.seed({
    'phases/current.yaml': 'phase: A-0\n',
    '.github/CODEOWNERS': '# owners\n*.md @alice\n/phases/ @acme/data-qa\n',
  });
  return s;
}

/** bob's PR from `branch` into main changing `files`; returns its number and head sha. */
async function pr(gh: Emulator, branch: string, files: Record<string, string>) {
  const { sha } = await gh.push(branch, files, `edit ${branch}`, 'bob');
  return { n: await gh.openPull({ head: branch, title: branch, user: 'bob' }), sha };
}

const refused = (message: string) => ({
  status: 405,
  data: { message, documentation_url: DOCS, status: '405' },
});

describe('required status checks and approvals', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await start({
      protection: [{ branch: 'main', requiredStatusChecks: ['ci/test', 'ci/lint'] }],
    });
  });
  afterEach(() => expect(s.gh.violations).toEqual([]));
  afterAll(() => s.gh.close());

  it('refuses a merge until the newest status of every required context is success', async () => {
    const { n, sha } = await pr(s.gh, 'checks', { 'src/a.ts': 'a\n' });
    const merge = () => statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }));
    const status = (context: string, state: 'pending' | 'success' | 'failure' | 'error') =>
      s.bot.rest.repos.createCommitStatus({ ...repo, sha, context, state });

    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('blocked');
    expect(await merge()).toMatchObject(refused('2 of 2 required status checks are expected.'));
    await status('ci/lint', 'pending');
    expect(await merge()).toMatchObject(
      refused('2 of 2 required status checks have not succeeded: 1 expected and 1 pending.'),
    );
    await status('ci/test', 'success');
    expect(await merge()).toMatchObject(refused('Required status check "ci/lint" is pending.'));
    await status('ci/lint', 'failure');
    expect(await merge()).toMatchObject(refused('Required status check "ci/lint" is failing.'));
    await status('ci/lint', 'error');
    expect(await merge()).toMatchObject(refused('Required status check "ci/lint" is errored.'));
    expect(s.gh.state.pulls.find((p) => p.number === n)!.state).toBe('open');

    await status('ci/lint', 'success');
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('clean');
    const merged = await s.bob.rest.pulls.merge({ ...repo, pull_number: n });
    expect(merged.data.merged).toBe(true);
    expect(await s.gh.refSha('main')).toBe(merged.data.sha);
  });

  it('holds the people helper gh.merge to the same rules', async () => {
    const { n } = await pr(s.gh, 'helper', { 'src/b.ts': 'b\n' });
    await expect(s.gh.merge(n, 'bob')).rejects.toMatchObject({
      status: 405,
      body: { message: '2 of 2 required status checks are expected.' },
    });
  });

  it('lets an admin merge past unmet rules (no enforce_admins), and refuses an update of main by others', async () => {
    const { n } = await pr(s.gh, 'admin', { 'src/c.ts': 'c\n' });
    expect((await s.alice.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);

    const main = (await s.gh.refSha('main'))!;
    const { sha } = await s.gh.push('ahead', { 'src/d.ts': 'd\n' }, 'ahead', 'bob');
    expect(await statusOf(s.bob.rest.git.updateRef({ ...repo, ref: 'heads/main', sha }))).toMatchObject({
      status: 422,
      data: { message: 'Protected branch update failed for refs/heads/main.' },
    });
    expect(await s.gh.refSha('main')).toBe(main);
    const moved = await s.alice.rest.git.updateRef({ ...repo, ref: 'heads/main', sha });
    expect(moved.data.object.sha).toBe(sha);
    expect(await statusOf(s.alice.rest.git.deleteRef({ ...repo, ref: 'heads/main' }))).toMatchObject({
      status: 422,
    });
  });
});

describe('reviews', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await start({
      protection: [
        { branch: 'main', requiredApprovingReviewCount: 2, enforceAdmins: true },
        { branch: 'release/*', requiredApprovingReviewCount: 1, requireCodeOwnerReviews: true },
        { branch: 'stable', requiredApprovingReviewCount: 1, dismissStaleReviews: true },
      ],
      teams: { 'acme/data-qa': ['carol'] },
      collaborators: { dave: 'read', erin: 'triage' },
    });
    for (const base of ['release/1', 'stable'])
      await s.gh.push(base, { [`${base}.txt`]: 'x\n' }, base, 'acme');
  });
  afterEach(() => expect(s.gh.violations).toEqual([]));
  afterAll(() => s.gh.close());

  it('counts the newest review per reviewer: approvals in, changes requested blocks, comments do not count', async () => {
    const { n } = await pr(s.gh, 'reviews', { 'src/a.ts': 'a\n' });
    const merge = () => statusOf(s.alice.rest.pulls.merge({ ...repo, pull_number: n }));
    expect(await merge()).toMatchObject(
      refused('At least 2 approving reviews are required by reviewers with write access.'),
    );
    await s.gh.review(n, 'alice', 'APPROVE');
    await s.gh.review(n, 'alice', 'COMMENT');
    expect(await merge()).toMatchObject(
      refused('At least 2 approving reviews are required by reviewers with write access.'),
    );
    await s.gh.review(n, 'carol', 'APPROVE');
    await s.gh.review(n, 'carol', 'REQUEST_CHANGES');
    expect(await merge()).toMatchObject(
      refused('1 review requesting changes and 1 approving review by reviewers with write access.'),
    );
    await s.gh.review(n, 'carol', 'APPROVE');
    expect((await s.alice.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it("counts only reviewers with write access: a reader's approval or change request is gray", async () => {
    const { n } = await pr(s.gh, 'gray', { 'src/g.ts': 'g\n' });
    const merge = () => statusOf(s.alice.rest.pulls.merge({ ...repo, pull_number: n }));
    await s.gh.review(n, 'dave', 'APPROVE'); // read
    await s.gh.review(n, 'erin', 'APPROVE'); // triage
    expect(await merge()).toMatchObject(
      refused('At least 2 approving reviews are required by reviewers with write access.'),
    );
    await s.gh.review(n, 'alice', 'APPROVE');
    await s.gh.review(n, 'carol', 'APPROVE'); // no role of her own: her team's write access
    await s.gh.review(n, 'dave', 'REQUEST_CHANGES'); // does not block either
    expect((await s.alice.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it("requires a code owner's approval of every owned file, read from the base branch's CODEOWNERS", async () => {
    // The PR's own CODEOWNERS would hand everything to bob: the base's file decides.
    const files = {
      'phases/current.yaml': 'phase: A-1\n',
      'docs/x.md': 'x\n',
      '.github/CODEOWNERS': '* @bob\n',
    };
    await s.gh.push('owned', files, 'owned', 'bob');
    const n = await s.gh.openPull({ head: 'owned', base: 'release/1', title: 'owned', user: 'bob' });
    const merge = () => statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }));
    expect(await merge()).toMatchObject(
      refused('Waiting on code owner review from acme/data-qa and/or alice.'),
    );
    await s.gh.review(n, 'alice', 'APPROVE');
    expect(await merge()).toMatchObject(refused('Waiting on code owner review from acme/data-qa.'));
    await s.gh.review(n, 'carol', 'APPROVE'); // a member of acme/data-qa
    expect((await s.bob.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it('an unowned change needs only the approval count', async () => {
    await s.gh.push('unowned', { 'src/z.ts': 'z\n' }, 'z', 'bob');
    const n = await s.gh.openPull({ head: 'unowned', base: 'release/1', title: 'z', user: 'bob' });
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject(
      refused('At least 1 approving review is required by reviewers with write access.'),
    );
  });

  it('dismisses an approval when new commits are pushed, and the merge waits for a fresh one', async () => {
    await s.gh.push('stale', { 'src/s.ts': 's1\n' }, 's1', 'bob');
    const n = await s.gh.openPull({ head: 'stale', base: 'stable', title: 's', user: 'bob' });
    await s.gh.review(n, 'alice', 'APPROVE');
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('clean');

    await s.gh.push('stale', { 'src/s.ts': 's2\n' }, 's2', 'bob');
    const reviews = (await s.bot.rest.pulls.listReviews({ ...repo, pull_number: n })).data;
    expect(reviews.map((r) => [r.user?.login, r.state])).toEqual([['alice', 'DISMISSED']]);
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data.mergeable_state).toBe('blocked');
    expect(await statusOf(s.bob.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject(
      refused('At least 1 approving review is required by reviewers with write access.'),
    );
    await s.gh.review(n, 'alice', 'APPROVE');
    expect((await s.bob.rest.pulls.merge({ ...repo, pull_number: n })).data.merged).toBe(true);
  });

  it('holds admins to the rules when enforce_admins is on', async () => {
    const { n } = await pr(s.gh, 'enforced', { 'src/e.ts': 'e\n' });
    expect(await statusOf(s.alice.rest.pulls.merge({ ...repo, pull_number: n }))).toMatchObject(
      refused('At least 2 approving reviews are required by reviewers with write access.'),
    );
  });
});
