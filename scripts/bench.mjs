#!/usr/bin/env node
/**
 * `npm run bench`: phasegate's collect against baselines and DuckDB on the same files.
 *
 * Generates 1M and 5M canonical events (~165 B each, one day, seeded) under bench-data/ (once),
 * then runs every measurement in its own child process (peak RSS per measurement) and prints
 * events/s, MB/s, peak RSS and ratios, plus the sketch accuracy check.
 *
 * Then `phasegate simulate`: the whole process (dist/cli.js) on 2M events over 90 days
 * (bench-data/events-2000000-90d.jsonl, generated once) against DuckDB on the same file, and the
 * replay alone over 14, 90 and 365 days (benchSimulate below; build dist/ first).
 *
 * And one scheduled run over 20 rollouts in one repository against the loopback GitHub, requests
 * and wall time per run (scripts/bench/rollouts.ts; --rollouts N for another count).
 *
 * Then the telemetry sources: the HTTP export source against a local file, and one window from
 * a real Prometheus against raw JSONL (scripts/bench/sources-report.mjs); and the cold start of
 * the bundles in dist/ against a bare bundle of the Action's packages (scripts/bench/cold-start.mjs;
 * build dist/ first; --cold-against <dir> measures another build of dist/ beside it).
 *
 * And what a year of window records costs the repository: files, bytes and checkout time, flat
 * against compacted into the archive (scripts/bench/history.ts).
 *
 *   node scripts/bench.mjs [--sizes 1000000,5000000] [--runs 3] [--workers N]
 *     [--only collect|sources|simulate|cold-start|history|rollouts] [--rollouts 20] [--cold-runs 21]
 *     [--cold-against <dist dir>] [--write-readme]
 *
 * --write-readme replaces README.md's benchmark tables (issue 14's summary, collect, simulate,
 * cold start, history, rollouts) with this run's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchColdStart } from './bench/cold-start.mjs';
import { benchCollectDays } from './bench/collect-days.mjs';
import { bestOf, processMeter } from './bench/process-usage.mjs';
import { readReadmeBlock, writeReadmeBlock } from './bench/readme.mjs';
import { benchSources } from './bench/sources-report.mjs';
import { scratchTmpdir } from './scratch-tmpdir.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const sizes = opt('sizes', '1000000,5000000').split(',').map(Number);
const runs = Number(opt('runs', '3'));
const workers = opt('workers', String(Math.min(availableParallelism(), 4)));
const dataDir = path.join(root, 'bench-data');
mkdirSync(dataDir, { recursive: true });

// Every temporary folder of this run under one, removed at exit (a rollouts run made ~70).
process.on('exit', scratchTmpdir('phasegate-bench-run-'));

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const pad = (s, n) => String(s).padStart(n);
const coldArgs = {
  root,
  dataDir,
  runs: Number(opt('cold-runs', '21')),
  fmt,
  pad,
  against: opt('cold-against', undefined),
};
const writeReadme = args.includes('--write-readme');
/**
 * Issue 14's table, one row per measurement that has a yardstick: what, our figure, the
 * yardstick's, the ratio (yardstick / ours for times: ≥ 1 is as fast or faster) and the goal.
 */
const issueRows = [];
const coldStart = () => {
  const r = benchColdStart(coldArgs);
  if (!r) return;
  if (writeReadme) writeReadmeBlock(root, 'cold-start', r.table);
  for (const m of r.measured)
    issueRows.push({
      what: `Action cold start (validate), Node ${m.version.replace(/^v/, '')}`,
      ours: `${fmt(m.rows[2].cpuMs)} ms CPU`,
      yardstick: `bare bundle: ${fmt(m.yard.cpuMs)} ms`,
      ratio: `${fmt(m.rows[2].cpuMs / m.yard.cpuMs, 2)}x the time`,
      goal: '≤ 1.3x',
    });
};
/**
 * The rows gathered in this run, printed; with --write-readme they replace the rows of the same
 * name in README's summary block (a run with --only updates its own rows and keeps the others).
 */
function issueTable() {
  if (issueRows.length === 0) return;
  const head = ['| what | phasegate | yardstick, same run | ratio | goal |', '|---|---|---|---|---|'];
  const line = (r) => `| ${r.what} | ${r.ours} | ${r.yardstick} | ${r.ratio} | ${r.goal} |`;
  console.log(
    `\nissue 14, each row against its yardstick measured in this run:\n${[...head, ...issueRows.map(line)].join('\n')}`,
  );
  if (!writeReadme) return;
  const rows = new Map(readReadmeBlock(root, 'summary').map((l) => [l.split(' | ')[0], l]));
  for (const r of issueRows) rows.set(`| ${r.what}`, line(r));
  writeReadmeBlock(root, 'summary', [...head, ...rows.values()].join('\n'));
}
/**
 * Many rollouts (scripts/bench/rollouts.ts): one scheduled run over `--rollouts` rollouts (20)
 * against the loopback GitHub, with the requests of one rollout's run beside it.
 */
function benchRollouts() {
  // The loop's modules and the test emulator's seeds, through tsx: not the telemetry build below.
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/rollouts.ts', '--rollouts', opt('rollouts', '20')],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = r.stdout.trimEnd().split('\n');
  const figures = JSON.parse(lines.pop());
  console.log(`\n${lines.join('\n')}`);
  if (r.status !== 0) throw new Error('scripts/bench/rollouts.ts failed (above)');
  const { single, rollouts: n, workflows: jobs } = figures;
  const row = (name, many, one) =>
    `| ${name} | ${fmt(many.requests)} | ${fmt(many.requests / n, 1)} | ${fmt(one.requests * n)} | ${fmt(many.ms / 1000, 0)} s | ${fmt(many.ms / n / 1000, 1)} s | ${fmt((one.ms * n) / 1000, 0)} s |`;
  if (writeReadme)
    writeReadmeBlock(
      root,
      'rollouts',
      [
        `| one scheduled run over ${n} rollouts | GitHub requests | per rollout | one rollout's run × ${n} | wall time | per rollout | one rollout's × ${n} |`,
        '|---|---|---|---|---|---|---|',
        row(
          'first run (50 h of windows, an advance PR and a dashboard each, the index)',
          figures.first,
          single.first,
        ),
        row('re-run in the same interval, no new window', figures.rerun, single.rerun),
        row('next interval, one new window each', figures.next, single.next),
        ...[
          ['through rollout.yml: first run (24 h of windows)', jobs.first],
          ['through rollout.yml: re-run, no new window', jobs.rerun],
          ['through rollout.yml: next interval', jobs.next],
        ].map(
          ([name, r]) =>
            `| ${name}, ${r.jobs} jobs | ${fmt(r.requests)} | ${fmt(r.requests / n, 1)} | — | ${fmt(r.ms / 1000, 0)} s | ${fmt(r.ms / n / 1000, 1)} s | — |`,
        ),
      ].join('\n'),
    );
  issueRows.push({
    what: 'GitHub requests, a scheduled run that changes nothing (1 rollout)',
    ours: `${fmt(single.rerun.requests)} (first run ${fmt(single.first.requests)}, next interval ${fmt(single.next.requests)})`,
    yardstick: '—',
    ratio: '—',
    goal: '≤ 8',
  });
  // As the workflows run it: the collect job, a job per rollout side by side, the index job.
  const slowest = Math.max(jobs.first.ms, jobs.rerun.ms, jobs.next.ms);
  issueRows.push({
    what: `${figures.rollouts} rollouts, one scheduled run through rollout.yml (slowest of first, re-run, next)`,
    ours: `${fmt(slowest / 1000, 0)} s, ${fmt(jobs.next.requests)} requests a steady run`,
    yardstick: 'the 15-minute interval',
    ratio: `${fmt((slowest / 900_000) * 100, 0)} % of it`,
    goal: 'within the interval',
  });
}
if (opt('only', '') === 'rollouts') {
  benchRollouts();
  issueTable();
  process.exit(0);
}
if (opt('only', '') === 'cold-start') {
  console.log(`node ${process.version}, ${availableParallelism()} cores`);
  coldStart();
  issueTable();
  process.exit(0);
}

// Compile the telemetry code and the bench scripts to plain JS once (tsc), so every measurement
// runs ordinary Node with no TypeScript loader in the process (or in its worker threads).
const build = path.join(dataDir, 'build');
{
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'scripts/bench/tsconfig.json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (!existsSync(path.join(build, 'scripts/bench/measure.js')))
    throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
}

/** The seeded trace of `events` events over `days` days under bench-data/, generated once. */
function trace(events, days = 1) {
  const file = path.join(dataDir, days === 1 ? `events-${events}.jsonl` : `events-${events}-${days}d.jsonl`);
  if (existsSync(file)) return file;
  process.stdout.write(
    `generating ${fmt(events)} events over ${days} day(s) into ${path.relative(root, file)} … `,
  );
  const t0 = performance.now();
  tsx('scripts/bench/generate.ts', [String(events), file, String(days)]);
  console.log(`${fmt((performance.now() - t0) / 1000, 1)} s`);
  return file;
}

function tsx(script, scriptArgs, nodeArgs = []) {
  const js = path.join(build, script.replace(/\.ts$/, '.js'));
  const r = spawnSync(process.execPath, [...nodeArgs, js, ...scriptArgs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${script} ${scriptArgs.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function measure(mode, file, extra = []) {
  let best;
  for (let i = 0; i < runs; i++) {
    const r = JSON.parse(
      tsx('scripts/bench/measure.ts', [mode, file, ...extra])
        .trim()
        .split('\n')
        .pop(),
    );
    if (!best || r.ms < best.ms) best = { ...r, maxRssMiB: Math.max(r.maxRssMiB, best?.maxRssMiB ?? 0) };
    else best.maxRssMiB = Math.max(best.maxRssMiB, r.maxRssMiB);
  }
  return best;
}

console.log(
  `node ${process.version}, ${availableParallelism()} cores; best of ${runs} runs; peak RSS is the max over runs`,
);
const sourcesArgs = { root, build, dataDir, n: sizes[0], runs, tsx, fmt, pad };
if (opt('only', '') === 'sources') {
  await benchSources(sourcesArgs);
  process.exit(0);
}
if (opt('only', '') === 'simulate') {
  benchSimulate();
  issueTable();
  process.exit(0);
}
if (opt('only', '') === 'history') {
  benchHistory();
  issueTable();
  process.exit(0);
}
const summary = [];
const collectTables = [];
for (const n of sizes) {
  const file = trace(n);
  const bytes = statSync(file).size;
  console.log(`\n${fmt(n)} events, ${fmt(bytes / 1e6, 1)} MB (${fmt(bytes / n, 1)} B/event)`);
  const rows = [
    ['split lines (node)', measure('split', file)],
    ['split + JSON.parse (node)', measure('json', file)],
    ['DuckDB read_ndjson + GROUP BY', measure('duckdb', file)],
    ['phasegate collect (1 thread)', measure('collect', file, ['1'])],
    [`phasegate collect (${workers} threads)`, measure('collect', file, [workers])],
  ];
  const duck = rows[2][1].ms;
  console.log(
    `${'measurement'.padEnd(34)}${pad('time', 9)}${pad('events/s', 13)}${pad('MB/s', 8)}${pad('peak RSS', 11)}${pad('vs DuckDB', 11)}`,
  );
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(34)}${pad(`${fmt(r.ms)} ms`, 9)}${pad(fmt((n / r.ms) * 1000), 13)}${pad(fmt(bytes / r.ms / 1000), 8)}${pad(`${fmt(r.maxRssMiB)} MiB`, 11)}${pad(`${fmt(duck / r.ms, 2)}x`, 11)}`,
    );
  }
  const [split, json, dd, one, par] = rows.map((r) => r[1]);
  console.log(
    `collect vs split: ${fmt(split.ms / par.ms, 2)}x, vs JSON.parse: ${fmt(json.ms / par.ms, 2)}x; single-thread vs JSON.parse: ${fmt(json.ms / one.ms, 2)}x`,
  );
  console.log(`DuckDB totals:    ${JSON.stringify(dd.summary)}`);
  console.log(`phasegate totals: ${JSON.stringify(par.summary)}`);
  summary.push({ n, duckRatio: duck / par.ms, rss: Math.max(one.maxRssMiB, par.maxRssMiB) });
  collectTables.push(
    [
      `| ${fmt(n / 1e6, 0)}M events, ${fmt(bytes / 1e6, 0)} MB | time | events/s | peak RSS | vs DuckDB |`,
      '|---|---|---|---|---|',
      ...rows.map(
        ([name, r]) =>
          `| ${name} | ${fmt(r.ms)} ms | ${fmt(((n / r.ms) * 1000) / 1e6, 1)} M | ${fmt(r.maxRssMiB)} MiB | ${fmt(duck / r.ms, 2)}x |`,
      ),
    ].join('\n'),
  );
}
const days = benchCollectDays({ root, build, runs, fmt, pad, trace });
for (const r of days.rows)
  issueRows.push({
    what: `${r.what} (${fmt(r.bytes / 1e6, 0)} MB, ${fmt(r.windows)} windows), whole process`,
    ours: `${fmt(r.ours.wallMs)} ms, ${fmt(r.ours.maxRssMiB)} MiB`,
    yardstick: `DuckDB: ${fmt(r.yard.wallMs)} ms, ${fmt(r.yard.maxRssMiB)} MiB`,
    ratio: `${fmt(r.yard.wallMs / r.ours.wallMs, 2)}x DuckDB's speed`,
    goal: '≥ 1.0x, ≤ 128 MiB',
  });
if (writeReadme) {
  writeReadmeBlock(
    root,
    'collect',
    `Node ${process.version}, ${availableParallelism()} cores, best of ${runs} runs:\n\n${collectTables.join('\n\n')}`,
  );
  writeReadmeBlock(root, 'collect-days', days.tables.join('\n\n'));
}
if (opt('only', '') === 'collect') {
  issueTable();
  process.exit(0);
}

const acc = measure('accuracy', path.join(dataDir, `events-${sizes[0]}.jsonl`));
console.log(
  `\nsketch accuracy (P95 from merged 15-minute sketches vs exact x[floor(0.95(n-1))], worst over spans): ${Object.entries(
    acc.summary.worstRelativeErrorP95,
  )
    .map(([k, v]) => `${k} ${fmt(v * 100, 3)} %`)
    .join(', ')} (bound: 1 %)`,
);
const ev = JSON.parse(tsx('scripts/bench/evaluate.ts', []).trim().split('\n').pop());
console.log(
  `\nevaluate B-1 over 30 days of window records (${fmt(ev.windows)} windows): ${fmt(ev.evaluateMs, 1)} ms, decision ${ev.decision}; decoding those records alone: ${fmt(ev.decodeMs, 1)} ms (evaluate = ${fmt(ev.evaluateMs / ev.decodeMs, 2)}x decode)`,
);
benchSimulate();
await benchSources(sourcesArgs);
coldStart();
benchHistory();
benchRollouts();
issueTable();
for (const s of summary) {
  console.log(
    `target @ ${fmt(s.n)}: collect ${fmt(s.duckRatio, 2)}x DuckDB (≥ 0.8x at 1M) · peak RSS ${fmt(s.rss)} MiB (< 128 MiB)`,
  );
}

/**
 * `phasegate simulate`: the whole process (dist/cli.js) on 2M events over 90 days against DuckDB's
 * aggregation of the same file, both in this run; then the replay alone (scripts/bench/simulate.ts)
 * on the demo scenario and 14, 90 and 365 days held in GA, each trace in its own process, best of
 * `runs` (the 365-day trace once).
 */
function benchSimulate() {
  const cli = path.join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm run build, then run the bench again');
  const days = 90;
  const events = 2_000_000;
  const file = trace(events, days);
  const from = Date.parse('2026-11-20T00:00:00.000Z'); // scripts/bench/common.ts BENCH_FROM
  const to = from + days * 86_400_000;
  // Both whole processes, as collect's rows (scripts/bench/collect-days.mjs): DuckDB's query of the
  // same windows is measure.ts's, over the trace's days.
  const scratch = mkdtempSync(path.join(tmpdir(), 'phasegate-simulate-'));
  const run = processMeter(scratch);
  const timed = (r) => ({ ...r, ms: r.wallMs });
  const wholeProcess = () => {
    const r = run(
      process.execPath,
      [
        cli,
        'simulate',
        '--events',
        file,
        '--from',
        new Date(from).toISOString(),
        '--to',
        new Date(to).toISOString(),
        '--format',
        'json',
      ],
      { cwd: root, name: 'phasegate simulate' },
    );
    return { ...timed(r), steps: JSON.parse(r.stdout).steps };
  };
  const sim = bestOf(runs, wholeProcess, 'ms');
  const duck = bestOf(runs, () =>
    timed(
      run(
        process.execPath,
        [path.join(build, 'scripts/bench/measure.js'), 'duckdb', file, '', String(days)],
        { cwd: root },
      ),
    ),
  );
  rmSync(scratch, { recursive: true, force: true });
  const bytes = statSync(file).size;
  const processRows = [
    [`phasegate simulate (whole process, ${fmt(sim.steps)} runs)`, sim],
    ['DuckDB read_ndjson + GROUP BY (yardstick)', duck],
  ];
  console.log(
    `\n${`simulate: ${fmt(events / 1e6, 0)}M events over ${days} days, ${fmt(bytes / 1e6, 0)} MB`.padEnd(52)}${pad('time', 10)}${pad('CPU', 10)}${pad('peak RSS', 10)}${pad('vs DuckDB', 11)}`,
  );
  for (const [name, r] of processRows) {
    console.log(
      `${name.padEnd(52)}${pad(`${fmt(r.ms)} ms`, 10)}${pad(`${fmt(r.cpuMs)} ms`, 10)}${pad(`${fmt(r.maxRssMiB)} MiB`, 10)}${pad(`${fmt(duck.ms / r.ms, 2)}x`, 11)}`,
    );
  }

  const best = (which, n) =>
    bestOf(n, () => JSON.parse(tsx('scripts/bench/simulate.ts', [which]).trim().split('\n').pop()), 'ms');
  const replays = [
    ['demo scenario: every phase, GA complete', best('scenario', Math.min(runs, 2))],
    ['14 days held in GA (B-1)', best('14', runs)],
    ['90 days held in GA (B-1)', best('90', Math.min(runs, 2))],
    ['365 days held in GA (B-1)', best('365', 1)],
  ];
  console.log(
    `\n${'simulate: replay only, reports made directly'.padEnd(42)}${pad('days', 8)}${pad('runs', 8)}${pad('time', 11)}${pad('CPU', 11)}${pad('CPU/run', 9)}${pad('peak RSS', 10)}`,
  );
  for (const [name, r] of replays) {
    console.log(
      `${name.padEnd(42)}${pad(`${fmt(r.days, 1)} d`, 8)}${pad(fmt(r.steps), 8)}${pad(`${fmt(r.ms)} ms`, 11)}${pad(`${fmt(r.cpuMs)} ms`, 11)}${pad(`${fmt(r.cpuMs / r.steps, 2)} ms`, 9)}${pad(`${fmt(r.maxRssMiB)} MiB`, 10)}`,
    );
  }
  const [, ga14, ga90, ga365] = replays.map((r) => r[1]);
  const live = (days) =>
    JSON.parse(
      tsx('scripts/bench/simulate.ts', [String(days), 'live'], ['--expose-gc'])
        .trim()
        .split('\n')
        .pop(),
    ).liveHeapMiB;
  const live90 = live(90);
  const live365 = live(365);
  // CPU time per run: wall time on this shared machine moves by more than the ratio is about.
  const perRun = (r) => r.cpuMs / r.steps;
  const summary = [
    `whole process vs DuckDB on the same file: ${fmt(duck.ms / sim.ms, 2)}x (goal ≥ 1.0x: no slower)`,
    `CPU per run, 365 d vs 14 d: ${fmt(perRun(ga365) / perRun(ga14), 2)}x (goal ≈ 1: work per run does not grow with the days)`,
    `live heap (after a full GC each simulated day, most), 365 d vs 90 d held in GA: ${fmt(live365, 1)} vs ${fmt(live90, 1)} MiB (${fmt(live365 / live90, 2)}x; goal: flat); peak RSS ${fmt(ga365.maxRssMiB)} vs ${fmt(ga90.maxRssMiB)} MiB (how far V8 lets the heap grow before collecting)`,
  ];
  for (const line of summary) console.log(line);
  issueRows.push({
    what: `simulate ${fmt(events / 1e6, 0)}M events over ${days} days, whole process`,
    ours: `${fmt(sim.ms)} ms, ${fmt(sim.maxRssMiB)} MiB`,
    yardstick: `DuckDB: ${fmt(duck.ms)} ms`,
    ratio: `${fmt(duck.ms / sim.ms, 2)}x DuckDB's speed`,
    goal: '≥ 1.0x',
  });
  issueRows.push({
    what: 'simulate, replay held in GA: 365 days against 14 (CPU per run; live heap 365 d vs 90 d)',
    ours: `${fmt(perRun(ga365), 2)} ms a run, ${fmt(live365, 1)} MiB`,
    yardstick: `14 days: ${fmt(perRun(ga14), 2)} ms a run; 90 days: ${fmt(live90, 1)} MiB`,
    ratio: `${fmt(perRun(ga365) / perRun(ga14), 2)}x a run, ${fmt(live365 / live90, 2)}x the heap`,
    goal: '≈ 1.0x: flat in days',
  });
  if (!writeReadme) return;
  writeReadmeBlock(
    root,
    'simulate',
    [
      `Node ${process.version}, ${availableParallelism()} cores, best of ${runs} runs (the 365-day replay once):`,
      '',
      `| ${fmt(events / 1e6, 0)}M events over ${days} days, ${fmt(bytes / 1e6, 0)} MB | time | CPU | peak RSS | vs DuckDB |`,
      '|---|---|---|---|---|',
      ...processRows.map(
        ([name, r]) =>
          `| ${name} | ${fmt(r.ms)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.maxRssMiB)} MiB | ${fmt(duck.ms / r.ms, 2)}x |`,
      ),
      '',
      '| replay only, reports made directly | days | runs | time | CPU | CPU per run | peak RSS |',
      '|---|---|---|---|---|---|---|',
      ...replays.map(
        ([name, r]) =>
          `| ${name} | ${fmt(r.days, 1)} | ${fmt(r.steps)} | ${fmt(r.ms)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.cpuMs / r.steps, 2)} ms | ${fmt(r.maxRssMiB)} MiB |`,
      ),
      '',
      ...summary.map((l) => `- ${l}`),
    ].join('\n'),
  );
}

/** A year of window records in git, flat against compacted (scripts/bench/history.ts). */
function benchHistory() {
  console.log('\nreport history: a month and a year of window records in git, flat and compacted');
  const out = tsx('scripts/bench/history.ts', [String(runs)]);
  const [log, table] = out.split('\n---\n');
  const figures = JSON.parse(/^figures (.*)$/m.exec(log)[1]);
  console.log(log.replace(/^figures .*\n?/m, ''));
  if (writeReadme && table) writeReadmeBlock(root, 'history', table);
  issueRows.push({
    what: 'report history after a year (files in reports/monitoring/; sparse checkout time)',
    ours: `${fmt(figures.yearFiles)} files, ${fmt(figures.yearCheckoutMs)} ms`,
    yardstick: `a month: ${fmt(figures.monthFiles)} files, ${fmt(figures.monthCheckoutMs)} ms (flat year: ${fmt(figures.flatYearFiles)} files)`,
    ratio: `${fmt(figures.yearFiles / figures.monthFiles, 2)}x the files, ${fmt(figures.checkoutRatio, 2)}x the checkout`,
    goal: '≈ 1.0x: bounded',
  });
}
