/**
 * Exactly once, in order, when GitHub misbehaves as it does on github.com: a create whose answer
 * is lost after the write landed, an assignee GitHub refuses (422), and a manual rollback racing
 * the scheduled run, both as the workflow files queue them (the rollout's concurrency group) and with no
 * queue at all. Each world starts at A-1 with a latency regression, so the scheduled run rolls
 * back to A-0 at once (A-1 needs no approval) and announces it: lock notice, RCA issue, Slack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../../src/demo/trace.js';
import { scheduleEvent, workflowDispatchEvent } from '../../../src/emulator/index.js';
import { REPO_ROOT } from '../../support/policy.js';
import { until } from '../../support/until.js';
import { inProcessAction } from '../../support/workflows/adapters.js';
import { type ActionStep, WorkflowRunner } from '../../support/workflows/index.js';
import { BOT, LOCK_SECRET, ok, repositoryFiles, type Step, TOKENS, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);

let worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds) expect(w.gh.violations).toEqual([]);
  await Promise.all(worlds.map((w) => w.close()));
  worlds = [];
});

/** A repository at A-1 since 03:00 with saves slow from 09:00: at 10:07 the verdict is rollback. */
async function rollbackWorld(edit: (files: Record<string, string>) => void = () => {}): Promise<World> {
  const w = await World.start(
    traceText({
      seed: 3,
      from: T('2026-11-16T00:00:00Z'),
      to: T('2026-11-17T11:00:00Z'),
      ratePerMinute: 30,
      autoMerge: 0.95,
      latency: latencySteps({ p50Ms: 600, p95Ms: 1500 }, [
        { from: T('2026-11-17T09:00:00Z'), p50Ms: 2600, p95Ms: 4200 },
      ]),
    }),
  );
  worlds.push(w);
  const files = repositoryFiles();
  files['phases/current.yaml'] = files['phases/current.yaml']!.replace(/^phase: .*$/m, 'phase: A-1');
  edit(files);
  w.now = T('2026-11-17T03:00:00Z');
  await w.gh.seed(files, 'A-1: QA canary');
  w.now = T('2026-11-17T10:07:00Z');
  return w;
}

const said = (s: Step) => s.log.join('\n');
const rcaIssues = (w: World) => w.gh.state.issues.filter((i) => i.labels.includes('phasegate:rca'));
const rollbackPrs = (w: World) =>
  w.gh.state.pulls.filter((p) => p.head.ref === 'phasegate/autosave/rollback-A-0');

describe('exactly once', () => {
  it('a create whose answer is lost after it landed is found, not made twice', async () => {
    const w = await rollbackWorld();
    ok(await w.step('collect', { events: w.eventsFile, backfill: '24h' }));
    // The RCA issue is the run's first issue: GitHub makes it, and the answer never arrives.
    w.gh.fail({ method: 'POST', path: '/repos/acme/app/issues' }, { lostResponse: true });
    const propose = ok(await w.step('propose'));
    expect(w.gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/app/issues')).toEqual([
      expect.objectContaining({ status: 0 }), // the lost answer; no second POST
    ]);
    expect(rcaIssues(w)).toHaveLength(1);
    expect(said(propose)).toMatch(/a create's answer was lost \(.*\), but it landed: kept it/);
    expect(said(propose)).toMatch(/opened the RCA issue #\d+, assigned to @autosave-po/);
    // The rest of the announcement went on: one lock notice, one Slack message.
    expect(w.lock.got).toHaveLength(1);
    expect(w.slack.got).toHaveLength(1);
    // A comment's answer lost the same way: the dashboard's daily note is found, not posted twice.
    w.gh.fail({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, { lostResponse: true });
    ok(await w.step('status'));
    ok(await w.step('status'));
    const dashboards = w.gh.state.issues.filter((i) => i.labels.includes('phasegate:dashboard'));
    expect(dashboards).toHaveLength(1);
    const notes = w.gh.state.comments.filter((c) => c.issue === dashboards[0]!.number);
    expect(new Set(notes.map((c) => c.body)).size).toBe(notes.length);
  }, 120_000);

  it('an assignee GitHub refuses (422): the lock notice and Slack have gone first; the RCA issue opens unassigned and says so', async () => {
    // The Reporter has no access to the repository: GitHub cannot assign them.
    const w = await rollbackWorld((files) => {
      files['phases/rollout.yaml'] = files['phases/rollout.yaml']!.replace(
        'reporter: autosave-po',
        'reporter: ghost-po',
      );
    });
    ok(await w.step('collect', { events: w.eventsFile, backfill: '24h' }));
    const propose = ok(await w.step('propose'));
    const lines = propose.log;
    const lockAt = lines.findIndex((l) => /sent autosave\.lock\.readonly/.test(l));
    const rcaAt = lines.findIndex((l) => /opened the RCA issue #\d+ unassigned/.test(l));
    const slackAt = lines.findIndex((l) => /^sent .*Slack|Slack.*\(rollback\)|to Slack/i.test(l));
    // The plan's order: the lock notice, Slack, then the RCA issue (which GitHub half-refused).
    expect(lockAt, lines.join('\n')).toBeGreaterThanOrEqual(0);
    expect(slackAt, lines.join('\n')).toBeGreaterThan(lockAt);
    expect(rcaAt, lines.join('\n')).toBeGreaterThan(slackAt);
    const refused = w.gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/app/issues');
    expect(refused.map((r) => r.status)).toEqual([422, 201]);
    const [rca] = rcaIssues(w);
    expect(rca?.assignees).toEqual([]);
    const told = w.gh.state.comments.filter((c) => c.issue === rca!.number).map((c) => c.body);
    expect(told).toEqual([
      expect.stringMatching(
        /^GitHub would not assign this issue to @ghost-po \(Validation Failed.*\)\. Assign the owner by hand/,
      ),
    ]);
    expect(said(propose)).toMatch(/warning: #\d+: GitHub refused the assignee @ghost-po/);
    expect(w.lock.got).toHaveLength(1);
    expect(w.slack.got).toHaveLength(1);
  }, 120_000);

  it('a manual rollback that arrives while the scheduled run judges the rollout, as the workflow files queue them: one PR, one Slack message', async () => {
    const w = await rollbackWorld();
    // The scheduled run's rollout job holds at its evaluate step until the rollback is queued.
    let release = () => {};
    const held = new Promise<void>((go) => {
      release = go;
    });
    let holding = false;
    const inProcess = inProcessAction(w);
    const action: ActionStep = async (call) => {
      if (call.job === 'rollout' && call.inputs.command === 'evaluate') {
        holding = true;
        await held;
      }
      return inProcess(call);
    };
    const runner = new WorkflowRunner({
      gh: w.gh,
      action,
      githubToken: TOKENS.bot,
      workflows: REPO_ROOT,
      vars: { PHASEGATE_EVENTS: w.eventsFile },
      secrets: {
        SLACK_WEBHOOK_URL: w.slack.url,
        LOCK_WEBHOOK_URL: w.lock.url,
        LOCK_WEBHOOK_SECRET: LOCK_SECRET,
      },
    });
    const group = () => runner.concurrency.snapshot('phasegate-rollout-autosave');
    const scheduled = await runner.trigger(await scheduleEvent(w.gh));
    await until('the scheduled rollout job holds', () => holding);
    const dispatch = await workflowDispatchEvent(
      w.gh,
      { phase: 'A-0', reason: 'support tickets spike' },
      { sender: 'alice' },
    );
    const manual = await runner.trigger(dispatch);
    await until('the rollback waits in the rollout group', () => group().pending !== undefined);
    release();
    await Promise.all([scheduled.done, manual.done]);
    const printed = runner.print();
    console.log(printed);
    // The rollout's group in both workflows: the manual job waited (queue: max), not cancelled.
    const queue = runner.concurrency.log.join('\n');
    expect(queue).toMatch(
      /rollback\.yml#1\/rollback \(autosave\) pending in "phasegate-rollout-autosave" behind .*rollout\.yml#1\/rollout \(autosave\)/,
    );
    expect(queue).not.toMatch(/cancelled/);
    expect([...scheduled.runs, ...manual.runs].map((r) => r.conclusion)).toEqual(['success', 'success']);
    expect(rollbackPrs(w)).toHaveLength(1);
    expect(rollbackPrs(w)[0]).toMatchObject({ merged: true });
    expect(w.slack.got).toHaveLength(1);
    expect(w.lock.got).toHaveLength(1);
    expect(rcaIssues(w)).toHaveLength(1);
  }, 180_000);

  it('the same race with no queue at all (two steps at once): still one PR, one Slack message', async () => {
    const w = await rollbackWorld();
    ok(await w.step('collect', { events: w.eventsFile, backfill: '24h' }));
    const dispatch = await workflowDispatchEvent(w.gh, { phase: 'A-0', reason: 'support tickets spike' });
    const [scheduled, manual] = await Promise.all([
      w.step('propose'),
      w.step('rollback', { phase: 'A-0', reason: 'support tickets spike' }, dispatch),
    ]);
    ok(scheduled);
    ok(manual);
    const logs = `scheduled:\n${said(scheduled)}\nmanual:\n${said(manual)}`;
    expect(rollbackPrs(w), logs).toHaveLength(1);
    expect(rollbackPrs(w)[0], logs).toMatchObject({ merged: true, merged_by: BOT });
    expect(
      w.slack.got.map((g) => g.body),
      logs,
    ).toHaveLength(1);
    expect(w.lock.got).toHaveLength(1);
    expect(rcaIssues(w)).toHaveLength(1);
  }, 120_000);
});
