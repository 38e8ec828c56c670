/**
 * Many rollouts in one repository: one scheduled run (collect → propose → status, the steps of
 * rollout.yml on one checkout, as one job runs them) over N rollouts (phases/<rollout>/, default
 * 20) against the loopback GitHub, in this process through the Action's entry (dispatchEach).
 * Prints GitHub requests and wall time per run, total and per rollout, for the first run (50 h of
 * windows back-filled, an advance PR, a dashboard per rollout and the index), a re-run that
 * changes nothing, and the next interval's run (one new window each); against the yardstick of
 * the same runs of one rollout in the single layout, measured here too, times N, and against the
 * 15-minute interval.
 *
 * The emulator counts content creation as GitHub does (80 a minute, 500 an hour per login) on a
 * clock that moves with the wall, so a run that would be throttled on github.com waits here too.
 * Not modelled: GitHub's latency (loopback answers in about a millisecond); the last line
 * estimates it from the request count at an assumed 250 ms a request, one at a time.
 *
 * Then the same three runs through rollout.yml itself, as GitHub runs it (test/support/workflows):
 * the collect job for every rollout, a job per rollout in its concurrency group side by side, the
 * index job; GITHUB_TOKEN minted per job with the job's permissions, every answer checked against
 * GitHub's OpenAPI description (which the wall time includes), no content-creation limit (the
 * world's clock stands still within a run).
 *
 *   node --import tsx scripts/bench/rollouts.ts [--rollouts 20]     (npm run bench -- --only rollouts)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchEach } from '../../src/action/each.js';
import { wireContext } from '../../src/action/wire.js';
import { GITHUB_CONTENT_CREATION_LIMIT, scheduleEvent, startEmulator } from '../../src/emulator/index.js';
import { manyRolloutFiles } from '../../test/support/rollouts.js';
import { latencyRegressionTrace } from '../../test/support/traces.js';
import { inProcessAction } from '../../test/support/workflows/adapters.js';
import { WorkflowRunner } from '../../test/support/workflows/index.js';
import { repositoryFiles, World } from '../../test/support/world.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rollouts');
const N = at >= 0 ? Number(args[at + 1]) : 20;
const T = (iso: string) => Date.parse(iso);
const TOKEN = 'ghs_bench';
const INTERVAL_MS = 15 * 60_000;

interface RunFigures {
  requests: number;
  /**
   * Of those, the writes (not GET; of POST /graphql the mutations, as a branch commit is one), and
   * the ones GitHub's content-creation limit refused (403 on a write; GITHUB_TOKEN's GET /user is
   * a 403 too).
   */
  writes: number;
  throttled: number;
  ms: number;
  failed: string[];
}

async function scenario(layout: 'single' | 'multi', eventsFile: string) {
  // The emulator's and the runs' clock: a set instant, then moving with the wall.
  let base = T('2026-11-15T00:00:00Z');
  let mark = Date.now();
  const now = () => base + (Date.now() - mark);
  const setClock = (iso: string) => {
    base = T(iso);
    mark = Date.now();
  };
  const gh = await startEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      [TOKEN]: {
        kind: 'github-actions',
        permissions: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
      },
    },
    clock: () => new Date(now()),
    contentCreationLimit: GITHUB_CONTENT_CREATION_LIMIT,
  });
  const names = Array.from({ length: N }, (_, k) => `app${String(k + 1).padStart(2, '0')}`);
  await gh.seed(layout === 'single' ? repositoryFiles() : manyRolloutFiles(names), 'Start the rollouts');

  let runs = 0;
  /**
   * One scheduled run: the three steps on one fresh checkout. Each run has its own run id, as on
   * GitHub: without one a run is named by its instant to the second (plan/runbook.ts runId), and a
   * re-run within the same second took the first run's log line for its own and committed nothing.
   */
  const run = async (iso: string): Promise<RunFigures> => {
    setClock(iso);
    gh.resetRequests();
    const t0 = performance.now();
    const workspace = mkdtempSync(join(tmpdir(), 'phasegate-bench-ws-'));
    await gh.cloneTo(workspace, gh.defaultBranch);
    const ctx = wireContext({
      token: TOKEN,
      repository: 'acme/app',
      apiUrl: gh.url,
      botLogin: 'github-actions[bot]',
      workspace,
      slackWebhook: '',
      runUrl: `https://github.com/acme/app/actions/runs/${++runs}`,
      lockUrl: '',
      lockSecret: '',
      clock: { now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
      log: { info: () => {}, warn: () => {} },
      config: 'phases',
      records: 'reports/monitoring',
      recordsBranch: '',
      timezone: '',
      dryRun: false,
      actor: 'bench',
      timeoutMinutes: 14,
    });
    const failed: string[] = [];
    const inputs = { events: eventsFile, backfill: '50h', phase: '', reason: '', rollout: '' };
    const event = { name: 'schedule', payload: {}, sha: '' };
    for (const command of ['collect', 'propose', 'status'] as const) {
      try {
        const each = await dispatchEach(command, ctx, inputs, event);
        for (const r of each.runs) if (r.error) failed.push(`${command} ${r.rollout}: ${r.error.message}`);
      } catch (err) {
        failed.push(`${command}: ${(err as Error).message}`);
      }
    }
    const written = gh.requests.filter((r) => r.method !== 'GET' && r.graphql !== 'query');
    const writes = written.length;
    const throttled = written.filter((r) => r.status === 403).length;
    return { requests: gh.requests.length, writes, throttled, ms: performance.now() - t0, failed };
  };

  const first = await run('2026-11-17T02:07:00Z');
  const rerun = await run('2026-11-17T02:07:00Z');
  const next = await run('2026-11-17T02:22:00Z');
  const pulls = gh.state.pulls.length;
  const issues = gh.state.issues.length;
  await gh.close();
  return { first, rerun, next, pulls, issues };
}

/** The three runs through rollout.yml's jobs (see the header). */
async function throughWorkflows() {
  const w = await World.start(latencyRegressionTrace());
  const names = Array.from({ length: N }, (_, k) => `app${String(k + 1).padStart(2, '0')}`);
  await w.gh.seed(manyRolloutFiles(names), 'Start the rollouts');
  let minted = 0;
  const runner = new WorkflowRunner({
    gh: w.gh,
    action: inProcessAction(w),
    workflows: join(import.meta.dirname, '..', '..'),
    githubToken: ({ permissions }) => {
      const token = `ghs_job_${++minted}`;
      w.gh.grantToken(token, { kind: 'github-actions', permissions: permissions.scopes ?? undefined });
      return token;
    },
    vars: { PHASEGATE_EVENTS: w.eventsFile },
  });
  const run = async (iso: string): Promise<RunFigures & { jobs: number }> => {
    w.now = T(iso);
    w.gh.resetRequests();
    const t0 = performance.now();
    const log = await runner.handle(await scheduleEvent(w.gh));
    const jobs = log.runs.flatMap((r) => r.jobs).filter((j) => j.conclusion !== 'skipped');
    const failed = jobs.filter((j) => j.conclusion !== 'success').map((j) => `${j.name}: ${j.conclusion}`);
    const written = w.gh.requests.filter((r) => r.method !== 'GET' && r.graphql !== 'query');
    return {
      requests: w.gh.requests.length,
      writes: written.length,
      throttled: written.filter((r) => r.status === 403).length,
      ms: performance.now() - t0,
      failed,
      jobs: jobs.length,
    };
  };
  const first = await run('2026-11-17T02:07:00Z');
  const rerun = await run('2026-11-17T02:07:00Z');
  const next = await run('2026-11-17T02:22:00Z');
  await w.close();
  return { first, rerun, next };
}

const dir = mkdtempSync(join(tmpdir(), 'phasegate-bench-'));
const eventsFile = join(dir, 'events.jsonl');
writeFileSync(eventsFile, latencyRegressionTrace());

const one = await scenario('single', eventsFile);
const many = await scenario('multi', eventsFile);
const jobs = await throughWorkflows();

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const s = (ms: number) => `${fmt(ms / 1000, 1)} s`;
console.log(
  `node ${process.version}, ${availableParallelism()} cores; ${N} rollouts in one repository (phases/<rollout>/), one scheduled run = collect + propose + status on one checkout, against the loopback GitHub`,
);
console.log(
  `${'run'.padEnd(26)}${'requests'.padStart(9)}${'/rollout'.padStart(10)}${'1 rollout ×N'.padStart(14)}${'wall'.padStart(9)}${'/rollout'.padStart(10)}${'1 rollout ×N'.padStart(14)}`,
);
const rows: [string, RunFigures, RunFigures][] = [
  ['first run (50 h back-fill)', many.first, one.first],
  ['re-run, no new window', many.rerun, one.rerun],
  ['next interval (+15 min)', many.next, one.next],
];
for (const [name, m, o] of rows) {
  console.log(
    `${name.padEnd(26)}${fmt(m.requests).padStart(9)}${fmt(m.requests / N, 1).padStart(10)}${fmt(o.requests * N).padStart(14)}${s(m.ms).padStart(9)}${s(m.ms / N).padStart(10)}${s(o.ms * N).padStart(14)}`,
  );
}
const failures = [...many.first.failed, ...many.rerun.failed, ...many.next.failed, ...one.first.failed];
console.log(
  `writes (not GET, not GraphQL reads): first ${many.first.writes}, re-run ${many.rerun.writes}, next ${many.next.writes}; refused by the content-creation limit: ${many.first.throttled + many.rerun.throttled + many.next.throttled}`,
);
console.log(
  `after the runs: ${many.pulls} PRs and ${many.issues} issues (${N} dashboards and the index); ${failures.length ? `FAILED: ${failures.join('; ')}` : 'no rollout failed'}`,
);
console.log(
  `through rollout.yml (the collect job, a job per rollout side by side, the index job; GITHUB_TOKEN per job, 24 h back-fill):`,
);
for (const [name, r] of [
  ['first run (24 h back-fill)', jobs.first],
  ['re-run, no new window', jobs.rerun],
  ['next interval (+15 min)', jobs.next],
] as const) {
  console.log(
    `${name.padEnd(26)}${fmt(r.requests).padStart(9)} requests (${fmt(r.requests / N, 1)} a rollout, ${r.writes} writes), ${r.jobs} jobs, ${s(r.ms)}${r.failed.length ? `; FAILED: ${r.failed.join('; ')}` : ''}`,
  );
}
failures.push(...jobs.first.failed, ...jobs.rerun.failed, ...jobs.next.failed);
const slowest = Math.max(many.first.ms, many.rerun.ms, many.next.ms);
console.log(
  `slowest run: ${s(slowest)} = ${fmt((slowest / INTERVAL_MS) * 100, 1)} % of the 15-minute interval; with GitHub answering in 250 ms a request (assumed, one at a time), the first run would add ${s(many.first.requests * 250)} and a steady run ${s(many.next.requests * 250)}`,
);
console.log(
  JSON.stringify({
    rollouts: N,
    first: many.first,
    rerun: many.rerun,
    next: many.next,
    single: { first: one.first, rerun: one.rerun, next: one.next },
    workflows: jobs,
  }),
);
if (failures.length) process.exitCode = 1;
