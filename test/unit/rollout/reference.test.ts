/**
 * SPEC.md section 1, row by row, against the real reference rollout in phases/: for each row a
 * trace that must trigger the row's rule and one just inside the threshold that must not.
 */
import { describe, expect, it } from 'vitest';
import { type Evaluation, evaluate } from '../../../src/rollout/decide.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import {
  DAY,
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

/** Every SLI healthy: 10 saves of 800 ms, 100/100 restores, 1% crashes, 25/25 auto merges, no bugs. */
function healthy(): WindowFill {
  return {
    latency: { save_latency: repeat(800, 10) },
    ratio: { restore_success: [100, 100], crash_rate: [100, 10_000], auto_merge_rate: [25, 25] },
    count: { critical_bugs: 0 },
  };
}

/** Healthy windows from `from` to `to`, with `change` applied to the windows it returns a patch for. */
function records(
  from: number,
  to: number,
  change: (start: number) => Partial<WindowFill> | null | undefined = () => undefined,
): WindowRecord[] {
  return trace(from, to, kinds, (s) => {
    const patch = change(s);
    if (patch === null) return null;
    const base = healthy();
    return {
      latency: { ...base.latency, ...patch?.latency },
      ratio: { ...base.ratio, ...patch?.ratio },
      count: { ...base.count, ...patch?.count },
      missing: patch?.missing,
    };
  });
}

function run(phase: string, since: number, at: number, list: WindowRecord[], started?: number): Evaluation {
  return evaluate({ policy, phase, since, records: list, at, started });
}

const SINCE = tokyo('2026-11-20T00:00');
const AT = tokyo('2026-11-23T12:00'); // 3.5 days into the phase

describe('A-0 prep: P95 > 2.5s three or more times in one day → alert, block advancing', () => {
  // One window of slow saves is one time (its own P95 is over 2.5 s), though it keeps the 2 h
  // P95 above 2.5 s for 8 evaluations.
  const slowAt =
    (...hours: number[]) =>
    (s: number) =>
      hours.some((h) => s === tokyo('2026-11-23T00:00') + h * HOUR)
        ? { latency: { save_latency: repeat(2600, 10) } }
        : undefined;

  it('healthy for 24 h advances to A-1', () => {
    const ev = run('A-0', SINCE, AT, records(SINCE, AT));
    expect(ev.decision).toMatchObject({ action: 'advance', from: 'A-0', to: 'A-1', alert: false });
  });

  it('three breaches in a day: hold with an alert, no earlier phase', () => {
    const ev = run('A-0', SINCE, AT, records(SINCE, AT, slowAt(1, 4, 7)));
    expect(ev.decision).toMatchObject({ action: 'hold', to: null, alert: true });
    expect(ev.decision.reasons[0]).toContain('no earlier phase');
    expect(ev.decision.reasons[1]).toMatch(
      /save-latency-p95 3 breaching windows on 2026-11-23 \(Asia\/Tokyo\).* >= 3$/,
    );
  });

  it('two breaches in a day: no alert (hold, since the soak saw failures)', () => {
    const ev = run('A-0', SINCE, AT, records(SINCE, AT, slowAt(1, 4)));
    expect(ev.rules[0]!.fired).toBe(false);
    expect(ev.rules[0]!.detail).toContain('2 breaching windows');
    expect(ev.decision).toMatchObject({ action: 'hold', alert: false });
  });

  it('three breaches spread over two Tokyo days do not alert', () => {
    const ev = run('A-0', SINCE, AT, records(SINCE, AT, slowAt(-6, -3, 4)));
    expect(ev.decision.alert).toBe(false);
  });
});

describe('A-1 QA canary: P95 > 2.5s or restore success < 99.5% → roll back to A-0 at once', () => {
  it('healthy advances to A-2', () => {
    expect(run('A-1', SINCE, AT, records(SINCE, AT)).decision).toMatchObject({
      action: 'advance',
      to: 'A-2',
    });
  });

  it('P95 above 2.5 s now rolls back to A-0', () => {
    const ev = run(
      'A-1',
      SINCE,
      AT,
      records(SINCE, AT, (s) =>
        s >= AT - HOUR ? { latency: { save_latency: repeat(2600, 10) } } : undefined,
      ),
    );
    expect(ev.decision).toMatchObject({ action: 'rollback', from: 'A-1', to: 'A-0', alert: true });
    expect(ev.decision.reasons[1]).toMatch(
      /^immediate: breached now: save-latency-p95: p95 2\.6\d*s > 2\.5s over 2h \(80 samples\)$/,
    );
  });

  it('P95 at 2.4 s holds the line', () => {
    const ev = run(
      'A-1',
      SINCE,
      AT,
      records(SINCE, AT, (s) =>
        s >= AT - 2 * HOUR ? { latency: { save_latency: repeat(2400, 10) } } : undefined,
      ),
    );
    expect(ev.decision.action).toBe('advance');
  });

  it('restore success 99.4% rolls back; exactly 99.5% does not', () => {
    const low = run(
      'A-1',
      SINCE,
      AT,
      records(SINCE, AT, () => ({ ratio: { restore_success: [994, 1000] } })),
    );
    expect(low.decision).toMatchObject({ action: 'rollback', to: 'A-0' });
    expect(low.decision.reasons[1]).toContain('restore-success: 99.4% < 99.5% over 24h (96000 samples)');
    const exact = run(
      'A-1',
      SINCE,
      AT,
      records(SINCE, AT, () => ({ ratio: { restore_success: [199, 200] } })),
    );
    expect(exact.slos[1]!.status).toBe('pass');
    expect(exact.decision.action).toBe('advance');
  });

  it('a breach that recovered an hour ago does not roll back now', () => {
    const ev = run(
      'A-1',
      SINCE,
      AT,
      records(SINCE, AT, (s) =>
        s === AT - 3 * HOUR ? { latency: { save_latency: repeat(2600, 10) } } : undefined,
      ),
    );
    expect(ev.rules.every((r) => !r.fired)).toBe(true);
    // …but the failure lies within the 24 h soak, so the phase holds instead of advancing
    expect(ev.decision.action).toBe('hold');
    expect(ev.advance!.detail).toContain(
      'soak: within the last 24h, failed at 2026-11-23 09:15 (Asia/Tokyo)',
    );
  });
});

describe('A-2 beta: restore failure ≥ 0.5% or crash increase > +5% → restart from A-1', () => {
  const since = tokyo('2026-11-20T00:00');
  const at = since + 4 * DAY;
  const history = (change?: (s: number) => Partial<WindowFill> | undefined) =>
    records(since - 7 * DAY, at, change);

  it('healthy for 72 h advances to B-0', () => {
    expect(run('A-2', since, at, history()).decision).toMatchObject({ action: 'advance', to: 'B-0' });
  });

  it('restore success of exactly 99.5% (failure 0.5%) rolls back, and wins over the met advance', () => {
    const ev = run(
      'A-2',
      since,
      at,
      history((s) => (s >= since ? { ratio: { restore_success: [199, 200] } } : undefined)),
    );
    expect(ev.slos[0]!.status).toBe('pass'); // the SLO (≥ 99.5%) holds…
    expect(ev.advance!.met).toBe(true); // …so the soak is met…
    expect(ev.decision).toMatchObject({ action: 'rollback', to: 'A-1' }); // …but the breach rule wins
    expect(ev.decision.reasons[1]).toContain('restore-success: 99.5% <= 99.5% (breach condition)');
  });

  it('restore success 99.6% does not roll back', () => {
    const ev = run(
      'A-2',
      since,
      at,
      history((s) => (s >= since ? { ratio: { restore_success: [996, 1000] } } : undefined)),
    );
    expect(ev.decision.action).toBe('advance');
  });

  it('crash rate 6% above the 7-day baseline before the rollout rolls back; 5% does not', () => {
    const crash = (n: number) => (s: number) =>
      s >= since ? { ratio: { crash_rate: [n, 10_000] as [number, number] } } : undefined;
    // The rollout began as this A-2 did (first time through): the 7 days before hold 1 %.
    const up6 = run('A-2', since, at, history(crash(106)), since);
    expect(up6.decision).toMatchObject({ action: 'rollback', to: 'A-1' });
    expect(up6.slos[1]!.value).toBeCloseTo(0.06, 9);
    expect(up6.slos[1]!.baseline).toMatchObject({
      value: 0.01,
      from: since - 7 * DAY,
      to: since,
      samples: 6_720_000,
    });
    expect(up6.decision.reasons[1]).toContain(
      'crash-rate-increase: +6% > +5% over 24h (960000 samples) vs baseline 1% over the 7d before the rollout began (6720000 samples)',
    );
    const up5 = run('A-2', since, at, history(crash(105)));
    expect(up5.slos[1]!.status).toBe('pass');
    expect(up5.decision.action).toBe('advance');
  });

  it('the baseline is the 7 days before the rollout, whatever came after', () => {
    // a worse crash rate before the rollout makes the same in-phase rate an improvement
    const ev = run(
      'A-2',
      since,
      at,
      history((s) => ({ ratio: { crash_rate: [s < since ? 200 : 150, 10_000] } })),
      since,
    );
    expect(ev.slos[1]!.value).toBeCloseTo(-0.25, 9);
    expect(ev.slos[1]!.status).toBe('pass');
  });

  it('no baseline data: no_data, never an advance', () => {
    const ev = run('A-2', since, at, records(since, at));
    expect(ev.slos[1]!.status).toBe('no_data');
    expect(ev.decision.action).toBe('hold');
  });
});

describe('B-0 merge beta: auto-merge < 80% in a 15-minute window or critical bugs > 3 a day → A-2', () => {
  const since = tokyo('2026-11-20T00:00');
  const at = tokyo('2026-11-23T18:00');
  it('auto-merge 75% in the last window rolls back; exactly 80% does not', () => {
    const last = (n: number) => (s: number) =>
      s === at - WINDOW ? { ratio: { auto_merge_rate: [n, 20] as [number, number] } } : undefined;
    const low = run('B-0', since, at, records(since, at, last(15)));
    expect(low.decision).toMatchObject({ action: 'rollback', to: 'A-2' });
    expect(low.decision.reasons[1]).toContain('auto-merge-rate: 75% < 80% over 15m (20 samples)');
    expect(run('B-0', since, at, records(since, at, last(16))).decision.action).toBe('advance');
  });

  it('a bad 15-minute window with fewer than 20 merges is no data, not a rollback', () => {
    const ev = run(
      'B-0',
      since,
      at,
      records(since, at, (s) => (s === at - WINDOW ? { ratio: { auto_merge_rate: [1, 19] } } : undefined)),
    );
    expect(ev.slos[0]!.status).toBe('no_data');
    expect(ev.decision.action).toBe('hold');
  });

  it('4 critical bugs in one Tokyo day roll back; 3 do not', () => {
    const bugs = (hours: number[]) => (s: number) =>
      hours.some((h) => s === tokyo('2026-11-23T00:00') + h * HOUR)
        ? { count: { critical_bugs: 1 } }
        : undefined;
    const four = run('B-0', since, at, records(since, at, bugs([1, 5, 9, 13])));
    expect(four.decision).toMatchObject({ action: 'rollback', to: 'A-2' });
    expect(four.decision.reasons[1]).toContain('critical-bugs: 4 > 3 on 2026-11-23 (Asia/Tokyo) so far');
    const three = run('B-0', since, at, records(since, at, bugs([1, 5, 9])));
    expect(three.rules.some((r) => r.fired)).toBe(false);
  });

  it('4 bugs in one UTC day but across two Tokyo days do not roll back', () => {
    // 20:00 and 22:00 Tokyo on the 22nd, 01:00 and 03:00 on the 23rd: all on 2026-11-22 UTC
    const bugs = (s: number) =>
      [-4, -2, 1, 3].some((h) => s === tokyo('2026-11-23T00:00') + h * HOUR)
        ? { count: { critical_bugs: 1 } }
        : undefined;
    const ev = run('B-0', since, tokyo('2026-11-23T04:00'), records(since, at, bugs));
    expect(ev.slos[1]).toMatchObject({ status: 'pass', value: 2 });
  });
});

describe('B-1 GA: any SLO unmet for 24 h → B-0; 5 days met in a row → complete', () => {
  const since = tokyo('2026-11-20T00:00');
  const bad = (from: number, n: number) => (s: number) =>
    s >= from && s < from + n * WINDOW
      ? { ratio: { auto_merge_rate: [10, 25] as [number, number] } }
      : undefined;

  it('auto-merge unmet for 24 h continuously rolls back to B-0', () => {
    const from = tokyo('2026-11-22T06:00');
    const at = from + DAY;
    const ev = run('B-1', since, at, records(since, at, bad(from, 96)));
    expect(ev.decision).toMatchObject({ action: 'rollback', from: 'B-1', to: 'B-0' });
    expect(ev.decision.reasons[1]).toBe(
      'sustained: auto-merge-rate breached at every evaluation for 24h (96 of 96 evaluations)',
    );
  });

  it('23 h 45 m unmet does not', () => {
    const from = tokyo('2026-11-22T06:00');
    const at = from + DAY;
    const ev = run('B-1', since, at, records(since, at, bad(from + WINDOW, 95)));
    expect(ev.rules.some((r) => r.fired)).toBe(false);
    expect(ev.rules.find((r) => r.slo === 'auto-merge-rate')!.detail).toContain(
      'breached for the last 23h45m',
    );
    expect(ev.decision.action).toBe('hold');
    // and 15 minutes earlier, the same 95 bad windows do not fire either
    const before = run('B-1', since, at - WINDOW, records(since, at, bad(from, 95)));
    expect(before.rules.some((r) => r.fired)).toBe(false);
  });

  it('five complete Tokyo days met in a row: complete', () => {
    const at = tokyo('2026-11-25T00:00');
    const ev = run('B-1', since, at, records(since, at));
    expect(ev.advance).toMatchObject({ rule: 'consecutive_days', met: true });
    expect(ev.decision).toMatchObject({ action: 'complete', from: 'B-1', to: null });
    expect(ev.decision.reasons[0]).toContain('5 days met in a row (2026-11-20 … 2026-11-24, Asia/Tokyo)');
  });

  it('four days: hold', () => {
    const at = tokyo('2026-11-24T23:45');
    const ev = run('B-1', since, at, records(since, at));
    expect(ev.decision.action).toBe('hold');
    expect(ev.advance!.detail).toContain('4 of 5 complete days (Asia/Tokyo) since the phase began met');
  });

  it('a day with a failing evaluation breaks the streak', () => {
    const at = tokyo('2026-11-26T00:00');
    const ev = run('B-1', since, at, records(since, at, bad(tokyo('2026-11-22T10:00'), 1)));
    expect(ev.decision.action).toBe('hold');
    expect(ev.advance!.detail).toMatch(
      /^consecutive_days: 2026-11-22 \(Asia\/Tokyo\) not met \(3 met since: 2026-11-23, 2026-11-24, 2026-11-25\), needs 5: failed at 2026-11-22 10:15/,
    );
  });

  it('missing data never completes: one uncollected window in the five days', () => {
    const at = tokyo('2026-11-25T00:00');
    const gap = tokyo('2026-11-21T03:00');
    const ev = run(
      'B-1',
      since,
      at,
      records(since, at, (s) => (s === gap ? null : undefined)),
    );
    expect(ev.decision.action).toBe('hold');
    expect(ev.advance!.detail).toContain('1 of 96 windows not collected');
  });
});
