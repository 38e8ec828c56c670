import { describe, expect, it } from 'vitest';
import { latencySteps, traceChunks, traceLines, traceText } from '../../../src/demo/trace.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import { POLICY, SLIS, T0, WINDOW } from './fixtures.js';

describe('demo trace', () => {
  it('is deterministic, ~165 bytes a line, in time order, and chunks match the lines', () => {
    const o = { seed: 11, from: T0, to: T0 + 4 * WINDOW, events: 20_000 };
    const text = traceText(o);
    expect(traceText(o)).toBe(text);
    expect(traceText({ ...o, seed: 12 })).not.toBe(text);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    const avg = Buffer.byteLength(text) / lines.length;
    expect(avg).toBeGreaterThan(155);
    expect(avg).toBeLessThan(175);
    const ts = lines.map((l) => Date.parse(JSON.parse(l).ts));
    expect(ts.every((t, i) => i === 0 || t >= ts[i - 1]!)).toBe(true);
    expect(Buffer.concat([...traceChunks(o, 10_000)]).toString()).toBe(text);
  });

  it('can script a latency regression in one cohort from some instant on', () => {
    const from = T0;
    const to = T0 + 4 * WINDOW;
    const text = traceText({
      seed: 1,
      from,
      to,
      events: 40_000,
      cohorts: { beta: 1 },
      latency: latencySteps({ p50Ms: 600, p95Ms: 1500 }, [
        { from: T0 + 2 * WINDOW, cohort: 'beta', p50Ms: 1500, p95Ms: 4000 },
      ]),
    });
    const r = collectTexts([{ source: 't', text }], { policy: { ...POLICY, slis: SLIS }, from, to });
    const p95 = r.windows.map((w) => {
      const a = w.slis.get('save_latency')!;
      return a.kind === 'latency' ? a.sketch.quantile(0.95)! : 0;
    });
    expect(p95[0]).toBeGreaterThan(1350);
    expect(p95[1]).toBeLessThan(1650);
    expect(p95[2]).toBeGreaterThan(3600);
    expect(p95[3]).toBeLessThan(4400);
  });

  it('injects malformed, invalid and unknown lines at the asked rates', () => {
    const lines = [
      ...traceLines({
        seed: 2,
        from: T0,
        to: T0 + WINDOW,
        events: 20_000,
        malformed: 0.01,
        invalid: 0.01,
        unknown: 0.02,
      }),
    ];
    const r = collectTexts([{ source: 't', text: `${lines.join('\n')}\n` }], {
      policy: POLICY,
      from: T0,
      to: T0 + WINDOW,
    });
    const c = r.windows[0]!.counts;
    expect(c.malformed).toBeGreaterThan(120);
    expect(c.malformed).toBeLessThan(280);
    expect(c.invalid).toBeGreaterThan(120);
    expect(c.unknown).toBeGreaterThan(300);
  });
});
