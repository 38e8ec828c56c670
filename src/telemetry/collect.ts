/**
 * Streaming aggregation: event lines in, one WindowRecord per window of [from, to) out.
 *
 * Feed each input (a file) as chunks of bytes between beginSource() and endSource(); lines may
 * span chunks. Only per-window aggregates are kept, so memory does not grow with the number of
 * events. Every window of the range is reported, with zero counts when nothing happened in it.
 *
 * Where a line without a usable `ts` (malformed, or invalid without ts) is counted: in the
 * window of the most recent line before it in the same input that had a usable `ts`; lines
 * before the first such line go to the window of the first one after them. That depends only
 * on the input's content, so collecting a range in one run or window by window gives the same
 * counts. Lines attributed to a window outside [from, to) are skipped like events there; an
 * input with no usable `ts` at all reports its lines in `unattributed`.
 *
 * Pure: time comes from the events; no clock, no I/O.
 */
import { Buffer } from 'node:buffer';
import type { Policy } from '../policy/model.js';
import { ExactSum } from './exact-sum.js';
import {
  LINE_BLANK,
  LINE_EVENT,
  LINE_INVALID,
  LINE_INVALID_NO_TS,
  LINE_MALFORMED,
  LINE_UNKNOWN,
  LineParser,
} from './parse.js';
import { compilePlan, OP_COUNT, OP_DENOMINATOR, OP_LATENCY, OP_NUMERATOR, type Plan } from './plan.js';
import { emptyAggregate, mergeInto, type SliAggregate, type WindowRecord } from './record.js';
import { LatencySketch, type SketchJson } from './sketch.js';
import { windowStarts } from './window.js';

/** Lines longer than this are counted malformed without being buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

export interface CollectOptions {
  /** The SLI mapping and the window length (policy.slis, policy.windowMs). */
  policy: Pick<Policy, 'slis' | 'windowMs'>;
  /** Epoch ms, window-aligned (see alignRange in window.ts). */
  from: number;
  /** Epoch ms, window-aligned, exclusive. */
  to: number;
  maxLineBytes?: number;
}

export interface UnattributedLines {
  source: string;
  malformed: number;
  invalid: number;
}

export interface CollectStats {
  /** Non-blank lines read, in range or not. */
  lines: number;
  /** Lines whose window lies outside [from, to): not counted in any report. */
  outside: number;
  /** Lines over maxLineBytes (also counted as malformed). */
  tooLong: number;
}

export interface CollectResult {
  /** One report per window of [from, to), in time order. */
  windows: WindowRecord[];
  /** Inputs that had lines but no usable timestamp to place them by. */
  unattributed: UnattributedLines[];
  stats: CollectStats;
}

interface WindowAgg {
  events: number;
  malformed: number;
  invalid: number;
  unknown: number;
  slis: SliAggregate[];
  /** Exact sums of latency values (order-independent), per SLI; null for other kinds. */
  sums: (ExactSum | null)[];
}

/** A latency, ratio or count aggregate as plain data (for a worker's postMessage). */
export type SegmentSli =
  | {
      kind: 'latency';
      count: number;
      min: number | null;
      max: number | null;
      sum: number[];
      sketch: SketchJson;
    }
  | { kind: 'ratio'; numerator: number; denominator: number }
  | { kind: 'count'; count: number };

/** What one contiguous part of an input amounts to, so parts can be collected in parallel. */
export interface SegmentResult {
  /** Windows with anything in them: index relative to `from`. */
  windows: {
    index: number;
    events: number;
    malformed: number;
    invalid: number;
    unknown: number;
    slis: SegmentSli[];
  }[];
  /** Lines without a usable ts before the segment's first line with one (placed when merging). */
  leadingMalformed: number;
  leadingInvalid: number;
  /** Window index of the segment's first and last line with a usable ts. */
  firstAnchor: number | null;
  lastAnchor: number | null;
  stats: CollectStats;
}

export class Collector {
  private readonly plan: Plan;
  private readonly parser: LineParser;
  private readonly from: number;
  private readonly to: number;
  private readonly windowMs: number;
  private readonly maxLine: number;
  private readonly windows: WindowAgg[];
  private readonly unattributed: UnattributedLines[] = [];
  private readonly stats: CollectStats = { lines: 0, outside: 0, tooLong: 0 };

  // Per input.
  private source = '';
  private inSource = false;
  /** Window index (relative to from, may be out of range) of the last line with a usable ts; NaN before one. */
  private anchor = Number.NaN;
  private firstAnchor = Number.NaN;
  /** Segment mode: lines before the first usable ts are kept aside, not placed. */
  private segment = false;
  private leadingMalformed = 0;
  private leadingInvalid = 0;
  private pendingMalformed = 0;
  private pendingInvalid = 0;
  /** The unfinished last line of the previous chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private overlong = false;

  constructor(options: CollectOptions) {
    this.plan = compilePlan(options.policy.slis);
    this.parser = new LineParser(this.plan);
    this.from = options.from;
    this.to = options.to;
    this.windowMs = options.policy.windowMs;
    this.maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.windows = windowStarts(this.from, this.to, this.windowMs).map(() => ({
      events: 0,
      malformed: 0,
      invalid: 0,
      unknown: 0,
      slis: this.plan.sliKinds.map((k) => emptyAggregate(k)),
      sums: this.plan.sliKinds.map((k) => (k === 'latency' ? new ExactSum() : null)),
    }));
  }

  /** Starts an input: attribution of lines without a timestamp does not cross inputs. */
  beginSource(name: string): void {
    if (this.inSource) this.endSource();
    this.source = name;
    this.inSource = true;
    this.anchor = Number.NaN;
    this.firstAnchor = Number.NaN;
    this.leadingMalformed = 0;
    this.leadingInvalid = 0;
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
    this.carry = [];
    this.carryBytes = 0;
    this.overlong = false;
  }

  /** Feeds the next bytes of the current input. The buffer is not kept after the call. */
  push(chunk: Buffer): void {
    if (!this.inSource) this.beginSource('<input>');
    let pos = 0;
    const n = chunk.length;
    if (this.carryBytes > 0 || this.overlong) {
      const nl = chunk.indexOf(0x0a);
      const upto = nl < 0 ? n : nl;
      if (!this.overlong) {
        if (this.carryBytes + upto > this.maxLine) {
          this.overlong = true;
          this.carry = [];
          this.carryBytes = 0;
        } else {
          this.carry.push(Buffer.from(chunk.subarray(0, upto)));
          this.carryBytes += upto;
        }
      }
      if (nl < 0) return;
      this.flushCarry();
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) break;
      if (nl - pos > this.maxLine) this.lineTooLong();
      else this.line(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < n) {
      if (n - pos > this.maxLine) {
        this.overlong = true;
      } else {
        // Copy: the caller may reuse the chunk's memory.
        this.carry = [Buffer.from(chunk.subarray(pos))];
        this.carryBytes = n - pos;
      }
    }
  }

  private flushCarry(): void {
    if (this.overlong) {
      this.lineTooLong();
      this.overlong = false;
    } else if (this.carryBytes > 0) {
      const line = this.carry.length === 1 ? this.carry[0]! : Buffer.concat(this.carry, this.carryBytes);
      this.line(line, 0, line.length);
    }
    this.carry = [];
    this.carryBytes = 0;
  }

  private lineTooLong(): void {
    this.stats.tooLong++;
    this.stats.lines++;
    this.noTs(true);
  }

  /** Ends the current input (a last line without a newline still counts). */
  endSource(): void {
    if (!this.inSource) return;
    this.flushCarry();
    if (this.pendingMalformed > 0 || this.pendingInvalid > 0) {
      this.unattributed.push({
        source: this.source,
        malformed: this.pendingMalformed,
        invalid: this.pendingInvalid,
      });
    }
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
    this.inSource = false;
  }

  private noTs(malformed: boolean): void {
    const a = this.anchor;
    if (Number.isNaN(a)) {
      if (malformed) this.pendingMalformed++;
      else this.pendingInvalid++;
      return;
    }
    const w = this.windows[a];
    if (w === undefined) {
      this.stats.outside++;
    } else if (malformed) {
      w.malformed++;
    } else {
      w.invalid++;
    }
  }

  private line(b: Buffer, s: number, e: number): void {
    const p = this.parser;
    const cls = p.classify(b, s, e);
    if (cls === LINE_BLANK) return;
    this.stats.lines++;
    if (cls === LINE_MALFORMED || cls === LINE_INVALID_NO_TS) {
      this.noTs(cls === LINE_MALFORMED);
      return;
    }
    const idx = Math.floor((p.ts - this.from) / this.windowMs);
    if (idx !== this.anchor) {
      if (Number.isNaN(this.anchor)) {
        this.firstAnchor = idx;
        if (this.segment) {
          this.leadingMalformed = this.pendingMalformed;
          this.leadingInvalid = this.pendingInvalid;
          this.pendingMalformed = 0;
          this.pendingInvalid = 0;
        }
      }
      this.anchor = idx;
      if (this.pendingMalformed > 0 || this.pendingInvalid > 0) this.settlePending(idx);
    }
    const w = this.windows[idx];
    if (w === undefined) {
      this.stats.outside++;
      return;
    }
    if (cls === LINE_EVENT) {
      w.events++;
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
            }
            break;
          case OP_NUMERATOR:
            if (agg.kind === 'ratio') agg.numerator++;
            break;
          case OP_DENOMINATOR:
            if (agg.kind === 'ratio') agg.denominator++;
            break;
          case OP_COUNT:
            if (agg.kind === 'count') agg.count++;
            break;
        }
      }
    } else if (cls === LINE_UNKNOWN) {
      w.unknown++;
    } else if (cls === LINE_INVALID) {
      w.invalid++;
    }
  }

  private settlePending(idx: number): void {
    const w = this.windows[idx];
    if (w === undefined) {
      this.stats.outside += this.pendingMalformed + this.pendingInvalid;
    } else {
      w.malformed += this.pendingMalformed;
      w.invalid += this.pendingInvalid;
    }
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
  }

  protected setSegmentMode(): void {
    this.segment = true;
  }

  protected takeSegment(): SegmentResult {
    this.flushCarry();
    if (Number.isNaN(this.anchor)) {
      this.leadingMalformed = this.pendingMalformed;
      this.leadingInvalid = this.pendingInvalid;
    }
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
    this.inSource = false;
    const windows: SegmentResult['windows'] = [];
    this.windows.forEach((w, index) => {
      if (w.events + w.malformed + w.invalid + w.unknown === 0) return;
      windows.push({
        index,
        events: w.events,
        malformed: w.malformed,
        invalid: w.invalid,
        unknown: w.unknown,
        slis: w.slis.map((a, k): SegmentSli => {
          if (a.kind !== 'latency') return { ...a };
          return {
            kind: 'latency',
            count: a.count,
            min: a.min,
            max: a.max,
            sum: w.sums[k]!.toJSON(),
            sketch: a.sketch.toJSON(),
          };
        }),
      });
    });
    return {
      windows,
      leadingMalformed: this.leadingMalformed,
      leadingInvalid: this.leadingInvalid,
      firstAnchor: !Number.isNaN(this.firstAnchor) ? this.firstAnchor : null,
      lastAnchor: !Number.isNaN(this.anchor) ? this.anchor : null,
      stats: { ...this.stats },
    };
  }

  /**
   * Merges the next segment of the current input (segments must come in input order, between
   * beginSource() and endSource() of that input; the collectors must share policy and range).
   */
  absorbSegment(seg: SegmentResult): void {
    if (!this.inSource) this.beginSource('<input>');
    for (let k = 0; k < seg.leadingMalformed; k++) this.noTs(true);
    for (let k = 0; k < seg.leadingInvalid; k++) this.noTs(false);
    if (seg.firstAnchor !== null && Number.isNaN(this.anchor)) {
      this.anchor = seg.firstAnchor;
      if (this.pendingMalformed > 0 || this.pendingInvalid > 0) this.settlePending(seg.firstAnchor);
    }
    if (seg.lastAnchor !== null) this.anchor = seg.lastAnchor;
    this.stats.lines += seg.stats.lines;
    this.stats.outside += seg.stats.outside;
    this.stats.tooLong += seg.stats.tooLong;
    for (const sw of seg.windows) {
      const w = this.windows[sw.index]!;
      w.events += sw.events;
      w.malformed += sw.malformed;
      w.invalid += sw.invalid;
      w.unknown += sw.unknown;
      sw.slis.forEach((from, k) => {
        if (from.kind !== 'latency') {
          mergeInto(w.slis[k]!, from);
          return;
        }
        // The float `sum` stays 0 here: latency sums add up exactly in w.sums, merged apart.
        mergeInto(w.slis[k]!, { ...from, sum: 0, sketch: LatencySketch.fromJSON(from.sketch) });
        w.sums[k]!.merge(ExactSum.fromJSON(from.sum));
      });
    }
  }

  /** Ends the open input and returns every window of the range. */
  finish(): CollectResult {
    this.endSource();
    const windows: WindowRecord[] = this.windows.map((w, i) => {
      const start = this.from + i * this.windowMs;
      const slis = new Map<string, SliAggregate>();
      this.plan.sliIds.forEach((id, k) => {
        const agg = w.slis[k]!;
        if (agg.kind === 'latency') agg.sum = w.sums[k]!.value();
        slis.set(id, agg);
      });
      return {
        start,
        end: start + this.windowMs,
        counts: { events: w.events, malformed: w.malformed, invalid: w.invalid, unknown: w.unknown },
        slis,
        missing: new Map(),
      };
    });
    return { windows, unattributed: [...this.unattributed], stats: { ...this.stats } };
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
