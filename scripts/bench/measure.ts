/**
 * One measurement in its own process, so the peak RSS is this measurement's alone:
 * `node --import tsx scripts/bench/measure.ts <mode> <file> [workers]`; prints one JSON line.
 *   split    read the file and split lines (the floor for any line-based reader)
 *   json     split and JSON.parse every line
 *   duckdb   DuckDB computes the same per-window aggregates in one query
 *   collect  phasegate's collect (all windows of the day, every line validated)
 *   accuracy exact P95s vs phasegate's merged sketches
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { emptyAggregate, mergeInto } from '../../src/telemetry/record.js';
import { collectJsonl } from '../../src/telemetry/sources/jsonl.js';
import { BENCH_FROM, BENCH_SLIS, benchTo, WINDOW_MS } from './common.js';

const [mode, file, workersArg, daysArg] = process.argv.slice(2) as [
  string,
  string,
  string | undefined,
  string | undefined,
];
/** The trace's span: `days` days from BENCH_FROM (generate.ts's third argument; default 1). */
const BENCH_TO = benchTo(Number(daysArg ?? 1));
const bytes = (await stat(file)).size;

async function eachLine(fn: (chunk: Buffer, s: number, e: number) => void): Promise<number> {
  let lines = 0;
  let carry: Buffer | null = null;
  for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) {
    let chunk = c as Buffer;
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) break;
      if (nl > pos) {
        fn(chunk, pos, nl);
        lines++;
      }
      pos = nl + 1;
    }
    if (pos < chunk.length) carry = chunk.subarray(pos);
  }
  if (carry && carry.length > 0) {
    fn(carry, 0, carry.length);
    lines++;
  }
  return lines;
}

async function run(): Promise<{ lines: number; summary: unknown }> {
  switch (mode) {
    case 'split':
      return { lines: await eachLine(() => {}), summary: null };
    case 'json': {
      let bad = 0;
      let objects = 0;
      const lines = await eachLine((b, s, e) => {
        try {
          const v = JSON.parse(b.toString('utf8', s, e));
          if (typeof v === 'object' && v !== null) objects++;
        } catch {
          bad++;
        }
      });
      return { lines, summary: { objects, bad } };
    }
    case 'duckdb': {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      const result = await con.runAndReadAll(`
        SELECT time_bucket(INTERVAL '15 minutes', ts) AS w,
          count(*) FILTER (WHERE event = 'autosave.save.completed') AS save_n,
          approx_quantile(duration_ms, 0.95) FILTER (WHERE event = 'autosave.save.completed') AS save_p95,
          count(*) FILTER (WHERE event = 'autosave.restore.result' AND success) AS restore_ok,
          count(*) FILTER (WHERE event = 'autosave.restore.result') AS restore_n,
          count(*) FILTER (WHERE event = 'app.crash') AS crash_n,
          count(*) FILTER (WHERE event = 'app.session.start') AS session_n,
          count(*) FILTER (WHERE event = 'merge.diff.apply' AND mode = 'auto') AS merge_auto,
          count(*) FILTER (WHERE event = 'merge.diff.apply') AS merge_n,
          count(*) FILTER (WHERE event = 'bug.reported' AND severity = 'critical') AS bugs
        FROM read_ndjson('${file.replace(/'/g, "''")}',
          columns = {ts: 'TIMESTAMPTZ', event: 'VARCHAR', duration_ms: 'DOUBLE', success: 'BOOLEAN', mode: 'VARCHAR', severity: 'VARCHAR'},
          ignore_errors = true)
        WHERE ts >= '${new Date(BENCH_FROM).toISOString()}' AND ts < '${new Date(BENCH_TO).toISOString()}'
        GROUP BY ALL ORDER BY w`);
      const rows = result.getRowObjectsJson();
      const sum = (k: string) => rows.reduce((t, r) => t + Number(r[k]), 0);
      return {
        lines: Number.NaN,
        summary: {
          windows: rows.length,
          save: sum('save_n'),
          restore: sum('restore_n'),
          merge: sum('merge_n'),
        },
      };
    }
    case 'collect': {
      const r = await collectJsonl({
        source: file,
        policy: { slis: BENCH_SLIS, windowMs: WINDOW_MS },
        from: BENCH_FROM,
        to: BENCH_TO,
        workers: workersArg === undefined || workersArg === '' ? undefined : Number(workersArg),
      });
      const total = (id: string) => {
        const a = emptyAggregate(BENCH_SLIS[id]!.kind);
        for (const w of r.windows) mergeInto(a, w.slis.get(id)!);
        return a;
      };
      const save = total('save_latency');
      const restore = total('restore_success');
      const merge = total('auto_merge_rate');
      return {
        lines: r.stats.lines,
        summary: {
          windows: r.windows.length,
          save: save.kind === 'latency' ? save.count : 0,
          restore: restore.kind === 'ratio' ? restore.denominator : 0,
          merge: merge.kind === 'ratio' ? merge.denominator : 0,
          malformed: r.windows.reduce((t, w) => t + w.counts.malformed, 0),
          invalid: r.windows.reduce((t, w) => t + w.counts.invalid, 0),
          unknown: r.windows.reduce((t, w) => t + w.counts.unknown, 0),
        },
      };
    }
    case 'accuracy': {
      // exact: every save duration per window, from JSON.parse
      const perWindow = new Map<number, number[]>();
      await eachLine((b, s, e) => {
        let v: { ts?: unknown; event?: unknown; duration_ms?: unknown };
        try {
          v = JSON.parse(b.toString('utf8', s, e));
        } catch {
          return;
        }
        if (
          v?.event !== 'autosave.save.completed' ||
          typeof v.duration_ms !== 'number' ||
          typeof v.ts !== 'string'
        ) {
          return;
        }
        const w = Math.floor(Date.parse(v.ts) / WINDOW_MS) * WINDOW_MS;
        const list = perWindow.get(w) ?? [];
        if (list.length === 0) perWindow.set(w, list);
        list.push(v.duration_ms);
      });
      const r = await collectJsonl({
        source: file,
        policy: { slis: BENCH_SLIS, windowMs: WINDOW_MS },
        from: BENCH_FROM,
        to: BENCH_TO,
      });
      let worst = 0;
      const spans: [string, number][] = [
        ['15m', 1],
        ['2h', 8],
        ['24h', 96],
      ];
      const out: Record<string, number> = {};
      for (const [name, len] of spans) {
        let worstSpan = 0;
        for (let i = 0; i + len <= r.windows.length; i += len) {
          const agg = emptyAggregate('latency');
          const exact: number[] = [];
          for (const w of r.windows.slice(i, i + len)) {
            mergeInto(agg, w.slis.get('save_latency')!);
            exact.push(...(perWindow.get(w.start) ?? []));
          }
          if (agg.kind !== 'latency' || exact.length === 0) continue;
          exact.sort((a, b) => a - b);
          const truth = exact[Math.floor(0.95 * (exact.length - 1))]!;
          const err = Math.abs(agg.sketch.quantile(0.95)! - truth) / truth;
          worstSpan = Math.max(worstSpan, err);
        }
        out[name] = worstSpan;
        worst = Math.max(worst, worstSpan);
      }
      return { lines: Number.NaN, summary: { worstRelativeErrorP95: out, worst } };
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { lines, summary } = await run();
const ms = performance.now() - t0;
// user + system CPU of every thread of this process (DuckDB's and collect's workers included)
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(
  `${JSON.stringify({ mode, bytes, lines, ms, cpuMs, maxRssMiB: process.resourceUsage().maxRSS / 1024, summary })}\n`,
);
