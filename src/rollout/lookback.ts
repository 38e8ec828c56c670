/**
 * How far back a decision looks: the CLI, the Action and the simulator read only the window records
 * from here on, so all three hand evaluate() the same windows.
 */
import type { PhaseSpec, Policy } from '../policy/model.js';

const DAY = 86_400_000;

/**
 * The trailing span a decision in `phase` reads before its instant: the longest history rule or
 * SLO window, the soak, the recovery watch (baselines anchored at the phase's or the rollout's
 * start come on top: lookbackStart).
 */
export function historyMs(policy: Policy, phase: PhaseSpec): number {
  let history = 2 * DAY; // a calendar day so far, in any time zone, plus slack
  for (const slo of phase.slos) if (slo.window !== 'day') history = Math.max(history, slo.window);
  const longest = Math.max(DAY, ...phase.slos.map((s) => (s.window === 'day' ? DAY : s.window)));
  // A sustained run may bridge quiet steps as long as the period, and each step judges its window.
  for (const rule of phase.rollback.when)
    if (rule.rule === 'sustained') history = Math.max(history, 2 * rule.forMs + longest);
  if (phase.advance?.rule === 'soak') history = Math.max(history, phase.advance.forMs);
  if (policy.recovery) history = Math.max(history, policy.recovery.forMs);
  if (phase.advance?.rule === 'consecutive_days') history = Math.max(history, (phase.advance.days + 2) * DAY);
  return history;
}

/**
 * The earliest report the decision can look at: the longest history rule or window, and the
 * baseline before the phase (or the rollout) began. Only these window records are read, however many exist.
 */
export function lookbackStart(
  policy: Policy,
  phase: PhaseSpec,
  since: number,
  at: number,
  started?: number,
): number {
  let from = historyStart(policy, phase, at);
  for (const slo of phase.slos) {
    if (slo.baseline?.kind === 'before_phase' || slo.baseline?.kind === 'before_rollout')
      from = Math.min(from, since - slo.baseline.windowMs);
    if (slo.baseline?.kind === 'before_rollout' && started !== undefined)
      from = Math.min(from, started - slo.baseline.windowMs);
  }
  return from;
}

/**
 * The earliest report the decision reads apart from baselines: its rules' and windows' history.
 * Before it, only a baseline's rate (a ratio's counts) is read.
 */
export function historyStart(policy: Policy, phase: PhaseSpec, at: number): number {
  return at - historyMs(policy, phase) - policy.windowMs;
}
