/**
 * SLO values over time: the verdict the Judge gives at each step of a period, for charts
 * (PR bodies, the dashboard, the report). Each point is exactly `Judge.verdict(slo, step)`,
 * so a chart never disagrees with a decision made at the same step.
 *
 * Cost: one Judge serves every SLO and step (it indexes each SLI once and memoizes verdicts).
 * Ratio and count spans are O(1) prefix-sum differences; a latency span merges one sketch per
 * window, so a 2h p95 costs 8 merges a step. 288 steps × a few SLOs is a few milliseconds.
 */
import type { Condition, PhaseSpec, Policy, ValueUnit } from '../policy/model.js';
import type { WindowRecord } from '../telemetry/record.js';
import { round12 } from './format.js';
import { Judge, type SloStatus } from './slo.js';
import { alignUp } from './span.js';

export interface SeriesPoint {
  /** The step (epoch ms, a window boundary). */
  at: number;
  /** The SLO's value at the step; null when the verdict was no_data. */
  value: number | null;
  status: SloStatus;
}

export interface SloSeries {
  id: string;
  sli: string;
  unit: ValueUnit;
  /** "p95", "ratio", "increase", … as in the verdict. */
  stat: string;
  /** What must hold for the SLO to pass. */
  objective: Condition;
  window: number | 'day';
  points: SeriesPoint[];
}

export interface SloSeriesInput {
  policy: Policy;
  /** The phase whose SLOs are charted (pass `{ ...phase, slos }` to chart other SLOs). */
  phase: PhaseSpec;
  records: readonly WindowRecord[];
  /** When the phase began: spans are clipped to it, as in the decision. */
  since?: number;
  /** First and last instant of the period (inclusive); steps are aligned up to the grid. */
  from: number;
  to: number;
  /** Distance between points; a positive multiple of the policy's window. Default: the window. */
  stepMs?: number;
}

/** Refuse periods that would take seconds to judge; charts need a few hundred points at most. */
export const MAX_SERIES_STEPS = 50_000;

export function sloSeries(input: SloSeriesInput): SloSeries[] {
  const { policy, phase } = input;
  const stepMs = input.stepMs ?? policy.windowMs;
  if (!(stepMs > 0) || stepMs % policy.windowMs !== 0) {
    throw new Error(
      `sloSeries: stepMs ${stepMs} is not a positive multiple of the policy window (${policy.windowMs} ms)`,
    );
  }
  const steps: number[] = [];
  for (let s = alignUp(input.from, stepMs); s <= input.to; s += stepMs) {
    if (steps.length >= MAX_SERIES_STEPS) {
      throw new Error(
        `sloSeries: more than ${MAX_SERIES_STEPS} steps from ${new Date(input.from).toISOString()} to ${new Date(input.to).toISOString()}; use a larger stepMs`,
      );
    }
    steps.push(s);
  }
  const judge = new Judge({ policy, records: input.records, since: input.since });
  return phase.slos.map((slo) => ({
    id: slo.id,
    sli: slo.sli,
    unit: slo.unit,
    stat: slo.stat.kind === 'quantile' ? `p${round12(slo.stat.q * 100)}` : slo.stat.kind,
    objective: slo.objective,
    window: slo.window,
    points: steps.map((at) => {
      const v = judge.verdict(slo, at);
      return { at, value: v.status === 'no_data' ? null : v.value, status: v.status };
    }),
  }));
}
