/**
 * Many rollouts in one repository (phases/<rollout>/), run by the Action's entry as one scheduled
 * step each: per-rollout window records, PRs and dashboards that do not interfere, one pinned
 * index issue listing them all, a manual rollback of one that leaves the others alone; and the
 * single layout through the same entry, unchanged.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EachResult } from '../../../src/action/each.js';
import {
  type ActionEvent,
  pullRequestEvent,
  pushEvent,
  workflowDispatchEvent,
} from '../../../src/emulator/index.js';
import { INDEX_MARKER } from '../../../src/render/rollouts-index.js';
import { manyRolloutFiles } from '../../support/rollouts.js';
import { latencyRegressionTrace } from '../../support/traces.js';
import { repositoryFiles, TOKENS, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
const NAMES = ['alpha', 'beta', 'gamma'];

function runs(step: { each?: EachResult; error?: Error; log: string[] }) {
  if (!step.each) throw new Error(`the step failed: ${step.error?.stack}\n${step.log.join('\n')}`);
  return step.each.runs;
}

let w: World;
beforeAll(async () => {
  w = await World.start(latencyRegressionTrace());
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(manyRolloutFiles(NAMES, { beta: 'A-1' }), 'Start three rollouts');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

describe('three rollouts in one repository', () => {
  it('one scheduled run: records, PRs and dashboards per rollout, one pinned index', async () => {
    w.now = T('2026-11-17T02:07:00Z');
    const collect = runs(await w.stepEach('collect', { events: w.eventsFile, backfill: '50h' }));
    expect(collect.map((r) => [r.rollout, r.error])).toEqual(NAMES.map((n) => [n, undefined]));
    for (const name of NAMES) {
      const files = await w.gh.gitText(['ls-tree', '--name-only', 'main', `reports/${name}/monitoring/`]);
      expect(files.split('\n').filter((f) => f.endsWith('.jsonl'))).toHaveLength(50 * 4);
    }
    expect(await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/'])).not.toMatch(
      /^reports\/monitoring$/m,
    );

    const propose = runs(await w.stepEach('propose'));
    const decided = Object.fromEntries(propose.map((r) => [r.rollout, r.result!.plan.evaluation]));
    expect(decided.alpha).toMatchObject({ phase: 'A-0', decision: { action: 'advance', to: 'A-1' } });
    expect(decided.gamma).toMatchObject({ phase: 'A-0', decision: { action: 'advance', to: 'A-1' } });
    expect(decided.beta!.phase).toBe('A-1');
    const heads = w.gh.state.pulls.map((p) => p.head.ref).sort();
    expect(heads).toContain('phasegate/alpha/advance-A-1');
    expect(heads).toContain('phasegate/gamma/advance-A-1');
    for (const p of w.gh.state.pulls) {
      const name = /^phasegate\/(\w+)\//.exec(p.head.ref)![1]!;
      expect(p.title).toMatch(new RegExp(`^phasegate\\(${name}\\)`));
      expect((await w.gh.gitText(['diff', '--name-only', `main...${p.head.sha}`])).trim()).toBe(
        `phases/${name}/current.yaml`,
      );
    }

    const status = await w.stepEach('status');
    expect(runs(status).every((r) => r.result)).toBe(true);
    const issues = w.gh.state.issues.filter((i) => i.labels.includes('phasegate:dashboard'));
    expect(issues.map((i) => i.title).sort()).toEqual([
      'phasegate dashboard: alpha',
      'phasegate dashboard: beta',
      'phasegate dashboard: gamma',
      'phasegate: rollouts',
    ]);
    // A repository pins at most 3 issues: the index is the pinned one.
    expect(issues.filter((i) => i.pinned).map((i) => i.title)).toEqual(['phasegate: rollouts']);
    const index = issues.find((i) => i.title === 'phasegate: rollouts')!;
    for (const name of NAMES) {
      const dashboard = issues.find((i) => i.title === `phasegate dashboard: ${name}`)!;
      expect(index.body).toContain(`| ${name} | ${decided[name]!.phase} |`);
      expect(index.body).toMatch(new RegExp(`\\| ${name} \\|.*\\[#${dashboard.number}\\]`));
    }
    const alphaPr = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/alpha/advance-A-1')!;
    expect(index.body).toMatch(new RegExp(`\\| alpha \\| A-0 \\| advance → A-1.*\\[#${alphaPr.number}\\]`));
    // The HTML reports: one file per rollout in the folder the step's `report` output names.
    expect(readdirSync(status.each!.report!).sort()).toEqual(NAMES.map((n) => `${n}.html`));

    // The same schedule again writes nothing, the index included.
    w.gh.resetRequests();
    runs(await w.stepEach('collect', { events: w.eventsFile, backfill: '50h' }));
    runs(await w.stepEach('propose'));
    runs(await w.stepEach('status'));
    // GraphQL reads are POSTs too; the only GraphQL write, pinIssue, happens when an issue is opened.
    expect(w.gh.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/graphql'))).toEqual([]);
  }, 240_000);

  it('a manual rollback of beta leaves alpha and gamma alone', async () => {
    w.now = T('2026-11-17T02:20:00Z');
    const before = Object.fromEntries(
      await Promise.all(
        NAMES.map(async (n) => [n, await w.gh.readFile('main', `phases/${n}/current.yaml`)] as const),
      ),
    );
    const others = w.gh.state.pulls.filter((p) => !p.head.ref.startsWith('phasegate/beta/'));
    expect(others.map((p) => p.head.ref).sort()).toEqual([
      'phasegate/alpha/advance-A-1',
      'phasegate/gamma/advance-A-1',
    ]);
    const pullsBefore = others.map((p) => ({ number: p.number, state: p.state, sha: p.head.sha }));
    const event = await workflowDispatchEvent(w.gh, {
      phase: 'A-0',
      reason: 'support tickets spike',
      rollout: 'beta',
    });

    const unnamed = await w.stepEach('rollback', { phase: 'A-0', reason: 'support tickets spike' }, event);
    expect(unnamed.error?.message).toMatch(/input "rollout" is required to roll back .*alpha, beta, gamma/);

    const rolled = runs(
      await w.stepEach('rollback', { phase: 'A-0', reason: 'support tickets spike', rollout: 'beta' }, event),
    );
    expect(rolled.map((r) => r.rollout)).toEqual(['beta']);
    const revert = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/beta/rollback-A-0')!;
    expect(revert).toMatchObject({ merged: true });
    expect(await w.gh.readFile('main', 'phases/beta/current.yaml')).toMatch(/^phase: A-0$/m);
    expect(await w.gh.readFile('main', 'phases/alpha/current.yaml')).toBe(before.alpha);
    expect(await w.gh.readFile('main', 'phases/gamma/current.yaml')).toBe(before.gamma);
    for (const p of pullsBefore)
      expect(w.gh.state.pulls.find((q) => q.number === p.number)).toMatchObject({
        state: p.state,
        head: { sha: p.sha },
      });
    const rca = w.gh.state.issues.filter((i) => i.labels.includes('phasegate:rca'));
    expect(rca.map((i) => (i.body ?? '').includes('phasegate:rca beta'))).toEqual([true]);

    // The apply on that merge's push runs beta's apply only: alpha and gamma did not change.
    const sha = revert.merge_commit_sha!;
    const parent = (await w.gh.gitText(['rev-parse', `${sha}^1`])).trim();
    const apply = await w.stepEach('apply', {}, await pushEvent(w.gh, 'main', parent, sha, 'alice'));
    expect(runs(apply).map((r) => r.rollout)).toEqual(['beta']);
  }, 240_000);

  it('the gate of a PR judges the rollout whose current.yaml it changes', async () => {
    w.now = T('2026-11-17T02:25:00Z');
    const alphaPr = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/alpha/advance-A-1')!;
    const gate = runs(
      await w.stepEach('gate', {}, await pullRequestEvent(w.gh, alphaPr.number, 'synchronize')),
    );
    expect(gate.map((r) => r.rollout)).toEqual(['alpha']);
    expect(gate[0]!.result!.lines.join('\n')).not.toMatch(/not a phase change/);

    // A PR adding a rollout is about none the base branch holds: not a phase change, green.
    const added = Object.fromEntries(
      Object.entries(manyRolloutFiles(['delta'])).filter(([path]) => path.startsWith('phases/')),
    );
    const { sha } = await w.gh.push('add-delta', added, 'Add the delta rollout', 'alice');
    const number = await w.gh.openPull({ head: 'add-delta', title: 'Add delta', user: 'alice' });
    const adding = runs(await w.stepEach('gate', {}, await pullRequestEvent(w.gh, number, 'opened')));
    expect(adding.map((r) => r.rollout)).toEqual(['alpha']);
    expect(w.gh.state.statuses.filter((s) => s.sha === sha).at(-1)).toMatchObject({
      state: 'success',
      description: 'not a phase change',
    });
  }, 120_000);
});

describe('list and index: what the workflows need to run one job per rollout', () => {
  it('list names the rollouts a command is for on the event; index updates the index issue alone', async () => {
    w.now = T('2026-11-17T02:30:00Z');
    const list = (forCommand: string, inputs: Record<string, string> = {}, event?: ActionEvent) =>
      w.step('list', { 'for-command': forCommand, ...inputs }, event);
    expect((await list('propose')).outputs).toEqual({ rollouts: '["alpha","beta","gamma"]' });
    expect((await list('status', { rollout: 'beta' })).outputs).toEqual({ rollouts: '["beta"]' });
    const guess = await list('rollback');
    expect(guess.error?.message).toMatch(/input "rollout" is required to roll back .* alpha, beta, gamma/);
    expect((await list('rollback', { rollout: 'nope' })).error?.message).toMatch(/no rollout "nope"/);
    const alphaPr = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/alpha/advance-A-1')!;
    const opened = await pullRequestEvent(w.gh, alphaPr.number, 'synchronize');
    expect((await list('gate', {}, opened)).outputs).toEqual({ rollouts: '["alpha"]' });

    // The index issue: rewritten from every rollout's evaluation; the dashboards untouched.
    const dashboards = () =>
      w.gh.state.issues.filter((i) => i.title !== 'phasegate: rollouts').map((i) => [i.number, i.body]);
    const before = dashboards();
    const index = w.gh.state.issues.find((i) => i.title === 'phasegate: rollouts')!;
    const stale = await fetch(`${w.gh.url}/repos/acme/app/issues/${index.number}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKENS.bot}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: `${INDEX_MARKER}\nstale` }),
    });
    expect(stale.status).toBe(200);
    const from = w.gh.requests.length;
    const step = await w.stepEach('index');
    const writes = w.gh.requests.slice(from).filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/app/issues/${index.number}`,
    ]);
    expect(runs(step).map((r) => [r.rollout, r.result?.plan.evaluation.phase])).toEqual([
      ['alpha', 'A-0'],
      ['beta', expect.stringMatching(/^A-\d$/)],
      ['gamma', 'A-0'],
    ]);
    const now = w.gh.state.issues.find((i) => i.number === index.number)!;
    expect(now.body).toMatch(/\| alpha \|[\s\S]*\| beta \|[\s\S]*\| gamma \|/);
    expect(dashboards()).toEqual(before);
  }, 120_000);
});

describe('a rollout that fails', () => {
  it('does not stop the others; the step fails at the end naming it, and the index shows it', async () => {
    w.now = T('2026-11-17T02:40:00Z');
    const file = 'phases/gamma/current.yaml';
    const text = (await w.gh.readFile('main', file))!;
    await w.gh.seed({ [file]: text.replace(/^phase: .*$/m, 'phase: Z-9') }, 'A typo in gamma');

    const step = await w.step('status');
    expect(step.ok).toBe(false);
    expect(step.error?.message).toMatch(/^1 of 3 rollouts failed: gamma \(.*Z-9/);
    expect(step.each).toBeUndefined();
    const each = runs(await w.stepEach('status'));
    expect(each.map((r) => [r.rollout, r.result !== undefined])).toEqual([
      ['alpha', true],
      ['beta', true],
      ['gamma', false],
    ]);
    const index = w.gh.state.issues.find((i) => i.title === 'phasegate: rollouts')!;
    expect(index.body).toMatch(/\| gamma \| — \| ⚠️ the run failed: .*Z-9/);
    expect(index.body).toMatch(/, 1 of which failed their last run/);
    expect(step.log.some((l) => l.startsWith('warning: [gamma] failed:'))).toBe(true);
  }, 120_000);
});

describe('the single layout through the same entry', () => {
  it('runs its one rollout with reports/monitoring and a pinned dashboard', async () => {
    const one = await World.start(latencyRegressionTrace());
    try {
      one.now = T('2026-11-15T00:00:00Z');
      await one.gh.seed(repositoryFiles(), 'Start at A-0');
      one.now = T('2026-11-17T02:07:00Z');
      const collect = await one.stepEach('collect', { events: one.eventsFile, backfill: '50h' });
      expect(collect.each).toMatchObject({ layout: 'single', runs: [{ rollout: 'autosave' }] });
      const files = await one.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/']);
      expect(files.split('\n').filter((f) => f.endsWith('.jsonl'))).toHaveLength(50 * 4);
      const status = await one.stepEach('status');
      expect(status.each!.report).toMatch(/\.html$/);
      const issues = one.gh.state.issues.filter((i) => i.labels.includes('phasegate:dashboard'));
      expect(issues.map((i) => [i.title, i.pinned])).toEqual([['phasegate dashboard: autosave', true]]);
      const named = await one.stepEach('evaluate', { rollout: 'other' });
      expect(named.error?.message).toMatch(
        /input "rollout": no rollout "other"; the policy folder holds autosave/,
      );
      expect(one.gh.violations).toEqual([]);
    } finally {
      await one.close();
    }
  }, 240_000);
});
