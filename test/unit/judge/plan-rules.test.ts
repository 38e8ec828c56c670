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
