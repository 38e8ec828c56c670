/**
 * An SLO's statistic over a span's merged data, and "P95 ≤ T" judged exactly where the window
 * records counted the samples above T.
 */
import type { Condition, Stat } from '../policy/model.js';
import { type SliAggregate, samplesOf } from '../telemetry/record.js';
import { round12 } from './format.js';
import { latencyQuantile } from './sketch-sum.js';

export function statValue(stat: Stat, agg: SliAggregate): number | null {
  if (agg.kind === 'latency') {
    if (agg.count === 0) return null;
    if (stat.kind === 'quantile') return latencyQuantile(agg, stat.q) ?? null;
    if (stat.kind === 'mean') return agg.sum / agg.count;
    return agg.max;
  }
  if (agg.kind === 'ratio') return agg.denominator > 0 ? agg.numerator / agg.denominator : null;
  return agg.count;
}

/**
 * "P95 ≤ T" judged exactly: it holds when at most 5 % of the samples are above T (for quantile q,
 * at most (1 − q) of them), counted at collect time; "P95 > T" is its negation. Undefined when the
 * records lack the count for T (written before it existed, or from a histogram source) or for
 * other comparisons: then the sketch's estimate (within 1 %) decides, as before.
 */
export function quantileHolds(stat: Stat, agg: SliAggregate, cond: Condition): boolean | undefined {
  if (stat.kind !== 'quantile' || agg.kind !== 'latency' || agg.count === 0) return undefined;
  if (cond.op !== '<=' && cond.op !== '>') return undefined;
  const over = agg.over?.get(cond.threshold);
  if (over === undefined) return undefined;
  const within = over <= round12((1 - stat.q) * agg.count);
  return cond.op === '<=' ? within : !within;
}

export function exactNote(agg: SliAggregate, cond: Condition): string {
  const over = agg.kind === 'latency' ? agg.over?.get(cond.threshold) : undefined;
  return ` (sketch estimate; exactly ${over} of ${samplesOf(agg)} samples above ${cond.text})`;
}

/** Labels per statistic of the policy: every verdict shows one. */
const labels = new WeakMap<Stat, string>();

export function statLabel(stat: Stat): string {
  let label = labels.get(stat);
  if (label === undefined) {
    label = stat.kind === 'quantile' ? `p${round12(stat.q * 100)}` : stat.kind;
    labels.set(stat, label);
  }
  return label;
}
