/** The series the loop's texts chart (PR bodies, the dashboard, job summaries). Pure. */
import { type SloSeries, sloSeries } from '../judge/series.js';
import type { PhaseSpec, Policy, SloSpec } from '../policy/model.js';
import type { Evaluation } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';

export interface ChartSource {
  policy: Policy;
  phase: PhaseSpec;
  evaluation: Evaluation;
  records: readonly WindowRecord[];
}

/** The SLO series of the live phase over its last `spanMs` (at most ~96 points, on whole windows). */
export function recentSeries(s: ChartSource, spanMs: number, slos: SloSpec[] = s.phase.slos): SloSeries[] {
  const { policy, evaluation } = s;
  const to = evaluation.at;
  const from = Math.max(evaluation.since, to - spanMs);
  const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 96 / policy.windowMs) * policy.windowMs);
  return sloSeries({
    policy,
    phase: { ...s.phase, slos },
    records: s.records,
    since: evaluation.since,
    from,
    to,
    stepMs,
  });
}
