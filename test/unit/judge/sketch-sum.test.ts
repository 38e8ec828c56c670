import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latencyQuantile, setSummedSketch } from '../../../src/judge/sketch-sum.js';
import { emptyAggregate, type SliAggregate } from '../../../src/telemetry/record.js';
import { LatencySketch } from '../../../src/telemetry/sketch.js';

type Latency = Extract<SliAggregate, { kind: 'latency' }>;

/** Windows' sketches from lists of values (0 and below count as zero, as in collect). */
function windows(values: number[][]): LatencySketch[] {
  return values.map((vs) => {
    const s = new LatencySketch();
    for (const v of vs) s.add(v);
    return s;
  });
}

/** The span's aggregate as the replay makes it: summed bins. */
function summed(sketches: LatencySketch[]): Latency {
  const agg = emptyAggregate('latency') as Latency;
  setSummedSketch(
    agg,
    sketches.map((s) => s.toDense()),
  );
  return agg;
}

/** The same span merged as DDSketch merges, window by window. */
function merged(sketches: LatencySketch[]): LatencySketch {
  const out = new LatencySketch();
  for (const s of sketches) out.merge(s);
  return out;
}

const QS = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1];

describe('a span sketch as summed bins', () => {
  it('gives every quantile DDSketch merges give, bit for bit, whatever the windows', () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.double({ min: -5, max: 0, noNaN: true }),
      fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      fc.integer({ min: 1, max: 5000 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 40 }), { maxLength: 12 }), (values) => {
        const parts = windows(values);
        const byMerge = merged(parts);
        const agg = summed(parts);
        for (const q of QS) expect(latencyQuantile(agg, q)).toBe(byMerge.quantile(q));
        // The sketch made when read is that sketch too.
        expect(agg.sketch.count).toBe(byMerge.count);
        for (const q of QS) expect(agg.sketch.quantile(q)).toBe(byMerge.quantile(q));
      }),
      { numRuns: 300 },
    );
  });

  it('is undefined when the span has no samples', () => {
    expect(latencyQuantile(summed([]), 0.95)).toBeUndefined();
    expect(latencyQuantile(summed(windows([[], []])), 0.5)).toBeUndefined();
  });

  it('answers from the sketch once it was read and merged into', () => {
    const agg = summed(windows([[10, 20, 30]]));
    expect(latencyQuantile(agg, 1)).toBe(agg.sketch.quantile(1));
    agg.sketch.merge(windows([[5000, 6000, 7000, 8000]])[0]!);
    const expected = merged(
      windows([
        [10, 20, 30],
        [5000, 6000, 7000, 8000],
      ]),
    );
    expect(latencyQuantile(agg, 0.95)).toBe(expected.quantile(0.95));
    expect(latencyQuantile(agg, 0.95)).toBeGreaterThan(4000);
  });
});
