/**
 * `phasegate simulate` through the bundled CLI on JSONL events: its first advance and its first
 * rollback are what `phasegate evaluate` says at the same instant on the reports `phasegate
 * collect` writes from the same events (one decision function, whoever calls it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../src/demo/trace.js';
import { runCli } from '../support/cli.js';
import { REFERENCE_DIR } from '../support/policy.js';

const FROM = '2026-11-16T00:00:00Z';
const TO = '2026-11-19T00:00:00Z';
// Slow saves 8 h into A-1 (A-0 soaks 24 h, its PR merges an hour later): A-1 rolls back at once.
const SLOW = { from: Date.parse('2026-11-17T09:00:00Z'), to: Date.parse('2026-11-17T11:00:00Z') };

let dir: string;
let events: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'phasegate-simulate-'));
  events = join(dir, 'events.jsonl');
  writeFileSync(
    events,
    traceText({
      seed: 7,
      from: Date.parse(FROM),
      to: Date.parse(TO),
      ratePerMinute: 30,
      autoMerge: 0.95,
      latency: latencySteps({ p50Ms: 600, p95Ms: 1500 }, [
        { from: SLOW.from, p50Ms: 2600, p95Ms: 4200 },
        { from: SLOW.to, p50Ms: 600, p95Ms: 1500 },
      ]),
    }),
  );
});

const simulateArgs = (...more: string[]) => [
  'simulate',
  '--config',
  REFERENCE_DIR,
  '--events',
  events,
  '--from',
  FROM,
  '--to',
  TO,
  ...more,
];

interface JsonDecision {
  at: string;
  phase: string;
  since: string;
  action: string;
  to: string | null;
  alert: boolean;
  reasons: string[];
  slos: { id: string; status: string; value: number | null; samples: number }[];
  pr: number | null;
}

describe('phasegate simulate', () => {
  it('acts at each step on what phasegate evaluate decides from the collected reports', async () => {
    const sim = await runCli(simulateArgs('--format', 'json'));
    expect(sim.stderr).toContain('replaying: 100% (288/288 runs)');
    expect(sim.code).toBe(0);
    const timeline = JSON.parse(sim.stdout) as {
      decisions: JsonDecision[];
      prs: { number: number; mergedAt: string; openedAt: string }[];
    };
    const advance = timeline.decisions.find((d) => d.action === 'advance')!;
    const rollback = timeline.decisions.find((d) => d.action === 'rollback')!;
    expect([advance.phase, advance.to, advance.at]).toEqual(['A-0', 'A-1', '2026-11-17T00:00:00.000Z']);
    expect([rollback.phase, rollback.to]).toEqual(['A-1', 'A-0']);
    expect(Date.parse(rollback.at)).toBeGreaterThan(SLOW.from);
    // A-1's rollback needs no approval: merged in the run that proposed it.
    const pr = timeline.prs.find((p) => p.number === rollback.pr)!;
    expect(pr.mergedAt).toBe(pr.openedAt);

    const records = join(dir, 'reports');
    const collected = await runCli([
      'collect',
      '--config',
      REFERENCE_DIR,
      '--source',
      events,
      '--output',
      records,
      '--from',
      FROM,
      '--to',
      TO,
    ]);
    expect(collected.code).toBe(0);
    for (const d of [advance, rollback]) {
      const ev = await runCli([
        'evaluate',
        '--config',
        REFERENCE_DIR,
        '--records',
        records,
        '--at',
        d.at,
        '--phase',
        d.phase,
        '--since',
        d.since,
        '--format',
        'json',
      ]);
      expect(ev.code).toBe(0);
      const verdict = JSON.parse(ev.stdout);
      expect(verdict.decision).toEqual({
        action: d.action,
        from: d.phase,
        to: d.to,
        alert: d.alert,
        reasons: d.reasons,
      });
      expect(
        verdict.slos.map((s: JsonDecision['slos'][number]) => [s.id, s.status, s.value, s.samples]),
      ).toEqual(d.slos.map((s) => [s.id, s.status, s.value, s.samples]));
    }
  });

  it('prints the timeline as text, with progress lines on a non-terminal stderr', async () => {
    const r = await runCli(simulateArgs('--approve-after', '30m'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PRs are approved 30m after they open');
    expect(r.stdout).toContain(
      '2026-11-17 00:00 UTC (2026-11-17 09:00 Asia/Tokyo)  A-0: advance → A-1 proposed in #1',
    );
    expect(r.stdout).toContain(
      '2026-11-17 00:30 UTC (2026-11-17 09:30 Asia/Tokyo)  A-0 → A-1: #1 merged (advance)',
    );
    expect(r.stdout).toMatch(/A-1: rollback → A-0 proposed in #\d \(merged at once: no approval needed\)/);
    expect(r.stderr).toMatch(/^collecting events: 100% \([\d.]+\/[\d.]+ MB\)$/m);
    expect(r.stderr).toMatch(/^collected \d+ events from 1 file\(s\) into 288 windows/m);
    expect(r.stderr).not.toContain('\r');
  });

  it('--report writes the self-contained HTML report: one chart per SLO, a marker per decision', async () => {
    const file = join(dir, 'report.html');
    const r = await runCli(simulateArgs('--format', 'json', '--report', file));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`report: ${file}`);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/); // nothing from the network
    const slos = [...html.matchAll(/<section class="slo" data-slo="([^"]+)"/g)].map((m) => m[1]);
    expect(slos).toEqual(expect.arrayContaining(['save-latency-p95', 'restore-success']));
    const data = JSON.parse(
      /<script type="application\/json" id="phasegate-data">(.*?)<\/script>/s.exec(html)![1]!,
    );
    const acted = (JSON.parse(r.stdout).decisions as JsonDecision[]).filter((d) => d.action !== 'hold');
    expect(data.decisions).toHaveLength(acted.length);
  });

  it('has --help, and names a missing required flag', async () => {
    const help = await runCli(['simulate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: phasegate simulate [options]');
    expect(help.stdout).toContain('--approve-after <duration>');
    const missing = await runCli(['simulate', '--from', FROM, '--to', TO]);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "phasegate: required option '--events <file|glob>' not specified\n",
    });
  });

  it.each([
    [
      ['--from', '2026-11-16T00:07:00Z'],
      '--from: 2026-11-16T00:07:00.000Z is not on a 15m window boundary; use 2026-11-16T00:00:00.000Z or 2026-11-16T00:15:00.000Z',
    ],
    [['--to', '2026-11-15T00:00:00Z'], '--to must be after --from'],
    [['--start-phase', 'C-1'], '--start-phase: unknown phase "C-1"; valid phases: A-0, A-1, A-2, B-0, B-1'],
    [['--approve-after', 'soon'], '--approve-after: "soon" is not a duration such as 1h, 30m or 0m'],
    [['--events', 'nowhere/*.jsonl'], '--events: no telemetry files match nowhere/*.jsonl'],
    [
      ['--format', 'yaml'],
      "option '--format <format>' argument 'yaml' is invalid. Allowed choices are text, json.",
    ],
  ])('refuses %j with one line naming the flag (exit 2)', async (more, message) => {
    const r = await runCli(simulateArgs(...more));
    expect(r.stderr).toBe(`phasegate: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
