/**
 * Differential tests of the byte-level line parser against JSON.parse: on random and mutated
 * lines the two agree on valid-or-not, on object-or-not, on the class of the line and on every
 * captured field's value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/demo/trace.js';
import { LineParser } from '../../../src/telemetry/classify.js';
import { isValidJson } from '../../../src/telemetry/json-scan.js';
import {
  LINE_BLANK,
  LINE_EVENT,
  LINE_INVALID,
  LINE_INVALID_NO_TS,
  LINE_MALFORMED,
  LINE_UNKNOWN,
  type LineClass,
} from '../../../src/telemetry/line-class.js';
import { compilePlan, OP_LATENCY, type Plan } from '../../../src/telemetry/plan.js';
import { parseCanonicalTimestamp, parseTimestamp } from '../../../src/telemetry/timestamp.js';
import { SLIS } from './fixtures.js';

const plan: Plan = compilePlan({
  ...SLIS,
  // a where on a number and a latency field in seconds, to exercise those paths too
  slow_exports: { kind: 'latency', event: 'export.done', where: { code: 200 }, field: 'secs', unit: 's' },
  // a control cohort told apart by a string field, in any case
  cohort_crashes: {
    kind: 'ratio',
    numerator: { event: 'app.crash' },
    denominator: { event: 'app.session.start' },
    control: { cohort: 'Control' },
  },
});
const parser = new LineParser(plan);

interface Expected {
  cls: LineClass;
  ts?: number;
  event?: number;
  matched?: number[];
  values?: number[];
  /** Per matched action other than latency: 1 when the event is its SLI's control cohort's. */
  control?: number[];
}

/** A `where` (or `control`) value as the policy means it: strings in any case, else the same JSON value. */
function equalsValue(x: unknown, want: string | number | boolean): boolean {
  return typeof want === 'string' ? typeof x === 'string' && x.toLowerCase() === want : x === want;
}

/** The specification of classify(), written the obvious way with JSON.parse. */
function reference(bytes: Buffer): { expected: Expected; fields?: unknown[] } {
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
  const get = (k: string): unknown => Object.getOwnPropertyDescriptor(obj, k)?.value;
  const fields = plan.fields.map((f) => {
    const x = get(f);
    return typeof x === 'object' && x !== null ? '[container]' : x;
  });
  const ts = get('ts');
  const t = typeof ts === 'string' ? parseTimestamp(ts) : Number.NaN;
  if (Number.isNaN(t)) return { expected: { cls: LINE_INVALID_NO_TS }, fields };
  const event = get('event');
  if (typeof event !== 'string') return { expected: { cls: LINE_INVALID, ts: t }, fields };
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
        return { expected: { cls: LINE_INVALID, ts: t }, fields };
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

function classifyIn(
  bytes: Buffer,
  before: Buffer,
  after: Buffer,
): { expected: Expected; fields?: unknown[] } {
  const buf = Buffer.concat([before, bytes, after]);
  const cls = parser.classify(buf, before.length, before.length + bytes.length);
  if (cls === LINE_BLANK || cls === LINE_MALFORMED) return { expected: { cls } };
  const fields = plan.fields.map((_f, i) => parser.fieldValue(buf, i));
  if (cls === LINE_INVALID_NO_TS) return { expected: { cls }, fields };
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
const BEFORE = Buffer.from('{"ts":"2026-11-20T10:00:00.000Z"}');

function actual(bytes: Buffer): { expected: Expected; fields?: unknown[] } {
  const first = classifyIn(bytes, BEFORE, AFTER[0]!);
  for (const after of AFTER.slice(1)) expect(classifyIn(bytes, BEFORE, after)).toEqual(first);
  return first;
}

function agree(bytes: Buffer): void {
  const want = reference(bytes);
  const got = actual(bytes);
  expect(got, bytes.toString('utf8')).toEqual(want);
  let valid = true;
  try {
    JSON.parse(bytes.toString('utf8'));
  } catch {
    valid = false;
  }
  expect(isValidJson(bytes), bytes.toString('utf8')).toBe(valid);
}

// ---- generators -------------------------------------------------------------------------------

const FIELD_KEYS = ['ts', 'event', 'duration_ms', 'success', 'mode', 'severity', 'code', 'secs', 'cohort'];
const EVENTS = [...plan.events.map((e) => e.name), 'ui.click', 'autosave.save'];
const isoTs = fc
  .integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
  .map((ms) => new Date(ms).toISOString());
const tsString = fc.oneof(
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

const numberText = fc
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

type J = null | boolean | string | { num: string } | J[] | { obj: [string, J][] };

const jstring = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    ...EVENTS,
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
  ),
  tsString,
);
const scalar: fc.Arbitrary<J> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  jstring,
  numberText.map((num) => ({ num })),
  fc.constantFrom(...['200', '200.0', '2e2', '812', '1e400', '-0'].map((num) => ({ num }))),
);
const { value } = fc.letrec<{ value: J; obj: J }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('obj'),
  ),
  obj: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_KEYS), fc.string({ maxLength: 6 })), tie('value')), {
      maxLength: 5,
    })
    .map((obj) => ({ obj })),
}));

/** A top-level event-like object: often the fields the plan reads, sometimes repeated. */
const line = fc.tuple(
  fc.array(
    fc.oneof(
      fc.tuple(fc.constant('ts'), fc.oneof(tsString, value)),
      fc.tuple(fc.constant('event'), fc.oneof(fc.constantFrom(...EVENTS), value)),
      fc.tuple(
        fc.constantFrom('duration_ms', 'secs'),
        fc.oneof(
          numberText.map((num) => ({ num })),
          value,
        ),
      ),
      fc.tuple(fc.constantFrom('success', 'mode', 'severity', 'code', 'cohort'), scalar),
      fc.tuple(fc.string({ maxLength: 8 }), value),
    ),
    { maxLength: 9 },
  ),
  fc.integer(),
);

/** Serializes with random whitespace and random (valid) escapes, driven by a seed. */
function serialize(members: [string, J][], seed: number): string {
  const rnd = mulberry32(seed);
  const ws = () => (rnd() < 0.8 ? '' : [' ', '\t', '\r', '\n', '  '][(rnd() * 5) | 0]!);
  const str = (s: string) => {
    let out = '"';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      const r = rnd();
      if (ch === '"' || ch === '\\' || c < 0x20 || r < 0.05) {
        if (r < 0.5 && ch.length === 1) {
          out += `\\u${c
            .toString(16)
            .padStart(4, rnd() < 0.5 ? '0' : '0')
            .toUpperCase()}`;
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
function mutate(bytes: Buffer, seed: number, times: number): Buffer {
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

describe('line parser vs JSON.parse', () => {
  it('agrees on hand-picked lines', () => {
    for (const l of [
      '{"ts":"2026-11-20T10:03:12.345Z","event":"autosave.save.completed","duration_ms":812}',
      '{"ts":"2026-11-20T10:03:14.001Z","event":"autosave.restore.result","success":true}',
      '{"ts":"2026-11-20T10:04:00.000Z","event":"merge.diff.apply","mode":"auto"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"bug.reported","severity":"critical"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"bug.reported","severity":"crit\\u0069cal"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"app.crash","cohort":"control"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"app.session.start","cohort":"CONTROL"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"app.session.start","cohort":"c\\u006Fntrol"}',
      '{"ts":"2026-11-20T10:06:00.000Z","event":"app.crash","cohort":"control ","cohort":1}',
      '{"t\\u0073":"2026-11-20T10:06:00.000Z","ev\\u0065nt":"app.crash"}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"autosave.save.completed","duration_ms":812,"duration_ms":"x"}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"autosave.save.completed","duration_ms":"x","duration_ms":8.5e2}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"autosave.save.completed","duration_ms":1e400}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"export.done","code":2e2,"secs":1.25}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"export.done","code":"200","secs":"x"}',
      '{"a":[1,2,{"b":[[],{}]}],"ts":"2026-11-20T10:03:12.345Z","event":"x"}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"app.crash",}',
      '{"ts":"2026-11-20T10:03:12.345Z" "event":"app.crash"}',
      '{"ts":"2026-11-20T10:03:12.345Z","event":"app.crash"} x',
      '{"ts":01}',
      '{"ts":-}',
      '{"ts":1.}',
      '{"ts":.5}',
      '{"a":"\\x"}',
      '{"a":"\\u12G4"}',
      '{"a":"\t"}',
      '{"a":tru}',
      '{"a":nul}',
      '[]',
      '"str"',
      '42',
      'null',
      '',
      ' \t\r',
      '{}',
      '{"__proto__":1,"ts":"2026-11-20T10:03:12.345Z","event":"app.crash"}',
      `{"a":${'['.repeat(5000)}${']'.repeat(5000)},"ts":"2026-11-20T10:03:12.345Z","event":"app.crash"}`,
      `{"a":${'['.repeat(5000)}${']'.repeat(4999)},"ts":"2026-11-20T10:03:12.345Z","event":"app.crash"}`,
    ]) {
      agree(Buffer.from(l));
    }
    agree(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x22, 0x7d])); // invalid UTF-8 in a string
    agree(Buffer.from([0x7b, 0xff, 0x7d])); // non-ASCII outside strings
  });

  it('agrees on random event lines', () => {
    fc.assert(
      fc.property(line, ([members, seed]) => {
        agree(Buffer.from(serialize(members as [string, J][], seed)));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on mutated lines', () => {
    fc.assert(
      fc.property(line, fc.integer(), fc.integer({ min: 1, max: 4 }), ([members, seed], mseed, times) => {
        agree(mutate(Buffer.from(serialize(members as [string, J][], seed)), mseed, times));
      }),
      { numRuns: 6000 },
    );
  });

  it('agrees on arbitrary JSON text and arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.json(), (j) => {
        agree(Buffer.from(j.replace(/\n/g, ' ')));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (u) => {
        agree(Buffer.from(Buffer.from(u).toString('latin1').replace(/\n/g, ' '), 'latin1'));
      }),
      { numRuns: 2000 },
    );
  });

  it('the canonical-timestamp fast path agrees with the general parser', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoTs,
          fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/),
        ),
        (s) => {
          const b = Buffer.from(s);
          const fast = parseCanonicalTimestamp(b, 0, b.length);
          expect(
            Object.is(fast, parseTimestamp(s)) || (Number.isNaN(fast) && Number.isNaN(parseTimestamp(s))),
          ).toBe(true);
          if (!Number.isNaN(fast)) expect(new Date(fast).toISOString()).toBe(s);
        },
      ),
    );
    expect(parseTimestamp('2026-11-20T19:03:12.345+09:00')).toBe(Date.parse('2026-11-20T10:03:12.345Z'));
    expect(parseTimestamp('2026-11-20T10:03:12.345678Z')).toBe(Date.parse('2026-11-20T10:03:12.345Z'));
    expect(parseTimestamp('2026-02-30T00:00:00Z')).toBeNaN();
    expect(parseTimestamp('2026-11-20T10:03:12')).toBeNaN();
  });
});
