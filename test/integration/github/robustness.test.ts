/**
 * The loop when things go wrong or race, through the Action's commands in-process: GitHub failing
 * (500, a secondary rate limit with retry-after, a dropped connection), two scheduled runs at
 * once, stale and disallowed approvals, a rollback by hand to a phase that does not exist.
 * Back-off waits go to the world's clock, which records them: no test sleeps for real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { pullRequestEvent, workflowDispatchEvent } from '../../../src/emulator/index.js';
import { proposalMarker } from '../../../src/render/markers.js';
import { BOT, ok, repositoryFiles, type Step, TOKENS, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);

let w: World;
beforeAll(async () => {
  w = await World.start(
    traceText({
      seed: 11,
      from: T('2026-11-15T00:00:00Z'),
      to: T('2026-11-17T06:00:00Z'),
      ratePerMinute: 30,
      autoMerge: 0.95,
    }),
  );
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

const said = (s: Step) => s.log.join('\n');
/** A branch commit: one createCommitOnBranch. */
const COMMIT = { method: 'POST', path: '/graphql', graphql: 'mutation' } as const;

describe('GitHub failing, runs racing, bad input', () => {
  it('a 500, a secondary rate limit and a dropped connection are retried; the run succeeds', async () => {
    w.now = T('2026-11-17T02:07:00Z');
    w.gh.fail(COMMIT, { status: 500 });
    // The commit lands and its answer is lost: the retry finds the head moved (STALE_DATA),
    // reads it again and finds the files there, so there is no second commit.
    w.gh.fail(COMMIT, { lostResponse: true });
    const collect = ok(await w.step('collect', { events: w.eventsFile, backfill: '50h' }));
    expect(said(collect)).toMatch(/POST \/graphql: attempt 1 failed \(500/);
    expect(said(collect)).toMatch(/POST \/graphql: attempt 2 failed \(500: other side closed/);
    const log = await w.gh.gitText(['log', '--format=%s', 'main']);
    expect(log.split('\n').filter((s) => /window record/.test(s))).toHaveLength(1);

    w.gh.fail({ method: 'POST', path: /\/pulls$/ }, { secondaryRateLimit: 1 });
    const propose = ok(await w.step('propose'));
    expect(said(propose)).toMatch(/attempt 1 failed \(403: .*secondary rate limit.*retrying in 1s/i);
    // The wait GitHub asked for (retry-after: 1), on the run's clock.
    expect(propose.sleeps).toContain(1000);
    expect(w.gh.state.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
  }, 120_000);

  it('a rate-limit wait longer than the job has left fails at once with the reason, not a killed job', async () => {
    w.now = T('2026-11-17T02:37:00Z');
    // GitHub may ask for an hour (a primary limit's reset); the rollout job has 14 minutes.
    w.gh.fail(COMMIT, { secondaryRateLimit: 3600 });
    const before = await w.gh.refSha('main');
    const step = await w.step('collect', { events: w.eventsFile, 'timeout-minutes': '14' });
    expect(step.ok).toBe(false);
    expect(step.error?.message).toMatch(
      /a retry would wait 3600s \(after: You have exceeded a secondary rate limit.*\) but the job has 780s left/,
    );
    expect(step.sleeps).toEqual([]);
    expect(await w.gh.refSha('main')).toBe(before);
    // A wait that fits is waited.
    w.gh.fail(COMMIT, { secondaryRateLimit: 60 });
    const fits = ok(await w.step('collect', { events: w.eventsFile, 'timeout-minutes': '14' }));
    expect(fits.sleeps).toEqual([60_000]);
  }, 120_000);

  it('a failure that outlasts the retries fails the run cleanly; the next run commits every window', async () => {
    w.now = T('2026-11-17T02:52:00Z');
    w.gh.fail(COMMIT, { status: 502 }, 6);
    const before = await w.gh.refSha('main');
    const broken = await w.step('collect', { events: w.eventsFile });
    expect(broken.ok).toBe(false);
    expect(said(broken).match(/attempt \d failed \(502/g)).toHaveLength(5);
    // The plan's back-off: 0.5 s, 1 s, 2 s, 4 s, 8 s.
    expect(broken.sleeps).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(broken.error?.message).toMatch(/Bad Gateway/);
    expect(await w.gh.refSha('main')).toBe(before); // nothing half-written
    ok(await w.step('collect', { events: w.eventsFile }));
    const files = await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/']);
    for (const name of ['202611170215.jsonl', '202611170230.jsonl', '202611170245.jsonl'])
      expect(files).toContain(name);
  }, 120_000);

  it('two runs at once leave one PR', async () => {
    w.now = T('2026-11-17T02:57:00Z');
    const pr = w.gh.state.pulls.find((p) => p.state === 'open')!;
    await w.gh.merge(pr.number, 'alice'); // A-1 is live

    // Two collects at once: both succeed, the loser of the ref race rebuilds on the winner's head.
    const [c1, c2] = await Promise.all([
      w.step('collect', { events: w.eventsFile }),
      w.step('collect', { events: w.eventsFile }),
    ]);
    ok(c1);
    ok(c2);
    const files = await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/']);
    expect(files).toContain('202611170245.jsonl');

    // An advance PR phasegate opened earlier, still open when a rollback comes.
    const staleBranch = 'phasegate/autosave/advance-A-2';
    const live = (await w.gh.readFile('main', 'phases/current.yaml'))!;
    await w.gh.push(
      staleBranch,
      { 'phases/current.yaml': live.replace(/^phase: .*$/m, 'phase: A-2') },
      'A-2',
      BOT,
    );
    const body = `${proposalMarker({ rollout: 'autosave', kind: 'advance', from: 'A-1', to: 'A-2' })}\nadvance`;
    const stale = await w.gh.openPull({
      head: staleBranch,
      title: 'phasegate(autosave): advance A-1 → A-2',
      body,
      user: BOT,
    });
    const labelled = await fetch(`${w.gh.url}/repos/acme/app/issues/${stale}/labels`, {
      method: 'POST',
      headers: { authorization: `token ${TOKENS.bot}`, 'content-type': 'application/json' },
      body: JSON.stringify({ labels: ['phasegate', 'phasegate:advance'] }),
    });
    expect(labelled.status).toBe(200);
    // Close the loop on a fresh proposal: roll back by hand twice at the same time.
    const dispatch = await workflowDispatchEvent(w.gh, { phase: 'A-0', reason: 'support tickets spike' });
    const [a, b] = await Promise.all([
      w.step('rollback', { phase: 'A-0', reason: 'support tickets spike' }, dispatch),
      w.step('rollback', { phase: 'A-0', reason: 'support tickets spike' }, dispatch),
    ]);
    ok(a);
    ok(b);
    const rollbacks = w.gh.state.pulls.filter((p) => p.head.ref === 'phasegate/autosave/rollback-A-0');
    expect(rollbacks).toHaveLength(1);
    expect(w.gh.state.pulls.find((p) => p.number === stale)?.state).toBe('closed');
    const closing = w.gh.state.comments.filter((c) => c.issue === stale).map((c) => c.body);
    expect(closing.join('\n')).toMatch(
      /phasegate closed this proposal: (a rollback was proposed|the live phase is now A-0)/,
    );
  }, 120_000);

  it('a rollback by hand to an unknown phase fails with the phases it can go to', async () => {
    const dispatch = await workflowDispatchEvent(w.gh, { phase: 'Z-9', reason: 'typo' });
    const r = await w.step('rollback', { phase: 'Z-9', reason: 'typo' }, dispatch);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe(
      'input "phase": unknown phase "Z-9"; valid phases: A-0, A-1, A-2, B-0, B-1',
    );
  }, 60_000);

  it('approvals that do not count: stale (before a new push), and the author approving their own PR', async () => {
    w.now = T('2026-11-17T03:00:00Z');
    // A phase PR written by hand: alice proposes A-1 → A-2 herself.
    const live = await w.gh.readFile('main', 'phases/current.yaml');
    const proposed = live!.replace(/^phase: .*$/m, 'phase: A-2');
    await w.gh.push('alice/a2', { 'phases/current.yaml': proposed }, 'Move to A-2', 'alice');
    const number = await w.gh.openPull({ head: 'alice/a2', title: 'Go to A-2', user: 'alice' });
    await expect(w.gh.review(number, 'alice', 'APPROVE')).rejects.toThrow(/Unprocessable/); // GitHub refuses it

    await w.gh.review(number, 'mallory', 'APPROVE');
    const approved = await w.gh.review(number, 'carol', 'APPROVE');
    ok(await w.step('gate', {}, approved));
    const body = () => w.gh.state.comments.filter((c) => c.issue === number).at(-1)!.body;
    expect(body()).toMatch(/mallory is not an allowed approver/);
    expect(body()).not.toMatch(/needs 1 approval/); // carol, a code owner, counts

    await w.gh.push('alice/a2', { 'phases/current.yaml': `${proposed}# edited\n` }, 'Touch', 'alice');
    const sync = await pullRequestEvent(w.gh, number, 'synchronize');
    ok(await w.step('gate', {}, sync));
    const head = w.gh.state.pulls.find((p) => p.number === number)!.head.sha;
    const status = w.gh.state.statuses
      .filter((s) => s.sha === head && s.context === 'phasegate/verdict')
      .at(-1);
    expect(status?.state).toBe('failure');
    expect(body()).toMatch(/older commit/);
  }, 120_000);
});
