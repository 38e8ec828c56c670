/** Pull requests, reviews and merges, driven by a real Octokit; merges are real git merges. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../../../src/emulator/index.js';
import { type Emulator, setup, statusOf } from './helpers.js';

let gh: Emulator;
let bot: Awaited<ReturnType<typeof setup>>['bot'];
let alice: Awaited<ReturnType<typeof setup>>['alice'];
const repo = { owner: 'acme', repo: 'app' };
const BRANCH = 'phasegate/autosave/advance-A-1';

beforeAll(async () => {
  ({ gh, bot, alice } = await setup());
  await gh.seed({ 'phases/current.yaml': 'phase: A-0\n', 'docs/notes.md': 'one\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

async function branchWith(branch: string, files: Record<string, string>, login = 'github-actions[bot]') {
  return (await gh.push(branch, files, `edit ${Object.keys(files).join(', ')}`, login)).sha;
}

describe('pull requests', () => {
  let number: number;

  it('opens one PR per head and base; a second is refused, as is a branch with no commits', async () => {
    const head = await branchWith(BRANCH, { 'phases/current.yaml': 'phase: A-1\n' });
    const pr = await bot.rest.pulls.create({
      ...repo,
      head: BRANCH,
      base: 'main',
      title: 'Advance to A-1',
      body: 'verdict',
    });
    number = pr.data.number;
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({
      state: 'open',
      merged: false,
      mergeable: true,
      commits: 1,
      changed_files: 1,
    });
    expect(pr.data.head).toMatchObject({ ref: BRANCH, sha: head, label: `acme:${BRANCH}` });
    expect(pr.data.user.login).toBe('github-actions[bot]');

    const dup = await statusOf(
      bot.rest.pulls.create({ ...repo, head: `acme:${BRANCH}`, base: 'main', title: 'again' }),
    );
    expect(dup.status).toBe(422);
    expect(JSON.stringify(dup.data)).toContain(`A pull request already exists for acme:${BRANCH}.`);

    await bot.rest.git.createRef({ ...repo, ref: 'refs/heads/empty', sha: (await gh.refSha('main'))! });
    const empty = await statusOf(
      bot.rest.pulls.create({ ...repo, head: 'empty', base: 'main', title: 'nothing' }),
    );
    expect(JSON.stringify(empty.data)).toContain('No commits between main and empty');
    expect(gh.state.pulls).toHaveLength(1);
  });

  it('lists by head, follows the branch tip, refuses bodies over 65,536 characters, edits in place', async () => {
    const byHead = await bot.rest.pulls.list({ ...repo, head: `acme:${BRANCH}`, state: 'open' });
    expect(byHead.data.map((p) => p.number)).toEqual([number]);
    expect((await bot.rest.pulls.list({ ...repo, head: 'acme:other' })).data).toEqual([]);

    const tip = await branchWith(BRANCH, { 'docs/verdict.md': 'v2\n' });
    expect((await bot.rest.pulls.get({ ...repo, pull_number: number })).data.head.sha).toBe(tip);

    const long = 'x'.repeat(65537);
    const tooLong = await statusOf(bot.rest.pulls.update({ ...repo, pull_number: number, body: long }));
    expect(tooLong.status).toBe(422);
    const edited = await bot.rest.pulls.update({
      ...repo,
      pull_number: number,
      title: 'Advance to A-1 (updated)',
    });
    expect(edited.data.title).toBe('Advance to A-1 (updated)');
  });

  it('requests reviewers; the author cannot approve their own PR; reviews list with commit ids', async () => {
    await bot.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      reviewers: ['alice'],
      team_reviewers: ['data-qa'],
    });
    const requested = await bot.rest.pulls.listRequestedReviewers({ ...repo, pull_number: number });
    expect(requested.data.users.map((u) => u.login)).toEqual(['alice']);
    expect(requested.data.teams.map((t) => t.slug)).toEqual(['data-qa']);
    expect(
      (
        await statusOf(
          bot.rest.pulls.requestReviewers({
            ...repo,
            pull_number: number,
            reviewers: ['github-actions[bot]'],
          }),
        )
      ).status,
    ).toBe(422);

    const own = await statusOf(
      bot.rest.pulls.createReview({ ...repo, pull_number: number, event: 'APPROVE' }),
    );
    expect(own).toMatchObject({ status: 422, data: { errors: ['Can not approve your own pull request'] } });

    const stale = (await gh.refSha('main'))!;
    await gh.review(number, 'bob', 'APPROVE', { commitId: stale });
    const approved = await alice.rest.pulls.createReview({ ...repo, pull_number: number, event: 'APPROVE' });
    expect(approved.data).toMatchObject({
      state: 'APPROVED',
      commit_id: gh.state.pulls[0]!.head.sha,
      user: { login: 'alice' },
    });
    const reviews = await bot.rest.pulls.listReviews({ ...repo, pull_number: number, per_page: 1 });
    expect(reviews.data.map((r) => [r.user?.login, r.commit_id])).toEqual([['bob', stale]]);
    expect(reviews.headers.link).toContain('rel="next"');
    expect(gh.state.pulls[0]!.requested_reviewers).toEqual([]); // answered by alice's review
  });

  it('refuses a merge on a stale head sha (409), then merges with a real merge commit', async () => {
    const stale = await statusOf(
      alice.rest.pulls.merge({ ...repo, pull_number: number, sha: 'a'.repeat(40) }),
    );
    expect(stale).toMatchObject({
      status: 409,
      data: { message: 'Head branch was modified. Review and try the merge again.' },
    });

    const head = gh.state.pulls[0]!.head.sha;
    const before = (await gh.refSha('main'))!;
    const merged = await alice.rest.pulls.merge({ ...repo, pull_number: number, sha: head });
    expect(merged.data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect((await gh.gitText(['rev-list', '--parents', '-n1', 'main'])).trim()).toBe(
      `${merged.data.sha} ${before} ${head}`,
    );
    expect(await gh.readFile('main', 'phases/current.yaml')).toBe('phase: A-1\n');

    const pr = (await bot.rest.pulls.get({ ...repo, pull_number: number })).data;
    expect(pr).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: merged.data.sha,
      merged_by: { login: 'alice' },
    });
    const assoc = await bot.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: merged.data.sha,
    });
    expect(assoc.data.map((p) => p.number)).toEqual([number]);
    expect((await statusOf(alice.rest.pulls.merge({ ...repo, pull_number: number }))).status).toBe(405);
  });

  it('answers 405 when the branches conflict', async () => {
    await branchWith('conflict', { 'docs/notes.md': 'theirs\n' }, 'bob');
    await gh.push('main', { 'docs/notes.md': 'ours\n' }, 'main moves', 'alice');
    const n = await gh.openPull({ head: 'conflict', title: 'conflicting', user: 'bob' });
    expect((await bot.rest.pulls.get({ ...repo, pull_number: n })).data).toMatchObject({
      mergeable: false,
      mergeable_state: 'dirty',
    });
    const refused = await statusOf(alice.rest.pulls.merge({ ...repo, pull_number: n }));
    expect(refused).toMatchObject({ status: 405, data: { message: 'Pull Request is not mergeable' } });
    expect(await gh.readFile('main', 'docs/notes.md')).toBe('ours\n');
  });

  it('closes and reopens; pull_request events carry a test merge ref that clones', async () => {
    const n = gh.state.pulls.find((p) => p.head.ref === 'conflict')!.number;
    await bot.rest.pulls.update({ ...repo, pull_number: n, state: 'closed' });
    expect(gh.state.pulls.find((p) => p.number === n)!.state).toBe('closed');
    await bot.rest.pulls.update({ ...repo, pull_number: n, state: 'open' });

    await branchWith('feature', { 'docs/feature.md': 'f\n' }, 'bob');
    const f = await gh.openPull({ head: 'feature', title: 'feature', user: 'bob' });
    const event = await pullRequestEvent(gh, f, 'opened');
    expect(event.ref).toBe(`refs/pull/${f}/merge`);
    expect(event.payload).toMatchObject({
      action: 'opened',
      number: f,
      repository: { full_name: 'acme/app' },
      sender: { login: 'bob' },
    });
    const ws = `${gh.gitDir}-ws`;
    expect(await gh.cloneTo(ws, event.ref!)).toBe(event.sha);
    expect(await gh.gitText(['show', `${event.sha}:docs/feature.md`])).toBe('f\n');
  });
  it("lists a PR's files as the three-dot diff against its base, 3000 at most as GitHub does", async () => {
    await branchWith(
      'alice/files',
      { 'phases/current.yaml': 'phase: A-2\n', 'docs/new.md': 'new\n' },
      'alice',
    );
    const n = (await alice.rest.pulls.create({ ...repo, head: 'alice/files', base: 'main', title: 'files' }))
      .data.number;
    // main moves on after the branch: its change is not the PR's.
    await branchWith('main', { 'docs/notes.md': 'two\n' }, 'alice');
    const files = await bot.paginate(bot.rest.pulls.listFiles, { ...repo, pull_number: n, per_page: 100 });
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['docs/new.md', 'added'],
      ['phases/current.yaml', 'modified'],
    ]);
    expect(files[1]).toMatchObject({ additions: 1, deletions: 1, changes: 2 });

    const many = Object.fromEntries(Array.from({ length: 3001 }, (_, i) => [`gen/${i}.txt`, `${i}\n`]));
    await branchWith('alice/huge', many, 'alice');
    const huge = (await alice.rest.pulls.create({ ...repo, head: 'alice/huge', base: 'main', title: 'huge' }))
      .data.number;
    const listed = await bot.paginate(bot.rest.pulls.listFiles, {
      ...repo,
      pull_number: huge,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
  }, 60_000);
});
