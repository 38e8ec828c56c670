import { describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { decodeRecord, encodeRecord, RecordDecodeError } from '../../../src/telemetry/codec.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import { POLICY, T0, WINDOW } from './fixtures.js';

function sample(): WindowRecord[] {
  const text = traceText({
    seed: 3,
    from: T0,
    to: T0 + 4 * WINDOW,
    events: 5000,
    malformed: 0.01,
    unknown: 0.01,
  });
  return collectTexts([{ source: 'a', text }], { policy: POLICY, from: T0, to: T0 + 4 * WINDOW }).windows;
}

describe('report codec', () => {
  it('round-trips byte for byte', () => {
    for (const r of sample()) {
      const text = encodeRecord(r);
      const back = decodeRecord(text, 'x.jsonl');
      expect(encodeRecord(back)).toBe(text);
      expect(back.counts).toEqual(r.counts);
      expect(back.start).toBe(r.start);
      expect(back.end).toBe(r.end);
    }
  });

  it('writes a header, SLIs sorted by id, then missing lines, with a trailing newline', () => {
    const r = sample()[0]!;
    r.missing.set('zz_remote', 'prometheus: timeout');
    r.missing.set('aa_remote', 'prometheus: 503');
    const text = encodeRecord(r);
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      v: 1,
      type: 'window',
      start: '2026-11-20T10:00:00.000Z',
      end: '2026-11-20T10:15:00.000Z',
    });
    expect(Object.keys(lines[0])).toEqual([
      'v',
      'type',
      'start',
      'end',
      'events',
      'malformed',
      'invalid',
      'unknown',
    ]);
    expect(lines.slice(1, 6).map((l) => l.sli)).toEqual([
      'auto_merge_rate',
      'crash_rate',
      'critical_bugs',
      'restore_success',
      'save_latency',
    ]);
    expect(lines.slice(6).map((l) => [l.type, l.sli])).toEqual([
      ['missing', 'aa_remote'],
      ['missing', 'zz_remote'],
    ]);
    const lat = lines[5];
    expect(Object.keys(lat)).toEqual(['v', 'type', 'sli', 'kind', 'count', 'sum', 'min', 'max', 'sketch']);
    const keys = lat.sketch.bins.map((b: [number, number]) => b[0]);
    expect(keys).toEqual([...keys].sort((a: number, b: number) => a - b));
  });

  it('an empty window encodes zero counts and empty sketches', () => {
    const [r] = collectTexts([], { policy: POLICY, from: T0, to: T0 + WINDOW }).windows;
    expect(encodeRecord(r!)).toBe(
      [
        '{"v":1,"type":"window","start":"2026-11-20T10:00:00.000Z","end":"2026-11-20T10:15:00.000Z","events":0,"malformed":0,"invalid":0,"unknown":0}',
        '{"v":1,"type":"sli","sli":"auto_merge_rate","kind":"ratio","numerator":0,"denominator":0}',
        '{"v":1,"type":"sli","sli":"crash_rate","kind":"ratio","numerator":0,"denominator":0}',
        '{"v":1,"type":"sli","sli":"critical_bugs","kind":"count","count":0,"distinct":[]}',
        '{"v":1,"type":"sli","sli":"restore_success","kind":"ratio","numerator":0,"denominator":0}',
        '{"v":1,"type":"sli","sli":"save_latency","kind":"latency","count":0,"sum":0,"min":null,"max":null,"sketch":{"alpha":0.01,"zero":0,"bins":[]}}',
        '',
      ].join('\n'),
    );
  });

  it('names the file and line of a broken or unknown-version line', () => {
    const good = encodeRecord(sample()[0]!).split('\n');
    const bad = (i: number, text: string) => {
      const lines = [...good];
      lines[i] = text;
      return lines.join('\n');
    };
    const err = (text: string) => {
      try {
        decodeRecord(text, 'reports/monitoring/202611201015.jsonl');
      } catch (e) {
        expect(e).toBeInstanceOf(RecordDecodeError);
        return (e as Error).message;
      }
      throw new Error('decoded');
    };
    expect(err(bad(2, '{"v":1,'))).toMatch(/^reports\/monitoring\/202611201015\.jsonl:3: not valid JSON/);
    expect(err(bad(1, good[1]!.replace('"v":1', '"v":2')))).toMatch(
      /:2: report line of version 2; this phasegate reads version 1/,
    );
    expect(err(bad(1, good[1]!.replace('"numerator":', '"numerator":-')))).toMatch(
      /:2: bad sli line: numerator/,
    );
    expect(err(bad(3, '{"v":1,"type":"gauge"}'))).toMatch(/:4: unknown line type "gauge"/);
    expect(err(bad(0, good[1]!))).toMatch(/:1: the first line must be the `window` line/);
    expect(err(bad(2, good[1]!))).toMatch(/:3: SLI "auto_merge_rate" appears twice/);
    expect(err('')).toMatch(/:1: empty report/);
    const lat = good[5]!;
    expect(
      err(
        bad(
          5,
          lat.replace(/"count":(\d+)/, (_m, n) => `"count":${Number(n) + 1}`),
        ),
      ),
    ).toMatch(/:6: sketch holds \d+ values but count is \d+/);
  });
});

describe('ratio records', () => {
  it('keep a numerator larger than the denominator (crashes per session start)', () => {
    const report = collectTexts(
      [
        {
          source: 'crashes',
          text: [
            `{"ts":"${new Date(T0 + 1000).toISOString()}","event":"app.session.start"}`,
            `{"ts":"${new Date(T0 + 2000).toISOString()}","event":"app.crash"}`,
            `{"ts":"${new Date(T0 + 3000).toISOString()}","event":"app.crash"}`,
          ].join('\n'),
        },
      ],
      { policy: POLICY, from: T0, to: T0 + WINDOW },
    ).windows[0]!;
    const back = decodeRecord(encodeRecord(report), 'r.jsonl');
    expect(back.slis.get('crash_rate')).toEqual({ kind: 'ratio', numerator: 2, denominator: 1 });
  });
});
