/**
 * `baseline: control` through the bundled CLI on a real folder, as a user runs it: events with a
 * cohort field → collect → window records → evaluate, and validate's answer to a policy that
 * asks for a control cohort its SLI does not declare.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchWithPolicy } from '../support/cli.js';
import { cohortTrace, withControlBaseline, withCrashControl } from '../support/cohorts.js';

const FROM = '2026-11-16T00:00:00Z'; // A-2 goes live
const REGRESSION = Date.parse('2026-11-17T00:00:00Z');
const TO = '2026-11-18T00:00:00Z';

/** The scratch policy's files edited in place. */
function edit(dir: string, ...edits: ((files: Record<string, string>) => void)[]): void {
  const files: Record<string, string> = {};
  for (const name of ['rollout.yaml', 'A-2.yaml'])
    files[name] = readFileSync(join(dir, 'phases', name), 'utf8');
  for (const e of edits) e(files);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'phases', name), text);
}

describe('crash-rate increase against a concurrent control cohort, through the bundled CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchWithPolicy();
    edit(dir, withCrashControl, withControlBaseline);
    const from = Date.parse(FROM);
    const to = Date.parse(TO);
    // The feature doubles the crash rate of its users; the control cohort stays at 2.5 %.
    const rolloutOnly = (t: number, c: string) => (t >= REGRESSION && c === 'beta' ? 0.05 : 0.025);
    writeFileSync(join(dir, 'rollout.jsonl'), cohortTrace(from, to, { sessions: 40, rate: rolloutOnly }));
    // A bad OS update: everyone crashes twice as often from the same instant.
    const everywhere = (t: number) => (t >= REGRESSION ? 0.05 : 0.025);
    writeFileSync(join(dir, 'everywhere.jsonl'), cohortTrace(from, to, { sessions: 40, rate: everywhere }));
  });

  const collect = (source: string, output: string) =>
    runCli(['collect', '--source', source, '--from', FROM, '--to', TO, '--output', output], { cwd: dir });
  const evaluate = (records: string) =>
    runCli(['evaluate', '--phase', 'A-2', '--since', FROM, '--at', TO, '--records', records], { cwd: dir });

  it('collect counts the control cohort apart in each window record', async () => {
    const r = await collect('rollout.jsonl', 'rollout');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'rollout'))).toHaveLength(2 * 96);
    const last = readFileSync(join(dir, 'rollout', '202611180000.jsonl'), 'utf8');
    expect(last).toContain(
      '{"v":1,"type":"sli","sli":"crash_rate","kind":"ratio","numerator":2,"denominator":40,"control":{"numerator":1,"denominator":40}}\n',
    );
    // the other ratio SLIs' lines are as they always were
    expect(last).toContain(
      '{"v":1,"type":"sli","sli":"restore_success","kind":"ratio","numerator":0,"denominator":0}\n',
    );
  });

  it('a regression in the rollout only rolls A-2 back, showing the control rate', async () => {
    const r = await evaluate('rollout');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Decision: roll back → A-1**');
    expect(r.stdout).toContain(
      'crash-rate-increase: +100% > +5% over 24h (3840 samples) vs control cohort 2.5% (cohort: control; 3840 samples)',
    );
  });

  it('the same regression in both cohorts is not the rollout’s: no rollback', async () => {
    expect((await collect('everywhere.jsonl', 'everywhere')).code).toBe(0);
    const r = await evaluate('everywhere');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('roll back');
    expect(r.stdout).toContain(
      'crash-rate-increase: +0% <= +5% over 24h (3840 samples) vs control cohort 5% (cohort: control; 3840 samples)',
    );
  });

  it('validate: baseline control on an SLI without control: names the phase file, the SLO and the fix', async () => {
    const bare = scratchWithPolicy();
    edit(bare, withControlBaseline);
    const r = await runCli(['validate', '--config', 'phases'], { cwd: bare });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'phasegate: invalid policy: phases/A-2.yaml:21:15: slos[1].baseline: SLO "crash-rate-increase": baseline "control" compares with the control cohort of SLI "crash_rate", which declares none; add `control: { cohort: control }` (the field and value of control-cohort events) under slis.crash_rate in rollout.yaml, or use baseline "before_rollout"\n',
    );
  });
});
