/**
 * The workflow runner on the emulator: a started workflow's jobs and steps carried out as a
 * runner would (expressions, the App-token step, checkout, permissions, needs and if:), and
 * concurrency groups across events arriving while a run is in progress.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, pullRequestEvent } from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';
import type { ActionStepCall, ActionStepResult } from '../../support/workflows/index.js';
import { WorkflowRunner } from '../../support/workflows/index.js';

const GATE = `name: gate
on:
  pull_request:
    types: [opened, synchronize]
    paths: [phases/current.yaml]
concurrency:
  group: gate-\${{ github.event.pull_request.number }}
  cancel-in-progress: \${{ vars.CANCEL == 'yes' }}
permissions:
  contents: read
  statuses: write
jobs:
  gate:
    runs-on: ubuntu-latest
    env:
      USE_APP: \${{ vars.APP_ID != '' && secrets.APP_KEY != '' }}
    steps:
      - id: app-token
        if: env.USE_APP == 'true'
        uses: actions/create-github-app-token@v2
        with:
          app-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
      - uses: actions/checkout@v5
      - id: gate
        uses: ./
        with:
          command: gate
          token: \${{ steps.app-token.outputs.token || github.token }}
          bot-login: \${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}
          note: PR \${{ github.event.pull_request.number }} at \${{ github.sha }}
      - id: after
        uses: ./
        with:
          command: status
  report:
    needs: gate
    permissions:
      issues: write
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          command: report
          gate: \${{ needs.gate.result }}
`;

let gh: Emulator;
beforeEach(async () => {
  gh = await startCheckedEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      ghs_bot: { login: 'github-actions[bot]', type: 'Bot' },
      ghs_app: { login: 'phasegate[bot]', type: 'Bot' },
      ghp_alice: { login: 'alice' },
    },
  });
  await gh.seed({
    '.github/workflows/gate.yml': GATE,
    'phases/current.yaml': 'phase: A-0\n',
    'README.md': 'hi\n',
  });
});
afterEach(() => gh.close());

/** A stand-in for phasegate's action: records each call; `hold` makes the first call wait. */
function fakeAction(opts: { fail?: string } = {}) {
  const calls: ActionStepCall[] = [];
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  let holding = false;
  let called!: () => void;
  const firstCall = new Promise<void>((r) => {
    called = r;
  });
  const action = async (call: ActionStepCall): Promise<ActionStepResult> => {
    calls.push(call);
    called();
    if (holding) {
      holding = false;
      await held;
    }
    const ok = opts.fail === undefined || call.inputs.command !== opts.fail;
    return { ok, outputs: { decision: 'hold' }, ...(ok ? {} : { error: 'boom' }) };
  };
  return { action, calls, firstCall, hold: () => (holding = true), release: () => release() };
}

async function openPhasePr(files: Record<string, string>, user: string, branch = 'phase/a-1') {
  await gh.push(branch, files, 'propose', user);
  const n = await gh.openPull({ head: branch, title: 'Advance', user });
  return { n, event: await pullRequestEvent(gh, n, 'opened') };
}

describe('running a started workflow', () => {
  it('evaluates with: in the job, takes the App token when configured, checks out the merge commit', async () => {
    const fake = fakeAction();
    const runner = new WorkflowRunner({
      gh,
      action: fake.action,
      githubToken: 'ghs_bot',
      app: { token: 'ghs_app', slug: 'phasegate' },
      vars: { APP_ID: '42' },
      secrets: { APP_KEY: 'pem' },
    });
    const { n, event } = await openPhasePr({ 'phases/current.yaml': 'phase: A-1\n' }, 'alice');
    const log = await runner.handle(event);
    expect(log.decisions).toEqual([
      expect.objectContaining({
        started: true,
        why: 'pull_request opened on main touching phases/current.yaml',
      }),
    ]);
    const [gate, after, report] = fake.calls;
    expect(gate!.inputs).toEqual({
      command: 'gate',
      token: 'ghs_app',
      'bot-login': 'phasegate[bot]',
      note: `PR ${n} at ${event.sha}`,
    });
    expect(gate!.githubToken).toBe('ghs_bot');
    expect(readFileSync(join(gate!.workspace, 'phases/current.yaml'), 'utf8')).toBe('phase: A-1\n');
    expect(after!.inputs).toEqual({ command: 'status' });
    expect(report!.inputs).toEqual({ command: 'report', gate: 'success' });
    const [gateJob, reportJob] = log.runs[0]!.jobs;
    expect(gateJob!.permissions.scopes).toMatchObject({
      contents: 'read',
      statuses: 'write',
      issues: 'none',
    });
    expect(reportJob!.permissions).toMatchObject({
      from: 'job',
      scopes: { issues: 'write', contents: 'none' },
    });
    expect(log.runs[0]).toMatchObject({ group: `gate-${n}`, status: 'completed', conclusion: 'success' });
  });

  it('without the App: the token step is skipped and github.token is passed', async () => {
    const fake = fakeAction();
    const runner = new WorkflowRunner({ gh, action: fake.action, githubToken: 'ghs_bot' });
    const log = await runner.handle(
      (await openPhasePr({ 'phases/current.yaml': 'phase: A-1\n' }, 'alice')).event,
    );
    expect(fake.calls[0]!.inputs).toMatchObject({ token: 'ghs_bot', 'bot-login': 'github-actions[bot]' });
    expect(log.runs[0]!.jobs[0]!.steps[0]).toMatchObject({ id: 'app-token', conclusion: 'skipped' });
  });

  it('a failed step skips the steps and jobs that need success', async () => {
    const fake = fakeAction({ fail: 'gate' });
    const runner = new WorkflowRunner({ gh, action: fake.action, githubToken: 'ghs_bot' });
    const log = await runner.handle((await openPhasePr({ 'phases/current.yaml': 'x\n' }, 'alice')).event);
    expect(fake.calls.map((c) => c.inputs.command)).toEqual(['gate']);
    const run = log.runs[0]!;
    expect(run.conclusion).toBe('failure');
    expect(run.jobs.map((j) => [j.id, j.conclusion])).toEqual([
      ['gate', 'failure'],
      ['report', 'skipped'],
    ]);
    expect(log.print()).toContain('failure gate (./): boom');
  });

  it('starts nothing for a pull request that leaves the filtered paths alone', async () => {
    const fake = fakeAction();
    const runner = new WorkflowRunner({ gh, action: fake.action, githubToken: 'ghs_bot' });
    const log = await runner.handle((await openPhasePr({ 'README.md': 'more\n' }, 'alice', 'docs')).event);
    expect(log.runs).toEqual([]);
    expect(fake.calls).toEqual([]);
    expect(log.print()).toBe(
      `pull_request opened #1 by alice\n  .github/workflows/gate.yml: not started: pull_request opened on main: paths filter matched none of 1 changed files`,
    );
  });
});

describe('concurrency across events', () => {
  async function twoPushes(cancel: boolean) {
    const fake = fakeAction();
    const runner = new WorkflowRunner({
      gh,
      action: fake.action,
      githubToken: 'ghs_bot',
      vars: { CANCEL: cancel ? 'yes' : 'no' },
    });
    const { n, event } = await openPhasePr({ 'phases/current.yaml': 'phase: A-1\n' }, 'alice');
    fake.hold();
    const first = await runner.trigger(event);
    await fake.firstCall; // the first run is in its gate step, held
    const sync = async (content: string) => {
      const { before } = await gh.push('phase/a-1', { 'phases/current.yaml': content }, 'again', 'alice');
      return runner.trigger(await pullRequestEvent(gh, n, 'synchronize', { before }));
    };
    const second = await sync('phase: A-1\n# 2\n');
    const third = await sync('phase: A-1\n# 3\n');
    expect(runner.concurrency.snapshot(`GATE-${n}`)).toEqual({
      running: '.github/workflows/gate.yml#1',
      pending: '.github/workflows/gate.yml#3',
      queued: ['.github/workflows/gate.yml#3'],
    });
    fake.release();
    await Promise.all([first.done, second.done, third.done]);
    return { fake, runs: [first.runs[0]!, second.runs[0]!, third.runs[0]!], runner };
  }

  it('a newer pending run replaces the older pending one; the running one finishes', async () => {
    const { runs, fake } = await twoPushes(false);
    expect(runs.map((r) => r.conclusion)).toEqual(['success', 'cancelled', 'success']);
    expect(runs[1]!.jobs).toEqual([]);
    expect(fake.calls.map((c) => c.inputs.command)).toEqual([
      'gate',
      'status',
      'report',
      'gate',
      'status',
      'report',
    ]);
  });

  it('cancel-in-progress: true also cancels the running one at its next step', async () => {
    const { runs, fake, runner } = await twoPushes(true);
    expect(runs.map((r) => r.conclusion)).toEqual(['cancelled', 'cancelled', 'success']);
    expect(runs[0]!.jobs[0]!.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['app-token', 'skipped'],
      ['__actions_checkout', 'success'],
      ['gate', 'success'],
      ['after', 'skipped'],
    ]);
    expect(fake.calls.map((c) => c.inputs.command)).toEqual(['gate', 'gate', 'status', 'report']);
    expect(runner.concurrency.log.join('\n')).toContain(
      'cancelled in progress by .github/workflows/gate.yml#2',
    );
  });
});

describe('who pushed', () => {
  it("GITHUB_TOKEN's push starts nothing; the log says why", async () => {
    const push = `name: apply\non:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: ./\n`;
    await gh.seed({ '.github/workflows/apply.yml': push }, 'add apply');
    const fake = fakeAction();
    const runner = new WorkflowRunner({ gh, action: fake.action, githubToken: 'ghs_bot' });
    const bot = await gh.push(
      'main',
      { 'phases/current.yaml': 'phase: A-1\n' },
      'merge',
      'github-actions[bot]',
    );
    const log = await runner.handle(bot.event);
    expect(log.runs).toEqual([]);
    expect(log.print()).toContain(
      '.github/workflows/apply.yml: not started: push to main, caused by GITHUB_TOKEN',
    );
    const app = await gh.push('main', { 'phases/current.yaml': 'phase: A-2\n' }, 'merge', 'phasegate[bot]');
    const applied = await runner.handle(app.event);
    expect(applied.runs.map((r) => r.conclusion)).toEqual(['success']);
    expect(existsSync(join(fake.calls[0]!.workspace, '.github/workflows/apply.yml'))).toBe(true);
  });
});
