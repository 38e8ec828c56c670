/**
 * Window records: what one 15-minute window of telemetry amounts to, per SLI. These records are
 * what gets committed under reports/monitoring/ and what every verdict is computed from, so they
 * are mergeable: counts for ratios, a quantile sketch for latency. Any longer span is the exact
 * merge of its windows.
 */
import { LatencySketch, type SketchJson } from './sketch.js';

export const RECORD_VERSION = 1;

/** The counts a window's parse produced: "nothing happened" is events = 0, not a missing file. */
export interface WindowCounts {
  /** Lines that were valid events of a known type. */
  events: number;
  /** Lines that are not valid JSON, or not a JSON object. */
  malformed: number;
  /** Valid JSON objects that are not a usable event: no/bad `ts` or `event`, or a mapped field of the wrong type. */
  invalid: number;
  /** Valid events whose `event` no SLI maps. */
  unknown: number;
}

export type SliAggregate =
  | {
      kind: 'latency';
      count: number;
      sum: number;
      min: number | null;
      max: number | null;
      sketch: LatencySketch;
      /**
       * Threshold (ms) → samples strictly above it, for each latency threshold of the policy, so
       * "P95 ≤ 2.5 s" is judged exactly (at most 5 % of samples above 2.5 s) rather than on the
       * sketch's ±1 % estimate. Absent in records written before it existed and from sources with
       * no raw values (Prometheus histograms): the judge falls back to the sketch there.
       */
      over?: Map<number, number>;
    }
  | {
      kind: 'ratio';
      /** The rate's events, without the control cohort's. */
      numerator: number;
      denominator: number;
      /**
       * For an SLI with `control:`: the control cohort's events, counted apart (a `baseline:
       * control` SLO compares the two rates over the same span). Absent for SLIs without it, in
       * records written before the SLI had it, and from sources that cannot split events.
       */
      control?: Cohort;
    }
  | {
      kind: 'count';
      /** Events counted; with `distinct`, the distinct values plus the events without the field. */
      count: number;
      /**
       * For an SLI with `distinct: <field>`: the field's distinct values in the span, sorted by
       * code unit (so bytes stay stable). Merging takes the union, so a bug reported in two
       * windows counts once in the day. Absent for SLIs without `distinct`.
       */
      distinct?: string[];
    };

/** A ratio's counts for one cohort. */
export interface Cohort {
  numerator: number;
  denominator: number;
}

/** One collected window. `start`/`end` are epoch ms; end = start + window length. */
export interface WindowRecord {
  start: number;
  end: number;
  counts: WindowCounts;
  /** SLI id → aggregate. Every SLI of the policy is present (zero counts when no events). */
  slis: Map<string, SliAggregate>;
  /** SLI id → why it could not be collected (a source failed). Such an SLI has no data here. */
  missing: Map<string, string>;
  /**
   * When the window was read a second time because a rollback rule fired on it (the plan's §3.3,
   * "SLO 違反時の再試行") and the second read agreed or knew more. Absent otherwise: the verdict
   * then says the breach was not confirmed by a re-collect.
   */
  rechecked?: number;
}

/** Serialized line shapes (one JSON object per line). */
export type RecordLine =
  | ({ v: typeof RECORD_VERSION; type: 'window'; start: string; end: string } & WindowCounts & {
        rechecked?: string;
      })
  | {
      v: typeof RECORD_VERSION;
      type: 'sli';
      sli: string;
      kind: 'latency';
      count: number;
      sum: number;
      min: number | null;
      max: number | null;
      over?: [number, number][];
      sketch: SketchJson;
    }
  | {
      v: typeof RECORD_VERSION;
      type: 'sli';
      sli: string;
      kind: 'ratio';
      numerator: number;
      denominator: number;
      control?: Cohort;
    }
  | { v: typeof RECORD_VERSION; type: 'sli'; sli: string; kind: 'count'; count: number; distinct?: string[] }
  | { v: typeof RECORD_VERSION; type: 'missing'; sli: string; reason: string };

/**
 * An empty aggregate; a latency one counts samples above each of `thresholds` (ms), if given; a
 * count one keeps its distinct values when `distinct` is set; a ratio one counts its control
 * cohort apart when `control` is set.
 */
export function emptyAggregate(
  kind: SliAggregate['kind'],
  thresholds?: readonly number[],
  { distinct = false, control = false }: { distinct?: boolean; control?: boolean } = {},
): SliAggregate {
  switch (kind) {
    case 'latency': {
      const agg: SliAggregate = { kind, count: 0, sum: 0, min: null, max: null, sketch: new LatencySketch() };
      if (thresholds) agg.over = new Map(thresholds.map((t) => [t, 0]));
      return agg;
    }
    case 'ratio':
      return control
        ? { kind, numerator: 0, denominator: 0, control: { numerator: 0, denominator: 0 } }
        : { kind, numerator: 0, denominator: 0 };
    case 'count':
      return distinct ? { kind, count: 0, distinct: [] } : { kind, count: 0 };
  }
}

/** into += from (same kind). Exact for counts; the sketch merge keeps its relative-error bound. */
export function mergeInto(into: SliAggregate, from: SliAggregate): void {
  if (into.kind === 'latency' && from.kind === 'latency') {
    into.count += from.count;
    into.sum += from.sum;
    into.min = into.min === null ? from.min : from.min === null ? into.min : Math.min(into.min, from.min);
    into.max = into.max === null ? from.max : from.max === null ? into.max : Math.max(into.max, from.max);
    mergeOver(into, from);
    into.sketch.merge(from.sketch);
  } else if (into.kind === 'ratio' && from.kind === 'ratio') {
    mergeRatio(into, from);
  } else if (into.kind === 'count' && from.kind === 'count') {
    mergeCount(into, from);
  } else {
    throw new Error(`cannot merge a ${from.kind} record into a ${into.kind} record`);
  }
}

type Latency = Extract<SliAggregate, { kind: 'latency' }>;
type Ratio = Extract<SliAggregate, { kind: 'ratio' }>;
type Count = Extract<SliAggregate, { kind: 'count' }>;

/**
 * Rates add up, and so do control cohorts. A side without `control` (a record of another source,
 * or written before the SLI had it: its control events sit in its rate) makes the merged control
 * unknown, unless that side is empty; an empty side without it changes nothing.
 */
function mergeRatio(into: Ratio, from: Ratio): void {
  if (from.numerator === 0 && from.denominator === 0 && !from.control) return;
  if (into.numerator === 0 && into.denominator === 0 && !into.control) {
    into.numerator = from.numerator;
    into.denominator = from.denominator;
    if (from.control) into.control = { ...from.control };
    return;
  }
  into.numerator += from.numerator;
  into.denominator += from.denominator;
  if (into.control && from.control) {
    into.control.numerator += from.control.numerator;
    into.control.denominator += from.control.denominator;
  } else {
    delete into.control;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sorted union of two sorted, duplicate-free lists. */
export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c = byCodeUnit(a[i]!, b[j]!);
    out.push(c <= 0 ? a[i]! : b[j]!);
    if (c <= 0) i++;
    if (c >= 0) j++;
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Counts add up; distinct values merge as a union, so a value seen on both sides counts once.
 * Events without the field (count − distinct values) always add up. A side without `distinct`
 * (a record of another source, or written before the SLI had it) makes the merge a plain sum.
 */
function mergeCount(into: Count, from: Count): void {
  if (from.count === 0 && !from.distinct) return;
  if (into.count === 0 && !into.distinct) {
    into.count = from.count;
    if (from.distinct) into.distinct = [...from.distinct];
    return;
  }
  if (!into.distinct || !from.distinct) {
    into.count += from.count;
    delete into.distinct;
    return;
  }
  const anonymous = into.count - into.distinct.length + (from.count - from.distinct.length);
  into.distinct = unionSorted(into.distinct, from.distinct);
  into.count = into.distinct.length + anonymous;
}

/**
 * Adds threshold counts (called after the sample counts were added). A window without samples adds nothing
 * whether or not it has them; otherwise only thresholds both sides count are kept.
 */
function mergeOver(into: Latency, from: Latency): void {
  if (from.count === 0) return;
  if (into.count === from.count) {
    into.over = from.over && new Map(from.over);
    return;
  }
  if (!into.over) return;
  if (!from.over) {
    into.over = undefined;
    return;
  }
  for (const [t, n] of into.over) {
    const m = from.over.get(t);
    if (m === undefined) into.over.delete(t);
    else into.over.set(t, n + m);
  }
}

/** How many events an aggregate stands on: the sample count a verdict reports. */
export function samplesOf(a: SliAggregate): number {
  return a.kind === 'ratio' ? a.denominator : a.count;
}
