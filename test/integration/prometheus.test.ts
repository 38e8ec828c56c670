/**
 * The Prometheus source against a real Prometheus (Debian's package, installed by the test
 * support when missing) on loopback, loaded with a known history by `promtool tsdb
 * create-blocks-from openmetrics`. The same events are written as JSONL; the verdicts computed
 * from the Prometheus reports equal those from the JSONL reports, ratios and counts are equal,
 * and P95 agrees within the histogram path's stated error (save durations sit on bucket bounds:
 * a histogram cannot say more than which bucket a value fell in; see histogram.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCommand } from '../../src/commands/collect.js';
import { mulberry32 } from '../../src/demo/trace.js';
import { evaluate } from '../../src/rollout/decide.js';
import { encodeRecord } from '../../src/telemetry/codec.js';
import { SKETCH_RELATIVE_ACCURACY } from '../../src/telemetry/sketch.js';
import { readRecords } from '../../src/telemetry/sources/record-files.js';
import { loadPolicyDir } from '../../src/worktree/policy-dir.js';
import { scratchWithPolicy } from '../support/cli.js';
import {
  type HistoryEvent,
  openMetricsFromEvents,
  type RunningPrometheus,
  startPrometheus,
} from '../support/prometheus.js';

const W = 15 * 60_000;
const HOUR = 3_600_000;
const FROM = Date.parse('2026-11-20T00:00:00Z');
const TO = FROM + 6 * HOUR;
const BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Six hours of events: healthy, then save latency regresses at 04:00 and restores fail after 05:00. */
function events(): HistoryEvent[] {
  const rnd = mulberry32(42);
  const out: HistoryEvent[] = [];
  const pick = (table: [number, number][]) => {
    let u = rnd();
    for (const [v, p] of table) {
      u -= p;
      if (u < 0) return v;
    }
    return table[table.length - 1]![0];
  };
  for (let t = FROM; t < TO; t += 1000 + Math.floor(rnd() * 4000)) {
    const r = rnd();
    const late = t >= FROM + 4 * HOUR;
    if (r < 0.6) {
      const healthy: [number, number][] = [
        [100, 0.3],
        [250, 0.4],
        [500, 0.2],
        [1000, 0.08],
        [5000, 0.02],
      ];
      const slow: [number, number][] = [
        [100, 0.1],
        [250, 0.3],
        [500, 0.3],
        [1000, 0.2],
        [5000, 0.1],
      ];
      out.push({ ts: t, event: 'autosave.save.completed', duration_ms: pick(late ? slow : healthy) });
    } else if (r < 0.72) {
      out.push({
        ts: t,
        event: 'autosave.restore.result',
        success: rnd() > (t >= FROM + 5 * HOUR ? 0.1 : 0.001),
      });
    } else if (r < 0.9) {
      const dip = t >= FROM + 2 * HOUR && t < FROM + 2 * HOUR + W;
      out.push({ ts: t, event: 'merge.diff.apply', mode: rnd() < (dip ? 0.6 : 0.88) ? 'auto' : 'manual' });
    } else if (r < 0.98) out.push({ ts: t, event: 'app.session.start' });
    else if (r < 0.985) out.push({ ts: t, event: 'app.crash' });
    else out.push({ ts: t, event: 'bug.reported', severity: rnd() < 0.5 ? 'critical' : 'major' });
  }
  return out;
}

const SOURCES = `sources:
  metrics:
    type: prometheus
    url: "\${PROM_URL}"
    auth: { basic: { username: phasegate, password: "\${PROM_PASSWORD}" } }
    timeout: 10s
    slis:
      save_latency: { histogram: autosave_save_duration_seconds }
      restore_success:
        numerator: autosave_restore_total{result="success"}
        denominator: autosave_restore_total
      crash_rate: { numerator: app_crashes_total, denominator: app_sessions_total }
      auto_merge_rate:
        numerator: merge_diff_apply_total{mode="auto"}
        denominator: merge_diff_apply_total
      critical_bugs: { counter: 'bugs_reported_total{severity="critical"}' }
`;

let prom: RunningPrometheus;
let dir: string;
const env = () => ({ PROM_URL: prom.url, PROM_PASSWORD: 's3cret' });
const quiet = { log: () => {}, window: '15m', now: TO + 7 * 60_000 };

beforeAll(async () => {
  const evs = events();
  prom = await startPrometheus(
    openMetricsFromEvents(evs, { from: FROM, to: TO, stepMs: 60_000, buckets: BUCKETS }),
    {
      user: 'phasegate',
      password: 's3cret',
      bcrypt: '$2b$12$dnZF0iT3Gga72vGMcyQdJe68yOCckG6G9eo2hMO/OZgcFqaMlG90.',
    },
  );
  dir = scratchWithPolicy();
  const rollout = join(dir, 'phases', 'rollout.yaml');
  writeFileSync(rollout, readFileSync(rollout, 'utf8').replace(/^sources:\n(?: {2}.*\n)*/m, SOURCES));
  const line = (e: HistoryEvent) => JSON.stringify({ ...e, ts: new Date(e.ts).toISOString() });
  writeFileSync(join(dir, 'events.jsonl'), `${evs.map(line).join('\n')}\n`);
}, 300_000);

afterAll(async () => {
  await prom?.stop();
});

const config = () => join(dir, 'phases');

async function collectInto(out: string, extra: Partial<Parameters<typeof collectCommand>[0]> = {}) {
  return collectCommand({
    ...quiet,
    config: config(),
    output: join(dir, out),
    from: FROM,
    to: TO,
    env: env(),
    ...extra,
  });
}

describe('Prometheus source (a real Prometheus over a known history)', () => {
  it('reports from Prometheus agree with reports from the same events in JSONL', async () => {
    await collectInto('jsonl', { source: join(dir, 'events.jsonl'), sliSources: ['*=events'] });
    await collectInto('prom');
    const a = await readRecords(join(dir, 'jsonl'));
    const b = await readRecords(join(dir, 'prom'));
    expect(b).toHaveLength(24);
    expect(b.every((r) => r.missing.size === 0)).toBe(true);
    for (const [i, ra] of a.entries()) {
      const rb = b[i]!;
      for (const id of ['restore_success', 'crash_rate', 'auto_merge_rate']) {
        expect(rb.slis.get(id), `${id} @ ${i}`).toEqual(ra.slis.get(id));
      }
      // A Prometheus counter has no bug ids: the same count, without the distinct ids the
      // events carry (the trace gives every bug its own id, so the counts agree).
      const { distinct: _ids, ...bugs } = ra.slis.get('critical_bugs') as { distinct?: unknown };
      expect(rb.slis.get('critical_bugs'), `critical_bugs @ ${i}`).toEqual(bugs);
      const la = ra.slis.get('save_latency')!;
      const lb = rb.slis.get('save_latency')!;
      if (la.kind !== 'latency' || lb.kind !== 'latency') throw new Error('latency expected');
      expect(lb.count).toBe(la.count);
      expect(lb.sum).toBeCloseTo(la.sum, 6); // from _sum: the mean is exact
      expect(lb.max).toBe(la.max);
      const [pa, pb] = [la.sketch.quantile(0.95)!, lb.sketch.quantile(0.95)!];
      expect(Math.abs(pb - pa) / pa, `P95 ${pb} vs ${pa} @ ${i}`).toBeLessThanOrEqual(
        2 * SKETCH_RELATIVE_ACCURACY + 1e-9,
      );
    }
  });

  it('the verdicts and decisions are the same, through a regression', async () => {
    const { policy } = loadPolicyDir(config());
    const a = await readRecords(join(dir, 'jsonl'));
    const b = await readRecords(join(dir, 'prom'));
    const seen = new Set<string>();
    for (const phase of ['A-1', 'B-0', 'B-1']) {
      for (let at = FROM + 2 * HOUR; at <= TO; at += W) {
        const ea = evaluate({ policy, phase, since: FROM, records: a, at });
        const eb = evaluate({ policy, phase, since: FROM, records: b, at });
        expect(eb.decision.action, `${phase} @ ${new Date(at).toISOString()}`).toBe(ea.decision.action);
        expect(eb.slos.map((s) => [s.id, s.status, s.samples])).toEqual(
          ea.slos.map((s) => [s.id, s.status, s.samples]),
        );
        for (const s of ea.slos) seen.add(`${s.id}:${s.status}`);
        seen.add(ea.decision.action);
      }
    }
    // the scenario exercises both outcomes of the SLOs that matter
    for (const s of [
      'save-latency-p95:pass',
      'save-latency-p95:fail',
      'restore-success:fail',
      'auto-merge-rate:fail',
      'rollback',
    ]) {
      expect(seen).toContain(s);
    }
  });

  it('one window is an instant query with the same answer as the range query', async () => {
    const at = FROM + 3 * HOUR + 7 * 60_000;
    const out = await collectCommand({
      ...quiet,
      now: at,
      config: config(),
      output: join(dir, 'one', 'x.jsonl'),
      env: env(),
    });
    expect(out).toBe(`${join(dir, 'one', 'x.jsonl')}\n`);
    const ranged = (await readRecords(join(dir, 'prom'))).find((r) => r.end === FROM + 3 * HOUR)!;
    expect(readFileSync(join(dir, 'one', 'x.jsonl'), 'utf8')).toBe(encodeRecord(ranged));
  });

  it('a bad query fails at once, naming the source, the SLI and the fix; the other SLIs are collected', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'phasegate-badq-'));
    const rollout = readFileSync(join(config(), 'rollout.yaml'), 'utf8').replace(
      'crash_rate: { numerator: app_crashes_total, denominator: app_sessions_total }',
      'crash_rate: { numerator: "sum(increase(app_crashes_total[$window])", denominator: app_sessions_total }',
    );
    const policyDir = join(bad, 'phases');
    const { cpSync } = await import('node:fs');
    cpSync(config(), policyDir, { recursive: true });
    writeFileSync(join(policyDir, 'rollout.yaml'), rollout);
    const log: string[] = [];
    const err = await collectCommand({
      ...quiet,
      log: (l) => log.push(l),
      config: policyDir,
      output: join(bad, 'reports'),
      from: FROM,
      to: FROM + 2 * W,
      env: env(),
    }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(
      /^a source failed \(the window records above mark it missing\):\n {2}prometheus source "metrics": crash_rate: query_range \(2 windows\) sum\(increase\(app_crashes_total\[900s\]\): HTTP 400 \(.*parse error.*\); the request was refused; check sources\.metrics\.slis\.crash_rate in rollout\.yaml$/,
    );
    expect(log.filter((l) => l.includes('attempt 1 failed'))).toHaveLength(1);
    const records = await readRecords(join(bad, 'reports'));
    expect(records.map((r) => [...r.missing.keys()])).toEqual([['crash_rate'], ['crash_rate']]);
    expect(records.every((r) => r.slis.has('save_latency') && r.slis.has('critical_bugs'))).toBe(true);
  });

  it('wrong credentials: 401 on the first attempt, every SLI missing, the fix named', async () => {
    const err = await collectInto('noauth', {
      env: { ...env(), PROM_PASSWORD: 'wrong' },
      to: FROM + W,
    }).catch((e: Error) => e);
    expect((err as Error).message).toContain(
      'prometheus source "metrics": save_latency: query sum by (le) (increase(autosave_save_duration_seconds_bucket[900s])): HTTP 401 (Unauthorized); the credentials were refused; check sources.metrics.auth and that the secret it names is set',
    );
    const [r] = await readRecords(join(dir, 'noauth'));
    expect(r!.missing.size).toBe(5);
  });
});
