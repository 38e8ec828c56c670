import { describe, expect, it } from 'vitest';
import { LatencySketch, SKETCH_RELATIVE_ACCURACY } from '../../../../src/telemetry/sketch.js';
import { latencyFromBuckets, parseLe } from '../../../../src/telemetry/sources/histogram.js';

const LE = [0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Cumulative buckets (seconds) for values in ms. */
function buckets(values: number[]) {
  return [...LE, Number.POSITIVE_INFINITY].map((le) => ({
    le,
    count: values.filter((v) => v <= le * 1000).length,
  }));
}
function p95(values: number[]): number {
  const s = new LatencySketch();
  for (const v of values) s.add(v);
  return s.quantile(0.95)!;
}

describe('classic histogram buckets → a latency sketch', () => {
  it('counts are exact; the mean is exact with _sum; max is the highest non-empty bound', () => {
    const values = [...Array(90).fill(250), ...Array(8).fill(1000), 2000, 4000];
    const sumSeconds = values.reduce((a, b) => a + b, 0) / 1000;
    const agg = latencyFromBuckets(buckets(values), 1000, sumSeconds);
    expect(agg).toMatchObject({ kind: 'latency', count: 100, sum: sumSeconds * 1000, min: 100, max: 5000 });
    if (agg.kind !== 'latency') throw new Error();
    expect(agg.sketch.count).toBe(100);
  });

  it('a quantile is never above its bucket bound and at most 2 % below it', () => {
    for (const le of LE) {
      const agg = latencyFromBuckets(buckets(Array(20).fill(le * 1000)), 1000);
      if (agg.kind !== 'latency') throw new Error();
      const q = agg.sketch.quantile(0.95)!;
      expect(q).toBeLessThanOrEqual(le * 1000);
      expect(q).toBeGreaterThanOrEqual(le * 1000 * (1 - 2 * SKETCH_RELATIVE_ACCURACY));
    }
  });

  it('with a bound at the threshold, "P95 ≤ 2.5 s" is decided as from the raw values', () => {
    // raw P95 2.4 s: the bucket (1, 2.5] → at most 2.5 s: pass, as raw
    const pass = [...Array(90).fill(300), ...Array(10).fill(2400)];
    // raw P95 2.6 s: the bucket (2.5, 5] → above 2.5 s: fail, as raw
    const fail = [...Array(90).fill(300), ...Array(10).fill(2600)];
    for (const [values, ok] of [
      [pass, true],
      [fail, false],
    ] as const) {
      const agg = latencyFromBuckets(buckets(values), 1000);
      if (agg.kind !== 'latency') throw new Error();
      expect(agg.sketch.quantile(0.95)! <= 2500).toBe(ok);
      expect(p95(values) <= 2500).toBe(ok);
    }
  });

  it('values above the top bound sit just above it (a lower bound), like histogram_quantile', () => {
    const agg = latencyFromBuckets(buckets([...Array(50).fill(100), ...Array(50).fill(60_000)]), 1000);
    if (agg.kind !== 'latency') throw new Error();
    const q = agg.sketch.quantile(0.95)!;
    expect(q).toBeGreaterThan(10_000);
    expect(q).toBeLessThan(10_000 * (1 + 3 * SKETCH_RELATIVE_ACCURACY));
  });

  it('increase() estimates are rounded to whole events and made monotone; unsummed series add up', () => {
    const agg = latencyFromBuckets(
      [
        { le: 0.5, count: 2.4 },
        { le: 1, count: 4.6 },
        { le: Number.POSITIVE_INFINITY, count: 4.4 }, // below its predecessor after rounding noise
        { le: 0.5, count: 1 }, // a second series of the same bucket
        { le: 1, count: 1 },
        { le: Number.POSITIVE_INFINITY, count: 1 },
      ],
      1000,
    );
    expect(agg).toMatchObject({ count: 6 });
  });

  it('an empty window is zero; a histogram with no finite bucket is refused', () => {
    expect(latencyFromBuckets([], 1000)).toMatchObject({ count: 0, sum: 0, min: null, max: null });
    expect(() => latencyFromBuckets([{ le: Number.POSITIVE_INFINITY, count: 3 }], 1000)).toThrow(
      /no finite bucket/,
    );
  });

  it('parses le labels', () => {
    expect([parseLe('0.25'), parseLe('1e-3'), parseLe('+Inf'), parseLe('x'), parseLe(undefined)]).toEqual([
      0.25,
      0.001,
      Number.POSITIVE_INFINITY,
      undefined,
      undefined,
    ]);
  });
});
