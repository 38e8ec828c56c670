/**
 * The event line parser: one canonical event line (JSON object) in, one classification out.
 *
 * It works on the bytes of the line and validates the complete JSON grammar (RFC 8259, exactly
 * what JSON.parse accepts: nested values, escapes, numbers, whitespace), but builds no objects:
 * it only captures the top-level fields the policy's SLI mapping names (`ts`, `event`, `where`
 * fields, latency fields), the last occurrence winning as with JSON.parse. A line JSON.parse
 * would reject is always `malformed`; the differential fuzz test pins the two together.
 *
 * Classes:
 *   blank      only whitespace: ignored, not counted
 *   malformed  not valid JSON, or valid JSON but not an object
 *   invalid    an object without a usable `ts` (RFC 3339 with a zone) or `event` string, or a
 *              mapped latency field that is missing or not a finite number
 *   unknown    a valid event whose name no SLI maps
 *   event      a valid event of a mapped name; `matched` lists the SLI actions it feeds
 *
 * Pure: no I/O (Buffer is only used to decode the rare strings with escapes or non-ASCII bytes).
 */
import { Buffer } from 'node:buffer';
import { OP_LATENCY, type Plan, SLOT_EVENT, SLOT_TS } from './plan.js';
import { parseCanonicalTimestamp, parseTimestamp } from './timestamp.js';

export const LINE_BLANK = 0;
export const LINE_MALFORMED = 1;
/** Invalid and without a usable timestamp (attributed like a malformed line). */
export const LINE_INVALID_NO_TS = 2;
/** Invalid, but its `ts` is usable. */
export const LINE_INVALID = 3;
export const LINE_UNKNOWN = 4;
export const LINE_EVENT = 5;
export type LineClass =
  | typeof LINE_BLANK
  | typeof LINE_MALFORMED
  | typeof LINE_INVALID_NO_TS
  | typeof LINE_INVALID
  | typeof LINE_UNKNOWN
  | typeof LINE_EVENT;

/** JSON type of a captured field. */
export const T_ABSENT = 0;
export const T_STRING = 1;
export const T_NUMBER = 2;
export const T_TRUE = 3;
export const T_FALSE = 4;
export const T_NULL = 5;
export const T_CONTAINER = 6;

const F_ESC = 1;
const F_HIGH = 2;

// Byte classes inside a string: 0 plain, 1 quote, 2 backslash, 3 control (illegal), 4 non-ASCII.
const SC = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) SC[c] = 3;
SC[0x22] = 1;
SC[0x5c] = 2;
for (let c = 0x80; c < 0x100; c++) SC[c] = 4;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const ESC = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESC[c.charCodeAt(0)] = 1;

let strFlags = 0;
let stack = new Uint8Array(64);

/** From the byte after an opening quote: index of the closing quote, or -1. Sets strFlags. */
function scanString(b: Uint8Array, i: number, end: number): number {
  let flags = 0;
  while (i < end) {
    const k = SC[b[i]!]!;
    if (k === 0) {
      i++;
    } else if (k === 1) {
      strFlags = flags;
      return i;
    } else if (k === 4) {
      flags |= F_HIGH;
      i++;
    } else if (k === 2) {
      flags |= F_ESC;
      if (i + 1 >= end) return -1;
      const e = b[i + 1]!;
      if (e === 0x75) {
        if (i + 5 >= end || !HEX[b[i + 2]!] || !HEX[b[i + 3]!] || !HEX[b[i + 4]!] || !HEX[b[i + 5]!])
          return -1;
        i += 6;
      } else if (ESC[e]) {
        i += 2;
      } else {
        return -1;
      }
    } else {
      return -1;
    }
  }
  return -1;
}

function skipWs(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) i++;
    else break;
  }
  return i;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** From the first byte of a number: the index after it, or -1. */
function scanNumber(b: Uint8Array, i: number, end: number): number {
  if (b[i] === 0x2d) {
    i++;
    if (i >= end) return -1;
  }
  const c = b[i]!;
  if (c === 0x30) {
    i++;
  } else if (c >= 0x31 && c <= 0x39) {
    i++;
    while (i < end && isDigit(b[i])) i++;
  } else {
    return -1;
  }
  if (i < end && b[i] === 0x2e) {
    i++;
    const s = i;
    while (i < end && isDigit(b[i])) i++;
    if (i === s) return -1;
  }
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    i++;
    if (i < end && (b[i] === 0x2b || b[i] === 0x2d)) i++;
    const s = i;
    while (i < end && isDigit(b[i])) i++;
    if (i === s) return -1;
  }
  return i;
}

/** The value of a valid JSON number (as JSON.parse gives it). */
function numberValue(b: Buffer, s: number, e: number): number {
  if (e - s <= 15) {
    let i = s;
    const neg = b[i] === 0x2d;
    if (neg) i++;
    let v = 0;
    for (; i < e; i++) {
      const d = b[i]! - 0x30;
      if (d < 0 || d > 9) return Number(b.toString('latin1', s, e));
      v = v * 10 + d;
    }
    return neg ? -v : v;
  }
  return Number(b.toString('latin1', s, e));
}

function literal(b: Uint8Array, i: number, end: number, c: number): number {
  if (c === 0x74) {
    return i + 4 <= end && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65 ? i + 4 : -1;
  }
  if (c === 0x66) {
    return i + 5 <= end && b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65
      ? i + 5
      : -1;
  }
  if (c === 0x6e) {
    return i + 4 <= end && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c ? i + 4 : -1;
  }
  return -1;
}

/** A string, number or literal at i: the index after it, or -1. */
function skipScalar(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  if (c === 0x22) {
    const e = scanString(b, i + 1, end);
    return e < 0 ? -1 : e + 1;
  }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return scanNumber(b, i, end);
  return literal(b, i, end, c);
}

const OPENED = 0;
const COMMA = 1;
const VALUE = 2;

/** A whole object or array at i (iterative, so deep nesting cannot overflow the stack). */
function skipContainer(b: Uint8Array, i: number, end: number): number {
  let sp = 0;
  let top = b[i]!;
  stack[sp++] = top;
  i++;
  let state = OPENED;
  for (;;) {
    i = skipWs(b, i, end);
    if (i >= end) return -1;
    let c = b[i]!;
    const close = top === 0x7b ? 0x7d : 0x5d;
    if (state === VALUE) {
      if (c === 0x2c) {
        state = COMMA;
        i++;
        continue;
      }
      if (c !== close) return -1;
    }
    if (state !== COMMA && c === close) {
      sp--;
      i++;
      if (sp === 0) return i;
      top = stack[sp - 1]!;
      state = VALUE;
      continue;
    }
    if (top === 0x7b) {
      if (c !== 0x22) return -1;
      const ke = scanString(b, i + 1, end);
      if (ke < 0) return -1;
      i = skipWs(b, ke + 1, end);
      if (i >= end || b[i] !== 0x3a) return -1;
      i = skipWs(b, i + 1, end);
      if (i >= end) return -1;
      c = b[i]!;
    }
    if (c === 0x7b || c === 0x5b) {
      if (sp === stack.length) {
        const bigger = new Uint8Array(stack.length * 2);
        bigger.set(stack);
        stack = bigger;
      }
      stack[sp++] = c;
      top = c;
      i++;
      state = OPENED;
      continue;
    }
    i = skipScalar(b, i, end);
    if (i < 0) return -1;
    state = VALUE;
  }
}

function keyHash(len: number, first: number, last: number): number {
  return (len * 131 + first * 7 + last) & 1023;
}

function bytesEqual(b: Uint8Array, s: number, e: number, want: Uint8Array): boolean {
  const n = e - s;
  if (n !== want.length) return false;
  for (let j = 0; j < n; j++) if (b[s + j] !== want[j]) return false;
  return true;
}

/** Does the whole line b[start, end) parse as JSON? (The validator alone, for tests and tools.) */
export function isValidJson(b: Uint8Array, start = 0, end = b.length): boolean {
  let i = skipWs(b, start, end);
  if (i >= end) return false;
  const c = b[i]!;
  i = c === 0x7b || c === 0x5b ? skipContainer(b, i, end) : skipScalar(b, i, end);
  return i >= 0 && skipWs(b, i, end) === end;
}

/**
 * Classifies lines for one compiled plan. Not re-entrant: the captured fields and `matched` are
 * overwritten by the next call to classify().
 */
export class LineParser {
  readonly plan: Plan;
  private readonly nFields: number;
  private readonly fieldBytes: Uint8Array[];
  private readonly fieldIndex: Map<string, number>;
  /** (length, first byte, last byte) hash → slot + 1; 0 none; -1 several (loop instead). */
  private readonly slotHash: Int16Array;
  readonly type: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly flags: Uint8Array;
  private readonly num: Float64Array;
  private buf: Buffer | null = null;
  /** Epoch ms of the last line's `ts` (when its class has one). */
  ts = 0;
  /** Index into plan.events of the last event line. */
  eventIndex = -1;
  /** Action indices (into plan.events[eventIndex].actions) the last event line feeds. */
  readonly matched: Int32Array;
  /** For latency actions: the value in ms, aligned with `matched`. */
  readonly values: Float64Array;
  matchedCount = 0;
  // Fast paths for the two fields every line has: a canonical `ts` parsed straight from the
  // bytes, and an `event` equal to a known name; keyed by the value's start offset so a later
  // duplicate key (which moves the start) falls back to the general path.
  private tsFastStart = -1;
  private tsFast = 0;
  private eventFastStart = -1;
  private eventFast = -1;
  /** Known event names that are plain JSON string bytes (no quote, backslash, control, non-ASCII). */
  private readonly plainEvents: boolean[];

  constructor(plan: Plan) {
    this.plan = plan;
    this.nFields = plan.fields.length;
    this.fieldBytes = plan.fieldBytes;
    this.fieldIndex = new Map(plan.fields.map((f, i) => [f, i]));
    this.slotHash = new Int16Array(1024);
    plan.fieldBytes.forEach((fb, i) => {
      const h = keyHash(fb.length, fb[0] ?? 0, fb[fb.length - 1] ?? 0);
      this.slotHash[h] = this.slotHash[h] === 0 ? i + 1 : -1;
    });
    this.type = new Uint8Array(this.nFields);
    this.start = new Int32Array(this.nFields);
    this.end = new Int32Array(this.nFields);
    this.flags = new Uint8Array(this.nFields);
    this.num = new Float64Array(this.nFields);
    const maxActions = Math.max(1, ...plan.events.map((e) => e.actions.length));
    this.matched = new Int32Array(maxActions);
    this.values = new Float64Array(maxActions);
    this.plainEvents = plan.events.map((e) => e.bytes.every((c) => SC[c] === 0));
    this.warmUp();
  }

  /**
   * Runs every branch once on a few synthetic lines, so the JIT has type feedback for the rare
   * paths (escapes, fractions, containers, broken lines) before it optimizes: otherwise the first
   * rare line in the data deoptimizes the hot loop. Costs microseconds; changes no state that
   * outlives it.
   */
  private warmUp(): void {
    const fields = this.plan.fields;
    const some = (i: number) => JSON.stringify(fields[i % fields.length] ?? 'x');
    const events = this.plan.events.map((e) => JSON.stringify(e.name));
    const ts = '"2026-11-20T10:03:12.345Z"';
    const lines: string[] = [
      '',
      ' ',
      'x',
      '[1]',
      '{}',
      '{"ts":1}',
      `{"ts":"2026-11-20T19:03:12+09:00","event":"\u0061"}`,
      `{"ts":${ts},"event":"unknown.event","a":[1,{"b":null}],"c":{"d":[true,false]}}`,
      `{"ts":${ts},"event":${events[0] ?? '"e"'},"x":-1.5e3,"y":""\u00e9\n","z":"é"}`,
      `{"ts":${ts},"event":${events[0] ?? '"e"'},"x":1,}`,
      `{"ts":${ts} ,	"event" : ${events[0] ?? '"e"'} }`,
      `{"t\u0073":${ts},"event":"x"}`,
      `{"ts":${ts},"event":${events[0] ?? '"e"'},"a":"unterminated`,
    ];
    for (const e of events) {
      for (let i = 0; i < fields.length; i++) {
        lines.push(
          `{"ts":${ts},"event":${e},${some(i)}:1,${some(i + 1)}:"a",${some(i + 2)}:true,${some(i + 3)}:0.25}`,
        );
        lines.push(`{"ts":${ts},"event":${e},${some(i)}:null,${some(i + 1)}:false,${some(i + 2)}:[]}`);
      }
    }
    const buf = Buffer.from(lines.join('\n'));
    // a few rounds: V8 only starts recording feedback after a function's first calls
    for (let round = 0; round < 4; round++) {
      let pos = 0;
      for (;;) {
        const nl = buf.indexOf(0x0a, pos);
        this.classify(buf, pos, nl < 0 ? buf.length : nl);
        if (nl < 0) break;
        pos = nl + 1;
      }
    }
    this.buf = null;
  }

  private slotOf(b: Buffer, s: number, e: number, f: number): number {
    if (f !== 0) return this.fieldIndex.get(decode(b, s, e, f)) ?? -1;
    const n = e - s;
    if (n === 0) return this.fieldIndex.get('') ?? -1;
    const h = this.slotHash[keyHash(n, b[s]!, b[e - 1]!)]!;
    if (h === 0) return -1;
    const fb = this.fieldBytes;
    if (h > 0) {
      const want = fb[h - 1]!;
      if (want.length !== n) return -1;
      for (let j = 0; j < n; j++) if (b[s + j] !== want[j]) return -1;
      return h - 1;
    }
    for (let k = 0; k < this.nFields; k++) {
      const want = fb[k]!;
      if (want.length !== n) continue;
      let j = 0;
      while (j < n && b[s + j] === want[j]) j++;
      if (j === n) return k;
    }
    return -1;
  }

  /** Classifies b[start, end) (one line, without its newline). */
  classify(b: Buffer, lineStart: number, lineEnd: number): LineClass {
    let i = skipWs(b, lineStart, lineEnd);
    if (i >= lineEnd) return LINE_BLANK;
    if (b[i] !== 0x7b) return LINE_MALFORMED; // invalid JSON, or JSON but not an object
    this.buf = b;
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
          const t = parseCanonicalTimestamp(b, i + 1, i + 25);
          if (Number.isNaN(t)) {
            i = this.captureString(b, i, lineEnd, slot);
            if (i < 0) return LINE_MALFORMED;
          } else {
            type[slot] = T_STRING;
            this.start[slot] = i + 1;
            this.end[slot] = i + 25;
            this.flags[slot] = 0;
            this.tsFastStart = i + 1;
            this.tsFast = t;
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
          i = skipContainer(b, i, lineEnd);
          if (i < 0) return LINE_MALFORMED;
          type[slot] = T_CONTAINER;
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

  private captureString(b: Buffer, i: number, end: number, slot: number): number {
    const e = scanString(b, i + 1, end);
    if (e < 0) return -1;
    this.type[slot] = T_STRING;
    this.start[slot] = i + 1;
    this.end[slot] = e;
    this.flags[slot] = strFlags;
    return e + 1;
  }

  private classifyObject(b: Buffer): LineClass {
    const type = this.type;
    if (type[SLOT_TS] !== T_STRING) return LINE_INVALID_NO_TS;
    const ts0 = this.start[SLOT_TS]!;
    const ts1 = this.end[SLOT_TS]!;
    const tsFlags = this.flags[SLOT_TS]!;
    let ts =
      ts0 === this.tsFastStart
        ? this.tsFast
        : tsFlags === 0
          ? parseCanonicalTimestamp(b, ts0, ts1)
          : Number.NaN;
    if (Number.isNaN(ts)) ts = parseTimestamp(decode(b, ts0, ts1, tsFlags));
    if (Number.isNaN(ts)) return LINE_INVALID_NO_TS;
    this.ts = ts;
    if (type[SLOT_EVENT] !== T_STRING) return LINE_INVALID;
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
        if (type[slot] !== T_NUMBER) return LINE_INVALID;
        const v = this.num[slot]!;
        if (!Number.isFinite(v)) return LINE_INVALID;
        this.values[m] = v * act.toMs;
      }
      this.matched[m++] = a;
    }
    this.matchedCount = m;
    return LINE_EVENT;
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
        if (f === 0 ? !bytesEqual(b, s, e, c.bytes!) : decode(b, s, e, f) !== v) return false;
      } else if (typeof v === 'number') {
        if (t !== T_NUMBER || this.num[c.slot] !== v) return false;
      } else if (t !== (v ? T_TRUE : T_FALSE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The captured value of a plan field on the last classified object line, as JSON.parse would
   * give it; containers come back as the string "[container]", absent fields as undefined.
   * (For tests and diagnostics; the hot path never builds values.)
   */
  fieldValue(slot: number): string | number | boolean | null | undefined {
    const b = this.buf;
    switch (this.type[slot]) {
      case T_STRING:
        return decode(b!, this.start[slot]!, this.end[slot]!, this.flags[slot]!);
      case T_NUMBER:
        return this.num[slot]!;
      case T_TRUE:
        return true;
      case T_FALSE:
        return false;
      case T_NULL:
        return null;
      case T_CONTAINER:
        return '[container]';
      default:
        return undefined;
    }
  }
}

/** The JS string of a valid JSON string's content b[s, e) (between its quotes). */
function decode(b: Buffer, s: number, e: number, flags: number): string {
  if ((flags & F_ESC) !== 0) return JSON.parse(b.toString('utf8', s - 1, e + 1)) as string;
  return b.toString(flags === 0 ? 'latin1' : 'utf8', s, e);
}
