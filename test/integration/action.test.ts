/**
 * The bundled Action (dist/index.js) run as the runner runs it: inputs as INPUT_* variables,
 * outputs and the job summary through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import { runCli, runProcess, scratchWithPolicy } from '../support/cli.js';
import { REPO_ROOT } from '../support/policy.js';

function runAction(cwd: string, inputs: Record<string, string>) {
  const output = join(cwd, 'github-output');
  const summary = join(cwd, 'step-summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return runProcess(process.execPath, [join(REPO_ROOT, 'dist', 'index.js')], { cwd, env }).then((r) => ({
    ...r,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  }));
}

/** GITHUB_OUTPUT's multi-line format: name<<DELIMITER, value lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe('the Action bundle', () => {
  it('evaluate: outputs the decision and writes the verdict table to the job summary', async () => {
    const dir = scratchWithPolicy();
    writeFileSync(
      join(dir, 'events.jsonl'),
      traceText({
        seed: 3,
        from: Date.parse('2026-11-16T00:00:00Z'),
        to: Date.parse('2026-11-17T06:00:00Z'),
        ratePerMinute: 30,
      }),
    );
    const collect = await runCli(
      [
        'collect',
        '--source',
        'events.jsonl',
        '--from',
        '2026-11-16T00:00:00Z',
        '--to',
        '2026-11-17T06:00:00Z',
        '--output',
        'reports/monitoring',
      ],
      { cwd: dir },
    );
    expect(collect.code).toBe(0);

    const r = await runAction(dir, { command: 'evaluate', at: '2026-11-17T06:00:00Z' });
    expect(r.code).toBe(0);
    expect(r.outputs.phase).toBe('A-0');
    expect(r.outputs.decision).toBe('advance');
    expect(r.outputs['target-phase']).toBe('A-1');
    const verdict = JSON.parse(r.outputs['verdict-json']!);
    expect(verdict.decision).toMatchObject({ action: 'advance', from: 'A-0', to: 'A-1' });
    expect(r.summary).toContain('**Decision: advance → A-1**');
    expect(r.summary).toMatch(/\| save-latency-p95 \| .* \| ✅ pass \|/);
  });

  it('a broken policy fails the step with the located error', async () => {
    const dir = scratchWithPolicy();
    const a0 = join(dir, 'phases', 'A-0.yaml');
    writeFileSync(a0, readFileSync(a0, 'utf8').replace('window: 2h', 'window: two hours'));
    const r = await runAction(dir, { command: 'validate' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::phasegate: invalid policy: phases/A-0.yaml:14:13: slos[0].window: "two hours" is not a duration with a unit, such as "15m", "2h", "2.5s" or "5d"',
    );
  });

  it('an unknown command lists the valid ones', async () => {
    const dir = scratchWithPolicy();
    const r = await runAction(dir, { command: 'deploy' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input "command": "deploy" is not one of evaluate, validate');
  });
});
