/**
 * The SLI mapping of a policy compiled for the line parser: which top-level fields of an event
 * matter, which event names are known, and what each known event does to which SLI. The mapping
 * is policy (rollout.yaml `slis:`); nothing here knows any event name. Pure.
 */
import type { Condition as Objective, PhaseSpec, SloSpec } from '../policy/model.js';
import type { SliDefinition } from '../policy/schema.js';

export const OP_LATENCY = 0;
export const OP_NUMERATOR = 1;
export const OP_DENOMINATOR = 2;
export const OP_COUNT = 3;
export type ActionOp = typeof OP_LATENCY | typeof OP_NUMERATOR | typeof OP_DENOMINATOR | typeof OP_COUNT;

/** A `where` condition: the field in `slot` must equal `value` (same JSON type). */
export interface Condition {
  slot: number;
  value: string | number | boolean;
  /** UTF-8 bytes of a string value. */
  bytes: Uint8Array | null;
}

/** One effect of a matching event on one SLI. */
export interface Action {
  sli: number;
  op: ActionOp;
  conditions: Condition[];
  /** For OP_LATENCY: the slot of the numeric field and the factor to milliseconds. */
  fieldSlot: number;
  toMs: number;
}

export interface EventRule {
  name: string;
  bytes: Uint8Array;
  actions: Action[];
}

export interface Plan {
  /** SLI ids, sorted; actions refer to SLIs by index into this. */
  sliIds: string[];
  sliKinds: SliDefinition['kind'][];
  /** Per SLI: the latency thresholds (ms, ascending) whose exceedances a window counts; else null (none). */
  thresholds: (number[] | null)[];
  /** Top-level field names the parser captures; slot 0 is "ts", slot 1 is "event". */
  fields: string[];
  fieldBytes: Uint8Array[];
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
): Plan {
  const sliIds = Object.keys(slis).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = ['ts', 'event'];
  const slotOf = (name: string): number => {
    let i = fields.indexOf(name);
    if (i < 0) {
      i = fields.length;
      fields.push(name);
    }
    return i;
  };
  const events: EventRule[] = [];
  const eventIndex = new Map<string, number>();
  const ruleOf = (name: string): EventRule => {
    let i = eventIndex.get(name);
    if (i === undefined) {
      i = events.length;
      events.push({ name, bytes: utf8.encode(name), actions: [] });
      eventIndex.set(name, i);
    }
    return events[i]!;
  };
  const conditionsOf = (where: Record<string, string | number | boolean> | undefined): Condition[] =>
    Object.keys(where ?? {})
      .sort()
      .map((key) => {
        const value = where![key]!;
        return { slot: slotOf(key), value, bytes: typeof value === 'string' ? utf8.encode(value) : null };
      });
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
        });
        break;
      case 'ratio':
        ruleOf(def.numerator.event).actions.push({
          sli,
          op: OP_NUMERATOR,
          conditions: conditionsOf(def.numerator.where),
          fieldSlot: -1,
          toMs: 1,
        });
        ruleOf(def.denominator.event).actions.push({
          sli,
          op: OP_DENOMINATOR,
          conditions: conditionsOf(def.denominator.where),
          fieldSlot: -1,
          toMs: 1,
        });
        break;
      case 'count':
        ruleOf(def.event).actions.push({
          sli,
          op: OP_COUNT,
          conditions: conditionsOf(def.where),
          fieldSlot: -1,
          toMs: 1,
        });
        break;
    }
  });
  return {
    sliIds,
    sliKinds: sliIds.map((id) => slis[id]!.kind),
    thresholds: sliIds.map((id) =>
      slis[id]!.kind === 'latency' && thresholds[id]?.length
        ? [...new Set(thresholds[id])].sort((a, b) => a - b)
        : null,
    ),
    fields,
    fieldBytes: fields.map((f) => utf8.encode(f)),
    events,
    eventIndex,
  };
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
