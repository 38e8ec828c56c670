/**
 * SLO series: each point is the verdict the decision would see at that step, and a 3-day soak
 * at 15-minute steps stays cheap.
 */
import { describe, expect, it } from 'vitest';
import { sloSeries } from '../../../src/judge/series.js';
import { phaseById } from '../../../src/policy/model.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { DAY, HOUR, kindsOf, referencePolicy, repeat, trace, WINDOW } from '../../support/traces.js';

const policy = referencePolicy();
const SINCE = Date.parse('2026-11-20T00:00:00Z');
const b1 = phaseById(policy, 'B-1')!;

// Three days; saves slow in hours 30–32; hours 50–52 never collected; few restores at night.
const records = trace(SINCE, SINCE + 3 * DAY, kindsOf(policy), (start, i) => {
  const hour = (start - SINCE) / HOUR;
  if (hour >= 50 && hour < 52) return null;
  const slow = hour >= 30 && hour < 32;
  return {
    latency: {
      save_latency: slow ? [...repeat(900, 5), ...repeat(4000, 5)] : repeat(800 + (i % 4) * 100, 10),
    },
    ratio: { restore_success: [i % 9 === 0 ? 9 : 10, 10], crash_rate: [1, 100], auto_merge_rate: [20, 25] },
    count: { critical_bugs: i % 50 === 0 ? 1 : 0 },
  };
});

describe('sloSeries', () => {
  const series = sloSeries({ policy, phase: b1, records, since: SINCE, from: SINCE, to: SINCE + 3 * DAY });

  it('has one point per step, aligned to the window grid, for every SLO of the phase', () => {
    expect(series.map((s) => s.id)).toEqual(b1.slos.map((s) => s.id));
    for (const s of series) {
      expect(s.points).toHaveLength(3 * 96 + 1);
      expect(s.points[0]!.at).toBe(SINCE);
      expect(s.points[1]!.at - s.points[0]!.at).toBe(WINDOW);
    }
    expect(series[0]).toMatchObject({ sli: 'save_latency', unit: 'ms', stat: 'p95', window: 2 * HOUR });
    expect(series[0]!.objective).toMatchObject({ op: '<=', threshold: 2500, text: '2.5s' });
  });

  it('equals the verdicts evaluate() gives at sample steps, with null for no data', () => {
    const steps = [
      SINCE + 1 * HOUR,
      SINCE + 3 * HOUR,
      SINCE + 31 * HOUR,
      SINCE + 51 * HOUR,
      SINCE + 70 * HOUR,
    ];
    for (const at of steps) {
      const ev = evaluate({ policy, phase: 'B-1', since: SINCE, records, at });
      for (const [k, v] of ev.slos.entries()) {
        const p = series[k]!.points.find((x) => x.at === at)!;
        expect(p.status, `${v.id} at +${(at - SINCE) / HOUR}h`).toBe(v.status);
        expect(p.value).toBe(v.status === 'no_data' ? null : v.value);
      }
    }
    const lat = series[0]!.points;
    expect(lat.find((p) => p.at === SINCE + 31 * HOUR)!.status).toBe('fail');
    expect(lat.find((p) => p.at === SINCE + 51 * HOUR)!).toMatchObject({ value: null, status: 'no_data' });
    expect(lat.find((p) => p.at === SINCE + 10 * HOUR)!.status).toBe('pass');
  });

  it('steps coarser than the window, aligned up from `from`', () => {
    const hourly = sloSeries({
      policy,
      phase: b1,
      records,
      since: SINCE,
      from: SINCE + 10 * 60_000,
      to: SINCE + 5 * HOUR,
      stepMs: HOUR,
    });
    expect(hourly[0]!.points.map((p) => (p.at - SINCE) / HOUR)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a step that is not a multiple of the window', () => {
    expect(() =>
      sloSeries({ policy, phase: b1, records, from: SINCE, to: SINCE + HOUR, stepMs: 10 * 60_000 }),
    ).toThrow(/stepMs 600000 is not a positive multiple of the policy window \(900000 ms\)/);
  });

  it('charts a 3-day soak at 15-minute steps for 4 SLOs (how fast: npm run bench)', () => {
    const again = sloSeries({ policy, phase: b1, records, since: SINCE, from: SINCE, to: SINCE + 3 * DAY });
    expect(again.reduce((n, s) => n + s.points.length, 0)).toBe(4 * 289);
  });
});
