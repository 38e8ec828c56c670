/**
 * What a year of window records costs in the repository (issue 14, item 5): `npm run bench --
 * --only history`. Generates the reference rollout's window records (src/demo/scenario.ts, a
 * large app's volume) for 30 and for 365 days into real git repositories, one commit each, in two
 * layouts: flat (every window its own file in reports/monitoring/, as before) and compacted (what
 * the Action's collect leaves: days older than the retention moved into
 * reports/monitoring/archive/YYYY/MM/YYYYMMDD.jsonl, the live phase GA since the first day). For
 * each it prints the files in the folder, the bytes of the records, the repository's .git, and
 * the time of `git clone --depth 1 --no-local` over file:// (so objects are really packed and
 * sent), in full and as the workflows check out (actions/checkout with sparse-checkout: a
 * --filter=blob:none clone, the non-cone patterns `/*` and `!/reports/monitoring/archive/`).
 *
 * Prints the table as Markdown on its last lines, after a `---` line.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioRecords } from '../../src/demo/scenario.js';
import { retentionMs } from '../../src/rollout/retention.js';
import { compactFolder } from '../../src/telemetry/sources/record-archive.js';
import { writeRecords } from '../../src/telemetry/sources/record-files.js';
import { loadPolicyDir } from '../../src/worktree/policy-dir.js';

const DAY = 86_400_000;
const START = Date.parse('2026-12-01T00:00:00Z');
const RECORDS = 'reports/monitoring';
const SPARSE = ['/*', '!/reports/monitoring/archive/'];
const runs = Number(process.argv[2] ?? '3');
const root = process.cwd();
const { policy } = loadPolicyDir(join(root, 'phases'));
const work = mkdtempSync(join(tmpdir(), 'phasegate-bench-history-'));

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 }).toString();

/** Bytes of every file under `dir`. */
function bytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

/** A repository holding the policy and `days` days of records in `layout`, in one commit. */
async function repository(days: number, layout: 'flat' | 'compacted'): Promise<string> {
  const repo = join(work, `${layout}-${days}`);
  mkdirSync(repo, { recursive: true });
  cpSync(join(root, 'phases'), join(repo, 'phases'), { recursive: true });
  const dir = join(repo, RECORDS);
  for (let d = 0; d < days; d++) {
    const from = START + d * DAY;
    await writeRecords(dir, scenarioRecords(policy, { from, to: from + DAY, seed: d + 1 }));
  }
  if (layout === 'compacted') {
    const live = { phase: 'B-1', since: START };
    await compactFolder(dir, { policy, live, now: START + days * DAY, backfillMs: DAY });
  }
  writeFileSync(join(repo, 'README.md'), 'bench\n');
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['config', 'gc.auto', '0']); // one gc below, not one in the background racing it
  git(repo, ['config', 'uploadpack.allowFilter', 'true']);
  git(repo, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  git(repo, ['add', '-A']);
  git(repo, [
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '--quiet',
    '-m',
    'records',
  ]);
  git(repo, ['gc', '--quiet']);
  return repo;
}

/** Best of `runs`: a clone of `repo` as the workflows' checkout makes it, or a full one. */
function clone(repo: string, sparse: boolean): { ms: number; bytes: number } {
  let best = { ms: Number.POSITIVE_INFINITY, bytes: 0 };
  for (let i = 0; i < runs; i++) {
    const ms = once(repo, sparse);
    if (ms < best.ms) best = { ms, bytes: bytes(join(work, 'clone', '.git')) };
  }
  return best;
}

/** One clone into work/clone, timed. */
function once(repo: string, sparse: boolean): number {
  const dest = join(work, 'clone');
  rmSync(dest, { recursive: true, force: true });
  const t0 = performance.now();
  if (sparse) {
    git(work, [
      'clone',
      '--quiet',
      '--no-local',
      '--depth',
      '1',
      '--filter=blob:none',
      '--no-checkout',
      `file://${repo}`,
      dest,
    ]);
    git(dest, ['sparse-checkout', 'set', '--no-cone', ...SPARSE]);
    git(dest, ['checkout', '--quiet', 'main']);
  } else {
    git(work, ['clone', '--quiet', '--no-local', '--depth', '1', `file://${repo}`, dest]);
  }
  return performance.now() - t0;
}

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (n: number) => `${fmt(n / 1e6, 1)} MB`;
const rows: string[] = [];
const figures: Record<string, { files: number; sparseMs: number; sparseBytes: number }> = {};
const kept: Record<number, string> = {};
console.log(
  `retention for phases/: ${fmt(retentionMs(policy, DAY) / DAY, 2)} days (collect back-fill 24h); best of ${runs} clones`,
);
for (const layout of ['flat', 'compacted'] as const) {
  for (const days of [30, 365]) {
    const repo = await repository(days, layout);
    const dir = join(repo, RECORDS);
    const files = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).length;
    const archived =
      layout === 'compacted'
        ? git(repo, ['ls-files', `${RECORDS}/archive`])
            .split('\n')
            .filter(Boolean).length
        : 0;
    const full = clone(repo, false);
    const sparse = clone(repo, true);
    figures[`${layout}-${days}`] = { files, sparseMs: sparse.ms, sparseBytes: sparse.bytes };
    const row = [
      layout,
      `${days} days`,
      fmt(files),
      fmt(archived),
      mb(bytes(dir)),
      mb(bytes(join(repo, '.git'))),
      `${fmt(full.ms)} ms (${mb(full.bytes)})`,
      `${fmt(sparse.ms)} ms (${mb(sparse.bytes)})`,
    ];
    console.log(row.join(' · '));
    rows.push(`| ${row.join(' | ')} |`);
    if (layout === 'flat') rmSync(repo, { recursive: true, force: true });
    else kept[days] = repo;
  }
}
// The year against the month, each sparse checkout timed in turn (month, year, month, …) so the
// shared machine's load falls on both alike; medians.
const turns: Record<number, number[]> = { 30: [], 365: [] };
for (let i = 0; i < 3 * runs; i++) for (const days of [30, 365]) turns[days]!.push(once(kept[days]!, true));
const median = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)]!;
const y = figures['compacted-365']!;
const m = figures['compacted-30']!;
const ratio = `compacted, a year against a month: ${fmt(y.files / m.files, 2)}x the files in the folder, ${fmt(y.sparseBytes / m.sparseBytes, 2)}x the checkout's .git, ${fmt(median(turns[365]!) / median(turns[30]!), 2)}x the checkout time (median of ${3 * runs} checkouts each, taken in turn: ${fmt(median(turns[365]!))} ms against ${fmt(median(turns[30]!))} ms)`;
console.log(ratio);
// For bench.mjs's issue table: the flat year and the compacted year against the compacted month.
console.log(
  `figures ${JSON.stringify({
    flatYearFiles: figures['flat-365']!.files,
    yearFiles: y.files,
    monthFiles: m.files,
    checkoutRatio: median(turns[365]!) / median(turns[30]!),
    yearCheckoutMs: median(turns[365]!),
    monthCheckoutMs: median(turns[30]!),
  })}`,
);
rmSync(work, { recursive: true, force: true });
console.log('---');
console.log(
  [
    "| layout | history | files in reports/monitoring/ | archive day files | record bytes | repository .git | clone --depth 1 (its .git) | workflows' sparse checkout (its .git) |",
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `${ratio[0]!.toUpperCase()}${ratio.slice(1)}.`,
  ].join('\n'),
);
