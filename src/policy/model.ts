/**
 * The compiled policy: every quantity a number in base units (milliseconds, fractions, counts),
 * every reference resolved. This is what the judge and the rollout logic read.
 */
import type { FlagValueMap } from '../rollout/current.js';
import type { SliDefinition } from './schema.js';

export type SliKind = SliDefinition['kind'];
export type Comparison = '<' | '<=' | '>' | '>=';

/** A value compared with a threshold: `value op threshold` holds. */
export interface Condition {
  op: Comparison;
  threshold: number;
  /** The threshold as the policy wrote it, for messages ("2.5s", "99.5%"). */
  text: string;
}

export type Stat =
  | { kind: 'quantile'; q: number }
  | { kind: 'mean' }
  | { kind: 'max' }
  | { kind: 'ratio' }
  | { kind: 'count' }
  | { kind: 'increase' };

export type Baseline = { kind: 'before_phase'; windowMs: number } | { kind: 'fixed'; value: number };

/** How an SLO's value is shown: ms for latency, a percentage for ratios and increases, a count. */
export type ValueUnit = 'ms' | 'percent' | 'count';

export interface SloSpec {
  id: string;
  description?: string;
  sli: string;
  sliKind: SliKind;
  stat: Stat;
  /** What must hold for the SLO to pass (≤ max or ≥ min, inclusive). */
  objective: Condition;
  /** Trailing window in ms, or the calendar day so far in the policy's time zone. */
  window: number | 'day';
  minSamples: number;
  baseline?: Baseline;
  unit: ValueUnit;
}

export type TriggerSpec =
  | { rule: 'immediate'; slo: string; breach?: Condition }
  | { rule: 'breaches_per_day'; slo: string; count: number; breach?: Condition }
  | { rule: 'sustained'; slo: string; forMs: number; breach?: Condition };

export type AdvanceSpec = { rule: 'soak'; forMs: number } | { rule: 'consecutive_days'; days: number };

export interface PhaseSpec {
  id: string;
  name: string;
  audience?: string;
  description?: string;
  file: string;
  flags: FlagValueMap;
  slos: SloSpec[];
  advance?: AdvanceSpec;
  rollback: {
    /** null: there is no earlier phase; a fired rule alerts and blocks advancing instead. */
    to: string | null;
    approval: 'required' | 'none';
    when: TriggerSpec[];
    note?: string;
  };
}

export interface Policy {
  rollout: string;
  description?: string;
  timezone: string;
  windowMs: number;
  slis: Record<string, SliDefinition>;
  /** In rollout order. */
  phases: PhaseSpec[];
}

export function phaseById(policy: Policy, id: string): PhaseSpec | undefined {
  return policy.phases.find((p) => p.id === id);
}

export function phaseIds(policy: Policy): string[] {
  return policy.phases.map((p) => p.id);
}

export function nextPhase(policy: Policy, id: string): PhaseSpec | undefined {
  const i = policy.phases.findIndex((p) => p.id === id);
  return i < 0 ? undefined : policy.phases[i + 1];
}
