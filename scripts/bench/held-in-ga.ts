/**
 * The bench's long replays, also the fixture the incremental judge is held to
 * (test/unit/simulate/incremental.test.ts): the reference rollout held in GA (B-1, the costliest
 * decision: four SLOs, 5 calendar days, a 24 h sustained rule) by a daily half hour of slow saves
 * that breaks the 5-day streak, so every run does the same work and a longer trace differs only in
 * length.
 */
import { SCENARIO, scenarioWindows } from '../../src/demo/scenario.js';
import { withPublicHolidays } from '../../src/holidays/date-holidays.js';
import { compilePolicy } from '../../src/policy/compile.js';
import type { Policy } from '../../src/policy/model.js';
import { referencePolicyFiles } from '../../src/policy/reference.js';
import { emptyAggregate, type WindowRecord } from '../../src/telemetry/record.js';

export const DAY = 86_400_000;

/**
 * The reference rollout names holidays.country (JP): the RCA due date after a rollback counts
 * business days, as the Action and the demo do.
 */
export function benchPolicy(): Policy {
  return withPublicHolidays(compilePolicy({ dir: 'phases', files: referencePolicyFiles() }));
}

/**
 * The demo scenario's windows for `days` days, with slow saves from 03:00 to 03:30 UTC (noon in
 * Tokyo) every day, made one at a time as the replay reads them.
 */
export function* heldInGa(policy: Policy, days: number): Generator<WindowRecord> {
  for (const r of scenarioWindows(policy, { from: SCENARIO.start, to: SCENARIO.start + days * DAY })) {
    const t = r.start % DAY;
    const slow = emptyAggregate('latency');
    if (t >= 3 * 3_600_000 && t < 3.5 * 3_600_000 && slow.kind === 'latency') {
      for (let i = 0; i < 600; i++) slow.sketch.add(4000);
      Object.assign(slow, { count: 600, sum: 600 * 4000, min: 4000, max: 4000 });
      r.slis.set('save_latency', slow);
    }
    yield r;
  }
}
