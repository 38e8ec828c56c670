/**
 * The sketch of a span of latency windows, as their bins summed key by key in one array. DDSketch's
 * own merge re-centres its bins with an array shift each time a window widens the range, and
 * building a sketch from a sum still allocates its bins a few times over: together they cost the
 * replay more than judging. A sum of whole counts per key is the same sketch whatever the order,
 * and the quantile walk below is DDSketch's (getValueAtQuantile, keyAtRank), so every quantile is
 * the one the merged sketch gives; the sketch itself is made only when something asks for it.
 */
import type { SliAggregate } from '../telemetry/record.js';
import { LatencySketch, type SketchDense } from '../telemetry/sketch.js';

type Latency = Extract<SliAggregate, { kind: 'latency' }>;

/**
 * A span's latency aggregate whose sketch is summed bins. `sketch` is made from them when read
 * (an accessor on the class: spreading the aggregate leaves it out); from then on it is the truth,
 * since it may be merged into.
 */
export class SummedLatency implements Latency {
  readonly kind = 'latency';
  count = 0;
  sum = 0;
  min: number | null = null;
  max: number | null = null;
  over?: Map<number, number>;
  private made: LatencySketch | undefined;

  /** `scalars`: the span's count, sum, min, max and threshold counts (mergeInto's). */
  constructor(
    scalars: Omit<Latency, 'kind' | 'sketch'>,
    private readonly bins: SketchDense,
  ) {
    this.count = scalars.count;
    this.sum = scalars.sum;
    this.min = scalars.min;
    this.max = scalars.max;
    if (scalars.over) this.over = scalars.over;
  }

  get sketch(): LatencySketch {
    this.made ??= LatencySketch.fromDense(this.bins);
    return this.made;
  }

  set sketch(s: LatencySketch) {
    this.made = s;
  }

  quantile(q: number): number | undefined {
    return this.made ? this.made.quantile(q) : binsQuantile(this.bins, q);
  }
}

/** The q-quantile of a latency aggregate, as its sketch gives it; undefined when empty. */
export function latencyQuantile(agg: Latency, q: number): number | undefined {
  return agg instanceof SummedLatency ? agg.quantile(q) : agg.sketch.quantile(q);
}

function binsQuantile(bins: SketchDense, q: number): number | undefined {
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

/**
 * The summed bins of windows [k0, k1), moved from the last span asked for when the two overlap
 * (the next step's span shares all windows but one with this step's): windows that left are
 * subtracted, those that came added. Counts are whole numbers, so this is exactly their sum.
 */
export class SlidingBins {
  private k0 = 0;
  private k1 = 0;
  private lo = 0;
  private counts = new Float64Array(0);
  private zero = 0;

  /** `part(k)`: window k's bins, undefined for a window without latency data. */
  span(k0: number, k1: number, part: (k: number) => SketchDense | undefined): SketchDense {
    if (Math.abs(k0 - this.k0) + Math.abs(k1 - this.k1) >= k1 - k0) this.reset(k0);
    while (this.k0 < k0) this.add(part(this.k0++), -1);
    while (this.k0 > k0) this.add(part(--this.k0), 1);
    while (this.k1 < k1) this.add(part(this.k1++), 1);
    while (this.k1 > k1) this.add(part(--this.k1), -1);
    return { zero: this.zero, minKey: this.lo, counts: this.counts.slice() };
  }

  /** Start again from the empty span at k (a window in the sum is let go or replaced). */
  reset(k = 0): void {
    this.k0 = k;
    this.k1 = k;
    this.counts = new Float64Array(0);
    this.zero = 0;
  }

  /** Whether window k is in the sum. */
  holds(k: number): boolean {
    return k >= this.k0 && k < this.k1;
  }

  private add(p: SketchDense | undefined, sign: 1 | -1): void {
    if (!p) return;
    this.zero += sign * p.zero;
    if (p.counts.length === 0) return;
    const pHi = p.minKey + p.counts.length - 1;
    if (this.counts.length === 0) {
      this.counts = new Float64Array(p.counts.length);
      this.lo = p.minKey;
    }
    const hi = this.lo + this.counts.length - 1;
    if (p.minKey < this.lo || pHi > hi) {
      const lo = Math.min(this.lo, p.minKey);
      const wider = new Float64Array(Math.max(hi, pHi) - lo + 1);
      wider.set(this.counts, this.lo - lo);
      this.counts = wider;
      this.lo = lo;
    }
    const at = p.minKey - this.lo;
    for (let i = 0; i < p.counts.length; i++) this.counts[at + i]! += sign * p.counts[i]!;
  }
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
