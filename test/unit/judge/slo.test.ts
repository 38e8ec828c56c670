import { describe, expect, it } from 'vitest';
import { judgeSlo } from '../../../src/judge/index.js';
import type { SloSpec } from '../../../src/policy/model.js';
import {
  HOUR,
  kindsOf,
  MINUTE,
  policyFromYaml,
  repeat,
  TEST_SLIS,
  tokyo,
  trace,
  WINDOW,
  type WindowFill,
} from '../../support/traces.js';

const policy = policyFromYaml(`rollout: t\ntimezone: Asia/Tokyo\nphases: [P]\n${TEST_SLIS}`, {
  P: `
id: P
name: test
flags: {}
slos:
  - { id: p95, sli: lat, stat: p95, max: 2.5s, window: 2h, min_samples: 50 }
  - { id: mean, sli: lat, stat: mean, max: 1s, window: 1h }
  - { id: max, sli: lat, stat: max, max: 3s, window: 1h }
  - { id: ok, sli: ok, stat: ratio, min: 99.5%, window: 1h, min_samples: 200 }
  - { id: bugs, sli: bugs, stat: count, max: "3", window: day }
  - { id: crash-fixed, sli: crash, stat: increase, max: +5%, window: 1h, baseline: "1%" }
  - { id: crash-before, sli: crash, stat: increase, max: +5%, window: 1h, min_samples: 100, baseline: before_phase, baseline_window: 2h }
`,
});
const kinds = kindsOf(policy);
const slo = (id: string): SloSpec => policy.phases[0]!.slos.find((s) => s.id === id)!;

const T0 = tokyo('2026-11-21T00:00');
const at = T0 + 4 * HOUR;

function judge(
  id: string,
  fill: (start: number) => WindowFill | null,
  opts: { since?: number; at?: number } = {},
) {
  const records = trace(T0 - 4 * HOUR, T0 + 8 * HOUR, kinds, fill);
  return judgeSlo({ policy, slo: slo(id), records, at: opts.at ?? at, since: opts.since ?? T0 - 4 * HOUR });
}

describe('latency SLOs', () => {
  it('passes when the p95 over the window is within the objective, showing the numbers', () => {
    const v = judge('p95', () => ({ latency: { lat: [...repeat(800, 95), ...repeat(2400, 5)] } }));
    expect(v.status).toBe('pass');
    expect(v.samples).toBe(800);
    expect(v.value).toBeGreaterThan(790);
    expect(v.value).toBeLessThan(2500);
    expect(v.window).toEqual({ from: at - 2 * HOUR, to: at });
    expect(v.reason).toMatch(/^p95: p95 [\d.]+ms <= 2.5s over 2h \(800 samples\)$/);
  });

  it('fails when p95 exceeds 2.5s', () => {
    const v = judge('p95', () => ({ latency: { lat: [...repeat(800, 90), ...repeat(2810, 10)] } }));
    expect(v.status).toBe('fail');
    expect(v.value! / 2810).toBeCloseTo(1, 1);
    expect(v.reason).toMatch(/^p95: p95 2\.8\d*s > 2.5s over 2h \(800 samples\)$/);
  });

  it('mean and max', () => {
    expect(judge('mean', () => ({ latency: { lat: [500, 1500] } })).value).toBeCloseTo(1000, 6);
    expect(judge('mean', () => ({ latency: { lat: [500, 1500] } })).status).toBe('pass');
    expect(judge('max', () => ({ latency: { lat: [500, 3001] } })).status).toBe('fail');
  });

  it('too few samples is no_data, never pass or fail', () => {
    const v = judge('p95', () => ({ latency: { lat: repeat(9000, 6) } })); // 8 windows × 6 = 48 < 50
    expect(v.status).toBe('no_data');
    expect(v.samples).toBe(48);
    expect(v.reason).toContain('48 samples < min 50');
  });

  it('no events at all with min_samples 1 is no_data', () => {
    expect(judge('mean', () => ({})).status).toBe('no_data');
  });
});

describe('missing windows', () => {
  const good = { latency: { lat: repeat(800, 20) } };
  it('a window without a report makes the span no_data and says how many', () => {
    const v = judge('p95', (s) => (s === at - 30 * MINUTE ? null : good));
    expect(v.status).toBe('no_data');
    expect(v.windows).toEqual({ expected: 8, missing: 1 });
    expect(v.reason).toContain('1 of 8 windows not collected (no report)');
  });

  it('an SLI the collector marked missing is no_data with the collector reason', () => {
    const v = judge('p95', (s) =>
      s === at - HOUR ? { missing: { lat: 'source prometheus failed: 503' } } : good,
    );
    expect(v.status).toBe('no_data');
    expect(v.reason).toContain('source prometheus failed: 503');
  });

  it('a missing window outside the span does not matter', () => {
    expect(judge('p95', (s) => (s === at - 3 * HOUR ? null : good)).status).toBe('pass');
  });
});

describe('ratio SLOs', () => {
  it('the exact threshold passes: 995/1000 ≥ 99.5%', () => {
    // 4 windows of [995/4 ..] — use 1 window carrying everything and 3 windows of 0/0
    const v = judge('ok', (s) => (s === at - WINDOW ? { ratio: { ok: [995, 1000] } } : {}));
    expect(v.value).toBeCloseTo(0.995, 12);
    expect(v.status).toBe('pass');
    expect(v.reason).toBe('ok: 99.5% >= 99.5% over 1h (1000 samples)');
  });

  it('exact threshold with a sum of windows that is not exact in binary', () => {
    // 0.1 + 0.2-style noise: 199/200 summed from windows
    const v = judge('ok', (s) => (s >= at - HOUR ? { ratio: { ok: [199 * 0.25, 50] } } : {}));
    expect(v.status).toBe('pass');
  });

  it('just below the threshold fails, and the message does not round it to look equal', () => {
    const v = judge('ok', (s) => (s === at - WINDOW ? { ratio: { ok: [99_499, 100_000] } } : {}));
    expect(v.status).toBe('fail');
    expect(v.reason).toBe('ok: 99.499% < 99.5% over 1h (100000 samples)');
  });
});

describe('count SLOs over the calendar day', () => {
  it('zero bugs is a pass: samples are the windows collected', () => {
    const v = judge('bugs', () => ({}));
    expect(v.status).toBe('pass');
    expect(v.value).toBe(0);
    expect(v.samples).toBe(16); // 00:00–04:00 Tokyo
    expect(v.window).toEqual({ from: T0, to: at });
    expect(v.reason).toBe('bugs: 0 <= 3 on 2026-11-21 (Asia/Tokyo) so far (16 windows)');
  });

  it('counts only today (Tokyo): bugs yesterday do not count', () => {
    const fill = (s: number) => ({ count: { bugs: s < T0 ? 5 : s === T0 + HOUR ? 4 : 0 } });
    expect(judge('bugs', fill, { at: T0 + HOUR }).status).toBe('pass');
    const v = judge('bugs', fill, { at: T0 + 2 * HOUR });
    expect(v.status).toBe('fail');
    expect(v.reason).toContain('bugs: 4 > 3 on 2026-11-21');
  });

  it('the step at local midnight judges the whole day that just ended', () => {
    const v = judge('bugs', () => ({ count: { bugs: 0 } }), { at: T0 });
    expect(v.window).toEqual({ from: T0 - 4 * HOUR, to: T0 }); // clipped to since
    expect(v.reason).toContain('2026-11-20');
  });

  it('a missing window today is no_data', () => {
    expect(judge('bugs', (s) => (s === T0 + 15 * MINUTE ? null : {})).status).toBe('no_data');
  });
});

describe('spans are clipped to the phase start', () => {
  it('does not judge this phase by the data of the previous one', () => {
    const fill = (s: number) => ({
      ratio: { ok: s < at - 30 * MINUTE ? [0, 1000] : [1000, 1000] } as WindowFill['ratio'],
    });
    expect(judge('ok', fill).status).toBe('fail');
    const v = judge('ok', fill, { since: at - 30 * MINUTE });
    expect(v.status).toBe('pass');
    expect(v.window).toEqual({ from: at - 30 * MINUTE, to: at });
    expect(v.reason).toContain('over 30m since the phase began (window 1h)');
  });

  it('no complete window since the phase began is no_data', () => {
    const v = judge('ok', () => ({ ratio: { ok: [1000, 1000] } }), { since: at - 10 * MINUTE });
    expect(v.status).toBe('no_data');
    expect(v.reason).toContain('no complete window yet');
  });
});

describe('increase against a baseline', () => {
  it('fixed baseline: 1.06% vs 1% is +6% > +5%', () => {
    const v = judge('crash-fixed', () => ({ ratio: { crash: [106, 10_000] } }));
    expect(v.value).toBeCloseTo(0.06, 9);
    expect(v.status).toBe('fail');
    expect(v.reason).toBe('crash-fixed: +6% > +5% over 1h (40000 samples) vs baseline 1%');
  });

  it('fixed baseline: exactly +5% passes', () => {
    expect(judge('crash-fixed', () => ({ ratio: { crash: [105, 10_000] } })).status).toBe('pass');
  });

  it('before_phase baseline: the rate over the window before the phase began', () => {
    const since = T0;
    // before: 1% crash rate; after: 1.04% → +4% (pass) or 1.06% → +6% (fail)
    const fill = (after: number) => (s: number) => ({
      ratio: { crash: s < since ? [10, 1000] : [after, 1000] } as WindowFill['ratio'],
    });
    const pass = judge('crash-before', fill(10.4), { since });
    expect(pass.status).toBe('pass');
    expect(pass.baseline).toEqual({ value: 0.01, from: since - 2 * HOUR, to: since, samples: 8000 });
    const fail = judge('crash-before', fill(10.6), { since });
    expect(fail.status).toBe('fail');
    expect(fail.reason).toContain('vs baseline 1% over the 2h before the phase began (8000 samples)');
  });

  it('no baseline data, or a zero baseline, is no_data with the reason', () => {
    const since = T0;
    const none = judge('crash-before', (s) => (s < since ? null : { ratio: { crash: [1, 1000] } }), {
      since,
    });
    expect(none.status).toBe('no_data');
    expect(none.reason).toContain('no baseline data in the 2h before the phase began');
    const zero = judge('crash-before', (s) => ({ ratio: { crash: s < since ? [0, 1000] : [1, 1000] } }), {
      since,
    });
    expect(zero.status).toBe('no_data');
    expect(zero.reason).toContain('is 0, so an increase is undefined');
  });
});
