/**
 * The SLI mapping of a policy compiled for the line parser: which fields of an event matter
 * (top-level keys, and dotted paths into objects), which keys hold the time and the name, which
 * event names are known, and what each known event does to which SLI. The mapping is policy
 * (rollout.yaml `slis:` and `events:`); nothing here knows any event name. Pure.
 */
import {
  CANONICAL_EVENTS,
  type EventShape,
  type Condition as Objective,
  type PhaseSpec,
  type SloSpec,
} from '../policy/model.js';
import type { SliDefinition } from '../policy/schema.js';

export const OP_LATENCY = 0;
export const OP_NUMERATOR = 1;
export const OP_DENOMINATOR = 2;
export const OP_COUNT = 3;
export type ActionOp = typeof OP_LATENCY | typeof OP_NUMERATOR | typeof OP_DENOMINATOR | typeof OP_COUNT;

/**
 * A `where` condition: the field in `slot` must equal `value` (same JSON type). Strings compare
 * case-insensitively (`Critical` is `critical`): `value` is then lower-cased.
 */
export interface Condition {
  slot: number;
  value: string | number | boolean;
  /** UTF-8 bytes of a (lower-cased) string value. */
  bytes: Uint8Array | null;
}

/** One effect of a matching event on one SLI. */
export interface Action {
  sli: number;
  op: ActionOp;
  conditions: Condition[];
  /**
   * For OP_LATENCY: the slot of the numeric field (and toMs, the factor to milliseconds); for
   * OP_COUNT: the slot of the `distinct` field, or -1 (every event counts).
   */
  fieldSlot: number;
  toMs: number;
  /**
   * For OP_NUMERATOR and OP_DENOMINATOR of an SLI with `control:`: what makes a matching event
   * the control cohort's (counted in the aggregate's `control`, not its rate); else null.
   */
  control: Condition[] | null;
}

export interface EventRule {
  name: string;
  bytes: Uint8Array;
  actions: Action[];
  /** Slots of the string `where` fields of its actions: a value none matches is reported. */
  whereSlots: number[];
}

/**
 * A field named by a dotted path ("payload.duration_ms"): when the line has no top-level key of
 * that literal name, the value is looked up key by key from the object in `parent` (a top-level
 * field). Only policies that name such fields have any; the canonical shape has none.
 */
export interface PathField {
  slot: number;
  parent: number;
  /** The keys below the parent, as UTF-8 bytes and as text (for keys with escapes). */
  keys: { bytes: Uint8Array; text: string }[];
}

export const TIME_ISO8601 = 0;
export const TIME_EPOCH_MS = 1;
export const TIME_EPOCH_S = 2;
export type TimeCode = typeof TIME_ISO8601 | typeof TIME_EPOCH_MS | typeof TIME_EPOCH_S;

export interface Plan {
  /** SLI ids, sorted; actions refer to SLIs by index into this. */
  sliIds: string[];
  sliKinds: SliDefinition['kind'][];
  /** Per SLI: the latency thresholds (ms, ascending) whose exceedances a window counts; else null (none). */
  thresholds: (number[] | null)[];
  /** Per SLI: whether it counts distinct values of a field (a count SLI with `distinct`). */
  distinct: boolean[];
  /** Per SLI: whether it counts a control cohort apart (a ratio SLI with `control`). */
  control: boolean[];
  /**
   * Field names the parser captures; slot 0 holds the time ("ts" unless `events.time.field`),
   * slot 1 the name ("event" unless `events.name`). Each is looked for as a top-level key of
   * that literal name; a dotted name is also a path (`paths`).
   */
  fields: string[];
  fieldBytes: Uint8Array[];
  paths: PathField[];
  /** How slot 0 is written: TIME_ISO8601, TIME_EPOCH_MS or TIME_EPOCH_S. */
  timeFormat: TimeCode;
  events: EventRule[];
  eventIndex: Map<string, number>;
}

export const SLOT_TS = 0;
export const SLOT_EVENT = 1;

const utf8 = new TextEncoder();

/**
 * `thresholds`: SLI id → latency thresholds (ms) the policy judges it against (see
 * latencyThresholds below); each window counts the samples above each.
 * Long on purpose: one pass gives every field its slot and every SLI its matchers; split, the
 * slot table would have to travel between the pieces.
 */
export function compilePlan(
  slis: Record<string, SliDefinition>,
  thresholds: Record<string, readonly number[]> = {},
  shape: EventShape = CANONICAL_EVENTS,
): Plan {
  const sliIds = Object.keys(slis).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = [shape.timeField, shape.nameField];
  const slotOf = (name: string): number => {
    if (!fields.includes(name)) fields.push(name);
    return fields.indexOf(name);
  };
  const events: EventRule[] = [];
  const eventIndex = new Map<string, number>();
  const ruleOf = (name: string): EventRule => {
    let i = eventIndex.get(name);
    if (i === undefined) {
      i = events.length;
      events.push({ name, bytes: utf8.encode(name), actions: [], whereSlots: [] });
      eventIndex.set(name, i);
    }
    return events[i]!;
  };
  const conditionsOf = (where: Where | undefined) => conditionsFor(where, slotOf);
  sliIds.forEach((id, sli) => {
    const def = slis[id]!;
    switch (def.kind) {
      case 'latency':
        ruleOf(def.event).actions.push({
          sli,
          op: OP_LATENCY,
          conditions: conditionsOf(def.where),
          fieldSlot: slotOf(def.field),
          toMs: def.unit === 's' ? 1000 : 1,
          control: null,
        });
        break;
      case 'ratio': {
        const control = def.control === undefined ? null : conditionsOf(def.control);
        ruleOf(def.numerator.event).actions.push({
          sli,
          op: OP_NUMERATOR,
          conditions: conditionsOf(def.numerator.where),
          fieldSlot: -1,
          toMs: 1,
          control,
        });
        ruleOf(def.denominator.event).actions.push({
          sli,
          op: OP_DENOMINATOR,
          conditions: conditionsOf(def.denominator.where),
          fieldSlot: -1,
          toMs: 1,
          control,
        });
        break;
      }
      case 'count':
        ruleOf(def.event).actions.push({
          sli,
          op: OP_COUNT,
          conditions: conditionsOf(def.where),
          fieldSlot: def.distinct === undefined ? -1 : slotOf(def.distinct),
          toMs: 1,
          control: null,
        });
        break;
    }
  });
  for (const rule of events) rule.whereSlots = whereSlotsOf(rule.actions);
  const paths = pathsOf(fields, slotOf);
  return {
    sliIds,
    sliKinds: sliIds.map((id) => slis[id]!.kind),
    thresholds: sliIds.map((id) =>
      slis[id]!.kind === 'latency' && thresholds[id]?.length
        ? [...new Set(thresholds[id])].sort((a, b) => a - b)
        : null,
    ),
    distinct: sliIds.map((id) => isDistinctCount(slis[id]!)),
    control: sliIds.map((id) => {
      const def = slis[id]!;
      return def.kind === 'ratio' && def.control !== undefined;
    }),
    fields,
    fieldBytes: fields.map((f) => utf8.encode(f)),
    paths,
    timeFormat: TIME_CODES[shape.timeFormat],
    events,
    eventIndex,
  };
}

const TIME_CODES: Record<EventShape['timeFormat'], TimeCode> = {
  iso8601: TIME_ISO8601,
  epoch_ms: TIME_EPOCH_MS,
  epoch_s: TIME_EPOCH_S,
};

/** The dotted fields as paths from their first key (a top-level field, given a slot here). */
function pathsOf(fields: string[], slotOf: (name: string) => number): PathField[] {
  return fields
    .map((name, slot) => ({ name, slot }))
    .filter(({ name }) => name.includes('.'))
    .map(({ name, slot }) => {
      const [first, ...rest] = name.split('.');
      return {
        slot,
        parent: slotOf(first!),
        keys: rest.map((text) => ({ bytes: utf8.encode(text), text })),
      };
    });
}

type Where = Record<string, string | number | boolean>;

/** A `where` as conditions, by field name; string values lower-cased (compared case-insensitively). */
function conditionsFor(where: Where | undefined, slotOf: (name: string) => number): Condition[] {
  return Object.keys(where ?? {})
    .sort()
    .map((key) => {
      const raw = where![key]!;
      const value = typeof raw === 'string' ? raw.toLowerCase() : raw;
      return { slot: slotOf(key), value, bytes: typeof value === 'string' ? utf8.encode(value) : null };
    });
}

/** The slots of an event's string `where` fields, ascending, once each. */
function whereSlotsOf(actions: readonly Action[]): number[] {
  const slots = actions.flatMap((a) => a.conditions.filter((c) => c.bytes).map((c) => c.slot));
  return [...new Set(slots)].sort((a, b) => a - b);
}

function isDistinctCount(def: SliDefinition): boolean {
  return def.kind === 'count' && def.distinct !== undefined;
}

/**
 * SLI id → the latency thresholds (ms) the policy judges quantiles of it against: objectives and
 * breach conditions. The collector counts the samples above each, so a quantile is judged exactly.
 */
export function latencyThresholds(policy: { phases?: readonly PhaseSpec[] }): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const add = (slo: SloSpec, c: Objective | undefined) => {
    if (!c || slo.sliKind !== 'latency' || slo.stat.kind !== 'quantile') return;
    const list = out[slo.sli] ?? [];
    out[slo.sli] = list;
    if (!list.includes(c.threshold)) list.push(c.threshold);
  };
  for (const phase of policy.phases ?? []) {
    for (const slo of phase.slos) add(slo, slo.objective);
    for (const t of phase.rollback.when) {
      for (const slo of phase.slos) if (t.slo === 'any' || t.slo === slo.id) add(slo, t.breach);
    }
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}
