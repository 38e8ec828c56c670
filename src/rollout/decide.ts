/**
 * The decision: a pure function from (policy, current phase and its start, window records, now)
 * to advance, hold, rollback or complete, with the reasons behind it.
 *
 * - `at` is aligned down to a step boundary (a multiple of policy.windowMs): an evaluation at
 *   10:07 judges the windows up to 10:00. A report for window [start, end) counts at steps ≥ end.
 * - After every rollback the recovery watch runs (recovery.ts): until it confirms improvement the
 *   phase holds; then the rollout restarts from the policy's restart phase (in place when the
 *   rollback landed there, and the phase's own advance rule applies).
 * - A fired rollback rule always wins over an advance. When the phase has no earlier phase
 *   (rollback.to: null, as in A-0), a fired rule holds with `alert: true` and blocks advancing.
 * - An advance needs its rule met on complete data; missing data never advances or completes.
 *   In the last phase a met advance rule means the rollout is complete.
 * - Nothing here throws for data problems: missing data shows up as no_data verdicts. An unknown
 *   phase id is a caller error and throws.
 */
import { evaluateAdvance, evaluateTrigger, Judge, type RuleResult, type SloVerdict } from '../judge/index.js';
import { alignDown } from '../judge/span.js';
import { nextPhase, type PhaseSpec, type Policy, phaseById, phaseIds } from '../policy/model.js';
import type { WindowRecord } from '../telemetry/record.js';
import { breachConfirmation, type Confirmation } from './confirmation.js';
import type { EnteredBy } from './current.js';
import { type RecoveryResult, recoveryWatch } from './recovery.js';

export interface Decision {
  action: 'advance' | 'hold' | 'rollback' | 'restart' | 'complete';
  from: string;
  /** advance: the next phase; rollback: its target; restart: the recovery's restart phase; else null. */
  to: string | null;
  reasons: string[];
  /** A rollback, or a fired rule with nowhere to roll back to: someone should look now. */
  alert: boolean;
}

export interface Evaluation {
  phase: string;
  /** The evaluation instant, aligned down to a step boundary. */
  at: number;
  since: number;
  slos: SloVerdict[];
  rules: RuleResult[];
  advance: { rule: string; met: boolean; detail: string } | null;
  /** After every rollback: whether the recovery watch confirmed improvement (recovery.ts). */
  recovery: RecoveryResult | null;
  /** When a rollback rule fired: whether a re-collect confirmed its windows (confirmation.ts). */
  confirmation: Confirmation | null;
  decision: Decision;
}

export interface EvaluateInput {
  policy: Policy;
  phase: string;
  /** When the phase began (epoch ms). */
  since: number;
  records: readonly WindowRecord[];
  /** Now (epoch ms); aligned down to a step boundary. */
  at: number;
  /** How the phase was entered (current.yaml `entered`); a rollback starts the recovery watch. */
  entered?: EnteredBy;
  /** When the rollout left its first phase (current.yaml `started`): the "before_rollout" baseline. */
  started?: number;
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { policy, since, records } = input;
  const phase = phaseById(policy, input.phase);
  if (!phase) {
    throw new Error(`unknown phase "${input.phase}"; valid phases: ${phaseIds(policy).join(', ')}`);
  }
  const at = alignDown(input.at, policy.windowMs);
  const judge = new Judge({ policy, records, since, rolloutStart: input.started });
  const slos = phase.slos.map((slo) => judge.verdict(slo, at));
  const rules = phase.rollback.when.flatMap((t, i) => evaluateTrigger(judge, phase, t, i, at));
  const advance = phase.advance ? evaluateAdvance(judge, phase, phase.advance, at) : null;
  const recovery = recoveryWatch(policy, phase, judge, input.entered, at);
  const confirmation = breachConfirmation(records, rules);
  const decision = decide(policy, phase, slos, rules, advance, recovery);
  return { phase: phase.id, at, since, slos, rules, advance, recovery, confirmation, decision };
}

function decide(
  policy: Policy,
  phase: PhaseSpec,
  slos: SloVerdict[],
  rules: RuleResult[],
  advance: Evaluation['advance'],
  recovery: Evaluation['recovery'],
): Decision {
  const from = phase.id;
  const fired = rules.filter((r) => r.fired);
  if (fired.length) {
    const details = fired.map((r) => r.detail);
    const to = phase.rollback.to;
    if (to === null) {
      return {
        action: 'hold',
        from,
        to: null,
        alert: true,
        reasons: [
          `${from} has no earlier phase to roll back to: alerting, and advancing is blocked`,
          ...details,
        ],
      };
    }
    return {
      action: 'rollback',
      from,
      to,
      alert: true,
      reasons: [`roll back ${from} → ${to}: ${plural(fired.length, 'rule')} fired`, ...details],
    };
  }
  const watching = recoveryDecision(from, slos, recovery);
  if (watching) return watching;
  if (advance?.met) {
    const next = nextPhase(policy, from);
    if (next) {
      return {
        action: 'advance',
        from,
        to: next.id,
        alert: false,
        reasons: [`advance ${from} → ${next.id}: ${advance.detail}`],
      };
    }
    return {
      action: 'complete',
      from,
      to: null,
      alert: false,
      reasons: [`${from} is the last phase and met its goal: ${advance.detail}`],
    };
  }
  const why = advance ? advance.detail : `${from} has no advance rule; it stays until changed by hand`;
  const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
  return { action: 'hold', from, to: null, alert: false, reasons: [`hold ${from}: ${why}`, ...problems] };
}

/** While the recovery watch is not met: hold; once met: restart (unless in place). */
function recoveryDecision(
  from: string,
  slos: SloVerdict[],
  recovery: Evaluation['recovery'],
): Decision | null {
  if (!recovery) return null;
  if (!recovery.met) {
    const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
    return {
      action: 'hold',
      from,
      to: null,
      alert: false,
      reasons: [
        `hold ${from}: nothing advances before the recovery watch confirms improvement`,
        recovery.detail,
        ...problems,
      ],
    };
  }
  if (recovery.inPlace) return null;
  return {
    action: 'restart',
    from,
    to: recovery.restart,
    alert: false,
    reasons: [`restart from ${recovery.restart}: ${recovery.detail}`],
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
