/**
 * Latency distribution as a DDSketch (relative-error quantile sketch, α = 1 %): any quantile it
 * reports is within 1 % of the true rank statistic x[floor(q·(n-1))], and two sketches merge
 * exactly, so a 2 h or 5-day P95 is computed from 15-minute records with the same guarantee.
 *
 * We use @datadog/sketches-js for the mapping, the store and the quantile walk (the reference
 * implementation, shared with Datadog's Go/Java/Python versions) and serialize its bins as
 * readable JSON ourselves, so committed window records diff well and stay byte-stable.
 */
import { DDSketch } from '@datadog/sketches-js';
import { DenseStore } from '@datadog/sketches-js/dist/ddsketch/store/index.js';

export const SKETCH_RELATIVE_ACCURACY = 0.01;

/** The JSON form in a report: bins as [key, count] pairs sorted by key. Values are > 0. */
export interface SketchJson {
  alpha: number;
  /** Count of values too close to zero to map (≤ 0 or below the mapping's range). */
  zero: number;
  bins: [number, number][];
}

/**
 * A sketch handed to another thread: the counts of keys minKey, minKey + 1, … in one typed array
 * (one block for postMessage to copy, where the JSON form costs an array per bin).
 */
export interface SketchDense {
  zero: number;
  minKey: number;
  counts: Float64Array;
}

/**
 * DenseStore copies its bins to re-centre them at every new lowest key, even one that falls
 * inside the bins it already has, and makes a fresh sketch's bins in four allocations; a window
 * of a 90-day collect holds ~200 values, and those copies were ~8 % of the collect's CPU. This
 * store widens its key range in place when the key fits, and otherwise makes the bins DenseStore
 * would (as many chunks as the range needs, centred on it) in one allocation. Where the bins sit
 * changes no count, so records stay byte-identical.
 */
class RoomyStore extends DenseStore {
  override _extendRange(key: number, secondKey: number = key): void {
    const lo = Math.min(key, secondKey, this.minKey);
    const hi = Math.max(key, secondKey, this.maxKey);
    const had = this.bins;
    if (had.length > 0 && lo >= this.offset && hi < this.offset + had.length) {
      this.minKey = lo;
      this.maxKey = hi;
      return;
    }
    const size = Math.max(had.length, this.chunkSize * Math.ceil((hi - lo + 1) / this.chunkSize));
    const offset = lo + Math.floor((hi - lo + 1) / 2) - size / 2;
    const bins = new Array<number>(size).fill(0);
    for (let k = this.minKey; k <= this.maxKey; k++) bins[k - offset] = had[k - this.offset]!;
    this.bins = bins;
    this.offset = offset;
    this.minKey = lo;
    this.maxKey = hi;
  }
}

export class LatencySketch {
  /**
   * Made on the first value: a collect makes an empty aggregate for every window before its
   * values arrive (8,640 for 90 days, again on the main thread when the ranges merge), and most
   * of those are replaced whole or stay empty.
   */
  private made: DDSketch | null = null;
  /**
   * Bins taken over from a parsing thread (adoptDense), not made into a DDSketch yet: a window of
   * a time-ordered file comes from one range, so its bins go from the thread's sketch to the
   * record's JSON without a sketch of their own on this thread (90 days: 8,640 of them).
   */
  private adopted: SketchDense | null = null;
  private adoptedCount = 0;

  private get dd(): DDSketch {
    if (this.made === null) {
      this.made = new DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
      this.made.store = new RoomyStore();
      const d = this.adopted;
      if (d !== null) {
        this.adopted = null;
        addDense(this.made, d);
      }
    }
    return this.made;
  }

  /**
   * Adds one value. Values ≤ 0 count in the zero bucket (a duration cannot be negative; keeping
   * them out of the negative store keeps in-memory merges and the JSON form in agreement).
   */
  add(value: number): void {
    this.dd.accept(Math.max(value, 0));
  }

  get count(): number {
    return this.made === null ? this.adoptedCount : this.made.count;
  }

  /** The q-quantile (0..1) with relative error ≤ α, or undefined when empty. */
  quantile(q: number): number | undefined {
    return this.count === 0 ? undefined : this.dd.getValueAtQuantile(q);
  }

  merge(other: LatencySketch): void {
    if (other.count === 0) return;
    // Adopted bins add straight into this sketch's store: the same counts DDSketch.merge adds.
    if (other.made === null && other.adopted !== null) addDense(this.dd, other.adopted);
    else this.dd.merge(other.dd);
  }

  toJSON(): SketchJson {
    const bins: [number, number][] = [];
    if (this.made === null) {
      const d = this.adopted;
      if (d !== null)
        for (let i = 0; i < d.counts.length; i++)
          if (d.counts[i]! > 0) bins.push([d.minKey + i, d.counts[i]!]);
      return { alpha: SKETCH_RELATIVE_ACCURACY, zero: d?.zero ?? 0, bins };
    }
    const store = this.made.store;
    if (store.count > 0) {
      for (let key = store.minKey; key <= store.maxKey; key++) {
        const c = store.bins[key - store.offset] ?? 0;
        if (c > 0) bins.push([key, c]);
      }
    }
    return {
      alpha: SKETCH_RELATIVE_ACCURACY,
      zero: this.made.zeroCount + this.made.negativeStore.count,
      bins,
    };
  }

  toDense(): SketchDense {
    if (this.made === null && this.adopted !== null) return trimmed(this.adopted);
    if (this.made === null) return { zero: 0, minKey: 0, counts: new Float64Array(0) };
    const store = this.made.store;
    const zero = this.made.zeroCount + this.made.negativeStore.count;
    if (store.count === 0) return { zero, minKey: 0, counts: new Float64Array(0) };
    const counts = new Float64Array(store.maxKey - store.minKey + 1);
    for (let key = store.minKey; key <= store.maxKey; key++)
      counts[key - store.minKey] = store.bins[key - store.offset] ?? 0;
    return { zero, minKey: store.minKey, counts };
  }

  /** A sketch of the bins `d` holds, copied: `d` may change after. */
  static fromDense(d: SketchDense): LatencySketch {
    const s = new LatencySketch();
    addDense(s.dd, d);
    return s;
  }

  /**
   * A sketch of the bins `d` holds, taking `d` over: no one may change it after (a parsing
   * thread's, received through postMessage). It becomes a DDSketch only if values are added, a
   * quantile is asked, or it is merged into; merged from, written out or handed on (toDense: the
   * judge's spans, simulate's replay), it never does.
   */
  static adoptDense(d: SketchDense): LatencySketch {
    const s = new LatencySketch();
    let n = d.zero;
    for (let i = 0; i < d.counts.length; i++) if (d.counts[i]! > 0) n += d.counts[i]!;
    if (n > 0) {
      s.adopted = d;
      s.adoptedCount = n;
    }
    return s;
  }

  static fromJSON(json: SketchJson): LatencySketch {
    if (json.alpha !== SKETCH_RELATIVE_ACCURACY) {
      throw new Error(
        `sketch with relative accuracy ${json.alpha}; this version reads ${SKETCH_RELATIVE_ACCURACY}`,
      );
    }
    const s = new LatencySketch();
    const dd = s.dd;
    for (const [key, count] of json.bins) {
      dd.store.add(key, count);
      dd.count += count;
    }
    if (json.zero > 0) {
      dd.zeroCount += json.zero;
      dd.count += json.zero;
    }
    return s;
  }
}

/** The first and last index of `counts` holding a count, or undefined when none does. */
function filled(counts: Float64Array): [number, number] | undefined {
  let lo = 0;
  let hi = counts.length - 1;
  while (lo <= hi && !(counts[lo]! > 0)) lo++;
  while (hi > lo && !(counts[hi]! > 0)) hi--;
  return lo <= hi ? [lo, hi] : undefined;
}

/** A copy of `d` from its first to its last bin holding a count: what toDense gives of a sketch of it. */
function trimmed(d: SketchDense): SketchDense {
  const range = filled(d.counts);
  if (range === undefined) return { zero: d.zero, minKey: 0, counts: new Float64Array(0) };
  return { zero: d.zero, minKey: d.minKey + range[0], counts: d.counts.slice(range[0], range[1] + 1) };
}

/** Adds the bins of `d` into `dd`, as merging a sketch of them would. */
function addDense(dd: DDSketch, d: SketchDense): void {
  const { counts, minKey } = d;
  const range = filled(counts);
  if (range !== undefined) {
    const [lo, hi] = range;
    // The whole key range first: the store makes its bins once.
    dd.store._extendRange(minKey + lo, minKey + hi);
    for (let i = lo; i <= hi; i++) if (counts[i]! > 0) dd.store.add(minKey + i, counts[i]!);
    for (let i = lo; i <= hi; i++) dd.count += counts[i]!;
  }
  if (d.zero > 0) {
    dd.zeroCount += d.zero;
    dd.count += d.zero;
  }
}
