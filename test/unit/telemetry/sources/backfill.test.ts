import { describe, expect, it } from 'vitest';
import { emptyAggregate, type WindowRecord } from '../../../../src/telemetry/record.js';
import { DEFAULT_BACKFILL_MS, planBackfill } from '../../../../src/telemetry/sources/backfill.js';

const W = 15 * 60_000;
const T = Date.parse('2026-11-20T12:00:00Z');
const SLIS = ['a', 'b'];
const iso = (ms: number) => new Date(ms).toISOString().slice(11, 16);

function rep(start: number, missing: string[] = []): WindowRecord {
  return {
    start,
    end: start + W,
    counts: { events: 0, malformed: 0, invalid: 0, unknown: 0 },
    slis: new Map(SLIS.filter((s) => !missing.includes(s)).map((s) => [s, emptyAggregate('count')])),
    missing: new Map(missing.map((s) => [s, 'HTTP 503'])),
  };
}

function plan(records: WindowRecord[], maxMs = DEFAULT_BACKFILL_MS, extraEnds: number[] = []) {
  const p = planBackfill({
    last: T,
    windowMs: W,
    maxMs,
    reportEnds: [...records.map((r) => r.end), ...extraEnds],
    recent: records,
    slis: SLIS,
  });
  return { windows: [...p.windows].map(([s, ids]) => `${iso(s)} ${ids.join(',')}`), skipped: p.skipped };
}

describe('back-fill: which windows a run into a folder owes', () => {
  it('a fresh folder: the whole horizon', () => {
    expect(plan([], 3_600_000)).toEqual({
      windows: ['11:00 a,b', '11:15 a,b', '11:30 a,b', '11:45 a,b'],
      skipped: undefined,
    });
  });

  it('up to date: nothing', () => {
    expect(plan([rep(T - W)]).windows).toEqual([]);
  });

  it('late or skipped schedules: every window since the newest report', () => {
    expect(plan([rep(T - 4 * W)]).windows).toEqual(['11:15 a,b', '11:30 a,b', '11:45 a,b']);
  });

  it('a gap between reports, and the SLIs a report lists as missing', () => {
    expect(plan([rep(T - 5 * W), rep(T - 3 * W, ['b']), rep(T - W)]).windows).toEqual([
      '11:00 a,b',
      '11:15 b',
      '11:30 a,b',
    ]);
  });

  it('a missing SLI the policy no longer has is not retried', () => {
    expect(plan([rep(T - 2 * W), { ...rep(T - W), missing: new Map([['gone', 'x']]) }]).windows).toEqual([]);
  });

  it('bounded by the horizon; what lies beyond is reported as skipped', () => {
    const old = T - 10 * 3_600_000;
    const p = plan([], 2 * 3_600_000, [old]);
    expect(p.windows).toHaveLength(8);
    expect(p.windows[0]).toBe('10:00 a,b');
    expect(p.skipped).toEqual({ from: old, to: T - 2 * 3_600_000 });
  });
});
