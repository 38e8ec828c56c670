/**
 * The fields the line classifier (classify.ts) captures from one line: per slot of the plan, the
 * JSON type of the value and where it lies in the line's bytes (or its number). The classifier's
 * hot loop fills the top-level keys; here are the slot lookup by key, the values of dotted paths
 * into objects (a slower path, taken only by policies that name such fields), and the values as
 * JSON.parse would give them.
 *
 * Pure: no I/O.
 */
import type { Buffer } from 'node:buffer';
import {
  bytesEqual,
  decode,
  literal,
  numberValue,
  scanNumber,
  scanString,
  skipContainer,
  skipScalar,
  skipWs,
  strFlags,
} from './json-scan.js';
import { T_ABSENT, T_CONTAINER, T_FALSE, T_NULL, T_NUMBER, T_STRING, T_TRUE } from './line-class.js';
import type { PathField, Plan } from './plan.js';

function keyHash(len: number, first: number, last: number): number {
  return (len * 131 + first * 7 + last) & 1023;
}

export class LineFields {
  readonly plan: Plan;
  protected readonly nFields: number;
  private readonly fieldBytes: Uint8Array[];
  private readonly fieldIndex: Map<string, number>;
  /** (length, first byte, last byte) hash → slot + 1; 0 none; -1 several (loop instead). */
  private readonly slotHash: Int16Array;
  readonly type: Uint8Array;
  /** Strings: the first byte after the opening quote; containers: the opening bracket. */
  readonly start: Int32Array;
  /** Strings: the closing quote; containers: the byte after the closing bracket. */
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  readonly num: Float64Array;
  protected readonly paths: readonly PathField[];

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
    this.paths = plan.paths;
  }

  /** The slot of the top-level key b[s, e) (a string's content, flags f), or -1. */
  protected slotOf(b: Buffer, s: number, e: number, f: number): number {
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

  /** A string value whose opening quote is at i: captured into `slot`; the index after it, or -1. */
  protected captureString(b: Buffer, i: number, end: number, slot: number): number {
    const e = scanString(b, i + 1, end);
    if (e < 0) return -1;
    this.type[slot] = T_STRING;
    this.start[slot] = i + 1;
    this.end[slot] = e;
    this.flags[slot] = strFlags;
    return e + 1;
  }

  /** Any value starting at i (of a line already known to be valid JSON): captured into `slot`. */
  private captureValue(b: Buffer, i: number, end: number, slot: number): void {
    const c = b[i]!;
    if (c === 0x22) {
      this.captureString(b, i, end, slot);
    } else if (c === 0x7b || c === 0x5b) {
      this.type[slot] = T_CONTAINER;
      this.start[slot] = i;
      this.end[slot] = skipContainer(b, i, end);
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.type[slot] = T_NUMBER;
      this.num[slot] = numberValue(b, i, scanNumber(b, i, end));
    } else if (literal(b, i, end, c) > 0) {
      this.type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
    }
  }

  /**
   * The dotted fields of the plan, for a line whose top-level fields were captured (and which is
   * valid JSON): a top-level key of the field's literal name wins, as it always did; otherwise the
   * path is followed through objects, the last of duplicate keys winning as with JSON.parse.
   */
  protected resolvePaths(b: Buffer): void {
    for (const path of this.paths) {
      if (this.type[path.slot] !== T_ABSENT || this.type[path.parent] !== T_CONTAINER) continue;
      let s = this.start[path.parent]!;
      let e = this.end[path.parent]!;
      const keys = path.keys;
      for (let k = 0; k < keys.length && b[s] === 0x7b; k++) {
        const v = findMember(b, s, e, keys[k]!);
        if (v < 0) break;
        if (k === keys.length - 1) {
          this.captureValue(b, v, e, path.slot);
        } else {
          s = v;
          e = b[v] === 0x7b ? skipContainer(b, v, e) : v;
        }
      }
    }
  }

  /**
   * The captured value of a plan field on the last classified object line (b, the buffer given to
   * classify()), as JSON.parse would give it; containers come back as the string "[container]",
   * absent fields as undefined. (For tests and diagnostics; the hot path never builds values.)
   */
  fieldValue(b: Buffer, slot: number): string | number | boolean | null | undefined {
    switch (this.type[slot]) {
      case T_STRING:
        return decode(b, this.start[slot]!, this.end[slot]!, this.flags[slot]!);
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

/**
 * In the valid JSON object b[s, e) (s at its "{"), where the value of the last member named `key`
 * starts; -1 when it has none.
 */
function findMember(b: Buffer, s: number, e: number, key: { bytes: Uint8Array; text: string }): number {
  let i = skipWs(b, s + 1, e);
  let found = -1;
  while (i < e && b[i] === 0x22) {
    const ke = scanString(b, i + 1, e);
    if (ke < 0) return found;
    const kf = strFlags;
    const match = kf === 0 ? bytesEqual(b, i + 1, ke, key.bytes) : decode(b, i + 1, ke, kf) === key.text;
    i = skipWs(b, skipWs(b, ke + 1, e) + 1, e); // past the ":"
    if (match) found = i;
    const c = b[i];
    i = c === 0x7b || c === 0x5b ? skipContainer(b, i, e) : skipScalar(b, i, e);
    if (i < 0) return found;
    i = skipWs(b, i, e);
    if (b[i] !== 0x2c) break;
    i = skipWs(b, i + 1, e);
  }
  return found;
}
