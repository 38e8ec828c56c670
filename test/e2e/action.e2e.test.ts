/**
 * The bundled Action (dist/index.js) run as the runner runs it, under the machine's Node 20 and
 * under Node 24 (what action.yml names): inputs as INPUT_* variables, the event payload file,
 * outputs and the job summary through GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the loopback
 * GitHub. A few smoke runs per runtime pin the entry point's contract; the loop's behaviour is
 * tested in-process (test/integration/github/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import { pullRequestEvent } from '../../src/emulator/index.js';
import { runAction } from '../support/action-runner.js';
import { scratchWithPolicy } from '../support/cli.js';
import { REPO_ROOT } from '../support/policy.js';
import { repositoryFiles, World } from '../support/world.js';

const T = (iso: string) => Date.parse(iso);

describe.each(['system', 'node24'] as const)('the Action bundle on %s Node', (node) => {
  let w: World;
  beforeAll(async () => {
    w = await World.start(
      traceText({
        seed: 3,
        from: T('2026-11-16T00:00:00Z'),
        to: T('2026-11-17T06:00:00Z'),
        ratePerMinute: 30,
      }),
    );
    w.now = T('2026-11-16T00:00:00Z');
    await w.gh.seed(repositoryFiles(), 'Start at A-0');
  }, 60_000);
  afterAll(async () => {
    expect(w.gh.violations).toEqual([]);
    await w.close();
  });

  it('a scheduled run: collect commits the records, propose opens the PR, status writes the report', async () => {
    w.now = T('2026-11-17T06:07:00Z');
    const collect = await w.spawnStep('collect', { events: w.eventsFile, backfill: '30h' }, undefined, node);
    expect(collect.code, collect.stdout).toBe(0);
    expect(await w.gh.gitText(['log', '--format=%s', '-1', 'main'])).toMatch(/120 window record\(s\)/);

    const propose = await w.spawnStep('propose', {}, undefined, node);
    expect(propose.code, propose.stdout).toBe(0);
    expect(propose.outputs).toMatchObject({ phase: 'A-0', decision: 'advance', 'target-phase': 'A-1' });
    const pr = w.gh.state.pulls.find((p) => p.state === 'open')!;
    expect(propose.outputs['pr-number']).toBe(String(pr.number));
    expect(JSON.parse(propose.outputs['verdict-json']!).decision).toMatchObject({
      action: 'advance',
      to: 'A-1',
    });
    expect(propose.summary).toContain('**Decision: advance → A-1**');
    expect(propose.summary).toMatch(/\| save-latency-p95 \| .* \| ✅ pass \|/);
    expect(propose.summary).toContain('```mermaid'); // the live phase's SLOs, charted
    expect(propose.summary).toContain(`opened #${pr.number}: phasegate(autosave): advance A-0 → A-1`);
    // Secrets are masked in the log.
    expect(propose.stdout).toContain(`::add-mask::${w.slack.url}`);
    if (node === 'system') {
      mkdirSync(join(REPO_ROOT, 'test-artifacts', 'e2e'), { recursive: true });
      writeFileSync(join(REPO_ROOT, 'test-artifacts', 'e2e', 'summary-propose.md'), propose.summary);
    }

    const status = await w.spawnStep('status', {}, undefined, node);
    expect(status.code, status.stdout).toBe(0);
    expect(readFileSync(status.outputs.report!, 'utf8')).toContain(
      '<section class="slo" data-slo="save-latency-p95"',
    );
  }, 120_000);

  it('gate on a pull_request event, and apply on the push of its merge', async () => {
    const pr = w.gh.state.pulls.find((p) => p.state === 'open')!;
    await w.gh.review(pr.number, 'alice', 'APPROVE');
    const edited = await pullRequestEvent(w.gh, pr.number, 'edited');
    const gate = await w.spawnStep('gate', {}, edited, node);
    expect(gate.code, gate.stdout).toBe(0);
    expect(gate.outputs['pr-number']).toBe(String(pr.number));
    const status = w.gh.state.statuses
      .filter((s) => s.sha === pr.head.sha && s.context === 'phasegate/verdict')
      .at(-1);
    expect(status?.state).toBe('failure'); // the QA checklist is not ticked
    expect(status?.description).toMatch(/checklist/);

    const merged = await w.gh.merge(pr.number, 'alice');
    const apply = await w.spawnStep('apply', {}, merged.event, node);
    expect(apply.code, apply.stdout).toBe(0);
    expect(w.slack.got.map((g) => JSON.parse(g.body).text as string).at(-1)).toMatch(/A-0 → A-1/);
  }, 120_000);
});

describe('the Action bundle refuses bad input with the fix', () => {
  it('a broken policy fails the step with the located error (validate needs no GitHub)', async () => {
    const dir = scratchWithPolicy();
    const a0 = join(dir, 'phases', 'A-0.yaml');
    writeFileSync(a0, readFileSync(a0, 'utf8').replace('window: 2h', 'window: two hours'));
    const r = await runAction({
      workspace: dir,
      inputs: { command: 'validate' },
      event: {
        name: 'push',
        payload: { repository: { full_name: 'acme/app', url: 'http://127.0.0.1:9/repos/acme/app' } },
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::phasegate: invalid policy: phases/A-0.yaml:14:13: slos[0].window: "two hours" is not a duration with a unit, such as "15m", "2h", "2.5s" or "5d"',
    );
  });

  it('an unknown command lists the valid ones', async () => {
    const r = await runAction({
      workspace: scratchWithPolicy(),
      inputs: { command: 'deploy' },
      event: {
        name: 'push',
        payload: { repository: { full_name: 'acme/app', url: 'http://127.0.0.1:9/repos/acme/app' } },
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::input "command": "deploy" is not one of collect, evaluate, propose, apply, rollback, status, gate, list, index, validate',
    );
  });
});
