/**
 * The yardstick for `phasegate simulate` on a trace of many days (`generate.ts <events> <file>
 * <days>`): DuckDB computing the per-window aggregates simulate's collect computes, over the
 * trace's days, in one query. Prints one JSON line: time, peak RSS, windows and event totals.
 *
 *   node simulate-events.js <file> <days>
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_FROM, benchTo } from './common.js';

const [file, days] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
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
  WHERE ts >= '${new Date(BENCH_FROM).toISOString()}' AND ts < '${new Date(benchTo(Number(days))).toISOString()}'
  GROUP BY ALL ORDER BY w`);
const rows = result.getRowObjectsJson();
const ms = performance.now() - t0;
const sum = (k: string) => rows.reduce((t, r) => t + Number(r[k]), 0);
const u = process.resourceUsage();
const summary = {
  windows: rows.length,
  save: sum('save_n'),
  restore: sum('restore_n'),
  merge: sum('merge_n'),
};
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024, summary })}\n`,
);
