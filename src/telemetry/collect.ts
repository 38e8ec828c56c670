/**
 * Streaming collection: event lines in, one WindowRecord per window of [from, to) out.
 *
 * Feed each input (a file) as chunks of bytes between beginSource() and endSource(); lines may
 * span chunks. Only per-window aggregates are kept, so memory does not grow with the number of
 * events. Every window of the range is reported, with zero counts when nothing happened in it.
 *
 * The Collector is one class over four jobs, each in its own file: line splitting
 * (split-lines.ts), line classification (classify.ts), which window a line is counted in
 * (attribution.ts) and the per-window aggregates (aggregate.ts). The layers are subclasses, not
 * callbacks, so the per-line path makes direct calls only.
 *
 * Pure: time comes from the events; no clock, no I/O.
 */
import { Buffer } from 'node:buffer';
import type { Policy } from '../policy/model.js';
import { absorbWindow, emptyWindow, type SegmentWindow, segmentWindows, windowRecords } from './aggregate.js';
import {
  type CollectStats,
  type SegmentAttribution,
  type UnattributedLines,
  WindowAttribution,
} from './attribution.js';
import { LineParser } from './classify.js';
import {
  LINE_BLANK,
  LINE_EVENT,
  LINE_INVALID,
  LINE_INVALID_NO_TS,
  LINE_MALFORMED,
  LINE_UNKNOWN,
  type LineClass,
} from './line-class.js';
import { addNote, distinctKey, unmatchedWhere } from './line-notes.js';
import { describeReason, reasonKey } from './line-reasons.js';
import { exampleText } from './line-tally.js';
import {
  compilePlan,
  latencyThresholds,
  OP_COUNT,
  OP_DENOMINATOR,
  OP_LATENCY,
  OP_NUMERATOR,
  type Plan,
  SLOT_EVENT,
} from './plan.js';
import type { WindowRecord } from './record.js';
import { DEFAULT_MAX_LINE_BYTES } from './split-lines.js';
import { windowStarts } from './window.js';

export interface CollectOptions {
  /**
   * The SLI mapping and the window length (policy.slis, policy.windowMs), and the event shape
   * (policy.events; absent: the canonical one). With `phases`, windows also count the samples
   * above each latency threshold the phases judge.
   */
  policy: Pick<Policy, 'slis' | 'windowMs'> & Partial<Pick<Policy, 'phases' | 'events'>>;
  /** SLI id → latency thresholds (ms) to count samples above; default: from `policy.phases`. */
  thresholds?: Record<string, readonly number[]>;
  /** Epoch ms, window-aligned (see alignRange in window.ts). */
  from: number;
  /** Epoch ms, window-aligned, exclusive. */
  to: number;
  maxLineBytes?: number;
}

export interface CollectResult {
  /** One window record per window of [from, to), in time order. */
  windows: WindowRecord[];
  /** Inputs that had lines but no usable timestamp to place them by. */
  unattributed: UnattributedLines[];
  stats: CollectStats;
}

/** What one contiguous part of an input amounts to, so parts can be collected in parallel. */
export interface SegmentResult extends SegmentAttribution {
  /** Windows with anything in them. */
  windows: SegmentWindow[];
}

export class Collector extends WindowAttribution {
  private readonly plan: Plan;
  private readonly parser: LineParser;

  constructor(options: CollectOptions) {
    const plan = compilePlan(
      options.policy.slis,
      options.thresholds ?? latencyThresholds(options.policy),
      options.policy.events,
    );
    const windowMs = options.policy.windowMs;
    super({
      from: options.from,
      windowMs,
      maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      windowCount: windowStarts(options.from, options.to, windowMs).length,
      newWindow: () => emptyWindow(plan),
    });
    this.plan = plan;
    this.parser = new LineParser(plan);
  }

  /** One line: classified, attributed to its window, added into that window's aggregates. */
  protected line(b: Buffer, s: number, e: number): void {
    const p = this.parser;
    const cls = p.classify(b, s, e);
    this.lineNo++;
    if (cls === LINE_BLANK) return;
    this.stats.lines++;
    if (cls === LINE_MALFORMED || cls === LINE_INVALID_NO_TS) {
      this.noteLine(b, s, e, cls);
      this.noTs(cls === LINE_MALFORMED);
      return;
    }
    if (cls !== LINE_EVENT) this.noteLine(b, s, e, cls);
    const idx = Math.floor((p.ts - this.from) / this.windowMs);
    if (idx !== this.anchor) this.moveAnchor(idx);
    const w = this.windows[idx] ?? this.windowAt(idx);
    if (w === undefined) {
      this.stats.outside++;
      return;
    }
    if (cls === LINE_EVENT) {
      w.events++;
      // The aggregation's inner loop, kept here so an event line costs no extra call.
      const actions = this.plan.events[p.eventIndex]!.actions;
      const matched = p.matched;
      for (let k = 0; k < p.matchedCount; k++) {
        const act = actions[matched[k]!]!;
        const agg = w.slis[act.sli]!;
        switch (act.op) {
          case OP_LATENCY:
            if (agg.kind === 'latency') {
              const v = p.values[k]!;
              agg.count++;
              w.sums[act.sli]!.add(v);
              if (agg.min === null || v < agg.min) agg.min = v;
              if (agg.max === null || v > agg.max) agg.max = v;
              agg.sketch.add(v);
              const over = agg.over;
              if (over) {
                // Indexed, not for…of: the iterator was not optimized away and cost an allocation a line.
                const thresholds = this.plan.thresholds[act.sli]!;
                for (let q = 0; q < thresholds.length; q++) {
                  const t = thresholds[q]!;
                  if (v > t) over.set(t, over.get(t)! + 1);
                }
              }
            }
            break;
          // A control-cohort event is counted apart, never in the rate (the aggregate then has `control`).
          case OP_NUMERATOR:
            if (agg.kind === 'ratio') {
              if (p.inControl[k] === 1) agg.control!.numerator++;
              else agg.numerator++;
            }
            break;
          case OP_DENOMINATOR:
            if (agg.kind === 'ratio') {
              if (p.inControl[k] === 1) agg.control!.denominator++;
              else agg.denominator++;
            }
            break;
          case OP_COUNT:
            if (agg.kind === 'count' && (act.fieldSlot < 0 || this.distinctNew(b, act.sli, act.fieldSlot)))
              agg.count++;
            break;
        }
      }
      if (p.matchedCount === 0 && this.plan.events[p.eventIndex]!.whereSlots.length > 0)
        this.noteUnmatched(b);
    } else if (cls === LINE_UNKNOWN) {
      w.unknown++;
    } else if (cls === LINE_INVALID) {
      w.invalid++;
    }
  }

  /**
   * A count SLI with `distinct`: is the event's value new in its window? An event without the
   * field counts as its own bug (never dropped: a critical bug without an id is still a critical
   * bug, and over-counting fails safe), and is noted so the operator fixes the reporter.
   */
  private distinctNew(b: Buffer, sli: number, slot: number): boolean {
    const key = distinctKey(this.parser, b, slot);
    if (key === null) {
      const event = this.plan.events[this.parser.eventIndex]!.name;
      const field = this.plan.fields[slot]!;
      addNote(
        this.stats.notes,
        `${event} lines without a string or number "${field}" are counted by ${this.plan.sliIds[sli]} as one each (distinct: ${field})`,
      );
      return true;
    }
    const ids = this.windows[this.anchor]!.ids[sli]!;
    if (ids.has(key)) return false;
    ids.add(key);
    return true;
  }

  /**
   * A line that is not an event (malformed, invalid, of a name no SLI maps), tallied by reason or
   * name with its first line as an example, in or out of the range: the rule on such lines
   * (line-report.ts) looks at everything a source read.
   */
  private noteLine(b: Buffer, s: number, e: number, cls: LineClass): void {
    const p = this.parser;
    const example = () => ({ source: this.source, line: this.lineNo, text: exampleText(b, s, e) });
    if (cls === LINE_UNKNOWN) {
      const name = p.fieldValue(b, SLOT_EVENT);
      this.tally.addUnknown(String(name), example);
      return;
    }
    const key = reasonKey(p, b, s, e, cls);
    this.tally.addUnusable(key, () => describeReason(key, p, b, s, e, this.maxLineBytes), example);
  }

  /** A line of a mapped event that no SLI counts because of a `where` value: noted, not silently dropped. */
  private noteUnmatched(b: Buffer): void {
    const why = unmatchedWhere(this.parser, b);
    if (why === null) return;
    const event = this.plan.events[this.parser.eventIndex]!.name;
    addNote(
      this.stats.notes,
      `${event} lines with ${why} are counted by no SLI (no SLI's where: accepts it)`,
    );
  }

  protected takeSegment(): SegmentResult {
    const attribution = this.endSegmentAttribution();
    return { windows: segmentWindows(this.windows), ...attribution };
  }

  /**
   * Merges the next segment of the current input (segments must come in input order, between
   * beginSource() and endSource() of that input; the collectors must share policy and range).
   */
  absorbSegment(seg: SegmentResult): void {
    this.absorbAttribution(seg);
    for (const sw of seg.windows) absorbWindow(this.windowAt(sw.index)!, sw);
  }

  /** Ends the open input and returns every window of the range. */
  finish(): CollectResult {
    const unattributed = this.endAttribution();
    const windows = windowRecords(
      Array.from(this.windows, (w, i) => w ?? this.windowAt(i)!),
      this.plan,
      this.from,
      this.windowMs,
    );
    return { windows, unattributed, stats: this.statsNow() };
  }
}

/**
 * Segments: a big input cut at line boundaries is collected part by part (e.g. in workers) and
 * merged in input order with exactly the result of one sequential pass.
 */
export class SegmentCollector extends Collector {
  /** Starts the segment (one contiguous run of whole lines of one input). */
  beginSegment(name: string): void {
    super.beginSource(name);
    this.setSegmentMode();
  }

  /** Ends the segment and returns its aggregates. */
  endSegment(): SegmentResult {
    return this.takeSegment();
  }
}

/** Collects in-memory inputs (tests, small sources): each element is one input's full text. */
export function collectTexts(
  inputs: readonly { source: string; text: string | Buffer }[],
  options: CollectOptions,
): CollectResult {
  const c = new Collector(options);
  for (const input of inputs) {
    c.beginSource(input.source);
    c.push(typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text);
    c.endSource();
  }
  return c.finish();
}
