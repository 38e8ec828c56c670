/**
 * Rollback rules over the history of evaluations. An evaluation ("step") happens at every
 * window boundary; at each step an SLO is breached, not breached, or has no data. No data is
 * never a breach and never a pass: it cannot fire a rule on its own.
 *
 * - immediate: breached at the evaluation step itself. A breach that has since recovered does
 *   not fire it later.
 * - breaches_per_day: the plan's "N 回以上 / 日" counts 回 as 15-minute windows (the collection
 *   granularity): each window of the current local calendar day up to now whose own value
 *   breaches (the SLO's stat over that one window) is one time; fires at `count` or more. A
 *   regression that lasts all day is many times, not one episode; an uncollected or quiet window
 *   is simply not a time, so missing data neither adds to the count nor splits one breach into
 *   several. Each window counts once, whereas a step of a 2 h trailing P95 repeats one bad window
 *   in 8 steps. A window is judged with the SLO's min_samples scaled to its length (50 per 2 h is
 *   7 per 15 min). A window belongs to the day it ends in, so the window ending at local
 *   midnight closes the previous day.
 * - sustained ("24 時間継続"): breached now, and at every judged step in (at − for, at]; no-data
 *   (quiet) steps between breaches neither break the run nor stop its clock, since nothing showed
 *   the SLO met (a quiet night inside a day-long breach does not reset it). The run starts at a
 *   breach; the phase must have run that long. No data for as long as the period itself ends the
 *   run. A per-day SLO is judged over the trailing 24 h.
 */
import type { Condition, PhaseSpec, SloSpec, TriggerSpec } from '../policy/model.js';
import { localDate, localDayStart, localTime } from './calendar.js';
import { formatAgainst, formatSpan, sign } from './format.js';
import type { Judge, SloVerdict } from './slo.js';
import { alignDown, alignUp } from './span.js';

export type StepState = 'breach' | 'ok' | 'no_data';

export interface RuleResult {
  rule: TriggerSpec['rule'];
  /** The SLO judged (a trigger on "any" yields one result per SLO of the phase). */
  slo: string;
  /** Index of the trigger in the phase's rollback.when. */
  trigger: number;
  fired: boolean;
  detail: string;
  /**
   * When fired: the windows whose data made it fire, [from, to) in epoch ms. A re-collect reads
   * them again before a rollback (the plan's §3.3); the verdict says whether it confirmed them.
   */
  span?: { from: number; to: number };
}

/** Whether the SLO is breached at a step: the trigger's own breach condition, else a failing SLO. */
export function stepState(
  judge: Judge,
  slo: SloSpec,
  breach: Condition | undefined,
  step: number,
): { state: StepState; verdict: SloVerdict } {
  const verdict = judge.verdict(slo, step);
  if (verdict.status === 'no_data' || verdict.value === null) return { state: 'no_data', verdict };
  const breached = breach ? judge.conditionHolds(verdict, slo, breach) : verdict.status === 'fail';
  return { state: breached ? 'breach' : 'ok', verdict };
}

/** The first step at which any window of the phase exists. */
export function firstStep(judge: Judge): number {
  const w = judge.windowMs;
  return Number.isFinite(judge.since) ? alignUp(judge.since, w) + w : Number.NEGATIVE_INFINITY;
}

/** Evaluate one rollback trigger at step `at` (aligned). */
export function evaluateTrigger(
  judge: Judge,
  phase: PhaseSpec,
  trigger: TriggerSpec,
  index: number,
  at: number,
): RuleResult[] {
  const slos = trigger.slo === 'any' ? phase.slos : phase.slos.filter((s) => s.id === trigger.slo);
  return slos.map((slo) => ({
    rule: trigger.rule,
    slo: slo.id,
    trigger: index,
    ...outcome(judge, slo, trigger, at),
  }));
}

function outcome(judge: Judge, slo: SloSpec, trigger: TriggerSpec, at: number): Outcome {
  if (trigger.rule === 'immediate') return immediate(judge, slo, trigger.breach, at);
  if (trigger.rule === 'breaches_per_day') {
    return breachesPerDay(judge, slo, trigger.breach, trigger.count, at);
  }
  return sustained(judge, slo, trigger.breach, trigger.forMs, at);
}

type Outcome = Pick<RuleResult, 'fired' | 'detail' | 'span'>;

function breachText(verdict: SloVerdict, breach: Condition, breached: boolean): string {
  const value = formatAgainst(verdict.value!, breach.threshold, verdict.unit, verdict.stat === 'increase');
  return `${verdict.id}: ${value} ${sign(breach.op, breached)} ${breach.text} (breach condition)`;
}

function immediate(judge: Judge, slo: SloSpec, breach: Condition | undefined, at: number): Outcome {
  const { state, verdict } = stepState(judge, slo, breach, at);
  if (state === 'no_data') return { fired: false, detail: `immediate: not judged, ${verdict.reason}` };
  const fired = state === 'breach';
  const head = fired ? 'immediate: breached now' : 'immediate: not breached';
  const detail = breach ? `${breachText(verdict, breach, fired)}; ${verdict.reason}` : verdict.reason;
  return { fired, detail: `${head}: ${detail}`, ...(fired && { span: verdict.window }) };
}

function breachesPerDay(
  judge: Judge,
  slo: SloSpec,
  breach: Condition | undefined,
  count: number,
  at: number,
): Outcome {
  const tz = judge.policy.timezone;
  const w = judge.windowMs;
  const dayStart = localDayStart(at - 1, tz);
  const own = perWindow(slo, w);
  const times: number[] = [];
  for (let s = Math.max(alignDown(dayStart, w) + w, firstStep(judge)); s <= at; s += w) {
    const verdict = judge.verdict(own, s);
    if (verdict.status === 'no_data' || verdict.value === null) continue;
    if (breach ? judge.conditionHolds(verdict, own, breach) : verdict.status === 'fail') times.push(s);
  }
  const fired = times.length >= count;
  const shown = times.map((s) => localTime(s, tz));
  if (shown.length > 6) shown.splice(3, shown.length - 5, '…');
  const list = shown.length ? ` (windows ending ${shown.join(', ')})` : '';
  const n = times.length === 1 ? '1 breaching window' : `${times.length} breaching windows`;
  return {
    fired,
    detail: `breaches_per_day: ${slo.id} ${n} on ${localDate(at - 1, tz)} (${tz})${list} ${fired ? '>=' : '<'} ${count}`,
    ...(fired && { span: { from: times[0]! - w, to: times.at(-1)! } }),
  };
}

const perWindowSpecs = new WeakMap<SloSpec, SloSpec>();

/** The SLO judged over one window: min_samples scaled from the SLO's window to the window's. */
function perWindow(slo: SloSpec, windowMs: number): SloSpec {
  let own = perWindowSpecs.get(slo);
  if (!own) {
    const span = slo.window === 'day' ? 24 * 3_600_000 : slo.window;
    const minSamples = slo.sliKind === 'count' ? 1 : Math.ceil((slo.minSamples * windowMs) / span);
    own = { ...slo, window: windowMs, minSamples };
    perWindowSpecs.set(slo, own);
  }
  return own;
}

function sustained(
  judge: Judge,
  slo: SloSpec,
  breach: Condition | undefined,
  forMs: number,
  at: number,
): Outcome {
  const w = judge.windowMs;
  const needed = Math.ceil(forMs / w);
  const first = firstStep(judge);
  const judged = rolling(slo);
  let breached = 0;
  let quiet = 0;
  let pending = 0;
  let last: StepState = 'ok';
  let earliest = at;
  // Back from now over the run: breaching steps, and quiet (no-data) steps between them, which
  // neither break the run nor end it; the clock keeps running through them. It must be breached
  // now, and a quiet step before the run's first breach is not part of it.
  for (let s = at; breached + quiet < needed && s >= first; s -= w) {
    last = stepState(judge, judged, breach, s).state;
    if (last === 'ok' || (last === 'no_data' && s === at)) break;
    if (last === 'no_data') {
      // No data for as long as the rule's period is no continuation: the run ends there.
      if (++pending >= needed) break;
      continue;
    }
    breached++;
    quiet += pending;
    pending = 0;
    earliest = s - w;
  }
  const fired = breached + quiet >= needed;
  const forText = formatSpan(forMs);
  if (fired) {
    const how = quiet
      ? `breached at every judged evaluation for ${forText} (${breached} of ${needed} evaluations, ${quiet} without data between)`
      : `breached at every evaluation for ${forText} (${breached} of ${needed} evaluations)`;
    return { fired, detail: `sustained: ${slo.id} ${how}`, span: { from: earliest, to: at } };
  }
  if (breached === 0) {
    const now = judge.verdict(judged, at);
    return { fired, detail: `sustained: ${slo.id} not breached now (${now.reason}); needs ${forText}` };
  }
  const ended =
    last === 'ok'
      ? 'not breached before that'
      : pending >= needed
        ? `no data for ${forText} before that`
        : 'the phase began before that';
  return {
    fired,
    detail: `sustained: ${slo.id} breached for the last ${formatSpan((breached + quiet) * w)} (${ended}); needs ${forText}`,
  };
}

const rollingSpecs = new WeakMap<SloSpec, SloSpec>();

/**
 * The SLO as a "24 h continuously" rule judges it: a per-day SLO ("≤ 3 critical bugs a day") over
 * the trailing 24 h at each step, not the calendar day so far, which resets at local midnight so
 * that 5 bugs every day would never be unmet for 24 h.
 */
function rolling(slo: SloSpec): SloSpec {
  if (slo.window !== 'day') return slo;
  let r = rollingSpecs.get(slo);
  if (!r) {
    r = { ...slo, window: 24 * 3_600_000 };
    rollingSpecs.set(slo, r);
  }
  return r;
}
