/**
 * The core loop through the bundled CLI on a real folder: events → collect → reports →
 * evaluate, as a user runs it, with the decision checked against what the trace was built to do.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../src/demo/trace.js';
import { runCli, scratchWithPolicy } from '../support/cli.js';

const FROM = '2026-11-16T00:00:00Z';
const TO = '2026-11-18T06:00:00Z';

describe('collect then evaluate, through the bundled CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchWithPolicy();
    // Two healthy days, then from 04:00 on the third a latency regression.
    const text = traceText({
      seed: 7,
      from: Date.parse(FROM),
      to: Date.parse(TO),
      ratePerMinute: 30,
      latency: latencySteps({ p50Ms: 600, p95Ms: 1600 }, [
        { from: Date.parse('2026-11-18T04:00:00Z'), p50Ms: 1500, p95Ms: 3600 },
      ]),
      malformed: 0.001,
    });
    writeFileSync(join(dir, 'events.jsonl'), text);
  });

  it('writes one report per window of [from, to), and reports what it read on stderr', async () => {
    const r = await runCli(
      [
        'collect',
        '--source',
        'events*.jsonl',
        '--window',
        '15m',
        '--from',
        FROM,
        '--to',
        TO,
        '--output',
        'reports/monitoring',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'reports', 'monitoring')).sort();
    expect(files).toHaveLength(2 * 96 + 24);
    expect(files[0]).toBe('202611160015.jsonl');
    expect(files.at(-1)).toBe('202611180600.jsonl');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(files.length);
    expect(r.stderr).toMatch(/collected 216 window\(s\) .* \d+ events, [1-9]\d* malformed/);
  });

  it('re-collecting changes no byte', async () => {
    const before = readFileSync(join(dir, 'reports', 'monitoring', '202611170915.jsonl'));
    const r = await runCli(
      [
        'collect',
        '--source',
        'events.jsonl',
        '--from',
        '2026-11-17T09:00:00Z',
        '--to',
        '2026-11-17T09:15:00Z',
        '--output',
        'reports/monitoring',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('reports/monitoring/202611170915.jsonl (unchanged)\n');
    expect(readFileSync(join(dir, 'reports', 'monitoring', '202611170915.jsonl'))).toEqual(before);
  });

  it('A-0 after a day of soak: advance to A-1 (JSON)', async () => {
    const r = await runCli(
      ['evaluate', '--phase', 'A-0', '--since', FROM, '--at', '2026-11-18T00:00:00Z', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      phase: 'A-0',
      at: '2026-11-18T00:00:00.000Z',
      decision: { action: 'advance', to: 'A-1' },
    });
    expect(v.slos).toHaveLength(1);
    expect(v.slos[0]).toMatchObject({ id: 'save-latency-p95', status: 'pass', threshold: 2500 });
    expect(v.slos[0].value).toBeGreaterThan(1400);
    expect(v.slos[0].value).toBeLessThan(1800);
    expect(v.slos[0].samples).toBeGreaterThan(1000);
  });

  it('A-1 two hours into the regression: roll back to A-0 (Markdown)', async () => {
    const r = await runCli(['evaluate', '--phase', 'A-1', '--since', '2026-11-18T00:00:00Z', '--at', TO], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Decision: roll back → A-0**');
    expect(r.stdout).toMatch(/\| save-latency-p95 \| 3\.\d+s \| ≤ 2\.5s \| 2h \| \d+ \| ❌ fail \|/);
  });

  it('no reports at all: no_data, hold, never advance', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'phasegate-empty-'));
    const r = await runCli([
      'evaluate',
      '--config',
      join(dir, 'phases'),
      '--records',
      empty,
      '--phase',
      'A-0',
      '--since',
      FROM,
      '--at',
      TO,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.decision.action).toBe('hold');
    expect(v.slos[0].status).toBe('no_data');
  });

  it('the window that just ended, to the file the plan names', async () => {
    const r = await runCli(['collect', '--source', 'events.jsonl', '--output', 'out/202611180600.jsonl'], {
      cwd: dir,
      env: { PHASEGATE_NOW: '2026-11-18T06:07:00Z' },
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out', '202611180600.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'reports', 'monitoring', '202611180600.jsonl'), 'utf8'),
    );
  });

  it('a report name that is not the window that just ended is corrected, another name is kept', async () => {
    const late = await runCli(
      ['collect', '--source', 'events.jsonl', '--output', 'late/202611180607.jsonl'],
      {
        cwd: dir,
        env: { PHASEGATE_NOW: '2026-11-18T06:07:00Z' },
      },
    );
    expect(late.code).toBe(0);
    expect(late.stdout).toBe('late/202611180600.jsonl\n');
    expect(late.stderr).toContain(
      'note: 202611180607.jsonl is not the window that just ended; writing 202611180600.jsonl instead',
    );
    const named = await runCli(['collect', '--source', 'events.jsonl', '--output', 'late/latest.jsonl'], {
      cwd: dir,
      env: { PHASEGATE_NOW: '2026-11-18T06:07:00Z' },
    });
    expect(named.stdout).toBe('late/latest.jsonl\n');
    expect(readFileSync(join(dir, 'late', 'latest.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'late', '202611180600.jsonl'), 'utf8'),
    );
  });

  it('a range off the window grid is refused with the nearest boundaries', async () => {
    const r = await runCli(
      ['collect', '--source', 'events.jsonl', '--from', '2026-11-16T00:07:00Z', '--to', TO, '--output', 'x'],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'phasegate: --from: 2026-11-16T00:07:00.000Z is not on a 15m window boundary; use 2026-11-16T00:00:00.000Z or 2026-11-16T00:15:00.000Z\n',
    );
  });

  it('a source that matches nothing says so', async () => {
    const r = await runCli(
      ['collect', '--source', 'nope/*.jsonl', '--from', FROM, '--to', TO, '--output', 'x'],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phasegate: --source: .*nope\/\*\.jsonl/);
  });
});
