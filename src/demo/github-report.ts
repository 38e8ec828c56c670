/**
 * The demo's HTML report input: each SLO over the whole run, judged in every phase that defines
 * it from that phase's start (as the decisions were), the phase bands and the decisions. Pure.
 */
import { type SloSeries, sloSeries } from '../judge/series.js';
import type { Policy } from '../policy/model.js';
import type { ReportDecision, ReportInput, ReportPhaseSpan } from '../report/model.js';
import type { WindowRecord } from '../telemetry/record.js';

export function demoReportInput(o: {
  policy: Policy;
  records: readonly WindowRecord[];
  phases: readonly ReportPhaseSpan[];
  decisions: readonly ReportDecision[];
  generatedAt: number;
}): ReportInput {
  const { policy } = o;
  const from = o.phases[0]?.from ?? 0;
  const to = o.phases.at(-1)?.to ?? from;
  // At most ~2000 points per series, on whole windows.
  const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 2000 / policy.windowMs) * policy.windowMs);
  const byId = new Map<string, SloSeries>();
  for (const span of o.phases) {
    const phase = policy.phases.find((p) => p.id === span.phase);
    if (!phase || span.to <= span.from) continue;
    const series = sloSeries({
      policy,
      phase,
      records: o.records,
      since: span.from,
      from: span.from,
      to: span.to,
      stepMs,
    });
    for (const s of series) {
      const seen = byId.get(s.id);
      if (seen) {
        const after = seen.points.at(-1)?.at ?? -Infinity;
        for (const p of s.points) if (p.at > after) seen.points.push(p); // no push(...): huge spans
      } else byId.set(s.id, { ...s, points: [...s.points] });
    }
  }
  return {
    policy,
    title: `phasegate demo on a loopback GitHub: ${policy.rollout}`,
    generatedAt: o.generatedAt,
    series: [...byId.values()],
    phases: o.phases,
    decisions: o.decisions,
  };
}
