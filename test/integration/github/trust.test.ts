/**
 * The gate judges with inputs nobody can change in the PR being judged, through the Action's
 * commands in-process on the loopback GitHub. On pull_request events the checkout is the PR's
 * merge, written by whoever opened it; what a PR proposes is read from its diff, never from a
 * marker or title anyone can paste. Each test is an attack a real repository would see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { pullRequestEvent } from '../../../src/emulator/index.js';
import { proposalMarker } from '../../../src/render/markers.js';
import { BOT, ok, repositoryFiles, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);

let w: World;
let live: string;
beforeAll(async () => {
  w = await World.start(
    traceText({
      seed: 5,
      from: T('2026-11-15T00:00:00Z'),
      to: T('2026-11-17T06:00:00Z'),
      ratePerMinute: 30,
      autoMerge: 0.95,
    }),
  );
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  w.now = T('2026-11-17T02:07:00Z');
  live = (await w.gh.readFile('main', 'phases/current.yaml'))!;
  // A-0 has soaked 26 h on healthy records: the verdict is advance A-0 → A-1.
  ok(await w.step('collect', { events: w.eventsFile, backfill: '50h' }));
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

const phase = (id: string) => live.replace(/^phase: .*$/m, `phase: ${id}`);
const statusOf = (sha: string) =>
  w.gh.state.statuses.filter((s) => s.sha === sha && s.context === 'phasegate/verdict').at(-1);
const headOf = (n: number) => w.gh.state.pulls.find((p) => p.number === n)!.head.sha;
const verdictOn = (n: number) =>
  w.gh.state.comments.filter((c) => c.issue === n && c.user === BOT).at(-1)?.body ?? '';

async function gate(n: number, action: 'opened' | 'synchronize' = 'opened') {
  return ok(await w.step('gate', {}, await pullRequestEvent(w.gh, n, action)));
}

describe('the gate judges with trusted inputs', () => {
  it("a phase change that relaxes the policy and CODEOWNERS in the same PR is judged by main's", async () => {
    const relaxed = (await w.gh.readFile('main', 'phases/rollout.yaml'))!
      .replace('approvals: 1', 'approvals: 0')
      .replace('checklist: docs/CHECKLIST.md', 'checklist: docs/NONE.md');
    await w.gh.push(
      'mallory/fast',
      {
        'phases/current.yaml': phase('A-1'),
        'phases/rollout.yaml': relaxed,
        '.github/CODEOWNERS': '/phases/ @mallory @bob\n',
      },
      'Speed things up',
      'mallory',
    );
    const n = await w.gh.openPull({ head: 'mallory/fast', title: 'Go to A-1', user: 'mallory' });
    await w.gh.review(n, 'bob', 'APPROVE');
    await gate(n);
    expect(statusOf(headOf(n))?.state).toBe('failure');
    const verdict = verdictOn(n);
    expect(verdict).toContain(
      'a phase change edits phases/current.yaml alone; this PR also changes .github/CODEOWNERS, phases/rollout.yaml',
    );
    // main's rules, not the PR's: one approval from main's code owners, and main's checklist.
    expect(verdict).toContain('bob is not an allowed approver');
    expect(verdict).toMatch(/needs 1 approval/);
    expect(verdict).toMatch(/not ticked: /);
  }, 60_000);

  it("a hand PR that pastes phasegate's marker to jump A-0 → B-1 is red, and the scheduled run leaves it alone", async () => {
    await w.gh.push('mallory/ga', { 'phases/current.yaml': phase('B-1') }, 'GA now', 'mallory');
    const marker = proposalMarker({ rollout: 'autosave', kind: 'advance', from: 'A-0', to: 'A-1' });
    const n = await w.gh.openPull({
      head: 'mallory/ga',
      title: 'phasegate(autosave): advance A-0 → A-1',
      body: `${marker}\nadvance`,
      user: 'mallory',
    });
    await w.gh.review(n, 'alice', 'APPROVE');
    await gate(n);
    expect(statusOf(headOf(n))?.state).toBe('failure');
    expect(verdictOn(n)).toContain('A-0 → B-1 skips A-1, A-2, B-0; a phase advances to the next one (A-1)');

    const before = w.gh.state.comments.filter((c) => c.issue === n).length;
    const propose = ok(await w.step('propose'));
    expect(propose.outputs.decision).toBe('advance');
    // phasegate opened its own proposal and neither closed, commented on nor merged the forgery.
    const ours = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/advance-A-1');
    expect(ours).toMatchObject({ state: 'open', user: BOT });
    expect(w.gh.state.pulls.find((p) => p.number === n)?.state).toBe('open');
    expect(w.gh.state.comments.filter((c) => c.issue === n)).toHaveLength(before);
  }, 60_000);

  it("a commit pushed to phasegate's branch is judged on what it now changes, the same by the event and the scheduled run", async () => {
    const ours = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/advance-A-1')!;
    const relaxed = (await w.gh.readFile('main', 'phases/rollout.yaml'))!.replace(
      'approvals: 1',
      'approvals: 0',
    );
    const push = await w.gh.push(ours.head.ref, { 'phases/rollout.yaml': relaxed }, 'tweak', 'mallory');
    await gate(ours.number, 'synchronize');
    const head = push.sha;
    expect(statusOf(head)).toMatchObject({ state: 'failure' });
    const description = statusOf(head)!.description;
    expect(verdictOn(ours.number)).toContain('this PR also changes phases/rollout.yaml');

    // The scheduled run gates it the same way: no flip to green and back.
    const statuses = w.gh.state.statuses.length;
    ok(await w.step('propose'));
    expect(statusOf(head)).toMatchObject({ state: 'failure', description });
    expect(w.gh.state.statuses.length).toBe(statuses);
  }, 60_000);

  it('a phase change pushed to main by hand is announced: what changed is read from the push', async () => {
    w.now = T('2026-11-17T03:00:00Z');
    const pushed = await w.gh.push('main', { 'phases/current.yaml': phase('A-1') }, 'A-1 by hand', 'alice');
    const slack = w.slack.got.length;
    const apply = ok(await w.step('apply', {}, pushed.event));
    expect(w.slack.got).toHaveLength(slack + 1);
    expect(JSON.parse(w.slack.got.at(-1)!.body).text).toMatch(/A-0 → A-1/);
    expect(apply.log.join('\n')).not.toMatch(/nothing to announce/);
    // The same push again (a re-run) changes nothing it has not changed: the phase before is A-0.
    const same = await w.gh.push('main', { 'README.md': 'hello\n' }, 'docs', 'alice');
    const quiet = ok(await w.step('apply', {}, same.event));
    expect(w.slack.got).toHaveLength(slack + 1);
    expect(quiet.log.join('\n')).toMatch(/the push left phases\/current.yaml at A-1: nothing to announce/);
  }, 60_000);
});
