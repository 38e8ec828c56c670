/**
 * The bundled Action (dist/index.js) run as the runner runs it: inputs as INPUT_* variables,
 * outputs and the job summary through GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the
 * loopback GitHub. (test/e2e/ runs whole rollouts; this pins the entry point's contract.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import { repositoryFiles, World } from '../e2e/support.js';
import { runAction } from '../support/action-runner.js';
import { scratchWithPolicy } from '../support/cli.js';

const T = (iso: string) => Date.parse(iso);
let w: World;
beforeAll(async () => {
  w = await World.start(
    traceText({ seed: 3, from: T('2026-11-16T00:00:00Z'), to: T('2026-11-17T06:00:00Z'), ratePerMinute: 30 }),
  );
  w.now = T('2026-11-16T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start at A-0');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

describe('the Action bundle', () => {
  it('evaluate: outputs the decision and writes the verdict table to the job summary', async () => {
    w.now = T('2026-11-17T06:00:00Z');
    expect((await w.step('collect', { events: w.eventsFile, backfill: '30h' })).code).toBe(0);
    const r = await w.step('evaluate');
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.phase).toBe('A-0');
    expect(r.outputs.decision, r.outputs['verdict-json']).toBe('advance');
    expect(r.outputs['target-phase']).toBe('A-1');
    expect(r.outputs['pr-number']).toBe('');
    const verdict = JSON.parse(r.outputs['verdict-json']!);
    expect(verdict.decision).toMatchObject({ action: 'advance', from: 'A-0', to: 'A-1' });
    expect(r.summary).toContain('**Decision: advance → A-1**');
    expect(r.summary).toMatch(/\| save-latency-p95 \| .* \| ✅ pass \|/);
    // Secrets are masked in the log.
    expect(r.stdout).toContain(`::add-mask::${w.slack.url}`);
  }, 60_000);

  it('GitHub requests do not grow with the number of report files (reports come from the checkout)', async () => {
    const count = async (backfill: string, hours: number) => {
      w.now = T('2026-11-17T06:00:00Z') + hours * 3_600_000;
      expect((await w.step('collect', { events: w.eventsFile, backfill })).code).toBe(0);
      w.gh.resetRequests();
      expect((await w.step('evaluate')).code).toBe(0);
      return w.gh.requests.length;
    };
    const files = async () =>
      (await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/'])).split('\n').length;
    const few = await count('30h', 0);
    const before = await files();
    const many = await count('30h', 24); // another day of windows committed
    expect(await files()).toBeGreaterThan(before + 90);
    console.log(
      `evaluate: ${few} GitHub requests with ${before} report files, ${many} with ${await files()}`,
    );
    expect(many).toBe(few);
  }, 120_000);

  it('a broken policy fails the step with the located error (validate needs no GitHub)', async () => {
    const dir = scratchWithPolicy();
    const a0 = join(dir, 'phases', 'A-0.yaml');
    writeFileSync(a0, readFileSync(a0, 'utf8').replace('window: 2h', 'window: two hours'));
    const r = await runAction({
      workspace: dir,
      inputs: { command: 'validate' },
      event: { name: 'push', payload: {} },
      gh: w.gh,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::phasegate: invalid policy: phases/A-0.yaml:14:13: slos[0].window: "two hours" is not a duration with a unit, such as "15m", "2h", "2.5s" or "5d"',
    );
  });

  it('an unknown command lists the valid ones', async () => {
    const r = await w.step('deploy');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::input "command": "deploy" is not one of collect, evaluate, propose, apply, rollback, status, gate, validate',
    );
  });
});
