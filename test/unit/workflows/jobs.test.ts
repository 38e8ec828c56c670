/**
 * Jobs as GitHub runs them (jobs.ts): outputs evaluated after the steps and read as
 * `needs.<job>.outputs`, a matrix from `fromJSON` of one, one job run per combination side by
 * side, job-level concurrency groups from `matrix` shared across runs and workflows, and an empty
 * list either skipped by the job's `if:` (evaluated before the matrix) or failing as on GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, workflowDispatchEvent } from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';
import type { ActionStepCall, ActionStepResult } from '../../support/workflows/index.js';
import { parseWorkflowFile, WorkflowRunner } from '../../support/workflows/index.js';

const EACH = `name: each
on:
  workflow_dispatch:
    inputs:
      rollouts:
        type: string
        default: '["a","b"]'
jobs:
  list:
    runs-on: ubuntu-latest
    outputs:
      rollouts: \${{ steps.list.outputs.rollouts }}
    steps:
      - id: list
        uses: ./
        with:
          command: list
          rollouts: \${{ inputs.rollouts }}
  work:
    needs: list
    if: \${{ vars.GUARD != 'yes' || needs.list.outputs.rollouts != '[]' }}
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        rollout: \${{ fromJSON(needs.list.outputs.rollouts) }}
    concurrency:
      group: g-\${{ matrix.rollout }}
      queue: max
      cancel-in-progress: false
    outputs:
      last: \${{ steps.work.outputs.phase }}
    steps:
      - id: work
        uses: ./
        with:
          command: work
          rollout: \${{ matrix.rollout }}
          index: \${{ strategy.job-index }} of \${{ strategy.job-total }}
  after:
    needs: [list, work]
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          command: after
          work: \${{ needs.work.result }}
          rollouts: \${{ needs.list.outputs.rollouts }}
          last: \${{ needs.work.outputs.last }}
`;

const ONE = `name: one
on:
  workflow_dispatch:
    inputs:
      rollout:
        type: string
jobs:
  one:
    runs-on: ubuntu-latest
    concurrency:
      group: g-\${{ inputs.rollout }}
      queue: max
      cancel-in-progress: false
    steps:
      - uses: ./
        with:
          command: one
          rollout: \${{ inputs.rollout }}
`;

let gh: Emulator;
beforeEach(async () => {
  gh = await startCheckedEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: { ghs_bot: { login: 'github-actions[bot]', type: 'Bot' } },
  });
  await gh.seed({ 'README.md': 'hi\n' });
});
afterEach(() => gh.close());

/** Records calls; `list` echoes its input; `hold(rollout)` keeps that rollout's `work` waiting. */
function fakeAction() {
  const calls: ActionStepCall['inputs'][] = [];
  const held = new Map<string, { go: () => void; reached: Promise<void>; reach: () => void }>();
  const action = async (call: ActionStepCall): Promise<ActionStepResult> => {
    calls.push(call.inputs);
    const h = call.inputs.command === 'work' ? held.get(call.inputs.rollout!) : undefined;
    if (h) {
      h.reach();
      await new Promise<void>((go) => {
        h.go = go;
      });
    }
    if (call.inputs.command === 'list') return { ok: true, outputs: { rollouts: call.inputs.rollouts! } };
    return { ok: call.inputs.rollout !== 'bad', outputs: { phase: `${call.inputs.rollout}-A-1` } };
  };
  const hold = (rollout: string) => {
    let reach!: () => void;
    const reached = new Promise<void>((r) => {
      reach = r;
    });
    const h = { go: () => {}, reached, reach };
    held.set(rollout, h);
    return { reached, release: () => h.go() };
  };
  return { action, calls, hold };
}

async function runnerWith(vars: Record<string, string> = {}) {
  const fake = fakeAction();
  const workflows = [
    await parseWorkflowFile('.github/workflows/each.yml', EACH),
    await parseWorkflowFile('.github/workflows/one.yml', ONE),
  ];
  const runner = new WorkflowRunner({ gh, action: fake.action, githubToken: 'ghs_bot', workflows, vars });
  const dispatch = async (workflow: string, inputs: Record<string, string>) =>
    runner.trigger(await workflowDispatchEvent(gh, inputs, { workflow: `.github/workflows/${workflow}` }));
  return { fake, runner, dispatch };
}

describe('job outputs and a matrix from them', () => {
  it('one run per listed rollout, in its own group; later jobs read the outputs and the result', async () => {
    const { fake, dispatch } = await runnerWith();
    const log = await dispatch('each.yml', { rollouts: '["a","b"]' });
    await log.done;
    const run = log.runs[0]!;
    expect(run.conclusion).toBe('success');
    const work = run.jobs.filter((j) => j.id === 'work');
    expect(work.map((j) => [j.name, j.group, j.matrix, j.conclusion]).sort()).toEqual([
      ['work (a)', 'g-a', { rollout: 'a' }, 'success'],
      ['work (b)', 'g-b', { rollout: 'b' }, 'success'],
    ]);
    const byCommand = (c: string) => fake.calls.filter((x) => x.command === c);
    expect(
      byCommand('work')
        .map((c) => [c.rollout, c.index])
        .sort(),
    ).toEqual([
      ['a', '0 of 2'],
      ['b', '1 of 2'],
    ]);
    // The matrix's outputs are combined: the run that finished last sets `last`.
    expect(byCommand('after')).toEqual([
      { command: 'after', work: 'success', rollouts: '["a","b"]', last: expect.stringMatching(/^[ab]-A-1$/) },
    ]);
  });

  it('a failed combination fails the job; the others still run (fail-fast: false)', async () => {
    const { fake, dispatch } = await runnerWith();
    const log = await dispatch('each.yml', { rollouts: '["bad","b"]' });
    await log.done;
    expect(
      fake.calls
        .filter((c) => c.command === 'work')
        .map((c) => c.rollout)
        .sort(),
    ).toEqual(['b', 'bad']);
    expect(fake.calls.find((c) => c.command === 'after')).toMatchObject({ work: 'failure' });
    expect(log.runs[0]!.conclusion).toBe('failure');
  });

  it("an empty list: the job's if skips it; unguarded, the matrix fails as on GitHub", async () => {
    const guarded = await runnerWith({ GUARD: 'yes' });
    const skipped = await guarded.dispatch('each.yml', { rollouts: '[]' });
    await skipped.done;
    expect(skipped.runs[0]!.jobs.map((j) => [j.id, j.conclusion])).toEqual([
      ['list', 'success'],
      ['work', 'skipped'],
      ['after', 'success'],
    ]);
    expect(guarded.fake.calls.find((c) => c.command === 'after')).toMatchObject({ work: 'skipped' });
    const bare = await runnerWith();
    const failed = await bare.dispatch('each.yml', { rollouts: '[]' });
    await failed.done;
    expect(failed.runs[0]!.jobs.find((j) => j.id === 'work')).toMatchObject({
      conclusion: 'failure',
      why: "Matrix vector 'rollout' does not contain any values",
    });
  });
});

describe('job-level concurrency groups across runs', () => {
  it("a run for rollout b passes a's held job; one for a waits behind it, then runs", async () => {
    const { fake, runner, dispatch } = await runnerWith();
    const a = fake.hold('a');
    const each = await dispatch('each.yml', { rollouts: '["a","b"]' });
    await a.reached;
    const forB = await dispatch('one.yml', { rollout: 'b' });
    await forB.done;
    expect(forB.runs[0]).toMatchObject({ conclusion: 'success', jobs: [{ group: 'g-b' }] });
    const forA = await dispatch('one.yml', { rollout: 'a' });
    await new Promise((r) => setTimeout(r, 50));
    expect(runner.concurrency.snapshot('g-a')).toEqual({
      running: '.github/workflows/each.yml#1/work (a)',
      pending: '.github/workflows/one.yml#2/one',
      queued: ['.github/workflows/one.yml#2/one'],
    });
    expect(fake.calls.filter((c) => c.command === 'one').map((c) => c.rollout)).toEqual(['b']);
    a.release();
    await Promise.all([each.done, forA.done]);
    expect(forA.runs[0]!.conclusion).toBe('success');
    const calls = fake.calls.map((c) => `${c.command}${c.rollout ? ` ${c.rollout}` : ''}`);
    expect(calls.slice(0, 3).sort()).toEqual(['list', 'work a', 'work b']);
    expect(calls[3]).toBe('one b'); // while a was held
    expect(calls.slice(4).sort()).toEqual(['after', 'one a']);
  });
});
