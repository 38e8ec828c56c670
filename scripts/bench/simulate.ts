/**
 * The replay's throughput in simulated days per second, in its own process. Reports are made
 * directly (src/demo/scenario.ts) and only simulate() is timed.
 *
 * - the demo scenario: every phase, a rollback, GA complete after 14 d 15 h (the replay stops there);
 * - 14, 90 and 365 days held in GA (held-in-ga.ts): the same work per run, so the traces differ
 *   only in length and their ratio shows how cost grows.
 *
 * The GA traces are made window by window as the replay reads them (a year of windows is not held
 * whole); the time to make them, measured alone first, is taken off the replay's.
 *
 * Prints one JSON line for the trace named on the command line.
 */
import { SCENARIO, scenarioRecords } from '../../src/demo/scenario.js';
import { simulate } from '../../src/simulate/engine.js';
import type { WindowRecord } from '../../src/telemetry/record.js';
import { benchPolicy, DAY, heldInGa } from './held-in-ga.js';

const policy = benchPolicy();

async function timed(records: () => Iterable<WindowRecord>, days: number, startPhase?: string) {
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (const _ of records());
  const makeMs = performance.now() - t0;
  const makeCpu = process.cpuUsage(c0);
  t0 = performance.now();
  c0 = process.cpuUsage();
  const r = await simulate({
    policy,
    records: records(),
    from: SCENARIO.start,
    to: SCENARIO.start + days * DAY,
    startPhase,
  });
  const ms = performance.now() - t0 - makeMs;
  // CPU time (user + system) too: on a shared machine it moves far less than wall time.
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system - makeCpu.user - makeCpu.system) / 1000;
  const simulatedDays = ((r.completed?.at ?? r.to) - r.from) / DAY;
  return {
    days: simulatedDays,
    steps: r.steps,
    ms,
    cpuMs,
    makeMs,
    daysPerSecond: simulatedDays / (ms / 1000),
    changes: r.changes.length,
    completed: r.completed !== null,
  };
}

/**
 * `<days> live` (under node --expose-gc): the live heap, the most of it after a full collection
 * at the end of each simulated day. Peak RSS says how far V8 let the heap grow before collecting,
 * which varies from run to run; this says what the replay holds. Not timed: the collections cost.
 */
async function liveHeap(days: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('live: run under node --expose-gc');
  let most = 0;
  let nextDay = SCENARIO.start + DAY;
  await simulate({
    policy,
    records: heldInGa(policy, days),
    from: SCENARIO.start,
    to: SCENARIO.start + days * DAY,
    startPhase: 'B-1',
    onRun: (run) => {
      if (run.at < nextDay) return;
      nextDay += DAY;
      gc();
      most = Math.max(most, process.memoryUsage().heapUsed);
    },
  });
  return { days, liveHeapMiB: most / 2 ** 20 };
}

// One trace per process (argv: scenario | 14 | 90 | 365 [live]), so one trace's heap does not slow the next.
const which = process.argv[2] ?? 'scenario';
if (process.argv[3] === 'live') {
  process.stdout.write(`${JSON.stringify(await liveHeap(Number(which)))}\n`);
  process.exit(0);
}
const result =
  which === 'scenario'
    ? await timed(() => scenarioRecords(policy), SCENARIO.days)
    : await timed(() => heldInGa(policy, Number(which)), Number(which), 'B-1');
process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
