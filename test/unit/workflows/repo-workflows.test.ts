/**
 * This repository's own .github/workflows/*.yml, read with GitHub's parser: which of them GitHub
 * starts for the events of the rollout loop, and what phasegate's steps receive when they run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActionEvent,
  type Emulator,
  pullRequestEvent,
  scheduleEvent,
  workflowDispatchEvent,
} from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';
import { REPO_ROOT } from '../../support/policy.js';
import {
  type ActionStep,
  type ActionStepCall,
  decide,
  eventFacts,
  loadWorkflows,
  type Workflow,
  WorkflowRunner,
} from '../../support/workflows/index.js';

let gh: Emulator;
let workflows: Workflow[];
const PHASE = 'rollout: autosave\nphase: A-0\n';

beforeAll(async () => {
  workflows = await loadWorkflows(REPO_ROOT);
  gh = await startCheckedEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      ghs_bot: { login: 'github-actions[bot]', type: 'Bot' },
      ghs_app: {
        kind: 'app',
        slug: 'phasegate',
        permissions: { contents: 'write', pull_requests: 'write', issues: 'write', statuses: 'write' },
      },
      ghp_alice: { login: 'alice' },
    },
  });
  await gh.seed({ 'phases/current.yaml': PHASE, 'README.md': 'hi\n' });
});
afterAll(() => gh.close());

/** file → why, for the workflows that started; and all decisions by file. */
async function started(e: ActionEvent) {
  const decisions = decide(workflows, e, await eventFacts(gh, e));
  const byFile = Object.fromEntries(decisions.map((d) => [d.file.replace('.github/workflows/', ''), d.why]));
  return {
    started: decisions.filter((d) => d.started).map((d) => d.file.replace('.github/workflows/', '')),
    byFile,
  };
}

async function pr(branch: string, files: Record<string, string>, user: string) {
  await gh.push(branch, files, `${branch} change`, user);
  const n = await gh.openPull({ head: branch, title: branch, user });
  return pullRequestEvent(gh, n, 'opened');
}

describe("this repository's workflows", () => {
  it('are every .github/workflows file, and GitHub parses them', () => {
    const files = readdirSync(join(REPO_ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
    expect(workflows.map((w) => w.file)).toEqual(files.sort().map((f) => `.github/workflows/${f}`));
  });

  it('a schedule starts the rollout loop only', async () => {
    const { started: s, byFile } = await started(await scheduleEvent(gh));
    expect(s).toEqual(['rollout.yml']);
    expect(byFile['rollout.yml']).toBe('schedule 7-59/15 * * * *');
  });

  it('a person pushing phases/current.yaml to main starts apply only', async () => {
    const { event } = await gh.push(
      'main',
      { 'phases/current.yaml': `${PHASE}# by hand\n` },
      'hand edit',
      'alice',
    );
    const { started: s, byFile } = await started(event);
    expect(s).toEqual(['apply.yml']);
    expect(byFile['apply.yml']).toBe('push to main touching phases/current.yaml');
  });

  it('the same push made with GITHUB_TOKEN starts nothing', async () => {
    const { event } = await gh.push(
      'main',
      { 'phases/current.yaml': `${PHASE}# bot\n` },
      'merge',
      'github-actions[bot]',
    );
    const { started: s, byFile } = await started(event);
    expect(s).toEqual([]);
    expect(byFile['apply.yml']).toBe(
      'not started: push to main touching phases/current.yaml, caused by GITHUB_TOKEN',
    );
  });

  it("a phase PR opened with phasegate's App token starts the gate", async () => {
    const e = await pr(
      'phase/a-1',
      { 'phases/current.yaml': 'rollout: autosave\nphase: A-1\n' },
      'phasegate[bot]',
    );
    const { started: s, byFile } = await started(e);
    expect(s).toEqual(['phase-gate.yml']);
    expect(byFile['phase-gate.yml']).toBe('pull_request opened on main');
  });

  it('the same PR opened with GITHUB_TOKEN gets a gate run that waits for approval', async () => {
    const e = await pr(
      'phase/a-2',
      { 'phases/current.yaml': 'rollout: autosave\nphase: A-2\n' },
      'github-actions[bot]',
    );
    const decision = decide(workflows, e, await eventFacts(gh, e)).find((d) =>
      d.file.endsWith('phase-gate.yml'),
    );
    expect(decision).toMatchObject({ started: false, awaitingApproval: true });
  });

  it('a PR touching only README.md starts the gate too: the required check reports on every PR', async () => {
    const e = await pr('docs', { 'README.md': 'more\n' }, 'alice');
    const { started: s, byFile } = await started(e);
    expect(s).toEqual(['phase-gate.yml']);
    expect(byFile['phase-gate.yml']).toBe('pull_request opened on main');
    const review = await gh.review(
      Number((e.payload.pull_request as { number: number }).number),
      'alice',
      'COMMENT',
    );
    expect((await started(review)).started).toEqual(['phase-gate.yml']);
  });
});

describe("this repository's workflows, dispatched", () => {
  it('a rollback dispatch starts rollback.yml; one with a phase outside the options is refused', async () => {
    const ok = await workflowDispatchEvent(gh, { phase: 'A-0', reason: 'errors up' }, { sender: 'alice' });
    expect((await started(ok)).started).toEqual(['rollback.yml']);
    const bad = await workflowDispatchEvent(gh, { phase: 'Z-9', reason: 'x' }, { sender: 'alice' });
    expect((await started(bad)).byFile['rollback.yml']).toMatch(/not in the list of allowed values/);
  });
});

describe('running them', () => {
  function recorder() {
    const calls: ActionStepCall[] = [];
    const action: ActionStep = async (call) => {
      calls.push(call);
      const outputs: Record<string, string> = {};
      if (call.inputs.command === 'status') outputs.report = join(call.workspace, 'README.md');
      if (call.inputs.command === 'list') outputs.rollouts = '["autosave"]';
      return { ok: true, outputs };
    };
    return { calls, action };
  }

  it("the scheduled rollout: collect for every rollout and the list, then evaluate, propose, status with the App token in the rollout's group", async () => {
    const r = recorder();
    const runner = new WorkflowRunner({
      gh,
      action: r.action,
      githubToken: 'ghs_bot',
      app: { token: 'ghs_app', slug: 'phasegate' },
      vars: { PHASEGATE_APP_ID: '1' },
      secrets: { PHASEGATE_APP_PRIVATE_KEY: 'pem', SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/slack' },
      workflows,
    });
    const log = await runner.handle(await scheduleEvent(gh));
    expect(r.calls.map((c) => c.inputs.command)).toEqual([
      'collect',
      'list',
      'evaluate',
      'propose',
      'status',
    ]);
    // Collect names no rollout: every one, in turn, in one job.
    expect(r.calls[0]!.inputs).toEqual({
      command: 'collect',
      token: expect.stringMatching(/^ghs_app\.scoped\.\d+$/),
      events: 'telemetry/*.jsonl',
      backfill: '24h',
      records: 'reports/monitoring',
      'records-branch': '',
      'dry-run': 'false',
    });
    expect(r.calls[1]!.inputs).toEqual({ command: 'list' });
    expect(r.calls[2]!.inputs).toMatchObject({ command: 'evaluate', rollout: 'autosave' });
    // Each job's App token has what that job's create-github-app-token step asked for, no more.
    const [collectToken, rolloutToken] = [r.calls[0]!.inputs.token!, r.calls[2]!.inputs.token!];
    expect(collectToken).not.toBe(rolloutToken);
    expect(gh.tokenPermissions(collectToken)).toEqual({
      contents: 'write',
      pull_requests: 'read',
      metadata: 'read',
    });
    expect(gh.tokenPermissions(rolloutToken)).toEqual({
      contents: 'write',
      pull_requests: 'write',
      issues: 'write',
      statuses: 'write',
      metadata: 'read',
    });
    expect(r.calls[3]!.inputs).toMatchObject({
      'bot-login': 'phasegate[bot]',
      'slack-webhook': 'http://127.0.0.1:9/slack',
    });
    const run = log.runs[0]!;
    expect(run).toMatchObject({ conclusion: 'success' });
    expect(run.group).toBeUndefined();
    // One rollout: no index job (its dashboard is the only issue).
    expect(run.jobs.map((j) => [j.name, j.group, j.conclusion])).toEqual([
      ['collect', 'phasegate-collect', 'success'],
      ['rollout (autosave)', 'phasegate-rollout-autosave', 'success'],
      ['index', undefined, 'skipped'],
    ]);
    expect(run.artifacts).toEqual([
      { name: 'phasegate-report-autosave', path: join(r.calls[4]!.workspace, 'README.md'), found: true },
    ]);
    expect(run.jobs[0]!.permissions.scopes).toMatchObject({
      contents: 'write',
      'pull-requests': 'read',
      issues: 'none',
    });
    expect(run.jobs[1]!.permissions.scopes).toMatchObject({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
      statuses: 'write',
      actions: 'none',
    });
  });

  it('a rollback dispatched without the App passes GITHUB_TOKEN and the inputs', async () => {
    const r = recorder();
    const runner = new WorkflowRunner({ gh, action: r.action, githubToken: 'ghs_bot', workflows });
    const e = await workflowDispatchEvent(gh, { phase: 'A-0', reason: 'errors up' }, { sender: 'alice' });
    const log = await runner.handle(e);
    expect(r.calls.map((c) => c.inputs)).toEqual([
      // The rollout field's default: the single layout names none; list names its rollout.
      { command: 'list', 'for-command': 'rollback', rollout: '' },
      {
        command: 'rollback',
        rollout: 'autosave',
        phase: 'A-0',
        reason: 'errors up',
        token: 'ghs_bot',
        'slack-webhook': '',
        'lock-webhook-url': '',
        'lock-webhook-secret': '',
        'bot-login': 'github-actions[bot]',
        records: 'reports/monitoring',
        'records-branch': '',
      },
    ]);
    expect(log.print()).toContain('run .github/workflows/rollback.yml#1: success');
    expect(log.print()).toContain('job rollback (autosave) (group "phasegate-rollout-autosave"): success');
  });

  it("the gate: phasegate's own PR in its rollout's group, any other PR in its own", async () => {
    const r = recorder();
    const runner = new WorkflowRunner({ gh, action: r.action, githubToken: 'ghs_bot', workflows });
    const own = await pr(
      'phasegate/autosave/advance-A-1',
      { 'phases/current.yaml': `${PHASE}# own\n` },
      'alice',
    );
    const other = await pr('typo', { 'README.md': 'typo\n' }, 'alice');
    const groups = async (e: ActionEvent) =>
      (await runner.handle(e)).runs[0]!.jobs.map((j) => [j.name, j.group, j.conclusion]);
    expect(await groups(own)).toEqual([
      ['route', undefined, 'success'],
      ['gate (autosave)', 'phasegate-rollout-autosave', 'success'],
    ]);
    const n = (other.payload.pull_request as { number: number }).number;
    expect(await groups(other)).toEqual([
      ['route', undefined, 'success'],
      ['gate (autosave)', `phasegate-gate-${n}`, 'success'],
    ]);
    expect(r.calls.filter((c) => c.inputs.command === 'list').map((c) => c.inputs)).toEqual([
      { command: 'list', 'for-command': 'gate' },
      { command: 'list', 'for-command': 'gate' },
    ]);
    expect(r.calls.find((c) => c.inputs.command === 'gate')!.inputs).toMatchObject({ rollout: 'autosave' });
  });

  it('apply: no rollout changed, no apply job (an empty matrix would fail)', async () => {
    const calls: string[] = [];
    const action: ActionStep = async (call) => {
      calls.push(call.inputs.command!);
      const outputs: Record<string, string> = call.inputs.command === 'list' ? { rollouts: '[]' } : {};
      return { ok: true, outputs };
    };
    const runner = new WorkflowRunner({ gh, action, githubToken: 'ghs_bot', workflows });
    const { event } = await gh.push(
      'main',
      { 'phases/current.yaml': `${PHASE}# again\n` },
      'hand edit',
      'alice',
    );
    const log = await runner.handle(event);
    expect(calls).toEqual(['list']);
    expect(log.runs[0]!.jobs.map((j) => [j.id, j.conclusion])).toEqual([
      ['list', 'success'],
      ['apply', 'skipped'],
    ]);
    expect(log.runs[0]!.conclusion).toBe('success');
  });
});
