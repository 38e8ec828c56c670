/**
 * The compiled policy: every quantity a number in base units (milliseconds, fractions, counts),
 * every reference resolved. This is what the judge and the rollout logic read.
 */
import type { SliDefinition } from './schema.js';
import type { SourcesSpec } from './sources.js';

/** Flag name → value, as a phase file sets them and current.yaml carries them. */
export type FlagValueMap = Record<string, boolean | string | number>;

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

/**
 * before_rollout: the `windowMs` before the rollout left its first phase (current.yaml `started`),
 * so re-entering a phase after a rollback still compares with the pre-rollout rate;
 * before_phase: the `windowMs` before the phase began; control: the SLI's control cohort (its
 * `control:` events) over the same span as the SLO itself, so a regression everywhere (a bad OS
 * update) is not the rollout's, and a re-entered phase is compared with now; fixed: a given rate.
 */
export type Baseline =
  | { kind: 'before_rollout'; windowMs: number }
  | { kind: 'before_phase'; windowMs: number }
  | { kind: 'control' }
  | { kind: 'fixed'; value: number };

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

/** Who approves phase PRs and how they look on GitHub. Logins, "org/team", or "codeowners". */
export interface GithubSpec {
  approvers: { advance: string[]; rollback: string[] };
  approvals: number;
  reviewers: string[];
  reporter?: string;
  /** Repository-relative path of the QA checklist. */
  checklist: string;
  labels: string[];
}

/** After a rollback: these SLOs must pass for `forMs` before restarting from `restart`. */
export interface RecoverySpec {
  watch: SloSpec[];
  forMs: number;
  restart: string;
}

export interface NotifySpec {
  slack?: {
    channel?: string;
    /** Template paths relative to the policy folder; built-in English defaults otherwise. */
    templates: { rollback?: string; advance?: string; complete?: string };
  };
  lock?: { event: string };
}

/** How an event line's time is written (rollout.yaml `events.time.format`). */
export type TimeFormat = 'iso8601' | 'epoch_ms' | 'epoch_s';

/**
 * Where event lines keep their time and name (rollout.yaml `events:`; docs/events.md). Field
 * names may be dotted paths into objects ("meta.time"). Absent from a Policy: the canonical shape.
 */
export interface EventShape {
  timeField: string;
  timeFormat: TimeFormat;
  nameField: string;
}

/** The canonical event line: `{"ts": "2026-11-20T10:03:12.345Z", "event": "…", …}`. */
export const CANONICAL_EVENTS: EventShape = { timeField: 'ts', timeFormat: 'iso8601', nameField: 'event' };

/** A country (and optionally one of its states and that state's regions), as date-holidays names them. */
export interface HolidayCountry {
  /** ISO 3166-1 alpha-2, e.g. "JP". */
  code: string;
  /** e.g. "BY" in DE. */
  state?: string;
  /** e.g. "A" (Augsburg) in DE BY. */
  region?: string;
}

/**
 * A country's public holidays in one year, as local dates (YYYY-MM-DD). Pure, but backed by a
 * library too heavy to load on every run, so the core does not load it: whoever loads the policy
 * attaches one (src/holidays/), and it loads date-holidays on its first call.
 */
export type PublicHolidays = (country: HolidayCountry, year: number) => readonly string[];

/** rollout.yaml `holidays`: days that are not business days, besides weekends. */
export interface HolidaySpec {
  /** Whose public holidays count; none: only `extra`. */
  country?: HolidayCountry;
  /** The company's own days off (YYYY-MM-DD). */
  extra: string[];
  /** Looks `country`'s holidays up; needed when `country` is set (business days throw without it). */
  publicHolidays?: PublicHolidays;
}

export interface Policy {
  rollout: string;
  description?: string;
  timezone: string;
  windowMs: number;
  slis: Record<string, SliDefinition>;
  /** Where event lines keep their time and name (rollout.yaml `events:`); absent: the canonical shape. */
  events?: EventShape;
  /** In rollout order. */
  phases: PhaseSpec[];
  /** Non-business days besides weekends, as local dates in `timezone` (src/rollout/business-days.ts). */
  holidays: HolidaySpec;
  github: GithubSpec;
  recovery?: RecoverySpec;
  notify: NotifySpec;
  /** The Runbook's daily record template, relative to the policy folder; built-in otherwise. */
  runbook: { template?: string };
  /** Where each SLI's numbers come from (rollout.yaml `sources:`). */
  sources: SourcesSpec;
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
