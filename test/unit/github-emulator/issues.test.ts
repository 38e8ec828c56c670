/** Issues, comments, labels, search, statuses and teams, driven by a real Octokit. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, setup, statusOf } from './helpers.js';

let gh: Emulator;
let bot: Awaited<ReturnType<typeof setup>>['bot'];
let alice: Awaited<ReturnType<typeof setup>>['alice'];
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  ({ gh, bot, alice } = await setup());
  await gh.seed({ 'a.txt': 'a\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

describe('issues and comments', () => {
  it('shares one number sequence with PRs, which also appear in the issues list', async () => {
    const issue = await bot.rest.issues.create({
      ...repo,
      title: 'RCA: rollback',
      body: 'due',
      labels: ['phasegate:rca'],
      assignees: ['alice'],
    });
    expect(issue.data).toMatchObject({
      number: 1,
      labels: [{ name: 'phasegate:rca' }],
      assignees: [{ login: 'alice' }],
    });
    await gh.push('feature', { 'b.txt': 'b\n' }, 'b', 'bob');
    expect(await gh.openPull({ head: 'feature', title: 'feature', user: 'bob' })).toBe(2);

    const all = await bot.rest.issues.listForRepo({ ...repo, state: 'all' });
    expect(all.data.map((i) => [i.number, Boolean(i.pull_request)])).toEqual([
      [2, true],
      [1, false],
    ]);
    const labelled = await bot.rest.issues.listForRepo({
      ...repo,
      labels: 'phasegate:rca',
      creator: 'github-actions[bot]',
    });
    expect(labelled.data.map((i) => i.number)).toEqual([1]);

    await bot.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
    expect((await bot.rest.issues.get({ ...repo, issue_number: 1 })).data).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
    });
    expect((await bot.rest.issues.listForRepo(repo)).data.map((i) => i.number)).toEqual([2]);
  });

  it('pages comments with Link headers and edits one in place', async () => {
    for (let i = 0; i < 5; i++) await gh.comment(2, 'alice', `comment ${i}`);
    const mine = await bot.rest.issues.createComment({
      ...repo,
      issue_number: 2,
      body: '<!-- phasegate:verdict autosave -->\nhold',
    });
    const first = await bot.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 2 });
    expect(first.data.map((c) => c.body)).toEqual(['comment 0', 'comment 1']);
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next", <[^>]*page=3[^>]*>; rel="last"/);
    const all = await bot.paginate(bot.rest.issues.listComments, { ...repo, issue_number: 2, per_page: 2 });
    expect(all).toHaveLength(6);

    const edited = await bot.rest.issues.updateComment({
      ...repo,
      comment_id: mine.data.id,
      body: '<!-- phasegate:verdict autosave -->\nadvance',
    });
    expect(edited.data.body).toContain('advance');
    expect(gh.state.comments.filter((c) => c.issue === 2)).toHaveLength(6);
    const tooLong = await statusOf(
      bot.rest.issues.createComment({ ...repo, issue_number: 2, body: 'x'.repeat(65537) }),
    );
    expect(tooLong.status).toBe(422);
    expect(
      (await statusOf(bot.rest.issues.createComment({ ...repo, issue_number: 99, body: 'x' }))).status,
    ).toBe(404);
  });

  it('creates labels once (422 already_exists) and adds them to issues', async () => {
    const made = await bot.rest.issues.createLabel({
      ...repo,
      name: 'phasegate',
      color: '0e8a16',
      description: 'phasegate PRs',
    });
    expect(made.status).toBe(201);
    const again = await statusOf(bot.rest.issues.createLabel({ ...repo, name: 'phasegate' }));
    expect(again.status).toBe(422);
    expect(again.data.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const added = await bot.rest.issues.addLabels({
      ...repo,
      issue_number: 2,
      labels: ['phasegate', 'phasegate:advance'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['phasegate', 'phasegate:advance']);
    const names = (await bot.rest.issues.listLabelsForRepo(repo)).data.map((l) => l.name);
    expect(names).toEqual(['phasegate', 'phasegate:advance', 'phasegate:rca']);
  });
});

describe('search', () => {
  it('counts issues by repo, type, quoted label and a created range', async () => {
    const at = (iso: string) => new Date(iso);
    await gh.openIssue({
      title: 'save lost',
      labels: ['bug', 'severity: critical'],
      user: 'carol',
      createdAt: at('2026-11-20T10:05:00Z'),
    });
    await gh.openIssue({
      title: 'save slow',
      labels: ['bug', 'severity: critical'],
      user: 'carol',
      createdAt: at('2026-11-20T10:20:00Z'),
    });
    await gh.openIssue({
      title: 'typo',
      labels: ['bug'],
      user: 'carol',
      createdAt: at('2026-11-20T10:06:00Z'),
    });
    const q = (range: string) => `repo:acme/app is:issue label:"severity: critical" created:${range}`;
    const window = await bot.rest.search.issuesAndPullRequests({
      q: q('2026-11-20T10:00:00Z..2026-11-20T10:14:59Z'),
    });
    expect(window.data.total_count).toBe(1);
    expect(window.data.items[0]!.title).toBe('save lost');
    expect((await bot.rest.search.issuesAndPullRequests({ q: q('2026-11-20') })).data.total_count).toBe(2);
    expect(
      (await bot.rest.search.issuesAndPullRequests({ q: 'repo:acme/app is:issue label:bug' })).data
        .total_count,
    ).toBe(3);
    expect(
      (await bot.rest.search.issuesAndPullRequests({ q: 'repo:other/repo label:bug' })).data.total_count,
    ).toBe(0);
    expect((await bot.rest.search.issuesAndPullRequests({ q: 'repo:acme/app is:pr' })).data.total_count).toBe(
      1,
    );
  });
});

describe('statuses and teams', () => {
  it('combines the newest status per context', async () => {
    const sha = (await gh.refSha('feature'))!;
    const pending = await bot.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha });
    expect(pending.data).toMatchObject({ state: 'pending', total_count: 0 });
    await bot.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'failure',
      context: 'phasegate/verdict',
      description: 'SLO failing',
    });
    await bot.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ci' });
    expect((await bot.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'feature' })).data.state).toBe(
      'failure',
    );
    await bot.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'phasegate/verdict' });
    const combined = await bot.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha });
    expect(combined.data).toMatchObject({ state: 'success', total_count: 2 });
    expect(
      (await statusOf(bot.rest.repos.createCommitStatus({ ...repo, sha: 'f'.repeat(40), state: 'success' })))
        .status,
    ).toBe(422);
  });

  // A person reads them (GITHUB_TOKEN cannot see the organization's teams: tokens.test.ts).
  it('lists team members, 404 for an unknown team', async () => {
    const members = await alice.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'data-qa' });
    expect(members.data.map((m) => m.login)).toEqual(['carol']);
    expect(
      (await statusOf(alice.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'nobody' }))).status,
    ).toBe(404);
  });
});
