/**
 * Advance rules: when a phase has held long enough to move on (in the last phase: to complete).
 * Missing data never satisfies one.
 *
 * - soak(for): the phase has run at least `for`; every SLO passes now; no SLO failed at any step
 *   of the last `for`; and every window of that period was collected for every SLI the phase
 *   judges (steps that were no_data only for lack of samples, e.g. at night, are tolerated).
 * - consecutive_days(N): the last N complete local calendar days that began at or after the phase
 *   start are each met: for every SLO, no failing step in the day, and the SLO judged over the
 *   whole day's windows passes (all windows collected, enough samples).
 */
import type { AdvanceSpec, PhaseSpec } from '../policy/model.js';
import { localDate, localDayStart, localTime } from './calendar.js';
import { firstFailing } from './first-failure.js';
import { formatSpan } from './format.js';
import { firstStep } from './rules.js';
import type { Judge } from './slo.js';
import { alignDown } from './span.js';

export interface AdvanceResult {
  rule: AdvanceSpec['rule'];
  met: boolean;
  detail: string;
}

export function evaluateAdvance(
  judge: Judge,
  phase: PhaseSpec,
  spec: AdvanceSpec,
  at: number,
): AdvanceResult {
  return spec.rule === 'soak'
    ? { rule: 'soak', ...soak(judge, phase, spec.forMs, at) }
    : { rule: 'consecutive_days', ...consecutiveDays(judge, phase, spec.days, at) };
}

type Outcome = { met: boolean; detail: string };

/** The first failing step of the phase's SLOs in (from, to], as a message, or undefined. */
function firstFailure(judge: Judge, phase: PhaseSpec, from: number, to: number): string | undefined {
  const w = judge.windowMs;
  const tz = judge.policy.timezone;
  const first = Math.max(alignDown(from, w) + w, firstStep(judge));
  const failure = firstFailing(judge, phase.slos, first, alignDown(to, w));
  if (!failure) return undefined;
  const { step, verdict } = failure;
  return `failed at ${localDate(step, tz)} ${localTime(step, tz)} (${tz}): ${verdict.reason}`;
}

function soak(judge: Judge, phase: PhaseSpec, forMs: number, at: number): Outcome {
  const forText = formatSpan(forMs);
  const ran = at - judge.since;
  if (ran < forMs) {
    return {
      met: false,
      detail: `soak: the phase has run ${formatSpan(Math.max(0, ran))} of ${forText}`,
    };
  }
  const notPassing = phase.slos.map((s) => judge.verdict(s, at)).filter((v) => v.status !== 'pass');
  if (notPassing.length) {
    return {
      met: false,
      detail: `soak: not every SLO passes now: ${notPassing.map((v) => v.reason).join('; ')}`,
    };
  }
  const from = at - forMs;
  for (const sli of new Set(phase.slos.map((s) => s.sli))) {
    const span = judge.series(sli).coverage(Math.max(from, judge.since), at);
    if (span.missing > 0) {
      return {
        met: false,
        detail: `soak: ${span.missing} of ${span.expected} windows of ${sli} not collected in the last ${forText} (${span.missingReasons.join('; ')})`,
      };
    }
  }
  const failure = firstFailure(judge, phase, from, at);
  if (failure) return { met: false, detail: `soak: within the last ${forText}, ${failure}` };
  return {
    met: true,
    detail: `soak: ${forText} without a failing SLO, every window collected, and every SLO passes now`,
  };
}

function consecutiveDays(judge: Judge, phase: PhaseSpec, days: number, at: number): Outcome {
  const tz = judge.policy.timezone;
  const met: string[] = [];
  let end = localDayStart(at, tz); // the newest complete day ends here
  while (met.length < days) {
    const start = localDayStart(end - 1, tz);
    if (start < judge.since) break;
    const date = localDate(start, tz);
    const problem = dayProblem(judge, phase, start, end, date);
    if (problem) {
      const streak = met.length ? ` (${met.length} met since: ${[...met].reverse().join(', ')})` : '';
      return {
        met: false,
        detail: `consecutive_days: ${date} (${tz}) not met${streak}, needs ${days}: ${problem}`,
      };
    }
    met.push(date);
    end = start;
  }
  if (met.length < days) {
    const list = met.length ? `: ${[...met].reverse().join(', ')}` : '';
    return {
      met: false,
      detail: `consecutive_days: ${met.length} of ${days} complete days (${tz}) since the phase began met${list}`,
    };
  }
  const range = `${met[met.length - 1]} … ${met[0]}`;
  return { met: true, detail: `consecutive_days: ${days} days met in a row (${range}, ${tz})` };
}

/** Why a complete day was not met, or undefined when every SLO met it. */
function dayProblem(
  judge: Judge,
  phase: PhaseSpec,
  start: number,
  end: number,
  date: string,
): string | undefined {
  const tz = judge.policy.timezone;
  for (const slo of phase.slos) {
    const whole = judge.verdictOver(slo, start, end, `on ${date} (${tz})`);
    if (whole.status !== 'pass') return whole.reason;
  }
  return firstFailure(judge, phase, start, end);
}
