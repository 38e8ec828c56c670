/**
 * Issue 14's collect rows (plain JS, run by scripts/bench.mjs): the whole `phasegate collect`
 * process on traces spread over days, against DuckDB computing the same 15-minute aggregates of
 * the same file in one query, also as a whole process, in the same run:
 *
 *   1M events over 7 days (~169 MB, 672 windows) and 2M events over 90 days (~337 MB, 8,640 windows).
 *
 * phasegate writes every window record into a fresh folder (what a first collect does), then
 * collects again into that folder (a re-run: every file is read and compared, none rewritten).
 * Wall time is the row's figure (DuckDB uses every core, so does collect); CPU and peak RSS
 * beside it. Best of `runs` by wall time; peak RSS is the largest over the runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bestOf, processMeter } from './process-usage.mjs';

const FROM = '2026-11-20T00:00:00.000Z'; // BENCH_FROM in common.ts

/**
 * Creates argv[2] files of argv[3] bytes in a fresh folder argv[1] the way collect writes a new
 * window record (a temporary file, then a rename): the file system's share of a first collect,
 * which DuckDB's query does not do. On this machine a file creation costs 50-500 µs depending on
 * where the file system places the folder.
 */
const CREATE_FILES = `
const fs = require('node:fs');
const [dir, n, size] = process.argv.slice(1);
fs.mkdirSync(dir);
const text = 'x'.repeat(Number(size) - 1) + '\\n';
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let i = 0; i < Number(n); i++) {
  const tmp = dir + '/.' + i + '.tmp';
  fs.writeFileSync(tmp, text, 'utf8');
  fs.renameSync(tmp, dir + '/' + i + '.jsonl');
}
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 }));
`;
const DAY = 86_400_000;

export const COLLECT_TRACES = [
  { events: 1_000_000, days: 7 },
  { events: 2_000_000, days: 90 },
];

/**
 * @param {{ root: string, build: string, runs: number, fmt: Function, pad: Function, trace: (events: number, days: number) => string }} o
 * @returns {{ tables: string[], rows: { what: string, ours: object, yard: object, windows: number }[] }}
 */
export function benchCollectDays({ root, build, runs, fmt, pad, trace }) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'phasegate-collect-'));
  const run = processMeter(scratch);
  const node = process.execPath;
  const best = (measure) => bestOf(runs, measure);
  const tables = [];
  const rows = [];
  try {
    for (const { events, days } of COLLECT_TRACES) {
      const file = trace(events, days);
      const bytes = statSync(file).size;
      const to = new Date(Date.parse(FROM) + days * DAY).toISOString();
      // Every run writes into a folder of its own, nothing is removed until the end, and the disk
      // is synced before each: on this machine's ext4 the last run's removals and writes are
      // partly paid by whoever creates files next (a first collect right after removing the last
      // run's 672 files took ~1.1 s, against ~0.75 s without), and that is not this run's cost.
      let folders = 0;
      const fresh = (name) => {
        spawnSync('sync');
        return path.join(scratch, `${name}-${days}d-${folders++}`);
      };
      let out = '';
      const collect = (into) => ['collect', '--source', file, '--output', into, '--from', FROM, '--to', to];
      const cli = path.join(root, 'dist/cli.js');
      const duck = best(() =>
        run(node, [path.join(build, 'scripts/bench/measure.js'), 'duckdb', file, '', String(days)], {
          cwd: root,
        }),
      );
      const first = best(() => {
        out = fresh('records');
        return run(node, [cli, ...collect(out)], { cwd: root, name: 'phasegate collect' });
      });
      const names = readdirSync(out).filter((n) => n.endsWith('.jsonl'));
      const windows = names.length;
      const recordBytes = Math.round(
        names.reduce((n, f) => n + statSync(path.join(out, f)).size, 0) / windows,
      );
      // Timed inside the process (without Node's start), so it is the files' part of the collect.
      const files = best(() => {
        const args = ['-e', CREATE_FILES, fresh('files'), String(windows), String(recordBytes)];
        const r = run(node, args, { cwd: root, name: 'creating the files alone' });
        return { ...r, ...JSON.parse(r.stdout) };
      });
      const again = best(() =>
        run(node, [cli, ...collect(out)], { cwd: root, name: 'phasegate collect again' }),
      );
      const what = `collect ${fmt(events / 1e6, 0)}M events over ${days} days`;
      console.log(
        `\n${what}: ${fmt(bytes / 1e6, 0)} MB, ${fmt(windows)} windows (whole processes, best of ${runs} by wall time)`,
      );
      console.log(
        `${'measurement'.padEnd(44)}${pad('wall', 10)}${pad('CPU', 10)}${pad('peak RSS', 11)}${pad('vs DuckDB', 11)}`,
      );
      const table = [
        `| ${what} (${fmt(bytes / 1e6, 0)} MB, ${fmt(windows)} windows) | wall | CPU | peak RSS | vs DuckDB |`,
        '|---|---|---|---|---|',
      ];
      for (const [name, r] of [
        ['DuckDB read_ndjson + GROUP BY (yardstick)', duck],
        ['phasegate collect, into an empty folder', first],
        ['phasegate collect again (nothing changes)', again],
        [`of which the file system: ${fmt(windows)} new files of ${fmt(recordBytes)} B alone`, files],
      ]) {
        const ratio = r === files ? '—' : `${fmt(duck.wallMs / r.wallMs, 2)}x`;
        console.log(
          `${name.padEnd(44)}${pad(`${fmt(r.wallMs)} ms`, 10)}${pad(`${fmt(r.cpuMs)} ms`, 10)}${pad(`${fmt(r.maxRssMiB)} MiB`, 11)}${pad(ratio, 11)}`,
        );
        table.push(
          `| ${name} | ${fmt(r.wallMs)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.maxRssMiB)} MiB | ${ratio} |`,
        );
      }
      tables.push(table.join('\n'));
      rows.push({ what, ours: first, yard: duck, again, windows, bytes });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { tables, rows };
}
