import { DDSketch } from '@datadog/sketches-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/demo/trace.js';
import { decodeRecord, encodeRecord } from '../../../src/telemetry/codec.js';
import { emptyAggregate, mergeInto, type SliAggregate } from '../../../src/telemetry/record.js';
import { LatencySketch } from '../../../src/telemetry/sketch.js';

function exactRank(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

describe('latency sketch', () => {
  it('P95 merged from 100k samples over many windows is within 1 % of the exact rank statistic', () => {
    const rnd = mulberry32(42);
    const n = 100_000;
    const windows = 480;
    const parts: LatencySketch[] = Array.from({ length: windows }, () => new LatencySketch());
    const all: number[] = [];
    for (let i = 0; i < n; i++) {
      // heavy-tailed: log-normal with a slow tail, in ms
      const u = 1 - rnd();
      const v = rnd();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      const x = Math.round(700 * Math.exp(0.6 * z) * 1000) / 1000;
      all.push(x);
      parts[Math.floor(rnd() * windows)]!.add(x);
    }
    all.sort((a, b) => a - b);
    // merged in memory, and merged after a JSON round trip of every window (as from reports)
    const merged = new LatencySketch();
    const viaJson = new LatencySketch();
    for (const p of parts) {
      merged.merge(p);
      viaJson.merge(LatencySketch.fromJSON(JSON.parse(JSON.stringify(p.toJSON()))));
    }
    expect(merged.count).toBe(n);
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const exact = exactRank(all, q);
      for (const s of [merged, viaJson]) {
        const est = s.quantile(q)!;
        expect(Math.abs(est - exact) / exact).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('any split of the samples merges to the same sketch as one pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (xs, cuts) => {
          const one = new LatencySketch();
          for (const x of xs) one.add(x);
          const bounds = [...new Set(cuts.map((c) => c % (xs.length + 1)))].sort((a, b) => a - b);
          const merged = new LatencySketch();
          let prev = 0;
          for (const b of [...bounds, xs.length]) {
            const part = new LatencySketch();
            for (const x of xs.slice(prev, b)) part.add(x);
            merged.merge(LatencySketch.fromJSON(part.toJSON()));
            prev = b;
          }
          expect(merged.toJSON()).toEqual(one.toJSON());
          const sorted = [...xs].sort((a, b) => a - b);
          const exact = exactRank(sorted, 0.95);
          expect(Math.abs(merged.quantile(0.95)! - exact) / exact).toBeLessThanOrEqual(0.01 + 1e-12);
        },
      ),
    );
  });

  it("holds the same bins and quantiles as the library's own DDSketch, added and merged in any order", () => {
    // LatencySketch keeps its bins in its own store (one that does not re-centre them at every
    // new lowest key); the library's sketch is the oracle. Values span 1 µs to a day, so keys
    // reach past one chunk of bins on both sides and the store grows in both directions.
    const value = fc.double({ min: 0.001, max: 86_400_000, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.array(value, { maxLength: 200 }), (xs, ys) => {
        const binsOf = (dd: DDSketch) => {
          const out: [number, number][] = [];
          for (let k = dd.store.minKey; k <= dd.store.maxKey; k++) {
            const c = dd.store.bins[k - dd.store.offset] ?? 0;
            if (c > 0) out.push([k, c]);
          }
          return out;
        };
        const oracle = new DDSketch({ relativeAccuracy: 0.01 });
        const ours = new LatencySketch();
        const other = new LatencySketch();
        for (const x of xs) {
          oracle.accept(x);
          ours.add(x);
        }
        for (const y of ys) {
          oracle.accept(y);
          other.add(y);
        }
        ours.merge(other);
        expect(ours.toJSON().bins).toEqual(binsOf(oracle));
        expect(ours.count).toBe(oracle.count);
        for (const q of [0, 0.5, 0.95, 1])
          expect(ours.quantile(q)).toBe(oracle.count === 0 ? undefined : oracle.getValueAtQuantile(q));
      }),
      { numRuns: 300 },
    );
  });

  it('zero and negative values count in the zero bucket and survive merging', () => {
    const s = new LatencySketch();
    s.add(0);
    s.add(-5);
    s.add(10);
    const t = LatencySketch.fromJSON(s.toJSON());
    expect(t.toJSON()).toEqual({ alpha: 0.01, zero: 2, bins: s.toJSON().bins });
    expect(t.quantile(0)).toBe(0);
    const m = new LatencySketch();
    m.merge(s);
    m.merge(t);
    expect(m.count).toBe(6);
    expect(m.toJSON().zero).toBe(4);
  });

  it('window aggregates merge exactly through the codec', () => {
    const a = emptyAggregate('latency');
    const b = emptyAggregate('latency');
    for (const [agg, xs] of [
      [a, [100, 200, 300]],
      [b, [50, 5000]],
    ] as [SliAggregate, number[]][]) {
      if (agg.kind !== 'latency') throw new Error();
      for (const x of xs) {
        agg.count++;
        agg.sum += x;
        agg.min = agg.min === null ? x : Math.min(agg.min, x);
        agg.max = agg.max === null ? x : Math.max(agg.max, x);
        agg.sketch.add(x);
      }
    }
    const report = (agg: SliAggregate) => ({
      start: 0,
      end: 900_000,
      counts: { events: 0, malformed: 0, invalid: 0, unknown: 0 },
      slis: new Map([['lat', agg]]),
      missing: new Map<string, string>(),
    });
    const total = emptyAggregate('latency');
    mergeInto(total, decodeRecord(encodeRecord(report(a))).slis.get('lat')!);
    mergeInto(total, decodeRecord(encodeRecord(report(b))).slis.get('lat')!);
    expect(total).toMatchObject({ count: 5, sum: 5650, min: 50, max: 5000 });
    if (total.kind !== 'latency') throw new Error();
    expect(total.sketch.quantile(1)).toBeCloseTo(5000, -2);
  });
});

describe('the dense form a worker thread hands over', () => {
  // Values with zeros and negatives (the zero bucket), and a few more to merge.
  const values = fc.array(fc.oneof(fc.constant(0), fc.double({ min: -5, max: 1e7, noNaN: true })), {
    maxLength: 300,
  });
  const fewer = fc.array(fc.double({ min: 0.001, max: 1e5, noNaN: true }), { maxLength: 50 });
  const sketchOf = (xs: number[]) => {
    const s = new LatencySketch();
    for (const x of xs) s.add(x);
    return s;
  };

  it('holds exactly the sketch: same bins, zero count and quantiles, merged or not', () => {
    fc.assert(
      fc.property(values, fewer, (values, more) => {
        const s = sketchOf(values);
        const back = LatencySketch.fromDense(s.toDense());
        expect(back.toJSON()).toEqual(s.toJSON());
        expect(back.count).toBe(s.count);
        for (const q of [0, 0.5, 0.95, 1]) expect(back.quantile(q)).toBe(s.quantile(q));
        const other = sketchOf(more);
        const viaDense = LatencySketch.fromDense(other.toDense());
        viaDense.merge(back);
        other.merge(s);
        expect(viaDense.toJSON()).toEqual(other.toJSON());
      }),
    );
  });

  it('adopted (the collect merging a range) reads as the sketch it came from, merged into, from, or both', () => {
    fc.assert(
      fc.property(values, fewer, (values, more) => {
        const s = sketchOf(values);
        const o = sketchOf(more);
        const adopted = () => LatencySketch.adoptDense(s.toDense());
        // Never made into a DDSketch: written out, counted, handed on.
        expect(adopted().toJSON()).toEqual(s.toJSON());
        expect(adopted().count).toBe(s.count);
        expect(adopted().toDense()).toEqual(s.toDense());
        for (const q of [0, 0.5, 0.95, 1]) expect(adopted().quantile(q)).toBe(s.quantile(q));
        // Merged from, into a sketch, into an empty one, or into another adopted one.
        const expected = LatencySketch.fromDense(o.toDense());
        expected.merge(LatencySketch.fromDense(s.toDense()));
        const into = LatencySketch.fromDense(o.toDense());
        into.merge(adopted());
        expect(into.toJSON()).toEqual(expected.toJSON());
        const empty = new LatencySketch();
        empty.merge(adopted());
        expect(empty.toJSON()).toEqual(s.toJSON());
        const both = LatencySketch.adoptDense(o.toDense());
        both.merge(adopted());
        expect(both.toJSON()).toEqual(expected.toJSON());
        expect(both.count).toBe(expected.count);
        // Values added after: as if added to the sketch it came from.
        const grown = adopted();
        const twin = LatencySketch.fromDense(s.toDense());
        for (const v of more) {
          grown.add(v);
          twin.add(v);
        }
        expect(grown.toJSON()).toEqual(twin.toJSON());
      }),
    );
  });
});
