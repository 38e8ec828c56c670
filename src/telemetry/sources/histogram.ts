/**
 * A classic Prometheus histogram's bucket counts for one window → our mergeable latency
 * aggregate (a DDSketch), so window records from Prometheus merge with any others.
 *
 * A histogram only says which bucket (lo, le] each value fell in, so that is all a report from
 * it can say. Each bucket's count is recorded at the sketch's largest value that does not exceed
 * the bucket's upper bound `le` (the bound itself, or at most 2 % below it). Consequences, which
 * docs/sources.md states for users:
 * - a quantile is the upper bound of the bucket holding the true quantile, less at most 2 %:
 *   never above that bound, and above the true value by at most the bucket's width;
 * - with a bucket bound at an SLO's threshold, "P95 ≤ threshold" is decided as from the raw
 *   values (buckets must be more than 2 % apart);
 * - values above the highest finite bound are recorded just above that bound (a lower bound:
 *   the histogram does not say how far above it they were), like histogram_quantile does;
 * - the mean is exact when the histogram's _sum is queried; max is the highest non-empty bound.
 */
import type { SliAggregate } from '../record.js';
import { LatencySketch, SKETCH_RELATIVE_ACCURACY, type SketchJson } from '../sketch.js';

export interface Bucket {
  /** Upper bound in the histogram's unit; Infinity for the +Inf bucket. */
  le: number;
  /** Cumulative count (values ≤ le), as the query returned it: may be fractional. */
  count: number;
}

/** The sketch bin a value falls in, and the value the sketch reports for that bin. */
function binOf(value: number): { key: number; value: number } {
  const s = new LatencySketch();
  s.add(value);
  return { key: s.toJSON().bins[0]![0], value: s.quantile(1)! };
}

/** The bin whose reported value is the largest not above `bound` (or the smallest above it). */
function binAtOrBelow(bound: number): { key: number; value: number } {
  let b = binOf(bound);
  for (let v = bound; b.value > bound; ) {
    v *= 1 - SKETCH_RELATIVE_ACCURACY;
    b = binOf(v);
  }
  return b;
}

function binAbove(bound: number): { key: number; value: number } {
  let b = binOf(bound);
  for (let v = bound; b.value <= bound; ) {
    v *= 1 + SKETCH_RELATIVE_ACCURACY;
    b = binOf(v);
  }
  return b;
}

export class HistogramError extends Error {}

/**
 * Buckets (any order; duplicates of one `le` are added up, as from series not summed by le) →
 * a latency aggregate in ms. `unitMs`: ms per unit of `le` (1000 for seconds). `sum`: the
 * window's _sum increase in the histogram's unit, when queried.
 */
export function latencyFromBuckets(buckets: readonly Bucket[], unitMs: number, sum?: number): SliAggregate {
  const byLe = new Map<number, number>();
  for (const b of buckets) byLe.set(b.le, (byLe.get(b.le) ?? 0) + b.count);
  const les = [...byLe.keys()].sort((a, b) => a - b);
  const finite = les.filter((le) => Number.isFinite(le));
  if (les.length > 0 && finite.length === 0) {
    throw new HistogramError(
      'the histogram has no finite bucket (only le="+Inf"): nothing to place values by',
    );
  }
  // Counts from increase() are estimates (extrapolated); whole events, never decreasing with le.
  let running = 0;
  const cumulative = les.map((le) => {
    const c = Math.round(byLe.get(le)!);
    running = Math.max(running, Number.isFinite(c) && c > 0 ? c : 0);
    return running;
  });
  const bins = new Map<number, number>();
  let zero = 0;
  let count = 0;
  let estimatedSum = 0;
  let min: number | null = null;
  let max: number | null = null;
  const top = finite[finite.length - 1]!;
  les.forEach((le, i) => {
    const n = cumulative[i]! - (i > 0 ? cumulative[i - 1]! : 0);
    if (n === 0) return;
    const lower = i > 0 ? les[i - 1]! * unitMs : 0;
    const bin =
      le <= 0
        ? { key: Number.NaN, value: 0 }
        : Number.isFinite(le)
          ? binAtOrBelow(le * unitMs)
          : binAbove(top * unitMs);
    if (le <= 0) zero += n;
    else bins.set(bin.key, (bins.get(bin.key) ?? 0) + n);
    count += n;
    estimatedSum += n * bin.value;
    if (min === null) min = Math.min(lower, bin.value);
    max = Number.isFinite(le) ? le * unitMs : top * unitMs;
  });
  const json: SketchJson = {
    alpha: SKETCH_RELATIVE_ACCURACY,
    zero,
    bins: [...bins.entries()].sort((a, b) => a[0] - b[0]),
  };
  const measured = sum !== undefined && Number.isFinite(sum) && sum >= 0 ? sum * unitMs : undefined;
  return {
    kind: 'latency',
    count,
    sum: count === 0 ? 0 : (measured ?? estimatedSum),
    min,
    max,
    sketch: LatencySketch.fromJSON(json),
  };
}

/** Parses an `le` label: "0.25", "1e-3", "+Inf". */
export function parseLe(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (t === '+Inf' || t === 'Inf') return Number.POSITIVE_INFINITY;
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : undefined;
}
