import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTrigger, Judge } from '../../../src/judge/index.js';
import type { PhaseSpec } from '../../../src/policy/model.js';
import {
  HOUR,
  kindsOf,
  MINUTE,
  policyFromYaml,
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
  - { id: ok, sli: ok, stat: ratio, min: 99%, window: 15m, min_samples: 10 }
  - { id: bugs, sli: bugs, stat: count, max: "3", window: day }
rollback:
  to: null
  when:
    - { rule: immediate, slo: ok }
    - { rule: breaches_per_day, slo: ok, count: 3 }
    - { rule: sustained, slo: any, for: 2h }
    - { rule: immediate, slo: ok, breach: { op: "<=", value: 99% } }
`,
});
const kinds = kindsOf(policy);
const phase: PhaseSpec = policy.phases[0]!;
const T0 = tokyo('2026-11-21T00:00');
const since = T0 - 12 * HOUR;

/** Window fill: restore ratio good (100%), bad (90%), exact (99%), or no data (too few). */
type W = 'g' | 'b' | 'e' | 'n' | 'x';
function fill(w: W): WindowFill | null {
  if (w === 'x') return null;
  const ratio: [number, number] =
    w === 'g' ? [100, 100] : w === 'b' ? [90, 100] : w === 'e' ? [99, 100] : [1, 2];
  return { ratio: { ok: ratio } };
}

/** Reports from a pattern string: one letter per window from `from`; good windows elsewhere. */
function records(from: number, pattern: string) {
  return trace(since, T0 + 36 * HOUR, kinds, (s) => {
    const i = (s - from) / WINDOW;
    return fill(i >= 0 && i < pattern.length ? (pattern[i] as W) : 'g');
  });
}

function run(index: number, from: number, pattern: string, at: number) {
  const judge = new Judge({ policy, records: records(from, pattern), since });
  return evaluateTrigger(judge, phase, phase.rollback.when[index]!, index, at);
}

describe('immediate', () => {
  const from = T0 + 10 * HOUR;
  it('fires when the trailing window is breached at the evaluation step', () => {
    const [r] = run(0, from, 'b', from + WINDOW);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toBe('immediate: breached now: ok: 90% < 99% over 15m (100 samples)');
  });

  it('a breach that has since recovered does not fire later', () => {
    const [r] = run(0, from, 'b', from + 2 * WINDOW);
    expect(r!.fired).toBe(false);
    expect(r!.detail).toContain('not breached');
  });

  it('no data is never a breach', () => {
    expect(run(0, from, 'n', from + WINDOW)[0]!.fired).toBe(false);
    expect(run(0, from, 'x', from + WINDOW)[0]!.fired).toBe(false);
    expect(run(0, from, 'n', from + WINDOW)[0]!.detail).toContain('not judged');
  });

  it('a breach condition overrides "the SLO fails": 99% passes the SLO but breaches "<= 99%"', () => {
    expect(run(0, from, 'e', from + WINDOW)[0]!.fired).toBe(false);
    const [r] = run(3, from, 'e', from + WINDOW);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toContain('ok: 99% <= 99% (breach condition)');
    expect(run(3, from, 'g', from + WINDOW)[0]!.fired).toBe(false);
  });
});

describe('breaches_per_day', () => {
  const from = T0 + 8 * HOUR; // 08:00 Tokyo
  it('counts breaching windows: a breach lasting six windows is six times', () => {
    const [r] = run(1, from, 'bbbbbb', from + 8 * HOUR);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toBe(
      'breaches_per_day: ok 6 breaching windows on 2026-11-21 (Asia/Tokyo) (windows ending 08:15, 08:30, 08:45, 09:00, 09:15, 09:30) >= 3',
    );
  });

  it('fires on the third breaching window in one day', () => {
    const two = run(1, from, 'bggbg', from + 8 * HOUR)[0]!;
    expect(two.fired).toBe(false);
    expect(two.detail).toContain('2 breaching windows');
    const three = run(1, from, 'bggbgb', from + 8 * HOUR)[0]!;
    expect(three.fired).toBe(true);
    expect(three.detail).toBe(
      'breaches_per_day: ok 3 breaching windows on 2026-11-21 (Asia/Tokyo) (windows ending 08:15, 09:00, 09:30) >= 3',
    );
  });

  it('counts only windows up to now', () => {
    expect(run(1, from, 'bgbgb', from + 4 * WINDOW)[0]!.fired).toBe(false);
    expect(run(1, from, 'bgbgb', from + 5 * WINDOW)[0]!.fired).toBe(true);
  });

  it('a no-data window neither counts nor splits a breach', () => {
    expect(run(1, from, 'bnb', from + 8 * HOUR)[0]!.detail).toContain('2 breaching windows');
    expect(run(1, from, 'bxnxb', from + 8 * HOUR)[0]!.fired).toBe(false);
    expect(run(1, from, 'bxbnxb', from + 8 * HOUR)[0]!.fired).toBe(true);
  });

  it('resets at local midnight (Tokyo), not UTC midnight', () => {
    // three breaching windows late on the 21st Tokyo time; judged on the 22nd they no longer count
    const late = T0 + 22 * HOUR;
    expect(run(1, late, 'bgbgb', T0 + 24 * HOUR)[0]!.fired).toBe(true); // the midnight step closes the 21st
    const next = run(1, late, 'bgbgb', T0 + 24 * HOUR + WINDOW)[0]!;
    expect(next.fired).toBe(false);
    expect(next.detail).toContain('0 breaching windows on 2026-11-22');
    // UTC midnight (09:00 Tokyo) is not a day boundary: windows before and after it add up
    const utcMidnight = T0 + 9 * HOUR;
    expect(run(1, utcMidnight - 2 * WINDOW, 'bgbgb', utcMidnight + 4 * WINDOW)[0]!.fired).toBe(true);
  });

  it('a window counts in the day it ends in', () => {
    const [r] = run(1, T0 + 24 * HOUR - WINDOW, 'bbgbgb', T0 + 24 * HOUR + 5 * WINDOW);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toContain('3 breaching windows on 2026-11-22');
  });
});

describe('sustained (slo: any)', () => {
  const from = T0 + 8 * HOUR;
  it('fires when every evaluation for the period breached', () => {
    const results = run(2, from, 'b'.repeat(8), from + 2 * HOUR);
    expect(results.map((r) => r.slo)).toEqual(['ok', 'bugs']);
    expect(results[0]!.fired).toBe(true);
    expect(results[0]!.detail).toBe('sustained: ok breached at every evaluation for 2h (8 of 8 evaluations)');
    expect(results[1]!.fired).toBe(false);
  });

  it('one evaluation short does not fire', () => {
    const [r] = run(2, from, 'b'.repeat(7), from + 2 * HOUR - WINDOW + WINDOW);
    expect(r!.fired).toBe(false);
    expect(r!.detail).toContain('not breached now');
    const [r2] = run(2, from + WINDOW, 'b'.repeat(7), from + 2 * HOUR);
    expect(r2!.fired).toBe(false);
    expect(r2!.detail).toContain('breached for the last 1h45m (not breached before that); needs 2h');
  });

  it('a no-data evaluation between breaches neither breaks the run nor stops its clock', () => {
    const [r] = run(2, from, 'bbbnxbbb', from + 2 * HOUR);
    expect(r!.fired).toBe(true);
    expect(r!.detail).toBe(
      'sustained: ok breached at every judged evaluation for 2h (6 of 8 evaluations, 2 without data between)',
    );
    expect(run(2, from, 'bbbbbbbn', from + 2 * HOUR)[0]!.fired).toBe(false); // not breached now
    expect(run(2, from, 'nbbbbbbb', from + 2 * HOUR)[0]!.fired).toBe(false); // the run starts at a breach
    const gap = run(2, from, `b${'n'.repeat(8)}b`, from + 10 * WINDOW)[0]!;
    expect(gap.fired).toBe(false);
    expect(gap.detail).toContain('no data for 2h before that');
  });

  it('needs the phase to have run that long', () => {
    const judge = new Judge({ policy, records: records(since, 'b'.repeat(8)), since });
    expect(evaluateTrigger(judge, phase, phase.rollback.when[2]!, 2, since + 2 * HOUR)[0]!.fired).toBe(true);
    const late = new Judge({ policy, records: records(since, 'b'.repeat(8)), since: since + MINUTE });
    const [r] = evaluateTrigger(late, phase, phase.rollback.when[2]!, 2, since + 2 * HOUR);
    expect(r!.fired).toBe(false);
    expect(r!.detail).toContain('the phase began before that');
  });
});

describe('properties', () => {
  const patterns = fc.array(fc.constantFrom<W>('g', 'b', 'n', 'x'), { minLength: 1, maxLength: 24 });
  const from = T0 + 6 * HOUR;

  it('breaches_per_day counts the breaching windows of the day, whatever lies between them', () => {
    fc.assert(
      fc.property(patterns, (p) => {
        const pattern = p.join('');
        const times = pattern.match(/b/g)?.length ?? 0;
        const [r] = run(1, from, pattern, from + pattern.length * WINDOW);
        expect(r!.fired).toBe(times >= 3);
        expect(r!.detail).toContain(`ok ${times} breaching window`);
      }),
      { numRuns: 60 },
    );
  });

  it('sustained fires exactly when the run since the last good window started with a breach 2 h ago', () => {
    fc.assert(
      fc.property(patterns, (p) => {
        const pattern = p.join('');
        const run_ = pattern.slice(pattern.lastIndexOf('g') + 1);
        // a stretch of no data as long as the period (8 steps) ends the run
        const tail = run_.split(/[nx]{8,}/).at(-1)!;
        const first = tail.indexOf('b');
        const [r] = run(2, from, pattern, from + pattern.length * WINDOW);
        expect(r!.fired).toBe(pattern.endsWith('b') && first >= 0 && tail.length - first >= 8);
      }),
      { numRuns: 60 },
    );
  });

  it('immediate fires exactly when the newest window breached', () => {
    fc.assert(
      fc.property(patterns, (p) => {
        const pattern = p.join('');
        const [r] = run(0, from, pattern, from + pattern.length * WINDOW);
        expect(r!.fired).toBe(pattern.endsWith('b'));
      }),
      { numRuns: 60 },
    );
  });
});
