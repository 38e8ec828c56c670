/**
 * Pull requests from a fork: the head branch lives in `<user>/app` (`head.repo.fork: true`, its
 * own full_name), the PR is this repository's, and pushes to the fork move the PR's head (and
 * dismiss stale approvals) without touching this repository's branches.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../../../src/emulator/index.js';
import { type Emulator, setup, statusOf } from './helpers.js';

let gh: Emulator;
let bob: Awaited<ReturnType<typeof setup>>['bob'];
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  ({ gh, bob } = await setup({
    rulesets: [{ name: 'main', branches: ['~DEFAULT_BRANCH'], dismissStaleReviews: true }],
  }));
  await gh.seed({ 'phases/current.yaml': 'phase: A-0\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

describe('a pull request from a fork', () => {
  let number: number;
  let first: string;

  it("is opened as bob:branch; its head.repo is bob's fork, its base this repository", async () => {
    first = (await gh.pushFork('bob', 'ga', { 'phases/current.yaml': 'phase: B-1\n' }, 'GA')).sha;
    expect(await gh.refSha('ga')).toBeNull(); // nothing pushed here
    const pr = await bob.rest.pulls.create({ ...repo, head: 'bob:ga', base: 'main', title: 'GA' });
    number = pr.data.number;
    expect(pr.data.head).toMatchObject({ ref: 'ga', sha: first, label: 'bob:ga', user: { login: 'bob' } });
    expect(pr.data.head.repo).toMatchObject({ full_name: 'bob/app', fork: true, owner: { login: 'bob' } });
    expect(pr.data.head.repo?.id).not.toBe(pr.data.base.repo.id);
    expect(pr.data.head.repo?.html_url).toBe('https://github.com/bob/app');
    expect(pr.data.base.repo).toMatchObject({ full_name: 'acme/app', fork: false });
    expect(pr.data).toMatchObject({ mergeable: true, changed_files: 1 });

    const files = await bob.rest.pulls.listFiles({ ...repo, pull_number: number });
    expect(files.data.map((f) => f.filename)).toEqual(['phases/current.yaml']);
    const byHead = await bob.rest.pulls.list({ ...repo, head: 'bob:ga' });
    expect(byHead.data.map((p) => p.number)).toEqual([number]);
    expect((await bob.rest.pulls.list({ ...repo, head: 'acme:ga' })).data).toEqual([]);

    const again = await statusOf(
      bob.rest.pulls.create({ ...repo, head: 'bob:ga', base: 'main', title: 'x' }),
    );
    expect(JSON.stringify(again.data)).toContain('A pull request already exists for bob:ga.');
    const unknown = await statusOf(
      bob.rest.pulls.create({ ...repo, head: 'eve:ga', base: 'main', title: 'x' }),
    );
    expect(unknown.status).toBe(422);
  });

  it('a push to the fork moves the head and dismisses stale approvals; the event names the fork', async () => {
    await gh.review(number, 'alice', 'APPROVE');
    const next = await gh.pushFork('bob', 'ga', { 'phases/current.yaml': 'phase: B-0\n' }, 'B-0');
    expect(next.before).toBe(first);
    expect(gh.state.pulls.find((p) => p.number === number)?.head.sha).toBe(next.sha);
    expect(gh.state.reviews.find((r) => r.pull === number)?.state).toBe('DISMISSED');
    const event = await pullRequestEvent(gh, number, 'synchronize', { before: first });
    const head = (event.payload.pull_request as { head: { repo: { fork: boolean; full_name: string } } })
      .head;
    expect(head.repo).toMatchObject({ fork: true, full_name: 'bob/app' });
    expect(await gh.readFile(event.sha!, 'phases/current.yaml')).toBe('phase: B-0\n');
  });

  it('merges into this repository, titled from the fork', async () => {
    const merged = await gh.merge(number, 'alice');
    expect(await gh.readFile('main', 'phases/current.yaml')).toBe('phase: B-0\n');
    expect(await gh.gitText(['log', '-1', '--format=%s', merged.sha])).toBe(
      `Merge pull request #${number} from bob/ga\n`,
    );
  });
});
