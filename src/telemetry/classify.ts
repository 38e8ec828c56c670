/**
 * Line classification: one event line (JSON object) in, one class out (line-class.ts).
 *
 * It works on the bytes of the line and validates the complete JSON grammar (json-scan.ts,
 * exactly what JSON.parse accepts), but builds no objects: it only captures the fields the
 * policy's mapping names (the time and name keys, `where` fields, latency fields; line-fields.ts),
 * the last occurrence winning as with JSON.parse. A line JSON.parse would reject is always
 * `malformed`; the differential fuzz test pins the two together. The time is an ISO 8601 string
 * unless rollout.yaml `events.time.format` says epoch milliseconds or seconds (docs/events.md).
 *
 * Pure: no I/O.
 */
import type { Buffer } from 'node:buffer';
import { maxOf } from '../extent.js';
import { warmUp } from './classify-warmup.js';
import {
  bytesEqual,
  bytesEqualFold,
  decode,
  literal,
  numberValue,
  SC,
  scanNumber,
  scanString,
  skipContainer,
  skipScalar,
  skipWs,
  strFlags,
} from './json-scan.js';
import {
  LINE_BLANK,
  LINE_EVENT,
  LINE_INVALID,
  LINE_INVALID_NO_TS,
  LINE_MALFORMED,
  LINE_UNKNOWN,
  type LineClass,
  T_ABSENT,
  T_CONTAINER,
  T_FALSE,
  T_NULL,
  T_NUMBER,
  T_STRING,
  T_TRUE,
  WHY_NAME,
  WHY_TIME,
  WHY_VALUE,
  type Why,
} from './line-class.js';
import { LineFields } from './line-fields.js';
import { OP_LATENCY, type Plan, SLOT_EVENT, SLOT_TS, TIME_EPOCH_S, TIME_ISO8601 } from './plan.js';
import { epochTime, parseCanonicalTimestamp, parseTimestamp, readCanonicalTimestamp } from './timestamp.js';

/** A time written as a string of decimal digits (epoch formats accept it as well as a number). */
export const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/**
 * Classifies lines for one compiled plan. Not re-entrant: the captured fields and `matched` are
 * overwritten by the next call to classify().
 */
export class LineParser extends LineFields {
  /** Epoch ms of the last line's time (when its class has one). */
  ts = 0;
  /** Index into plan.events of the last event line. */
  eventIndex = -1;
  /** Action indices (into plan.events[eventIndex].actions) the last event line feeds. */
  readonly matched: Int32Array;
  /** For latency actions: the value in ms, aligned with `matched`. */
  readonly values: Float64Array;
  /** For other actions: 1 when the event is its SLI's control cohort's (Action.control), else 0. */
  readonly inControl: Uint8Array;
  matchedCount = 0;
  /**
   * Why the last line was invalid (LINE_INVALID, LINE_INVALID_NO_TS): its time, its name, or a
   * value an SLI reads (the action `invalidAction` of its event). line-reasons.ts says it in words.
   */
  why: Why = WHY_TIME;
  invalidAction = -1;
  // Fast paths for the two fields every line has: a canonical `ts` parsed straight from the
  // bytes, and an `event` equal to a known name; keyed by the value's start offset so a later
  // duplicate key (which moves the start) falls back to the general path.
  private tsFastStart = -1;
  /** In a typed array: a time kept in a field or a variable of the object path gets boxed per line. */
  private readonly tsFast = new Float64Array(1);
  private eventFastStart = -1;
  private eventFast = -1;
  /** Known event names that are plain JSON string bytes (no quote, backslash, control, non-ASCII). */
  private readonly plainEvents: boolean[];
  /** The time is not an ISO 8601 string (rollout.yaml events.time.format: epoch_ms or epoch_s). */
  private readonly epoch: boolean;
  private readonly seconds: boolean;

  constructor(plan: Plan) {
    super(plan);
    const maxActions = maxOf(
      plan.events.map((e) => e.actions.length),
      1,
    );
    this.matched = new Int32Array(maxActions);
    this.values = new Float64Array(maxActions);
    this.inControl = new Uint8Array(maxActions);
    this.plainEvents = plan.events.map((e) => e.bytes.every((c) => SC[c] === 0));
    this.epoch = plan.timeFormat !== TIME_ISO8601;
    this.seconds = plan.timeFormat === TIME_EPOCH_S;
    warmUp(this);
  }

  /** Classifies b[start, end) (one line, without its newline). */
  // Long on purpose: collect's single hot loop over a line's fields; split up, it costs a call per field.
  classify(b: Buffer, lineStart: number, lineEnd: number): LineClass {
    let i = skipWs(b, lineStart, lineEnd);
    if (i >= lineEnd) return LINE_BLANK;
    if (b[i] !== 0x7b) return LINE_MALFORMED; // invalid JSON, or JSON but not an object
    this.tsFastStart = -1;
    this.eventFastStart = -1;
    const type = this.type;
    for (let k = 0; k < this.nFields; k++) type[k] = T_ABSENT;
    i = skipWs(b, i + 1, lineEnd);
    if (i < lineEnd && b[i] === 0x7d) {
      i++;
    } else {
      for (;;) {
        if (i >= lineEnd || b[i] !== 0x22) return LINE_MALFORMED;
        // Unbounded inner scans are safe: a line ends at "\n" (a control byte, class 3) or at
        // the buffer's end (undefined), and the result is checked against lineEnd after.
        let ke = i + 1;
        while (SC[b[ke]!] === 0) ke++;
        let kf = 0;
        if (ke >= lineEnd || b[ke] !== 0x22) {
          ke = scanString(b, i + 1, lineEnd);
          if (ke < 0) return LINE_MALFORMED;
          kf = strFlags;
        }
        const slot = this.slotOf(b, i + 1, ke, kf);
        i = ke + 1;
        if (i >= lineEnd || b[i] !== 0x3a) {
          i = skipWs(b, i, lineEnd);
          if (i >= lineEnd || b[i] !== 0x3a) return LINE_MALFORMED;
        }
        i++;
        if (i >= lineEnd) return LINE_MALFORMED;
        let c = b[i]!;
        if (c <= 0x20) {
          i = skipWs(b, i, lineEnd);
          if (i >= lineEnd) return LINE_MALFORMED;
          c = b[i]!;
        }
        if (slot < 0) {
          if (c === 0x22) {
            let e = i + 1;
            while (SC[b[e]!] === 0) e++;
            if (e >= lineEnd || b[e] !== 0x22) {
              e = scanString(b, i + 1, lineEnd);
              if (e < 0) return LINE_MALFORMED;
            }
            i = e + 1;
          } else {
            i = c === 0x7b || c === 0x5b ? skipContainer(b, i, lineEnd) : skipScalar(b, i, lineEnd);
            if (i < 0) return LINE_MALFORMED;
          }
        } else if (c === 0x22 && slot === SLOT_TS && i + 25 < lineEnd && b[i + 25] === 0x22) {
          // canonical "YYYY-MM-DDTHH:MM:SS.sssZ": its bytes are all plain string bytes
          if (!readCanonicalTimestamp(b, i + 1, i + 25, this.tsFast)) {
            i = this.captureString(b, i, lineEnd, slot);
            if (i < 0) return LINE_MALFORMED;
          } else {
            type[slot] = T_STRING;
            this.start[slot] = i + 1;
            this.end[slot] = i + 25;
            this.flags[slot] = 0;
            this.tsFastStart = i + 1;
            i += 26;
          }
        } else if (c === 0x22 && slot === SLOT_EVENT && this.matchEvent(b, i + 1, lineEnd)) {
          const len = this.plan.events[this.eventFast]!.bytes.length;
          type[slot] = T_STRING;
          this.start[slot] = i + 1;
          this.end[slot] = i + 1 + len;
          this.flags[slot] = 0;
          this.eventFastStart = i + 1;
          i += len + 2;
        } else if (c === 0x22) {
          let e = i + 1;
          while (SC[b[e]!] === 0) e++;
          let f = 0;
          if (e >= lineEnd || b[e] !== 0x22) {
            e = scanString(b, i + 1, lineEnd);
            if (e < 0) return LINE_MALFORMED;
            f = strFlags;
          }
          type[slot] = T_STRING;
          this.start[slot] = i + 1;
          this.end[slot] = e;
          this.flags[slot] = f;
          i = e + 1;
        } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          const e = scanNumber(b, i, lineEnd);
          if (e < 0) return LINE_MALFORMED;
          type[slot] = T_NUMBER;
          this.num[slot] = numberValue(b, i, e);
          i = e;
        } else if (c === 0x7b || c === 0x5b) {
          this.start[slot] = i;
          i = skipContainer(b, i, lineEnd);
          if (i < 0) return LINE_MALFORMED;
          type[slot] = T_CONTAINER;
          this.end[slot] = i;
        } else {
          const e = literal(b, i, lineEnd, c);
          if (e < 0) return LINE_MALFORMED;
          type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
          i = e;
        }
        if (i >= lineEnd) return LINE_MALFORMED;
        let d = b[i]!;
        if (d <= 0x20) {
          i = skipWs(b, i, lineEnd);
          if (i >= lineEnd) return LINE_MALFORMED;
          d = b[i]!;
        }
        if (d === 0x2c) {
          i++;
          if (i < lineEnd && b[i] === 0x22) continue;
          i = skipWs(b, i, lineEnd);
          continue;
        }
        if (d !== 0x7d) return LINE_MALFORMED;
        i++;
        break;
      }
    }
    if (skipWs(b, i, lineEnd) !== lineEnd) return LINE_MALFORMED;
    return this.classifyObject(b);
  }

  /** Is a known plain event name, then a quote, at b[s]? Sets eventFast. */
  private matchEvent(b: Buffer, s: number, end: number): boolean {
    const events = this.plan.events;
    for (let k = 0; k < events.length; k++) {
      const want = events[k]!.bytes;
      const n = want.length;
      if (s + n >= end || b[s + n] !== 0x22 || !this.plainEvents[k]) continue;
      let j = 0;
      while (j < n && b[s + j] === want[j]) j++;
      if (j === n) {
        this.eventFast = k;
        return true;
      }
    }
    return false;
  }

  private classifyObject(b: Buffer): LineClass {
    if (this.paths.length > 0) this.resolvePaths(b);
    const type = this.type;
    if (!this.epoch && type[SLOT_TS] === T_STRING && this.start[SLOT_TS] === this.tsFastStart) {
      // The canonical time the field scan read: copied slot to field, never through a variable
      // that mixes it with the other paths' results (that boxed one number per line).
      this.ts = this.tsFast[0]!;
    } else {
      const ts = this.slowTime(b);
      if (Number.isNaN(ts)) {
        this.why = WHY_TIME;
        return LINE_INVALID_NO_TS;
      }
      this.ts = ts;
    }
    if (type[SLOT_EVENT] !== T_STRING) {
      this.why = WHY_NAME;
      return LINE_INVALID;
    }
    const e0 = this.start[SLOT_EVENT]!;
    const e1 = this.end[SLOT_EVENT]!;
    const eFlags = this.flags[SLOT_EVENT]!;
    const events = this.plan.events;
    let ev = -1;
    if (e0 === this.eventFastStart) {
      ev = this.eventFast;
    } else if (eFlags === 0) {
      for (let k = 0; k < events.length; k++) {
        if (bytesEqual(b, e0, e1, events[k]!.bytes)) {
          ev = k;
          break;
        }
      }
    } else {
      ev = this.plan.eventIndex.get(decode(b, e0, e1, eFlags)) ?? -1;
    }
    if (ev < 0) return LINE_UNKNOWN;
    this.eventIndex = ev;
    const actions = events[ev]!.actions;
    let m = 0;
    for (let a = 0; a < actions.length; a++) {
      const act = actions[a]!;
      if (!this.conditionsHold(b, act.conditions)) continue;
      if (act.op === OP_LATENCY) {
        const slot = act.fieldSlot;
        const v = this.num[slot]!;
        // A negative duration is not a sample: the line is invalid, not a fast save.
        if (type[slot] !== T_NUMBER || !Number.isFinite(v) || v < 0) {
          this.why = WHY_VALUE;
          this.invalidAction = a;
          return LINE_INVALID;
        }
        this.values[m] = v * act.toMs;
      } else {
        this.inControl[m] = act.control !== null && this.conditionsHold(b, act.control) ? 1 : 0;
      }
      this.matched[m++] = a;
    }
    this.matchedCount = m;
    return LINE_EVENT;
  }

  /** The time of a line whose time is not the canonical string the field scan read, or NaN. */
  private slowTime(b: Buffer): number {
    if (this.epoch) return this.epochTs(b);
    if (this.type[SLOT_TS] !== T_STRING) return Number.NaN;
    const ts0 = this.start[SLOT_TS]!;
    const ts1 = this.end[SLOT_TS]!;
    const tsFlags = this.flags[SLOT_TS]!;
    const ts = tsFlags === 0 ? parseCanonicalTimestamp(b, ts0, ts1) : Number.NaN;
    return Number.isNaN(ts) ? parseTimestamp(decode(b, ts0, ts1, tsFlags)) : ts;
  }

  /** The time of an epoch_ms / epoch_s line (a number, or a string of digits), or NaN. */
  private epochTs(b: Buffer): number {
    const t = this.type[SLOT_TS];
    if (t === T_NUMBER) return epochTime(this.num[SLOT_TS]!, this.seconds);
    if (t !== T_STRING) return Number.NaN;
    const text = decode(b, this.start[SLOT_TS]!, this.end[SLOT_TS]!, this.flags[SLOT_TS]!);
    return DECIMAL.test(text) ? epochTime(Number(text), this.seconds) : Number.NaN;
  }

  private conditionsHold(
    b: Buffer,
    conditions: readonly { slot: number; value: string | number | boolean; bytes: Uint8Array | null }[],
  ): boolean {
    for (let k = 0; k < conditions.length; k++) {
      const c = conditions[k]!;
      const t = this.type[c.slot];
      const v = c.value;
      if (typeof v === 'string') {
        if (t !== T_STRING) return false;
        const f = this.flags[c.slot]!;
        const s = this.start[c.slot]!;
        const e = this.end[c.slot]!;
        // case-insensitive: v is lower-case; a plain (ASCII) value folds byte by byte
        if (f === 0 ? !bytesEqualFold(b, s, e, c.bytes!) : decode(b, s, e, f).toLowerCase() !== v)
          return false;
      } else if (typeof v === 'number') {
        if (t !== T_NUMBER || this.num[c.slot] !== v) return false;
      } else if (t !== (v ? T_TRUE : T_FALSE)) {
        return false;
      }
    }
    return true;
  }
}
