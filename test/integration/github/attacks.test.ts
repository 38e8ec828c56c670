/**
 * The attacks a real repository would see, each refused, under the protection docs/setup.md
 * recommends (RECOMMENDED_RULESET: a PR with 1 approval, code-owner review, stale approvals
 * dismissed, the required check `phasegate/verdict`; the phasegate App bypasses it). phasegate
 * runs as the App, as the workflows do once it is configured; the gate runs in-process on each
 * pull_request(_review) event. Every test shows both halves: the gate is red and says why, and
 * the attacker's own merge through the REST API gets GitHub's 405 with the rules it breaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { type ActionEvent, pullRequestEvent, pullRequestReviewEvent } from '../../../src/emulator/index.js';
import { proposalMarker } from '../../../src/render/markers.js';
import {
  APP,
  APP_TOKEN,
  APP_TOKENS,
  ok,
  RECOMMENDED_RULESET,
  repositoryFiles,
  TOKENS,
  World,
} from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
/** GITHUB_TOKEN on a PR from a fork: phase-gate.yml's permissions, each lowered to read. */
const FORK_TOKEN = 'ghs_fork_pr_token';
const AS_APP = { token: APP_TOKEN, 'bot-login': APP };

let w: World;
let live: string;
/** phasegate's own proposal (A-0 → A-1): its number, current.yaml and QA checklist, ticked. */
let ours: { number: number; ref: string; a1: string; ticked: string };

beforeAll(async () => {
  w = await World.start(
    traceText({
      seed: 5,
      from: T('2026-11-15T00:00:00Z'),
      to: T('2026-11-17T06:00:00Z'),
      ratePerMinute: 30,
      autoMerge: 0.95,
    }),
    {
      rulesets: [RECOMMENDED_RULESET],
      tokens: {
        ...APP_TOKENS,
        [FORK_TOKEN]: {
          kind: 'github-actions',
          permissions: { contents: 'read', 'pull-requests': 'read', statuses: 'read' },
        },
      },
    },
  );
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  w.now = T('2026-11-17T02:07:00Z');
  live = (await w.gh.readFile('main', 'phases/current.yaml'))!;
  // The App bypasses the ruleset: window records go to main. A-0 has soaked 26 h on healthy
  // records, so the verdict is advance A-0 → A-1, and phasegate proposes it.
  ok(await w.step('collect', { events: w.eventsFile, backfill: '50h', ...AS_APP }));
  expect(ok(await w.step('propose', AS_APP)).outputs.decision).toBe('advance');
  const pr = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/advance-A-1')!;
  expect(pr.user).toBe(APP);
  ours = {
    number: pr.number,
    ref: pr.head.ref,
    a1: (await w.gh.readFile(pr.head.sha, 'phases/current.yaml'))!,
    ticked: (pr.body ?? '').replace(/- \[ \]/g, '- [x]'),
  };
}, 120_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

const phase = (id: string) => live.replace(/^phase: .*$/m, `phase: ${id}`);
const pullOf = (n: number) => w.gh.state.pulls.find((p) => p.number === n)!;
const statusOf = (n: number) =>
  w.gh.state.statuses.filter((s) => s.sha === pullOf(n).head.sha && s.context === 'phasegate/verdict').at(-1);
const verdictOn = (n: number) =>
  w.gh.state.comments.filter((c) => c.issue === n && c.user === APP).at(-1)?.body ?? '';

/** The gate as phase-gate.yml runs it with the App token, on the PR's event. */
async function gate(n: number, event?: ActionEvent) {
  return ok(await w.step('gate', AS_APP, event ?? (await pullRequestEvent(w.gh, n, 'opened'))));
}

type Answer = { message?: string; errors?: unknown[]; id?: number; mergeable_state?: string };

/** A REST call with a person's token: its status and body. */
async function call(method: string, path: string, token: string, body: unknown = {}) {
  const res = await fetch(`${w.gh.url}/repos/acme/app${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

/** What GET /pulls/{n} says of the merge button: `clean` when every rule passes. */
const mergeableState = async (n: number) =>
  (await call('GET', `/pulls/${n}`, TOKENS.alice)).body.mergeable_state;

/** The attacker presses Merge through the API: GitHub's refusal. */
async function mergeAs(token: string, n: number) {
  const res = await call('PUT', `/pulls/${n}/merge`, token);
  expect(pullOf(n).merged).toBe(false);
  return res;
}

/** GitHub's 405 for a ruleset's unmet rules, one paragraph each. */
const refused = (...rules: string[]) => ({
  status: 405,
  body: { message: `Repository rule violations found\n\n${rules.map((r) => `${r}\n\n`).join('')}` },
});
const FAILING = 'Required status check "phasegate/verdict" is failing.';
const OWNERS = 'Waiting on code owner review from alice and/or carol.';

describe('attacks under the recommended protection, each refused', () => {
  it("policy relaxed in the same PR: the gate judges by main's policy (red) and GitHub by main's CODEOWNERS (405)", async () => {
    const relaxed = (await w.gh.readFile('main', 'phases/rollout.yaml'))!
      .replace('approvals: 1', 'approvals: 0')
      .replace('checklist: docs/CHECKLIST.md', 'checklist: docs/NONE.md');
    const files = {
      'phases/current.yaml': phase('A-1'),
      'phases/rollout.yaml': relaxed,
      '.github/CODEOWNERS': '/phases/ @mallory @bob\n',
    };
    await w.gh.push('mallory/fast', files, 'Speed things up', 'mallory');
    const n = await w.gh.openPull({ head: 'mallory/fast', title: 'Go to A-1', user: 'mallory' });
    await gate(n, await w.gh.review(n, 'bob', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('failure');
    const verdict = verdictOn(n);
    expect(verdict).toContain('this PR also changes .github/CODEOWNERS, phases/rollout.yaml');
    expect(verdict).toContain('bob is not an allowed approver');
    expect(verdict).toMatch(/needs 1 approval/);
    expect(verdict).toMatch(/not ticked: /);
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(OWNERS, FAILING));
  }, 60_000);

  it("a pasted phasegate:proposal marker jumping A-0 → B-1: a code owner's approval satisfies GitHub, the red gate still refuses the merge", async () => {
    await w.gh.push('mallory/ga', { 'phases/current.yaml': phase('B-1') }, 'GA now', 'mallory');
    const marker = proposalMarker({ rollout: 'autosave', kind: 'advance', from: 'A-0', to: 'A-1' });
    const n = await w.gh.openPull({
      head: 'mallory/ga',
      title: 'phasegate(autosave): advance A-0 → A-1',
      body: `${marker}\nadvance\n${ours.ticked}`,
      user: 'mallory',
    });
    await gate(n, await w.gh.review(n, 'alice', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('failure');
    expect(verdictOn(n)).toContain('A-0 → B-1 skips A-1, A-2, B-0; a phase advances to the next one (A-1)');
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(FAILING));
  }, 60_000);

  it("an extra commit pushed to phasegate's own branch: the approval is dismissed, the gate turns red, and a re-approval does not unlock the merge", async () => {
    const n = ours.number;
    expect((await call('PATCH', `/pulls/${n}`, TOKENS.po, { body: ours.ticked })).status).toBe(200);
    await gate(n, await w.gh.review(n, 'alice', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('success'); // the proposal as phasegate wrote it is ready
    expect(await mergeableState(n)).toBe('clean');

    const relaxed = (await w.gh.readFile('main', 'phases/rollout.yaml'))!.replace(
      'approvals: 1',
      'approvals: 0',
    );
    const push = await w.gh.push(ours.ref, { 'phases/rollout.yaml': relaxed }, 'tweak', 'mallory');
    await gate(n, await pullRequestEvent(w.gh, n, 'synchronize', { sender: 'mallory', before: push.before }));
    expect(statusOf(n)).toMatchObject({ state: 'failure' });
    expect(verdictOn(n)).toContain('this PR also changes phases/rollout.yaml');
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(OWNERS, FAILING));

    // alice approves again without reading the new commit: GitHub is satisfied, the gate is not.
    await gate(n, await w.gh.review(n, 'alice', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('failure');
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(FAILING));
  }, 60_000);

  it('a hand-made phase-jump PR (no marker) A-0 → A-2: approved and ticked, the gate is red on the jump and the merge is refused', async () => {
    const a2 = ours.a1.replace(/^phase: .*$/m, 'phase: A-2');
    await w.gh.push('mallory/a2', { 'phases/current.yaml': a2 }, 'Straight to beta', 'mallory');
    const n = await w.gh.openPull({
      head: 'mallory/a2',
      title: 'Beta now',
      body: ours.ticked,
      user: 'mallory',
    });
    await gate(n, await w.gh.review(n, 'alice', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('failure');
    expect(verdictOn(n)).toContain('A-0 → A-2 skips A-1; a phase advances to the next one (A-1)');
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(FAILING));
  }, 60_000);

  it('an approval of an older commit, after a new push: dismissed, then re-given on the old commit, it counts neither for the gate (red) nor for GitHub (405)', async () => {
    await w.gh.push('carol/a1', { 'phases/current.yaml': ours.a1 }, 'A-1', 'carol');
    const n = await w.gh.openPull({ head: 'carol/a1', title: 'A-1', body: ours.ticked, user: 'carol' });
    await gate(n, await w.gh.review(n, 'alice', 'APPROVE'));
    expect(statusOf(n)?.state).toBe('success');
    expect(await mergeableState(n)).toBe('clean');
    const reviewed = pullOf(n).head.sha;

    const push = await w.gh.push(
      'carol/a1',
      { 'phases/current.yaml': `${ours.a1}# edited\n` },
      'Touch',
      'carol',
    );
    await gate(n, await pullRequestEvent(w.gh, n, 'synchronize', { before: push.before }));
    expect(statusOf(n)?.state).toBe('failure');
    expect(verdictOn(n)).toContain("alice's review was dismissed; ask for a new review");

    // alice approves from a tab still showing the old diff: the review names the older commit.
    const late = await call('POST', `/pulls/${n}/reviews`, TOKENS.alice, {
      event: 'APPROVE',
      commit_id: reviewed,
    });
    expect(late.status).toBe(200);
    await gate(n, await pullRequestReviewEvent(w.gh, n, late.body.id!));
    expect(statusOf(n)?.state).toBe('failure');
    expect(verdictOn(n)).toContain(
      `alice's approval is on an older commit (${reviewed.slice(0, 7)}); re-approve`,
    );
    expect(await mergeAs(TOKENS.carol, n)).toMatchObject(refused(OWNERS, FAILING));
  }, 60_000);

  it('the author approving their own PR: GitHub refuses the review (422), the gate stays red and the merge is refused', async () => {
    await w.gh.push('alice/a1', { 'phases/current.yaml': ours.a1 }, 'A-1', 'alice');
    const n = await w.gh.openPull({ head: 'alice/a1', title: 'A-1 now', body: ours.ticked, user: 'alice' });
    const self = await call('POST', `/pulls/${n}/reviews`, TOKENS.alice, { event: 'APPROVE' });
    expect(self).toMatchObject({ status: 422, body: { errors: ['Can not approve your own pull request'] } });
    expect(w.gh.state.reviews.filter((r) => r.pull === n)).toEqual([]);
    await gate(n);
    expect(statusOf(n)?.state).toBe('failure');
    expect(verdictOn(n)).toMatch(
      /needs 1 approval from an allowed reviewer on the head commit \(\w{7}\); has 0/,
    );
    expect(await mergeAs(TOKENS.alice, n)).toMatchObject(refused(OWNERS, FAILING));
  }, 60_000);

  it('a fork PR: its read-only GITHUB_TOKEN cannot set the status (403, the check stays expected: 405), and approvals on it never count (red: 405)', async () => {
    await w.gh.pushFork('mallory', 'autosave-a1', { 'phases/current.yaml': ours.a1 }, 'A-1');
    const n = await w.gh.openPull({
      head: 'mallory:autosave-a1',
      title: 'A-1',
      body: ours.ticked,
      user: 'mallory',
    });
    const approved = await w.gh.review(n, 'alice', 'APPROVE');
    // GitHub gives no secrets to a fork PR's workflow (no App token) and a read-only GITHUB_TOKEN.
    const run = await w.step('gate', { token: FORK_TOKEN }, approved);
    expect(run.ok).toBe(false);
    expect(run.error?.message).toMatch(/Resource not accessible by integration/);
    expect((run.error as { status?: number }).status).toBe(403);
    expect(statusOf(n)).toBeUndefined();
    expect(w.gh.state.comments.filter((c) => c.issue === n)).toEqual([]);
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(
      refused('Required status check "phasegate/verdict" is expected.'),
    );

    // A run that could write (a pull_request_target workflow, say) is red all the same.
    await gate(n, approved);
    expect(statusOf(n)).toMatchObject({ state: 'failure' });
    expect(statusOf(n)?.description).toContain('PR from a fork');
    expect(verdictOn(n)).toContain(
      'this PR comes from a fork; phase changes must come from a branch of this repository',
    );
    expect(verdictOn(n)).toContain(
      "alice's approval does not count: this PR comes from a fork; open it from a branch of this repository",
    );
    expect(await mergeAs(TOKENS.mallory, n)).toMatchObject(refused(FAILING));
  }, 60_000);
});
