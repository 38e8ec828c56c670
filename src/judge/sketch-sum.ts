/**
 * The sketch of a span of latency windows, as their bins summed key by key in one array. DDSketch's
 * own merge re-centres its bins with an array shift each time a window widens the range, and
 * building a sketch from the sum still allocates its bins a few times over: together they cost the
 * replay more than judging. A sum of whole counts per key is the same sketch whatever the order,
 * and the quantile walk below is DDSketch's (getValueAtQuantile, keyAtRank), so every quantile is
 * the one the merged sketch gives; the sketch itself is made only when something asks for it.
 */
import type { SliAggregate } from '../telemetry/record.js';
import { LatencySketch, type SketchDense } from '../telemetry/sketch.js';

type Latency = Extract<SliAggregate, { kind: 'latency' }>;

/** Span aggregates whose sketch is still only the summed bins. */
const summed = new WeakMap<Latency, SketchDense>();

/** Gives `agg` the sum of the windows' sketch bins `parts` as its sketch, made into a DDSketch when read. */
export function setSummedSketch(agg: Latency, parts: readonly SketchDense[]): void {
  const bins = sumBins(parts);
  let sketch: LatencySketch | undefined;
  summed.set(agg, bins);
  Object.defineProperty(agg, 'sketch', {
    enumerable: true,
    get: () => {
      // Once read, the sketch may be merged into: from then on it is the truth.
      summed.delete(agg);
      sketch ??= LatencySketch.fromDense(bins);
      return sketch;
    },
  });
}

/** The q-quantile of a latency aggregate, as its sketch gives it; undefined when empty. */
export function latencyQuantile(agg: Latency, q: number): number | undefined {
  const bins = summed.get(agg);
  if (!bins) return agg.sketch.quantile(q);
  let total = bins.zero;
  for (let i = 0; i < bins.counts.length; i++) total += bins.counts[i]!;
  if (total === 0) return undefined;
  const rank = q * (total - 1);
  if (rank < bins.zero) return 0;
  const within = rank - bins.zero;
  let running = 0;
  let i = 0;
  for (; i < bins.counts.length - 1; i++) {
    running += bins.counts[i]!;
    if (running > within) break;
  }
  return keyValue(bins.minKey + i);
}

function sumBins(parts: readonly SketchDense[]): SketchDense {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let zero = 0;
  for (const p of parts) {
    zero += p.zero;
    if (p.counts.length === 0) continue;
    lo = Math.min(lo, p.minKey);
    hi = Math.max(hi, p.minKey + p.counts.length - 1);
  }
  if (hi < lo) return { zero, minKey: 0, counts: new Float64Array(0) };
  const counts = new Float64Array(hi - lo + 1);
  for (const p of parts) {
    const at = p.minKey - lo;
    for (let i = 0; i < p.counts.length; i++) counts[at + i]! += p.counts[i]!;
  }
  return { zero, minKey: lo, counts };
}

/** The value DDSketch reports for a key: that of a sketch holding one sample there. */
const values = new Map<number, number>();

function keyValue(key: number): number {
  let v = values.get(key);
  if (v === undefined) {
    v = LatencySketch.fromDense({ zero: 0, minKey: key, counts: Float64Array.of(1) }).quantile(0)!;
    values.set(key, v);
  }
  return v;
}
