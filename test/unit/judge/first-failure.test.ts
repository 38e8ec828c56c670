/**
 * firstFailing keeps what a run scanned with the phase's shared verdicts and takes it up at the
 * next run. Whatever it kept, it must answer as a scan of every step does: run after run over a
 * soak's sliding period and over fixed days, with failures coming into and sliding out of the
 * period, from judges that see every window and from one that does not.
 */
import { describe, expect, it } from 'vitest';
import { firstFailing } from '../../../src/judge/first-failure.js';
import { IndexedRecords } from '../../../src/judge/record-index.js';
import { Judge } from '../../../src/judge/slo.js';
import { DAY, HOUR, kindsOf, referencePolicy, repeat, trace, WINDOW } from '../../support/traces.js';

const policy = referencePolicy();
const T0 = Date.parse('2026-11-17T00:00:00Z');
const phase = policy.phases.find((p) => p.id === 'A-1')!;

/** Four days; saves slow for an hour twice, restores failing for half an hour on day 3. */
function records() {
  return trace(T0, T0 + 4 * DAY, kindsOf(policy), (start, i) => {
    const slow =
      (start >= T0 + 20 * HOUR && start < T0 + 21 * HOUR) ||
      (start >= T0 + 50 * HOUR && start < T0 + 51 * HOUR);
    const failing = start >= T0 + 62 * HOUR && start < T0 + 62.5 * HOUR;
    return {
      latency: { save_latency: repeat(slow ? 4000 : 900 + (i % 7) * 10, 20) },
      ratio: { restore_success: failing ? [2000, 4000] : [1000, 1000], crash_rate: [1, 50] },
    };
  });
}

/** Scans every step, with no judge's memory: a judge over a plain array shares nothing. */
function plainly(
  all: ReturnType<typeof records>,
  since: number,
  from: number,
  to: number,
  first: number,
  last: number,
) {
  const judge = new Judge({ policy, records: all.filter((r) => r.start >= from && r.end <= to), since });
  return firstFailing(judge, phase.slos, first, last);
}

const shown = (f: { step: number; verdict: { reason: string } } | undefined) =>
  f && { step: f.step, reason: f.verdict.reason };

describe('firstFailing', () => {
  it('answers run after run as a scan of every step, over a sliding soak and fixed days', () => {
    const all = records();
    const index = new IndexedRecords(all.values(), WINDOW, policy.slis);
    const since = T0 + 2 * HOUR;
    let failures = 0;
    for (let at = T0 + 4 * HOUR; at <= T0 + 4 * DAY; at += WINDOW) {
      const from = since - DAY;
      const judge = new Judge({ policy, records: index.slice(from, at), since });
      const soak = [Math.max(at - DAY + WINDOW, since + 2 * WINDOW), at] as const;
      const day = Math.floor((at - since) / DAY) * DAY + since;
      for (const [first, last] of [
        soak,
        [day - DAY + WINDOW, day] as const,
        [since + WINDOW, since + 5 * HOUR] as const,
      ]) {
        const got = firstFailing(judge, phase.slos, first, last);
        expect(shown(got), `at ${new Date(at).toISOString()} over ${first}…${last}`).toEqual(
          shown(plainly(all, since, from, at, first, last)),
        );
        if (got) failures++;
      }
    }
    expect(failures).toBeGreaterThan(100);
  });

  it('neither keeps nor takes up a scan when the judge does not see every window', () => {
    const all = records();
    const index = new IndexedRecords(all, WINDOW, policy.slis);
    const since = T0;
    const [first, last] = [T0 + 19 * HOUR, T0 + 30 * HOUR];
    const whole = new Judge({ policy, records: index.slice(T0, T0 + 2 * DAY), since });
    const failure = firstFailing(whole, phase.slos, first, last);
    expect(failure?.step).toBe(T0 + 20 * HOUR + WINDOW);
    // This run's records begin after the slow hour: no 2 h window it sees holds it.
    const later = new Judge({ policy, records: index.slice(T0 + 21 * HOUR, T0 + 2 * DAY), since });
    expect(shown(firstFailing(later, phase.slos, first, last))).toEqual(
      shown(plainly(all, since, T0 + 21 * HOUR, T0 + 2 * DAY, first, last)),
    );
    expect(firstFailing(later, phase.slos, first, last)?.step).not.toBe(failure?.step);
  });
});
