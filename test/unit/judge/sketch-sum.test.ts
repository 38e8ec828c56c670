import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latencyQuantile, SlidingBins, SummedLatency } from '../../../src/judge/sketch-sum.js';
import { LatencySketch } from '../../../src/telemetry/sketch.js';

/** Windows' sketches from lists of values (0 and below count as zero, as in collect). */
function windows(values: number[][]): LatencySketch[] {
  return values.map((vs) => {
    const s = new LatencySketch();
    for (const v of vs) s.add(v);
    return s;
  });
}

const NO_SCALARS = { count: 0, sum: 0, min: null, max: null };

/** The span [k0, k1) as the replay sums it: one sliding sum asked span after span. */
function summed(bins: SlidingBins, parts: LatencySketch[], k0: number, k1: number): SummedLatency {
  return new SummedLatency(
    NO_SCALARS,
    bins.span(k0, k1, (k) => parts[k]!.toDense()),
  );
}

/** The same span merged as DDSketch merges, window by window. */
function merged(sketches: LatencySketch[]): LatencySketch {
  const out = new LatencySketch();
  for (const s of sketches) out.merge(s);
  return out;
}

const QS = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1];

const value = fc.oneof(
  fc.constant(0),
  fc.double({ min: -5, max: 0, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.integer({ min: 1, max: 5000 }),
);

describe('a span sketch as summed bins', () => {
  it('gives every quantile DDSketch merges give, bit for bit, span after span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 30 }), { minLength: 1, maxLength: 16 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        (values, spans) => {
          const parts = windows(values);
          const bins = new SlidingBins();
          for (const [a, b] of spans) {
            const k0 = a % (parts.length + 1);
            const k1 = k0 + (b % (parts.length + 1 - k0));
            const byMerge = merged(parts.slice(k0, k1));
            const agg = summed(bins, parts, k0, k1);
            for (const q of QS) expect(latencyQuantile(agg, q)).toBe(byMerge.quantile(q));
            // The sketch made when read is that sketch too.
            expect(agg.sketch.count).toBe(byMerge.count);
            for (const q of QS) expect(agg.sketch.quantile(q)).toBe(byMerge.quantile(q));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is undefined when the span has no samples', () => {
    const parts = windows([[], []]);
    expect(latencyQuantile(summed(new SlidingBins(), parts, 0, 0), 0.95)).toBeUndefined();
    expect(latencyQuantile(summed(new SlidingBins(), parts, 0, 2), 0.5)).toBeUndefined();
  });

  it('answers from the sketch once it was read and merged into', () => {
    const parts = windows([
      [10, 20, 30],
      [5000, 6000, 7000, 8000],
    ]);
    const agg = summed(new SlidingBins(), parts, 0, 1);
    expect(latencyQuantile(agg, 1)).toBe(parts[0]!.quantile(1));
    agg.sketch.merge(parts[1]!);
    expect(latencyQuantile(agg, 0.95)).toBe(merged(parts).quantile(0.95));
    expect(latencyQuantile(agg, 0.95)).toBeGreaterThan(4000);
  });
});
