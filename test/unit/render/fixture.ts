/**
 * Fixed evaluations for the render tests: a rollback of A-1 (saves slow down in hour 5, as in
 * verdict.test.ts) and an advance of A-0 after a clean 24 h soak.
 */
import { sloSeries } from '../../../src/judge/series.js';
import { phaseById } from '../../../src/policy/model.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { HOUR, kindsOf, referencePolicy, repeat, trace } from '../../support/traces.js';

export const policy = referencePolicy();
export const SINCE = Date.parse('2026-11-20T00:00:00Z');

export const AT = SINCE + 6 * HOUR;
export const rollbackReports = trace(SINCE, AT, kindsOf(policy), (start) => ({
  latency: {
    save_latency: start >= SINCE + 5 * HOUR ? [...repeat(900, 6), ...repeat(3000, 4)] : repeat(900, 10),
  },
  ratio: { restore_success: [50, 50], crash_rate: [1, 100], auto_merge_rate: [20, 25] },
  count: { critical_bugs: 0 },
}));
export const rollbackEv = evaluate({ policy, phase: 'A-1', since: SINCE, records: rollbackReports, at: AT });
export const rollbackSeries = sloSeries({
  policy,
  phase: phaseById(policy, 'A-1')!,
  records: rollbackReports,
  since: SINCE,
  from: SINCE,
  to: AT,
});

export const ADVANCE_AT = SINCE + 25 * HOUR;
export const advanceReports = trace(SINCE, ADVANCE_AT, kindsOf(policy), (_start, i) => ({
  latency: { save_latency: repeat(1000 + (i % 4) * 100, 10) },
  ratio: { restore_success: [50, 50], crash_rate: [1, 100], auto_merge_rate: [20, 25] },
  count: { critical_bugs: 0 },
}));
export const advanceEv = evaluate({
  policy,
  phase: 'A-0',
  since: SINCE,
  records: advanceReports,
  at: ADVANCE_AT,
});
export const advanceSeries = sloSeries({
  policy,
  phase: phaseById(policy, 'A-0')!,
  records: advanceReports,
  since: SINCE,
  from: ADVANCE_AT - 24 * HOUR,
  to: ADVANCE_AT,
});

export const CHECKLIST = '- [ ] Save/restore smoke test on staging\n- [ ] Crash dashboard reviewed';
