import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rollout/decide.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
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

const policy = policyFromYaml(`rollout: t\ntimezone: Asia/Tokyo\nphases: [P0, P1, P2]\n${TEST_SLIS}`, {
  P0: `
id: P0
name: first
flags: {}
slos:
  - { id: lat, sli: lat, stat: p95, max: 2.5s, window: 1h, min_samples: 20 }
advance: { rule: soak, for: 6h }
`,
  P1: `
id: P1
name: second
flags: {}
slos:
  - { id: lat, sli: lat, stat: p95, max: 2.5s, window: 1h, min_samples: 20 }
  - { id: ok, sli: ok, stat: ratio, min: 99%, window: 6h, min_samples: 100 }
advance: { rule: soak, for: 6h }
rollback:
  when:
    - { rule: immediate, slo: ok, breach: { op: "<", value: 99.5% } }
`,
  P2: `
id: P2
name: last
flags: {}
slos:
  - { id: ok, sli: ok, stat: ratio, min: 99%, window: 1h, min_samples: 100 }
advance: { rule: consecutive_days, days: 2 }
`,
});
const kinds = kindsOf(policy);
const since = tokyo('2026-11-20T00:00');
const at = tokyo('2026-11-20T12:00');

const good = (): WindowFill => ({ latency: { lat: repeat(500, 10) }, ratio: { ok: [100, 100] } });
function records(
  change: (s: number) => WindowFill | null | undefined = () => undefined,
  to = at,
): WindowRecord[] {
  return trace(since - HOUR, to, kinds, (s) => {
    const c = change(s);
    return c === undefined ? good() : c;
  });
}

describe('evaluate', () => {
  it('advances after a clean soak', () => {
    const ev = evaluate({ policy, phase: 'P0', since, records: records(), at });
    expect(ev.decision).toEqual({
      action: 'advance',
      from: 'P0',
      to: 'P1',
      alert: false,
      reasons: [
        'advance P0 → P1: soak: 6h without a failing SLO, every window collected, and every SLO passes now',
      ],
    });
    expect(ev.slos.map((s) => s.status)).toEqual(['pass']);
  });

  it('aligns `at` down to a step boundary', () => {
    const ev = evaluate({ policy, phase: 'P0', since, records: records(), at: at + 7 * MINUTE });
    expect(ev.at).toBe(at);
    expect(ev.slos[0]!.window.to).toBe(at);
  });

  it('holds until the soak has run long enough', () => {
    const ev = evaluate({ policy, phase: 'P0', since, records: records(), at: since + 5 * HOUR });
    expect(ev.decision.action).toBe('hold');
    expect(ev.decision.reasons[0]).toBe('hold P0: soak: the phase has run 5h of 6h');
  });

  it('a rollback always wins over an advance', () => {
    // 99.2% passes the SLO (≥ 99%), so the soak is met, but breaches the rule's "< 99.5%"
    const ev = evaluate({
      policy,
      phase: 'P1',
      since,
      records: records(() => ({ ...good(), ratio: { ok: [992, 1000] } })),
      at,
    });
    expect(ev.advance!.met).toBe(true);
    expect(ev.decision.action).toBe('rollback');
    expect(ev.decision.to).toBe('P0');
    expect(ev.decision.alert).toBe(true);
    expect(ev.rules).toEqual([
      expect.objectContaining({ rule: 'immediate', slo: 'ok', trigger: 0, fired: true }),
    ]);
  });

  describe('missing data never advances', () => {
    it('no data now', () => {
      const ev = evaluate({
        policy,
        phase: 'P0',
        since,
        records: records((s) => (s >= at - HOUR ? {} : undefined)),
        at,
      });
      expect(ev.slos[0]!.status).toBe('no_data');
      expect(ev.decision.action).toBe('hold');
      expect(ev.decision.reasons[0]).toContain('not every SLO passes now');
      expect(ev.decision.reasons[1]).toContain('lat: no data over 1h: 0 samples < min 20');
    });

    it('an uncollected window inside the soak period', () => {
      const ev = evaluate({
        policy,
        phase: 'P0',
        since,
        records: records((s) => (s === since + 8 * HOUR ? null : undefined)),
        at,
      });
      expect(ev.decision.action).toBe('hold');
      expect(ev.advance!.detail).toBe(
        'soak: 1 of 24 windows of lat not collected in the last 6h (no report)',
      );
    });

    it('an SLI marked missing by the collector inside the soak period', () => {
      const ev = evaluate({
        policy,
        phase: 'P0',
        since,
        records: records((s) => (s === since + 8 * HOUR ? { missing: { lat: 'timeout' } } : undefined)),
        at,
      });
      expect(ev.decision.action).toBe('hold');
      expect(ev.advance!.detail).toContain('(timeout)');
    });

    it('quiet hours with too few samples are tolerated when every window was collected', () => {
      const quiet = (s: number) =>
        s >= since + HOUR && s < since + 3 * HOUR ? { latency: { lat: [500] } } : undefined;
      const ev = evaluate({ policy, phase: 'P0', since, records: records(quiet), at });
      expect(ev.decision.action).toBe('advance');
    });

    it('the last phase never completes on missing data', () => {
      const end = tokyo('2026-11-22T00:00');
      const gap = (s: number) => (s === tokyo('2026-11-21T23:45') ? null : undefined);
      const full = evaluate({ policy, phase: 'P2', since, records: records(undefined, end), at: end });
      expect(full.decision.action).toBe('complete');
      const ev = evaluate({ policy, phase: 'P2', since, records: records(gap, end), at: end });
      expect(ev.decision.action).toBe('hold');
      expect(ev.decision.reasons[0]).toContain('2026-11-21 (Asia/Tokyo) not met');
    });
  });

  it('a failing SLO during the soak holds, and says when', () => {
    const slow = (s: number) => (s === since + 9 * HOUR ? { latency: { lat: repeat(4000, 10) } } : undefined);
    const ev = evaluate({ policy, phase: 'P0', since, records: records(slow), at });
    expect(ev.decision.action).toBe('hold');
    expect(ev.advance!.detail).toMatch(
      /^soak: within the last 6h, failed at 2026-11-20 09:15 \(Asia\/Tokyo\): lat: p95 [34]\.\d+s > 2\.5s over 1h \(40 samples\)$/,
    );
  });

  it('evaluating before the phase began holds with no data', () => {
    const ev = evaluate({ policy, phase: 'P0', since, records: records(), at: since - WINDOW });
    expect(ev.decision.action).toBe('hold');
    expect(ev.slos[0]!.status).toBe('no_data');
  });

  it('an unknown phase is a caller error', () => {
    expect(() => evaluate({ policy, phase: 'X', since, records: [], at })).toThrow(
      /unknown phase "X"; valid phases: P0, P1, P2/,
    );
  });

  it('never throws on odd reports: none at all, unaligned, or of the wrong kind', () => {
    const odd: WindowRecord[] = [
      { ...records()[0]!, start: since + 7 * MINUTE, end: since + 22 * MINUTE },
      { ...records()[0]!, start: since, slis: new Map([['lat', { kind: 'count', count: 3 }]]) },
    ];
    for (const list of [[], odd]) {
      const ev = evaluate({ policy, phase: 'P1', since, records: list, at });
      expect(ev.decision.action).toBe('hold');
      expect(ev.slos.every((s) => s.status === 'no_data')).toBe(true);
    }
  });
});
