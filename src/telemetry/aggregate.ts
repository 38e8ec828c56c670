/**
 * Aggregation: per window, the line counts and one SLI aggregate per SLI of the plan. The
 * collector adds event lines into them (its hot loop, collect.ts); here they are made, turned
 * into plain data for a segment collected apart (a worker's postMessage), merged back in input
 * order, and finished as window records. Latency sums add up exactly (ExactSum, order-independent),
 * so the order segments merge in never changes a byte of a record.
 *
 * Pure: no I/O.
 */
import { ExactSum } from './exact-sum.js';
import type { Plan } from './plan.js';
import { type Cohort, emptyAggregate, mergeInto, type SliAggregate, type WindowRecord } from './record.js';
import { LatencySketch, type SketchDense } from './sketch.js';

export interface WindowAgg {
  events: number;
  malformed: number;
  invalid: number;
  unknown: number;
  slis: SliAggregate[];
  /** Exact sums of latency values (order-independent), per SLI; null for other kinds. */
  sums: (ExactSum | null)[];
  /** The distinct values seen, per count SLI with `distinct` (the aggregate's `distinct` at the end); else null. */
  ids: (Set<string> | null)[];
}

/** A latency, ratio or count aggregate as plain data (for a worker's postMessage). */
export type SegmentSli =
  | {
      kind: 'latency';
      count: number;
      min: number | null;
      max: number | null;
      over?: [number, number][];
      sum: number[];
      sketch: SketchDense;
    }
  | { kind: 'ratio'; numerator: number; denominator: number; control?: Cohort }
  | { kind: 'count'; count: number; distinct?: string[] };

/** A window of a segment that has anything in it; `index` is relative to `from`. */
export interface SegmentWindow {
  index: number;
  events: number;
  malformed: number;
  invalid: number;
  unknown: number;
  slis: SegmentSli[];
}

/** A window's distinct values in record order: sorted by code unit, so bytes stay stable. */
function sortedIds(ids: Set<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** An empty window for the plan's SLIs. */
export function emptyWindow(plan: Plan): WindowAgg {
  return {
    events: 0,
    malformed: 0,
    invalid: 0,
    unknown: 0,
    slis: plan.sliKinds.map((k, i) =>
      emptyAggregate(k, plan.thresholds[i] ?? undefined, { control: plan.control[i] }),
    ),
    sums: plan.sliKinds.map((k) => (k === 'latency' ? new ExactSum() : null)),
    ids: plan.distinct.map((d) => (d ? new Set<string>() : null)),
  };
}

/** The windows with anything in them, as plain data. */
export function segmentWindows(windows: readonly (WindowAgg | undefined)[]): SegmentWindow[] {
  const out: SegmentWindow[] = [];
  windows.forEach((w, index) => {
    if (w === undefined || w.events + w.malformed + w.invalid + w.unknown === 0) return;
    out.push({
      index,
      events: w.events,
      malformed: w.malformed,
      invalid: w.invalid,
      unknown: w.unknown,
      slis: w.slis.map((a, k): SegmentSli => {
        const ids = w.ids[k];
        if (a.kind === 'count' && ids) return { kind: 'count', count: a.count, distinct: sortedIds(ids) };
        if (a.kind === 'ratio' && a.control) return { ...a, control: { ...a.control } };
        if (a.kind !== 'latency') return { ...a };
        return {
          kind: 'latency',
          count: a.count,
          min: a.min,
          max: a.max,
          ...(a.over && { over: [...a.over] }),
          sum: w.sums[k]!.toJSON(),
          sketch: a.sketch.toDense(),
        };
      }),
    });
  });
  return out;
}

/** Adds a segment's window into the window it stands for. */
export function absorbWindow(w: WindowAgg, sw: SegmentWindow): void {
  w.events += sw.events;
  w.malformed += sw.malformed;
  w.invalid += sw.invalid;
  w.unknown += sw.unknown;
  sw.slis.forEach((from, k) => {
    const ids = w.ids[k];
    const into = w.slis[k]!;
    if (from.kind === 'count' && ids && into.kind === 'count') {
      // count = distinct values + events without the field: add the latter, union the former
      into.count += from.count - (from.distinct?.length ?? 0);
      for (const id of from.distinct ?? []) {
        if (ids.has(id)) continue;
        ids.add(id);
        into.count++;
      }
      return;
    }
    if (from.kind !== 'latency') {
      mergeInto(w.slis[k]!, from);
      return;
    }
    // The float `sum` stays 0 here: latency sums add up exactly in w.sums, merged apart.
    const over = from.over && new Map(from.over);
    const sketch = LatencySketch.adoptDense(from.sketch);
    if (into.kind === 'latency' && into.count === 0 && from.count > 0) {
      // The window's first segment (with time-ordered input, usually its only one): taken as it
      // is, exactly what mergeInto would make of it and the empty aggregate, without the copy.
      w.slis[k] = { kind: 'latency', count: from.count, sum: 0, min: from.min, max: from.max, sketch, over };
    } else {
      mergeInto(into, { ...from, sum: 0, over, sketch });
    }
    w.sums[k]!.merge(ExactSum.fromJSON(from.sum));
  });
}

/** The window records of [from, from + windows.length × windowMs), in time order. */
export function windowRecords(
  windows: readonly WindowAgg[],
  plan: Plan,
  from: number,
  windowMs: number,
): WindowRecord[] {
  return windows.map((w, i) => {
    const start = from + i * windowMs;
    const slis = new Map<string, SliAggregate>();
    plan.sliIds.forEach((id, k) => {
      const agg = w.slis[k]!;
      if (agg.kind === 'latency') agg.sum = w.sums[k]!.value();
      const ids = w.ids[k];
      if (agg.kind === 'count' && ids) agg.distinct = sortedIds(ids);
      slis.set(id, agg);
    });
    return {
      start,
      end: start + windowMs,
      counts: { events: w.events, malformed: w.malformed, invalid: w.invalid, unknown: w.unknown },
      slis,
      missing: new Map(),
    };
  });
}
