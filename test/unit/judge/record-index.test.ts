/**
 * IndexedRecords: slices of a stream of window records judged through one index. A slice's view
 * gives what indexing the slice gives (gaps, missing reasons, re-collected windows); records let
 * go still count in a baseline's ratio through their sums, and merging one of them is refused.
 */
import { describe, expect, it } from 'vitest';
import { IndexedRecords } from '../../../src/judge/record-index.js';
import { Judge } from '../../../src/judge/slo.js';
import { SliSeries } from '../../../src/judge/span.js';
import { DAY, HOUR, kindsOf, referencePolicy, repeat, report, trace, WINDOW } from '../../support/traces.js';

const policy = referencePolicy();
const kinds = kindsOf(policy);
const T0 = Date.parse('2026-11-17T00:00:00Z');

/** Four days; every fifth window missing restore_success, every seventh never collected, one collected twice. */
function records() {
  const out = trace(T0, T0 + 4 * DAY, kinds, (_start, i) =>
    i % 7 === 3
      ? null
      : {
          latency: { save_latency: repeat(1000 + (i % 13) * 100, 20) },
          ratio: { restore_success: [90 + (i % 10), 100], crash_rate: [i % 4, 50] },
          count: { critical_bugs: i % 3 },
          ...(i % 5 === 0 && { missing: { restore_success: `source down (${i % 2})` } }),
        },
  );
  const again = report(T0 + 10 * WINDOW, kinds, { ratio: { restore_success: [1, 100] } });
  const after = out.findIndex((r) => r.start > again.start);
  return [...out.slice(0, after), again, ...out.slice(after)];
}

describe('IndexedRecords', () => {
  it('gives each slice the spans indexing that slice gives, from an array or a stream', () => {
    for (const source of [records(), records().values()]) {
      const index = new IndexedRecords(source, WINDOW, policy.slis);
      for (const [from, to] of [
        [T0 + 5 * HOUR + 7 * 60_000, T0 + 30 * HOUR],
        [T0 - HOUR, T0 + 2 * DAY],
        [T0 + 3 * DAY, T0 + 5 * DAY],
      ] as const) {
        const slice = index.slice(from, to);
        for (const sli of Object.keys(kinds)) {
          const viewed = new Judge({ policy, records: slice }).series(sli);
          const own = SliSeries.of(sli, kinds[sli]!, WINDOW, [...slice]);
          for (const [a, b] of [
            [from - 2 * HOUR, from + 3 * HOUR],
            [from, to],
            [T0 + 2 * HOUR, T0 + 9 * HOUR],
            [to - 90 * 60_000, to + HOUR],
          ] as const) {
            expect(viewed.span(a, b)).toEqual(own.span(a, b));
          }
        }
      }
    }
  });

  it('slices hold exactly the records inside [from, to), however long each is', () => {
    const long = { ...report(T0 + 20 * WINDOW, kinds), end: T0 + 23 * WINDOW }; // three windows
    const off = { ...report(T0 + 30 * WINDOW, kinds), start: T0 + 30 * WINDOW + 60_000 }; // off the grid
    const all = [...records(), long, off].sort((a, b) => a.start - b.start);
    const index = new IndexedRecords(all, WINDOW, policy.slis);
    for (let to = T0 + 18 * WINDOW; to <= T0 + 34 * WINDOW; to += WINDOW / 3) {
      const from = to - DAY + 7 * 60_000;
      const inside = all.filter((r) => r.start >= from && r.end <= to);
      expect(index.slice(from, to)).toEqual(inside);
    }
  });

  it('keeps the sums of records let go, and refuses to merge their windows', () => {
    const all = records();
    const index = new IndexedRecords(all.values(), WINDOW, policy.slis);
    index.slice(T0, T0 + 3 * DAY);
    index.forgetBefore(T0 + 2 * DAY);
    const slice = index.slice(T0, T0 + 4 * DAY);
    expect(slice.every((r) => r.start >= T0 + 2 * DAY)).toBe(true);
    const judge = new Judge({ policy, records: slice });
    const whole = SliSeries.of('restore_success', 'ratio', WINDOW, all);
    expect(judge.series('restore_success').span(T0, T0 + DAY)).toEqual(whole.span(T0, T0 + DAY));
    expect(judge.series('save_latency').span(T0 + 2 * DAY, T0 + 3 * DAY)).toEqual(
      SliSeries.of('save_latency', 'latency', WINDOW, all).span(T0 + 2 * DAY, T0 + 3 * DAY),
    );
    expect(() => judge.series('save_latency').span(T0, T0 + DAY)).toThrow(/was let go/);
  });

  it('lets go of sums no later run reads, keeping those at the pinned instants', () => {
    // Sixteen days: more windows before the cut than a batch (1024) lets go.
    const all = trace(T0, T0 + 16 * DAY, kinds, (_start, i) => ({
      latency: { save_latency: repeat(1000 + (i % 13) * 100, 20) },
      ratio: { restore_success: [90 + (i % 10), 100], crash_rate: [i % 4, 50] },
      count: { critical_bugs: i % 3 },
      ...(i % 5 === 0 && { missing: { restore_success: `source down (${i % 2})` } }),
    }));
    const index = new IndexedRecords(all.values(), WINDOW, policy.slis);
    index.slice(T0, T0 + 16 * DAY);
    const pinned = T0 + DAY + 7 * 60_000; // off the grid: both neighbouring windows' sums stay
    index.forgetBefore(T0 + 15 * DAY, () => ({ from: T0 + 14 * DAY, pins: [T0 - DAY, pinned] }));
    const slice = index.slice(T0 - DAY, T0 + 16 * DAY);
    const judge = new Judge({ policy, records: slice });
    for (const sli of ['restore_success', 'crash_rate']) {
      const whole = SliSeries.of(sli, kinds[sli]!, WINDOW, all);
      for (const [a, b] of [
        [T0 - DAY, pinned],
        [pinned, T0 + 15 * DAY],
        [T0 + 14 * DAY, T0 + 16 * DAY],
      ] as const) {
        expect(judge.series(sli).span(a, b)).toEqual(whole.span(a, b));
      }
      expect(() => judge.series(sli).span(T0 + 2 * DAY, T0 + 15 * DAY)).toThrow(
        /sums before window \d+ were let go/,
      );
    }
  });

  it("shares a span's verdict between the runs of a phase that see all of its windows, and only those", () => {
    const slo = policy.phases.flatMap((p) => p.slos).find((s) => s.sli === 'save_latency')!;
    const index = new IndexedRecords(records(), WINDOW, policy.slis);
    const since = T0 + HOUR;
    const judgeOver = (from: number, to: number) =>
      new Judge({ policy, records: index.slice(from, to), since });
    const [a, b] = [T0 + DAY, T0 + 2 * DAY];
    const first = judgeOver(T0, T0 + 3 * DAY).verdictOver(slo, a, b, 'on day 2');
    const plain = new Judge({ policy, records: index.slice(T0, T0 + 3 * DAY).slice(), since });
    expect(first).toEqual(plain.verdictOver(slo, a, b, 'on day 2'));
    // A later run of the phase that sees the whole day takes the verdict judged before.
    expect(judgeOver(T0 + HOUR, T0 + 4 * DAY).verdictOver(slo, a, b, 'on day 2')).toBe(first);
    // Said otherwise, or over another span, it is judged again.
    const named = judgeOver(T0, T0 + 3 * DAY).verdictOver(slo, a, b, 'on the second day');
    expect(named.reason).toContain('on the second day');
    expect(judgeOver(T0, T0 + 3 * DAY).verdictOver(slo, a, b - WINDOW, 'on day 2')).not.toEqual(first);
    // A run that sees part of the day judges what it sees, and shares nothing.
    const part = judgeOver(a + 6 * HOUR, T0 + 3 * DAY).verdictOver(slo, a, b, 'on day 2');
    expect(part).not.toEqual(first);
    const partPlain = new Judge({ policy, records: index.slice(a + 6 * HOUR, T0 + 3 * DAY).slice(), since });
    expect(part).toEqual(partPlain.verdictOver(slo, a, b, 'on day 2'));
    // Another phase (another start) shares nothing with this one.
    const later = new Judge({ policy, records: index.slice(T0, T0 + 3 * DAY), since: a + HOUR });
    expect(later.verdictOver(slo, a, b, 'on day 2').window.from).toBe(a + HOUR);
  });

  it('refuses a stream out of order', () => {
    const [a, b] = records();
    const index = new IndexedRecords([b!, a!].values(), WINDOW, policy.slis);
    expect(() => index.slice(T0, T0 + DAY)).toThrow(/out of order/);
  });
});
