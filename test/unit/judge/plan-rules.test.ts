/**
 * The operating plan's rollback rules, each on a trace built for it, with the reference rollout
 * (phases/). Each test is named after the plan's words.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTrigger, Judge } from '../../../src/judge/index.js';
import { phaseById } from '../../../src/policy/model.js';
import {
  HOUR,
  kindsOf,
  referencePolicy,
  repeat,
  tokyo,
  trace,
  WINDOW,
  type WindowFill,
} from '../../support/traces.js';

const policy = referencePolicy();
const kinds = kindsOf(policy);
const day = tokyo('2026-11-21T00:00');

function fire(phaseId: string, fill: (s: number) => WindowFill | null, since: number, at: number) {
  const phase = phaseById(policy, phaseId)!;
  const records = trace(since, at, kinds, fill);
  const judge = new Judge({ policy, records, since });
  return phase.rollback.when.flatMap((t, i) => evaluateTrigger(judge, phase, t, i, at));
}

describe('A-0: 保存遅延 > 2.5s が 1 日 3 回以上 (save latency > 2.5 s three or more times a day)', () => {
  const slow = (): WindowFill => ({ latency: { save_latency: repeat(3000, 40) } });
  const fast = (): WindowFill => ({ latency: { save_latency: repeat(800, 40) } });
  const since = day - 2 * HOUR;

  it('a regression that lasts all day fires, by its third 15-minute window', () => {
    const from = day + 9 * HOUR;
    const fill = (s: number) => (s >= from ? slow() : fast());
    expect(fire('A-0', fill, since, from + 2 * WINDOW)[0]!.fired).toBe(false);
    const [r] = fire('A-0', fill, since, from + 3 * WINDOW);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toContain('save-latency-p95 3 breaching windows on 2026-11-21');
    expect(fire('A-0', fill, since, day + 24 * HOUR)[0]!.detail).toContain('60 breaching windows');
  });

  it('missing windows never make or break the count', () => {
    const from = day + 9 * HOUR;
    const at = from + 8 * WINDOW;
    // two slow windows with uncollected windows around and between them: still two times
    const two = (s: number) => {
      const i = (s - from) / WINDOW;
      if (i === 1 || i === 2 || i === 4) return null;
      return i === 0 || i === 3 ? slow() : fast();
    };
    expect(fire('A-0', two, since, at)[0]!.fired).toBe(false);
    expect(fire('A-0', two, since, at)[0]!.detail).toContain('2 breaching windows');
    // an all-day regression with every other window uncollected still fires
    const gappy = (s: number) => (s < from ? fast() : ((s - from) / WINDOW) % 2 ? null : slow());
    expect(fire('A-0', gappy, since, at)[0]!.fired).toBe(true);
  });
});

describe('B-1: 任意 SLO 未達が 24 時間継続 (any SLO unmet for 24 h continuously)', () => {
  const since = day;
  const healthy = (): WindowFill => ({
    latency: { save_latency: repeat(800, 40) },
    ratio: { restore_success: [100, 100], crash_rate: [1, 100], auto_merge_rate: [25, 25] },
    count: { critical_bugs: 0 },
  });
  const result = (rs: ReturnType<typeof fire>, slo: string) => rs.find((r) => r.slo === slo)!;

  it('auto-merge at 70 % for 26 h with quiet nights rolls back: quiet windows do not reset it', () => {
    const from = day + 10 * HOUR;
    const quietNight = (s: number) => {
      const hour = new Date(s + 9 * HOUR).getUTCHours(); // Tokyo
      return hour >= 1 && hour < 7;
    };
    const fill = (s: number): WindowFill => ({
      ...healthy(),
      ratio: {
        ...healthy().ratio,
        auto_merge_rate: s < from ? [25, 25] : quietNight(s) ? [0, 0] : [21, 30],
      },
    });
    const before = result(fire('B-1', fill, since, from + 24 * HOUR - WINDOW), 'auto-merge-rate');
    expect(before.fired).toBe(false);
    const r = result(fire('B-1', fill, since, from + 24 * HOUR), 'auto-merge-rate');
    expect(r.fired).toBe(true);
    expect(r.detail).toContain('24 without data between');
    expect(result(fire('B-1', fill, since, from + 26 * HOUR), 'auto-merge-rate').fired).toBe(true);
  });

  it('five critical bugs every day rolls back: the count is a rolling 24 h count', () => {
    const fill = (s: number): WindowFill => ({
      ...healthy(),
      count: { critical_bugs: new Date(s + 9 * HOUR).getUTCHours() === 10 && s % HOUR === 0 ? 5 : 0 },
    });
    const first = day + 10 * HOUR + WINDOW; // the first step that sees day 1's bugs
    expect(result(fire('B-1', fill, since, first + 24 * HOUR - 2 * WINDOW), 'critical-bugs').fired).toBe(
      false,
    );
    const r = result(fire('B-1', fill, since, first + 24 * HOUR - WINDOW), 'critical-bugs');
    expect(r.fired).toBe(true);
    expect(r.detail).toBe(
      'sustained: critical-bugs breached at every evaluation for 24h (96 of 96 evaluations)',
    );
    expect(result(fire('B-1', fill, since, day + 60 * HOUR), 'critical-bugs').fired).toBe(true);
  });
});
