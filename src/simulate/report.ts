/**
 * A replay as the HTML report's input: each SLO's value over the whole period, judged in every
 * phase that defines it (counted from that phase's start, as the decision does), the phase bands,
 * and a marker for every decision that opened a pull request or ended the rollout. Pure.
 */
import { type SloSeries, sloSeries } from '../judge/series.js';
import type { Policy } from '../policy/model.js';
import type { ReportInput } from '../report/model.js';
import type { WindowRecord } from '../telemetry/record.js';
import type { SimulationResult } from './types.js';

export function simulationReportInput(
  policy: Policy,
  result: SimulationResult,
  records: readonly WindowRecord[],
  generatedAt: number,
): ReportInput {
  const byId = new Map<string, SloSeries>();
  for (const span of result.phases) {
    const phase = policy.phases.find((p) => p.id === span.phase);
    if (!phase || span.to <= span.from) continue;
    const stepMs = Math.max(
      policy.windowMs,
      Math.ceil((result.to - result.from) / 2000 / policy.windowMs) * policy.windowMs,
    );
    for (const s of sloSeries({
      policy,
      phase,
      records,
      since: span.from,
      from: span.from,
      to: span.to,
      stepMs,
    })) {
      const seen = byId.get(s.id);
      if (seen) {
        const after = seen.points.at(-1)?.at ?? -Infinity;
        for (const p of s.points) if (p.at > after) seen.points.push(p); // no push(...): huge spans
      } else byId.set(s.id, { ...s, points: [...s.points] });
    }
  }
  const decisions = result.decisions
    .filter((d) => d.action !== 'hold')
    .map((d) => ({ at: d.at, action: d.action, from: d.phase, to: d.to, reason: d.reasons[0] }));
  return {
    policy,
    title: `phasegate simulate: ${policy.rollout}`,
    generatedAt,
    series: [...byId.values()],
    phases: result.phases.map((p) => ({ phase: p.phase, from: p.from, to: p.to })),
    decisions,
  };
}
