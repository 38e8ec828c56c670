/**
 * The parse path's warm-ups: the classifier's own (classify-warmup.ts, run by every LineParser)
 * and a parse thread's while it waits for its first range (collect-warmup.ts). They only pay off
 * when they reach the paths real data takes, and must leave nothing behind.
 */
import { describe, expect, it } from 'vitest';
import { warmUpLines } from '../../../src/telemetry/classify-warmup.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import { warmCollectRound } from '../../../src/telemetry/collect-warmup.js';
import { compilePlan } from '../../../src/telemetry/plan.js';
import { POLICY, SLIS, T0, WINDOW } from './fixtures.js';

describe("the classifier's warm-up lines", () => {
  const lines = warmUpLines(compilePlan(SLIS, {}));

  it('hold JSON escapes in a key, an event name and a value, as the classifier will meet them', () => {
    // the strings as JSON text: a backslash before u or ", not the characters they stand for
    const escaped = lines.filter((l) => /\\u00|\\"/.test(l));
    expect(escaped.some((l) => l.startsWith('{"t\\u0073":'))).toBe(true);
    expect(escaped.some((l) => l.includes('"event":"\\u0061"'))).toBe(true);
    expect(escaped.some((l) => l.includes('"y":"\\"\\u00e9\\n"'))).toBe(true);
    // and each stays one line: a raw newline would cut it in two malformed halves
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]);
    for (const l of escaped) expect(() => JSON.parse(l), l).not.toThrow();
  });
});

describe("a parse thread's warm-up while it waits for its first range", () => {
  it('reaches every kind of SLI (latency with a threshold, ratios with a where and a control cohort, a distinct count) and every kind of line', () => {
    const r = warmCollectRound();
    const slis = r.windows.flatMap((w) => w.slis);
    const latency = slis.filter((s) => s.kind === 'latency');
    const ratio = slis.filter((s) => s.kind === 'ratio');
    const count = slis.filter((s) => s.kind === 'count');
    expect(latency.reduce((n, s) => n + s.count, 0)).toBeGreaterThan(100);
    expect(latency.some((s) => (s.over ?? []).some(([, above]) => above > 0))).toBe(true);
    expect(ratio.some((s) => s.numerator > 0 && s.numerator < s.denominator)).toBe(true);
    expect(ratio.some((s) => (s.control?.denominator ?? 0) > 0)).toBe(true);
    expect(count.some((s) => (s.distinct ?? []).length > 1)).toBe(true);
    const counts = r.windows.reduce(
      (t, w) => ({
        events: t.events + w.events,
        malformed: t.malformed + w.malformed,
        invalid: t.invalid + w.invalid,
        unknown: t.unknown + w.unknown,
      }),
      { events: 0, malformed: 0, invalid: 0, unknown: 0 },
    );
    expect(r.windows).toHaveLength(4);
    // and the rare lines, whose first one after V8 has optimized would otherwise throw that code away
    expect(counts.malformed).toBeGreaterThan(0);
    expect(counts.invalid).toBeGreaterThan(0);
    expect(counts.unknown).toBeGreaterThan(0);
    expect(counts.events).toBeGreaterThan(200);
  });

  it('leaves nothing behind: a collect after it gives the records it gives before', () => {
    const m = 60_000;
    const text = [
      `{"ts":"${new Date(T0 + m).toISOString()}","event":"autosave.save.completed","duration_ms":812}`,
      `{"ts":"${new Date(T0 + 2 * m).toISOString()}","event":"autosave.restore.result","success":true}`,
      `{"ts":"${new Date(T0 + 3 * m).toISOString()}","event":"bug.reported","severity":"critical","id":"b-1"}`,
      `{"ts":"${new Date(T0 + 16 * m).toISOString()}","event":"merge.diff.apply","mode":"auto"}`,
    ].join('\n');
    const collect = () =>
      collectTexts([{ source: 'a.jsonl', text }], { policy: POLICY, from: T0, to: T0 + 2 * WINDOW });
    const before = collect();
    for (let i = 0; i < 5; i++) warmCollectRound();
    expect(collect()).toEqual(before);
    expect(before.windows.map((w) => w.counts.events)).toEqual([3, 1]);
  });
});
