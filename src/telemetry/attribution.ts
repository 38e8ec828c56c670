/**
 * Timestamp attribution: which window of [from, to) a line is counted in.
 *
 * A line with a usable `ts` belongs to the window its `ts` falls in. A line without one
 * (malformed, or invalid without ts) is counted in the window of the most recent line before it
 * in the same input that had a usable `ts`; lines before the first such line go to the window of
 * the first one after them. That depends only on the input's content, so collecting a range in
 * one run or window by window gives the same counts. Lines attributed to a window outside
 * [from, to) are skipped like events there; an input with no usable `ts` at all reports its lines
 * in `unattributed`.
 *
 * An input cut into segments (collected apart, e.g. in workers) keeps the lines before each
 * segment's first usable `ts` aside; they are placed when the segments merge in input order.
 *
 * Pure: time comes from the events; no clock, no I/O.
 */
import type { Buffer } from 'node:buffer';
import type { WindowAgg } from './aggregate.js';
import { addNote } from './line-notes.js';
import { TOO_LONG_KEY, tooLongReason } from './line-reasons.js';
import { type LinesTallied, LineTally } from './line-tally.js';
import { LineSplitter } from './split-lines.js';

export interface UnattributedLines {
  source: string;
  malformed: number;
  invalid: number;
}

/**
 * What was read, in range or not. `unusable` and `unknown` (line-tally.ts): the malformed and
 * invalid lines by reason, and the events no SLI maps by name, each with its first line.
 */
export interface CollectStats extends LinesTallied {
  /** Non-blank lines read, in range or not. */
  lines: number;
  /** Lines whose window lies outside [from, to): not counted in any window record. */
  outside: number;
  /** Lines over maxLineBytes (also counted as malformed). */
  tooLong: number;
  /**
   * What an operator should read about lines that were counted unlike they may expect, as
   * text → lines (line-notes.ts): a `where` value no SLI accepts (`bug.reported lines with
   * severity "crit" are counted by no SLI`), an event without its SLI's `distinct` field.
   */
  notes: Record<string, number>;
}

/** A segment's attribution at its end, to be merged in input order (absorbAttribution). */
export interface SegmentAttribution {
  /** Lines without a usable ts before the segment's first line with one (placed when merging). */
  leadingMalformed: number;
  leadingInvalid: number;
  /** Window index of the segment's first and last line with a usable ts. */
  firstAnchor: number | null;
  lastAnchor: number | null;
  stats: CollectStats;
  /** Lines of the segment, blank ones included (the next segment's line numbers start after them). */
  lineCount: number;
}

export abstract class WindowAttribution extends LineSplitter {
  protected readonly from: number;
  protected readonly windowMs: number;
  /**
   * One slot per window of [from, to), made on its first line (windowAt): a segment of a 90-day
   * file touches a few of the 8,640 windows, and a window never made costs nothing to hand over.
   * Only their line counts are touched here.
   */
  protected readonly windows: (WindowAgg | undefined)[];
  private readonly newWindow: () => WindowAgg;
  protected readonly stats: CollectStats = {
    lines: 0,
    outside: 0,
    tooLong: 0,
    notes: {},
    unusable: [],
    unknown: [],
  };
  /** Lines that are not events, by reason or name (read into `stats` when it is handed out). */
  protected readonly tally = new LineTally();
  private readonly unattributed: UnattributedLines[] = [];
  protected readonly maxLineBytes: number;

  // Per input.
  protected source = '';
  /** Lines of this input (or segment) so far, blank ones included: the line number of the last one. */
  protected lineNo = 0;
  private inSource = false;
  /** Window index (relative to from, may be out of range) of the last line with a usable ts; NaN before one. */
  protected anchor = Number.NaN;
  private firstAnchor = Number.NaN;
  /** Segment mode: lines before the first usable ts are kept aside, not placed. */
  private segment = false;
  private leadingMalformed = 0;
  private leadingInvalid = 0;
  private pendingMalformed = 0;
  private pendingInvalid = 0;

  constructor(o: {
    from: number;
    windowMs: number;
    maxLineBytes: number;
    windowCount: number;
    newWindow: () => WindowAgg;
  }) {
    super(o.maxLineBytes);
    this.maxLineBytes = o.maxLineBytes;
    this.from = o.from;
    this.windowMs = o.windowMs;
    this.windows = new Array(o.windowCount);
    this.newWindow = o.newWindow;
  }

  /** Window `idx` (relative to from), made empty on first use; undefined outside [from, to). */
  protected windowAt(idx: number): WindowAgg | undefined {
    const w = this.windows[idx];
    if (w !== undefined) return w;
    if (!(idx >= 0 && idx < this.windows.length)) return undefined;
    const made = this.newWindow();
    this.windows[idx] = made;
    return made;
  }

  /** Starts an input: attribution of lines without a timestamp does not cross inputs. */
  beginSource(name: string): void {
    if (this.inSource) this.endSource();
    this.source = name;
    this.lineNo = 0;
    this.inSource = true;
    this.anchor = Number.NaN;
    this.firstAnchor = Number.NaN;
    this.leadingMalformed = 0;
    this.leadingInvalid = 0;
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
    this.dropCarry();
  }

  /** Feeds the next bytes of the current input. The buffer is not kept after the call. */
  push(chunk: Buffer): void {
    if (!this.inSource) this.beginSource('<input>');
    this.split(chunk);
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

  protected lineTooLong(): void {
    this.lineNo++;
    this.tally.addUnusable(
      TOO_LONG_KEY,
      () => tooLongReason(this.maxLineBytes),
      () => ({ source: this.source, line: this.lineNo, text: null }),
    );
    this.stats.tooLong++;
    this.stats.lines++;
    this.noTs(true);
  }

  /** A line without a usable ts: counted where the last usable ts was, or kept pending. */
  protected noTs(malformed: boolean): void {
    const a = this.anchor;
    if (Number.isNaN(a)) {
      if (malformed) this.pendingMalformed++;
      else this.pendingInvalid++;
      return;
    }
    const w = this.windowAt(a);
    if (w === undefined) {
      this.stats.outside++;
    } else if (malformed) {
      w.malformed++;
    } else {
      w.invalid++;
    }
  }

  /** A line with a usable ts in window `idx`, another window than the last such line's. */
  protected moveAnchor(idx: number): void {
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

  private settlePending(idx: number): void {
    const w = this.windowAt(idx);
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

  /** Ends a segment: its last line, and where its attribution stands. */
  protected endSegmentAttribution(): SegmentAttribution {
    this.flushCarry();
    if (Number.isNaN(this.anchor)) {
      this.leadingMalformed = this.pendingMalformed;
      this.leadingInvalid = this.pendingInvalid;
    }
    this.pendingMalformed = 0;
    this.pendingInvalid = 0;
    this.inSource = false;
    return {
      leadingMalformed: this.leadingMalformed,
      leadingInvalid: this.leadingInvalid,
      firstAnchor: !Number.isNaN(this.firstAnchor) ? this.firstAnchor : null,
      lastAnchor: !Number.isNaN(this.anchor) ? this.anchor : null,
      stats: this.statsNow(),
      lineCount: this.lineNo,
    };
  }

  /** The stats as plain data, with the tally of the lines that are not events. */
  protected statsNow(): CollectStats {
    return { ...this.stats, notes: { ...this.stats.notes }, ...this.tally.toJSON() };
  }

  /** Merges the next segment of the current input: places its leading lines, takes its anchors and stats. */
  protected absorbAttribution(seg: SegmentAttribution): void {
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
    for (const [note, n] of Object.entries(seg.stats.notes)) addNote(this.stats.notes, note, n);
    this.tally.absorb(seg.stats, this.source, this.lineNo);
    this.lineNo += seg.lineCount;
  }

  /** Ends the open input; the inputs that had lines but no usable timestamp to place them by. */
  protected endAttribution(): UnattributedLines[] {
    this.endSource();
    return [...this.unattributed];
  }
}
