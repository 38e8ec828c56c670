/**
 * The differential oracle of the line classifier: classify() written the obvious way with
 * JSON.parse (`reference`), the classifier run on the same bytes between hostile neighbours
 * (`actual`), and generators of event-like lines and byte damage. Shared by the fuzz tests of
 * the canonical shape (parse.fuzz.test.ts) and of rollout.yaml `events:` mappings with dotted
 * paths (parse-mapped.fuzz.test.ts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { mulberry32 } from '../../../src/demo/trace.js';
import type { LineParser } from '../../../src/telemetry/classify.js';
import { isValidJson } from '../../../src/telemetry/json-scan.js';
import {
  LINE_BLANK,
  LINE_EVENT,
  LINE_INVALID,
  LINE_INVALID_NO_TS,
  LINE_MALFORMED,
  LINE_UNKNOWN,
  type LineClass,
  WHY_NAME,
  WHY_TIME,
  WHY_VALUE,
} from '../../../src/telemetry/line-class.js';
import { OP_LATENCY, type Plan, TIME_EPOCH_S, TIME_ISO8601 } from '../../../src/telemetry/plan.js';
import { parseTimestamp } from '../../../src/telemetry/timestamp.js';

export interface Expected {
  cls: LineClass;
  ts?: number;
  /** For invalid lines: why (WHY_*), and for WHY_VALUE the action of the event at fault. */
  why?: number;
  action?: number;
  event?: number;
  matched?: number[];
  values?: number[];
  /** Per matched action other than latency: 1 when the event is its SLI's control cohort's. */
  control?: number[];
}
type Outcome = { expected: Expected; fields?: unknown[] };

/** A `where` (or `control`) value as the policy means it: strings in any case, else the same JSON value. */
function equalsValue(x: unknown, want: string | number | boolean): boolean {
  return typeof want === 'string' ? typeof x === 'string' && x.toLowerCase() === want : x === want;
}

const own = (o: unknown, k: string): unknown =>
  typeof o === 'object' && o !== null && !Array.isArray(o)
    ? Object.getOwnPropertyDescriptor(o, k)?.value
    : undefined;

/** A field as the policy names it: the top-level key of that literal name, else the dotted path. */
function fieldOf(obj: Record<string, unknown>, name: string): unknown {
  if (Object.getOwnPropertyDescriptor(obj, name) !== undefined || !name.includes('.')) return own(obj, name);
  return name.split('.').reduce<unknown>((o, k) => own(o, k), obj);
}

/** The time of a line as the plan reads it: ISO 8601, or epoch ms / s (a number or a string of digits). */
function timeOf(plan: Plan, x: unknown): number {
  if (plan.timeFormat === TIME_ISO8601) return typeof x === 'string' ? parseTimestamp(x) : Number.NaN;
  const v = typeof x === 'number' ? x : typeof x === 'string' && /^\d+(\.\d+)?$/.test(x) ? Number(x) : NaN;
  const ms = plan.timeFormat === TIME_EPOCH_S ? Math.floor(Math.round(v * 1e6) / 1e3) : Math.floor(v);
  return ms >= 1e11 && ms < 1e14 ? ms : Number.NaN;
}

/** The specification of classify(), written the obvious way with JSON.parse. */
export function reference(plan: Plan, bytes: Buffer): Outcome {
  const text = bytes.toString('utf8');
  if (/^[ \t\r\n]*$/.test(text)) return { expected: { cls: LINE_BLANK } };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { expected: { cls: LINE_MALFORMED } };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { expected: { cls: LINE_MALFORMED } };
  const obj = v as Record<string, unknown>;
  const get = (k: string): unknown => fieldOf(obj, k);
  const fields = plan.fields.map((f) => {
    const x = get(f);
    return typeof x === 'object' && x !== null ? '[container]' : x;
  });
  const t = timeOf(plan, get(plan.fields[0]!));
  if (Number.isNaN(t)) return { expected: { cls: LINE_INVALID_NO_TS, why: WHY_TIME }, fields };
  const event = get(plan.fields[1]!);
  if (typeof event !== 'string') return { expected: { cls: LINE_INVALID, ts: t, why: WHY_NAME }, fields };
  const ev = plan.events.findIndex((e) => e.name === event);
  if (ev < 0) return { expected: { cls: LINE_UNKNOWN, ts: t }, fields };
  const matched: number[] = [];
  const values: number[] = [];
  const control: number[] = [];
  const holds = (cs: readonly { slot: number; value: string | number | boolean }[]) =>
    cs.every((c) => equalsValue(get(plan.fields[c.slot]!), c.value));
  for (const [a, act] of plan.events[ev]!.actions.entries()) {
    if (!holds(act.conditions)) continue;
    if (act.op === OP_LATENCY) {
      const x = get(plan.fields[act.fieldSlot]!);
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
        return { expected: { cls: LINE_INVALID, ts: t, why: WHY_VALUE, action: a }, fields };
      values.push(x * act.toMs);
      control.push(Number.NaN);
    } else {
      values.push(Number.NaN);
      control.push(act.control !== null && holds(act.control) ? 1 : 0);
    }
    matched.push(a);
  }
  return { expected: { cls: LINE_EVENT, ts: t, event: ev, matched, values, control }, fields };
}

function classifyIn(parser: LineParser, bytes: Buffer, before: Buffer, after: Buffer): Outcome {
  const plan = parser.plan;
  const buf = Buffer.concat([before, bytes, after]);
  const cls = parser.classify(buf, before.length, before.length + bytes.length);
  if (cls === LINE_BLANK || cls === LINE_MALFORMED) return { expected: { cls } };
  const fields = plan.fields.map((_f, i) => parser.fieldValue(buf, i));
  if (cls === LINE_INVALID_NO_TS) return { expected: { cls, why: parser.why }, fields };
  if (cls === LINE_INVALID) {
    const action = parser.why === WHY_VALUE ? { action: parser.invalidAction } : {};
    return { expected: { cls, ts: parser.ts, why: parser.why, ...action }, fields };
  }
  if (cls !== LINE_EVENT) return { expected: { cls, ts: parser.ts }, fields };
  const matched = Array.from(parser.matched.subarray(0, parser.matchedCount));
  const acts = plan.events[parser.eventIndex]!.actions;
  const values = matched.map((a, k) => (acts[a]!.op === OP_LATENCY ? parser.values[k]! : Number.NaN));
  const control = matched.map((a, k) => (acts[a]!.op === OP_LATENCY ? Number.NaN : parser.inControl[k]!));
  return { expected: { cls, ts: parser.ts, event: parser.eventIndex, matched, values, control }, fields };
}

// Bytes around the line that would complete a string, a number or an object if the parser read
// past the line's end.
const AFTER = [
  '',
  '0000"}',
  '"}',
  'u0041"}',
  '1}',
  'e5}',
  'rue}',
  '"ts":"2026-11-20T10:00:00.000Z"}',
  ']}',
].map((s) => Buffer.from(s));
const BEFORE = Buffer.from('{"ts":"2026-11-20T10:00:00.000Z","payload":{"duration_ms":1}}');

function actual(parser: LineParser, bytes: Buffer): Outcome {
  const first = classifyIn(parser, bytes, BEFORE, AFTER[0]!);
  for (const after of AFTER.slice(1)) expect(classifyIn(parser, bytes, BEFORE, after)).toEqual(first);
  return first;
}

/** Holds the classifier of `plan` to the reference on one line. */
export function agreeOn(parser: LineParser): (bytes: Buffer) => void {
  return (bytes) => {
    const want = reference(parser.plan, bytes);
    const got = actual(parser, bytes);
    expect(got, bytes.toString('utf8')).toEqual(want);
    let valid = true;
    try {
      JSON.parse(bytes.toString('utf8'));
    } catch {
      valid = false;
    }
    expect(isValidJson(bytes), bytes.toString('utf8')).toBe(valid);
  };
}

// ---- generators -------------------------------------------------------------------------------

export const isoTs = fc
  .integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
  .map((ms) => new Date(ms).toISOString());
export const tsString = fc.oneof(
  isoTs,
  isoTs.map((s) => s.replace('.000Z', 'Z')),
  isoTs.map((s) => s.replace(/\.(\d+)Z$/, '.$1456+09:30')),
  fc.constantFrom(
    '2026-02-30T00:00:00.000Z',
    '2026-11-20T24:00:00.000Z',
    '2026-11-20T10:03:12',
    '2026-11-20 10:03:12Z',
    '2026-11-20T10:03:12.345-00:00',
    'yesterday',
    '',
  ),
);

export const numberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 25n }).map(String)),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/)),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 400 })),
    ),
  )
  .map(
    ([neg, int, frac, exp]) =>
      `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}${exp ? `${exp[0]}${exp[1]}${exp[2]}` : ''}`,
  );

export type J = null | boolean | string | { num: string } | J[] | { obj: [string, J][] };

/** JSON values with the plan's event names, keys and typical strings in them. */
export function values(events: string[], keys: string[]) {
  const jstring = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      ...events,
      'auto',
      'manual',
      'critical',
      'true',
      'control',
      'CONTROL',
      'Control ',
      '\u2028',
      '\ud800',
      'é',
      '😀',
      '1763632992345',
      '1763632992.5',
    ),
    tsString,
  );
  const scalar: fc.Arbitrary<J> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    jstring,
    numberText.map((num) => ({ num })),
    fc.constantFrom(
      ...['200', '200.0', '2e2', '812', '1e400', '-0', '1763632992345', '1763632992.345', '99999999999'].map(
        (num) => ({ num }),
      ),
    ),
  );
  const { value } = fc.letrec<{ value: J; obj: J }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      tie('obj'),
    ),
    obj: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })), tie('value')), {
        maxLength: 5,
      })
      .map((obj) => ({ obj })),
  }));
  return { scalar, value };
}

/** Serializes with random whitespace and random (valid) escapes, driven by a seed. */
export function serialize(members: [string, J][], seed: number): string {
  const rnd = mulberry32(seed);
  const ws = () => (rnd() < 0.8 ? '' : [' ', '\t', '\r', '\n', '  '][(rnd() * 5) | 0]!);
  const str = (s: string) => {
    let out = '"';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      const r = rnd();
      if (ch === '"' || ch === '\\' || c < 0x20 || r < 0.05) {
        if (r < 0.5 && ch.length === 1) {
          out += `\\u${c.toString(16).padStart(4, '0').toUpperCase()}`;
        } else if (ch.length === 2) {
          out += [...ch].map((u) => `\\u${u.charCodeAt(0).toString(16)}`).join('');
        } else {
          out +=
            JSON.stringify(ch).slice(1, -1) === ch
              ? `\\u${c.toString(16).padStart(4, '0')}`
              : JSON.stringify(ch).slice(1, -1);
        }
      } else if (ch === '/' && r < 0.5) {
        out += '\\/';
      } else {
        out += ch;
      }
    }
    return `${out}"`;
  };
  const val = (v: J): string => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => `${ws()}${val(x)}${ws()}`).join(',')}${ws()}]`;
    if ('num' in v) return v.num;
    return obj(v.obj);
  };
  const obj = (m: [string, J][]) =>
    `{${ws()}${m.map(([k, x]) => `${ws()}${str(k)}${ws()}:${ws()}${val(x)}${ws()}`).join(',')}${ws()}}`;
  return `${ws()}${obj(members)}${ws()}`.replace(/\n/g, ' ');
}

const SIGNIFICANT = [...'"\\{}[],: \t\r-+.0123456789eEuntfal/']
  .map((c) => c.charCodeAt(0))
  .concat([0, 0x1f, 0x7f, 0x80, 0xc3, 0xe2, 0xff]);

/** Byte-level damage: delete, insert, replace, truncate. */
export function mutate(bytes: Buffer, seed: number, times: number): Buffer {
  const rnd = mulberry32(seed);
  let b = Buffer.from(bytes);
  for (let k = 0; k < times; k++) {
    const at = (rnd() * (b.length + 1)) | 0;
    const byte = SIGNIFICANT[(rnd() * SIGNIFICANT.length) | 0]!;
    const op = (rnd() * 4) | 0;
    if (op === 0 && b.length > 0) b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    else if (op === 1) b = Buffer.concat([b.subarray(0, at), Buffer.of(byte), b.subarray(at)]);
    else if (op === 2 && at < b.length) b[at] = byte;
    else b = b.subarray(0, at);
  }
  return Buffer.from(b.toString('latin1').replace(/\n/g, ' '), 'latin1');
}
