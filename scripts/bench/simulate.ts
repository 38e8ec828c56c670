/**
 * The replay's throughput in simulated days per second, in its own process. Reports are made
 * directly (src/demo/scenario.ts) and only simulate() is timed.
 *
 * - the demo scenario: every phase, a rollback, GA complete after 14 d 15 h (the replay stops there);
 * - 14 and 90 days held in GA (B-1, the costliest decision: four SLOs, 5 calendar days, a 24 h
 *   sustained rule) by a daily half hour of slow saves that breaks the 5-day streak: the same
 *   work per run, so the two differ only in length and their ratio shows how cost grows.
 *
 * Prints one JSON line for the trace named on the command line.
 */
import { SCENARIO, scenarioRecords } from '../../src/demo/scenario.js';
import { withPublicHolidays } from '../../src/holidays/date-holidays.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { referencePolicyFiles } from '../../src/policy/reference.js';
import { simulate } from '../../src/simulate/engine.js';
import { emptyAggregate, type WindowRecord } from '../../src/telemetry/record.js';

const DAY = 86_400_000;
// The reference rollout names holidays.country (JP): the RCA due date after a rollback counts
// business days, as the Action and the demo do.
const policy = withPublicHolidays(compilePolicy({ dir: 'phases', files: referencePolicyFiles() }));

/** Slow saves from 03:00 to 03:30 UTC (noon in Tokyo) every day. */
function heldInGa(days: number): WindowRecord[] {
  const records = scenarioRecords(policy, { from: SCENARIO.start, to: SCENARIO.start + days * DAY });
  for (const r of records) {
    const t = r.start % DAY;
    if (t < 3 * 3_600_000 || t >= 3.5 * 3_600_000) continue;
    const slow = emptyAggregate('latency');
    if (slow.kind !== 'latency') continue;
    for (let i = 0; i < 600; i++) slow.sketch.add(4000);
    Object.assign(slow, { count: 600, sum: 600 * 4000, min: 4000, max: 4000 });
    r.slis.set('save_latency', slow);
  }
  return records;
}

async function timed(records: WindowRecord[], days: number, startPhase?: string) {
  const t0 = performance.now();
  const r = await simulate({
    policy,
    records,
    from: SCENARIO.start,
    to: SCENARIO.start + days * DAY,
    startPhase,
  });
  const ms = performance.now() - t0;
  const simulatedDays = ((r.completed?.at ?? r.to) - r.from) / DAY;
  return {
    days: simulatedDays,
    steps: r.steps,
    ms,
    daysPerSecond: simulatedDays / (ms / 1000),
    changes: r.changes.length,
    completed: r.completed !== null,
  };
}

// One trace per process (argv: scenario | 14 | 90), so one trace's heap does not slow the next.
const which = process.argv[2] ?? 'scenario';
const result =
  which === 'scenario'
    ? await timed(scenarioRecords(policy), SCENARIO.days)
    : await timed(heldInGa(Number(which)), Number(which), 'B-1');
process.stdout.write(`${JSON.stringify({ ...result, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
