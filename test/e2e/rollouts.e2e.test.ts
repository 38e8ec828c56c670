/**
 * Three rollouts in one repository (phases/<rollout>/) through this repository's own workflows,
 * unchanged, as GitHub would run them (test/support/workflows), with the App token, the
 * recommended ruleset and the records on a data branch: one scheduled run handles every rollout,
 * one job each in the rollout's concurrency group and then the index, each advance PR starts the
 * gate for its own rollout, and a manual rollback of one (rollback.yml's `rollout` field) is
 * merged, applied by apply.yml on its push, and leaves the others alone. A rollback waits for its
 * own rollout's scheduled job, and not for another's.
 */
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type ActionEvent, scheduleEvent, workflowDispatchEvent } from '../../src/emulator/index.js';
import { manyRolloutFiles } from '../support/rollouts.js';
import { latencyRegressionTrace } from '../support/traces.js';
import { until } from '../support/until.js';
import { inProcessAction } from '../support/workflows/adapters.js';
import { type ActionStep, type DriveLog, drive, WorkflowRunner } from '../support/workflows/index.js';
import { APP, APP_TOKEN, APP_TOKENS, LOCK_SECRET, RECOMMENDED_RULESET, World } from '../support/world.js';

const T = (iso: string) => Date.parse(iso);
const DATA = 'phasegate-data';
const NAMES = ['alpha', 'beta', 'gamma'];

let w: World;
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

const started = (log: DriveLog) =>
  log.events.flatMap((e) =>
    (e.log?.runs ?? []).map(
      (r) => `${e.describe} → ${r.file.replace('.github/workflows/', '')}: ${r.conclusion}`,
    ),
  );

/** The repository's own workflows on the world, with the App token and the records on a data branch. */
function workflowRunner(w: World, action: ActionStep): WorkflowRunner {
  let minted = 0;
  return new WorkflowRunner({
    gh: w.gh,
    action,
    workflows: join(import.meta.dirname, '..', '..'),
    githubToken: ({ permissions }) => {
      const token = `ghs_job_${++minted}`;
      w.gh.grantToken(token, { kind: 'github-actions', permissions: permissions.scopes ?? undefined });
      return token;
    },
    app: { token: APP_TOKEN, slug: 'phasegate' },
    vars: { PHASEGATE_EVENTS: w.eventsFile, PHASEGATE_RECORDS_BRANCH: DATA, PHASEGATE_APP_ID: '123456' },
    secrets: {
      SLACK_WEBHOOK_URL: w.slack.url,
      LOCK_WEBHOOK_URL: w.lock.url,
      LOCK_WEBHOOK_SECRET: LOCK_SECRET,
      PHASEGATE_APP_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----',
    },
  });
}

it('one schedule over three rollouts; a rollback of one leaves the others alone', async () => {
  w = await World.start(latencyRegressionTrace(), { rulesets: [RECOMMENDED_RULESET], tokens: APP_TOKENS });
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(manyRolloutFiles(NAMES, { beta: 'A-1' }), 'Start three rollouts');
  await w.gh.push(DATA, { 'reports/README.md': 'Window records.\n' }, 'records branch', 'alice');
  const runner = workflowRunner(w, inProcessAction(w));
  const run = async (label: string, event: ActionEvent): Promise<DriveLog> => {
    const log = await drive(runner, w.gh, event);
    console.log(`── ${label}\n${log.print()}`);
    return log;
  };

  w.now = T('2026-11-17T02:07:00Z');
  const first = await run('the 02:07 schedule', await scheduleEvent(w.gh));
  const pulls = w.gh.state.pulls;
  expect(pulls.map((p) => p.head.ref)).toEqual(
    expect.arrayContaining(['phasegate/alpha/advance-A-1', 'phasegate/gamma/advance-A-1']),
  );
  expect(started(first)).toEqual([
    'schedule "7-59/15 * * * *" → rollout.yml: success',
    ...pulls.map(() =>
      expect.stringMatching(/^pull_request opened #\d+ by phasegate\[bot\] → phase-gate\.yml: success$/),
    ),
  ]);
  for (const p of pulls) {
    expect(p.user).toBe(APP);
    const statuses = w.gh.state.statuses.filter(
      (s) => s.sha === p.head.sha && s.context === 'phasegate/verdict',
    );
    expect(statuses.at(-1)?.state).toBe('failure'); // approvals and the checklist are missing
  }
  for (const name of NAMES)
    expect(await w.gh.gitText(['ls-tree', '--name-only', DATA, `reports/${name}/monitoring/`])).toMatch(
      /\.jsonl/,
    );
  const schedule = first.events[0]!.log!.runs[0]!;
  expect(schedule.jobs.map((j) => [j.name, j.group, j.conclusion]).sort()).toEqual([
    ['collect', 'phasegate-collect', 'success'],
    ['index', 'phasegate-index', 'success'],
    ...NAMES.map((n) => [`rollout (${n})`, `phasegate-rollout-${n}`, 'success']),
  ]);
  const index = w.gh.state.issues.find((i) => i.title === 'phasegate: rollouts');
  expect(index).toMatchObject({ pinned: true });
  for (const name of NAMES) expect(index!.body).toContain(`| ${name} |`);

  // Someone rolls beta back by hand: the App bypasses the ruleset and merges it; apply.yml runs.
  w.now = T('2026-11-17T02:30:00Z');
  const before = await Promise.all(
    ['alpha', 'gamma'].map((n) => w.gh.readFile('main', `phases/${n}/current.yaml`)),
  );
  const open = pulls
    .filter((p) => !p.head.ref.startsWith('phasegate/beta/'))
    .map((p) => [p.number, p.head.sha]);
  const dispatch = await workflowDispatchEvent(w.gh, {
    phase: 'A-0',
    reason: 'support tickets spike',
    rollout: 'beta',
  });
  const rolled = await run('rollback.yml for beta', dispatch);
  expect(started(rolled)).toEqual(
    expect.arrayContaining([
      'workflow_dispatch by acme → rollback.yml: success',
      expect.stringMatching(/^push to main by phasegate\[bot\] → apply\.yml: success$/),
    ]),
  );
  expect(await w.gh.readFile('main', 'phases/beta/current.yaml')).toMatch(/^phase: A-0$/m);
  expect(
    await Promise.all(['alpha', 'gamma'].map((n) => w.gh.readFile('main', `phases/${n}/current.yaml`))),
  ).toEqual(before);
  for (const [number, sha] of open)
    expect(w.gh.state.pulls.find((p) => p.number === number)).toMatchObject({ state: 'open', head: { sha } });
  const rca = w.gh.state.issues.filter((i) => i.labels.includes('phasegate:rca'));
  expect(rca.map((i) => /phasegate:rca beta /.test(i.body ?? ''))).toEqual([true]);
  expect(w.lock.got).toHaveLength(1);
}, 300_000);

it("a rollback of one rollout waits for that rollout's scheduled job, not for another's", async () => {
  const world = await World.start(latencyRegressionTrace(), {
    rulesets: [RECOMMENDED_RULESET],
    tokens: APP_TOKENS,
  });
  try {
    world.now = T('2026-11-15T00:00:00Z');
    await world.gh.seed(manyRolloutFiles(NAMES, { beta: 'A-1' }), 'Start three rollouts');
    await world.gh.push(DATA, { 'reports/README.md': 'Window records.\n' }, 'records branch', 'alice');
    // The scheduled jobs of alpha and beta stop at their evaluate step until released.
    const held = new Map<string, () => void>();
    const holding = new Set(['alpha', 'beta']);
    const inProcess = inProcessAction(world);
    const action: ActionStep = async (call) => {
      const rollout = call.inputs.rollout ?? '';
      if (call.job === 'rollout' && call.inputs.command === 'evaluate' && holding.has(rollout)) {
        holding.delete(rollout);
        await new Promise<void>((go) => held.set(rollout, go));
      }
      return inProcess(call);
    };
    const runner = workflowRunner(world, action);
    const group = (name: string) => runner.concurrency.snapshot(`phasegate-rollout-${name}`);
    world.now = T('2026-11-17T02:07:00Z');
    const scheduled = await runner.trigger(await scheduleEvent(world.gh));
    await until('alpha and beta held', () => held.size === 2);
    const schedule = '.github/workflows/rollout.yml#1';
    expect(group('alpha').running).toBe(`${schedule}/rollout (alpha)`);
    expect(group('beta').running).toBe(`${schedule}/rollout (beta)`);

    world.now = T('2026-11-17T02:10:00Z');
    const rollback = await runner.trigger(
      await workflowDispatchEvent(world.gh, {
        phase: 'A-0',
        reason: 'support tickets spike',
        rollout: 'beta',
      }),
    );
    const mine = '.github/workflows/rollback.yml#1/rollback (beta)';
    await until('the rollback queued behind beta', () => group('beta').pending === mine);
    expect(runner.concurrency.log).toContain(
      `${mine} pending in "phasegate-rollout-beta" behind ${schedule}/rollout (beta)`,
    );

    // beta's scheduled job finishes; the rollback runs, while alpha's is still held.
    held.get('beta')!();
    await rollback.done;
    expect(rollback.runs[0]).toMatchObject({ conclusion: 'success' });
    expect(rollback.runs[0]!.jobs.map((j) => [j.name, j.group, j.conclusion])).toEqual([
      ['list', undefined, 'success'],
      ['rollback (beta)', 'phasegate-rollout-beta', 'success'],
    ]);
    expect(await world.gh.readFile('main', 'phases/beta/current.yaml')).toMatch(/^phase: A-0$/m);
    expect(group('alpha').running).toBe(`${schedule}/rollout (alpha)`);
    expect(scheduled.runs[0]!.status).toBe('in_progress');

    held.get('alpha')!();
    await scheduled.done;
    expect(scheduled.runs[0]!.jobs.map((j) => [j.name, j.conclusion]).sort()).toEqual([
      ['collect', 'success'],
      ['index', 'success'],
      ['rollout (alpha)', 'success'],
      ['rollout (beta)', 'success'],
      ['rollout (gamma)', 'success'],
    ]);
    expect(world.gh.violations).toEqual([]);
  } finally {
    await world.close();
  }
}, 300_000);
