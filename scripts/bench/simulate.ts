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
  for (const _ of records());
  const makeMs = performance.now() - t0;
  t0 = performance.now();
  const r = await simulate({
    policy,
    records: records(),
    from: SCENARIO.start,
    to: SCENARIO.start + days * DAY,
    startPhase,
  });
  const ms = performance.now() - t0 - makeMs;
  const simulatedDays = ((r.completed?.at ?? r.to) - r.from) / DAY;
  return {
    days: simulatedDays,
    steps: r.steps,
    ms,
    makeMs,
    daysPerSecond: simulatedDays / (ms / 1000),
    changes: r.changes.length,
    completed: r.completed !== null,
  };
}

// One trace per process (argv: scenario | 14 | 90 | 365), so one trace's heap does not slow the next.
const which = process.argv[2] ?? 'scenario';
const result =
  which === 'scenario'
    ? await timed(() => scenarioRecords(policy), SCENARIO.days)
    : await timed(() => heldInGa(policy, Number(which)), Number(which), 'B-1');
process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
