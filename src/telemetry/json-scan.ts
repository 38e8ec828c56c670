/**
 * JSON scanning over the bytes of a line: the pieces of an RFC 8259 validator (strings with
 * their escapes, numbers, literals, whole nested containers), exactly what JSON.parse accepts.
 * They build nothing: each returns the index after what it scanned, or -1 when the bytes are not
 * valid JSON there. The line classifier (classify.ts) drives them field by field; isValidJson is
 * the validator alone.
 *
 * Pure: no I/O (Buffer is only used to decode the rare strings with escapes or non-ASCII bytes).
 */
import type { Buffer } from 'node:buffer';

/** scanString's flags: the string has escapes (F_ESC) or non-ASCII bytes (F_HIGH). */
export const F_ESC = 1;
export const F_HIGH = 2;

// Byte classes inside a string: 0 plain, 1 quote, 2 backslash, 3 control (illegal), 4 non-ASCII.
export const SC = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) SC[c] = 3;
SC[0x22] = 1;
SC[0x5c] = 2;
for (let c = 0x80; c < 0x100; c++) SC[c] = 4;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const ESC = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESC[c.charCodeAt(0)] = 1;

/** The flags of the string the last successful scanString() call closed (no allocation to return two values). */
export let strFlags = 0;
let stack = new Uint8Array(64);

/** From the byte after an opening quote: index of the closing quote, or -1. Sets strFlags. */
export function scanString(b: Uint8Array, i: number, end: number): number {
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

export function skipWs(b: Uint8Array, i: number, end: number): number {
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
export function scanNumber(b: Uint8Array, i: number, end: number): number {
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
export function numberValue(b: Buffer, s: number, e: number): number {
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

/** A literal (true, false, null) whose first byte `c` is at i: the index after it, or -1. */
export function literal(b: Uint8Array, i: number, end: number, c: number): number {
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
export function skipScalar(b: Uint8Array, i: number, end: number): number {
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
export function skipContainer(b: Uint8Array, i: number, end: number): number {
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

/** Are b[s, e) exactly the bytes `want`? */
export function bytesEqual(b: Uint8Array, s: number, e: number, want: Uint8Array): boolean {
  const n = e - s;
  if (n !== want.length) return false;
  for (let j = 0; j < n; j++) if (b[s + j] !== want[j]) return false;
  return true;
}

/** Are b[s, e) the bytes `lower` (lower-case) with ASCII letters compared case-insensitively? */
export function bytesEqualFold(b: Uint8Array, s: number, e: number, lower: Uint8Array): boolean {
  const n = e - s;
  if (n !== lower.length) return false;
  for (let j = 0; j < n; j++) {
    const c = b[s + j]!;
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower[j]) return false;
  }
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

/** The JS string of a valid JSON string's content b[s, e) (between its quotes). */
export function decode(b: Buffer, s: number, e: number, flags: number): string {
  if ((flags & F_ESC) !== 0) return JSON.parse(b.toString('utf8', s - 1, e + 1)) as string;
  return b.toString(flags === 0 ? 'latin1' : 'utf8', s, e);
}
