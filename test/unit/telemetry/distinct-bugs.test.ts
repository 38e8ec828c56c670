/**
 * Issue 12, in the plan's words: critical bugs are bugs (distinct ids), not reports, and a
 * severity spelled another way is counted or reported, never silently ignored.
 */

import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { SliSeries } from '../../../src/judge/span.js';
import { decodeRecord, encodeRecord } from '../../../src/telemetry/codec.js';
import { collectTexts, SegmentCollector } from '../../../src/telemetry/collect.js';
import { POLICY, T0, WINDOW } from './fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();
const m = 60_000;
const bug = (t: number, fields: string) => `{"ts":"${iso(t)}","event":"bug.reported",${fields}}`;
const collect = (lines: string[], windows = 1) =>
  collectTexts([{ source: 'bugs.jsonl', text: lines.join('\n') }], {
    policy: POLICY,
    from: T0,
    to: T0 + windows * WINDOW,
  });
const bugs = (r: ReturnType<typeof collect>, k = 0) => r.windows[k]!.slis.get('critical_bugs');

describe('critical bugs: issues filed by the Reporter with a critical label, ≤ 3 per day', () => {
  it('one bug reported four times counts once', () => {
    const r = collect([
      bug(T0 + m, '"severity":"critical","id":"BUG-7"'),
      bug(T0 + 2 * m, '"severity":"critical","id":"BUG-7"'),
      bug(T0 + 3 * m, '"id":"BUG-7","severity":"critical"'),
      bug(T0 + 4 * m, '"severity":"critical","id":"BUG-7","note":"again"'),
      bug(T0 + 5 * m, '"severity":"critical","id":"BUG-8"'),
    ]);
    expect(bugs(r)).toEqual({ kind: 'count', count: 2, distinct: ['BUG-7', 'BUG-8'] });
    expect(r.windows[0]!.counts.events).toBe(5);
  });

  it('a bug reported in two windows of one day counts once in the day', () => {
    const r = collect(
      [
        bug(T0 + m, '"severity":"critical","id":"BUG-7"'),
        bug(T0 + 5 * WINDOW + m, '"severity":"critical","id":"BUG-7"'),
        bug(T0 + 6 * WINDOW + m, '"severity":"critical","id":42'),
        bug(T0 + 7 * WINDOW + m, '"severity":"critical","id":"42"'),
      ],
      8,
    );
    // through the committed bytes and back, as the judge reads them
    const records = r.windows.map((w) => decodeRecord(encodeRecord(w)));
    expect(records.map((w) => (w.slis.get('critical_bugs') as { count: number }).count)).toEqual([
      1, 0, 0, 0, 0, 1, 1, 1,
    ]);
    const day = SliSeries.of('critical_bugs', 'count', WINDOW, records).span(T0, T0 + 8 * WINDOW);
    expect(day.aggregate).toEqual({ kind: 'count', count: 2, distinct: ['42', 'BUG-7'] });
  });

  it('severity: Critical counts as critical', () => {
    const r = collect([
      bug(T0 + m, '"severity":"Critical","id":"A"'),
      bug(T0 + m, '"severity":"CRITICAL","id":"B"'),
      bug(T0 + m, '"severity":"Crit\\u0069cal","id":"C"'),
      bug(T0 + m, '"severity":"critical","id":"D"'),
      bug(T0 + m, '"severity":"critical ","id":"E"'),
    ]);
    expect(bugs(r)).toEqual({ kind: 'count', count: 4, distinct: ['A', 'B', 'C', 'D'] });
  });

  it('an unknown severity is reported, not silently dropped', () => {
    const r = collect([
      bug(T0 + m, '"severity":"crit","id":"A"'),
      bug(T0 + 2 * m, '"severity":"crit","id":"B"'),
      bug(T0 + 3 * m, '"severity":"crit","id":"C"'),
      bug(T0 + 4 * m, '"severity":"minor","id":"D"'),
      bug(T0 + 5 * m, '"id":"E"'),
      bug(T0 + 6 * m, '"severity":"critical","id":"F"'),
    ]);
    expect(bugs(r)).toEqual({ kind: 'count', count: 1, distinct: ['F'] });
    expect(r.stats.notes).toEqual({
      'bug.reported lines with severity "crit" are counted by no SLI (no SLI\'s where: accepts it)': 3,
      'bug.reported lines with severity "minor" are counted by no SLI (no SLI\'s where: accepts it)': 1,
      "bug.reported lines with no severity are counted by no SLI (no SLI's where: accepts it)": 1,
    });
  });

  it('a critical bug without an id counts as its own bug, and the collect says so', () => {
    const r = collect([
      bug(T0 + m, '"severity":"critical"'),
      bug(T0 + 2 * m, '"severity":"critical","id":null'),
      bug(T0 + 3 * m, '"severity":"critical","id":"A"'),
      bug(T0 + 4 * m, '"severity":"critical","id":"A"'),
    ]);
    expect(bugs(r)).toEqual({ kind: 'count', count: 3, distinct: ['A'] });
    expect(r.stats.notes).toEqual({
      'bug.reported lines without a string or number "id" are counted by critical_bugs as one each (distinct: id)': 2,
    });
    // the two id-less bugs stay two bugs when windows merge
    const rec = decodeRecord(encodeRecord(r.windows[0]!));
    const two = SliSeries.of('critical_bugs', 'count', WINDOW, [
      rec,
      { ...rec, start: T0 + WINDOW, end: T0 + 2 * WINDOW },
    ]);
    expect(two.span(T0, T0 + 2 * WINDOW).aggregate).toEqual({ kind: 'count', count: 5, distinct: ['A'] });
  });

  it('an SLI without distinct writes the record it always wrote; one with it, its sorted ids', () => {
    const r = collect([
      bug(T0 + m, '"severity":"critical","id":"b"'),
      bug(T0 + m, '"severity":"critical","id":"a"'),
    ]);
    const text = encodeRecord(r.windows[0]!);
    expect(text).toContain(
      '{"v":1,"type":"sli","sli":"crash_rate","kind":"ratio","numerator":0,"denominator":0}\n',
    );
    expect(text).toContain(
      '{"v":1,"type":"sli","sli":"critical_bugs","kind":"count","count":2,"distinct":["a","b"]}\n',
    );
    const noDistinct = { ...POLICY, slis: { bugs: { kind: 'count' as const, event: 'bug.reported' } } };
    const plain = collectTexts([{ source: 'x', text: bug(T0 + m, '"id":"a"') }], {
      policy: noDistinct,
      from: T0,
      to: T0 + WINDOW,
    });
    expect(encodeRecord(plain.windows[0]!)).toContain(
      '{"v":1,"type":"sli","sli":"bugs","kind":"count","count":1}\n',
    );
    expect(() => decodeRecord(text.replace('["a","b"]', '["b","a"]'), 'w.jsonl')).toThrow(
      /not sorted and unique/,
    );
  });

  it('segments collected apart merge to the bytes of one pass', () => {
    const lines = [
      bug(T0 + m, '"severity":"critical","id":"A"'),
      bug(T0 + 2 * m, '"severity":"critical"'),
      bug(T0 + 3 * m, '"severity":"critical","id":"B"'),
      bug(T0 + 4 * m, '"severity":"critical","id":"A"'),
      bug(T0 + 5 * m, '"severity":"crit","id":"C"'),
    ];
    const options = { policy: POLICY, from: T0, to: T0 + WINDOW };
    const whole = collect(lines);
    const segment = (part: string[]) => {
      const s = new SegmentCollector(options);
      s.beginSegment('bugs.jsonl');
      s.push(Buffer.from(`${part.join('\n')}\n`));
      return s.endSegment();
    };
    const merged = new SegmentCollector(options);
    merged.beginSource('bugs.jsonl');
    merged.absorbSegment(segment(lines.slice(0, 2)));
    merged.absorbSegment(segment(lines.slice(2)));
    merged.endSource();
    const r = merged.finish();
    expect(encodeRecord(r.windows[0]!)).toBe(encodeRecord(whole.windows[0]!));
    expect(r.stats.notes).toEqual(whole.stats.notes);
  });
});
