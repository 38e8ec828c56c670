/**
 * The line classifier under rollout.yaml `events:` mappings (another time key, epoch ms or
 * seconds, another name key) and SLI fields named by dotted paths into objects, held to the
 * JSON.parse reference of line-oracle.ts on random and damaged lines, as the canonical shape is
 * in parse.fuzz.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventShape } from '../../../src/policy/model.js';
import type { SliDefinition } from '../../../src/policy/schema.js';
import { LineParser } from '../../../src/telemetry/classify.js';
import { LINE_EVENT, LINE_INVALID_NO_TS } from '../../../src/telemetry/line-class.js';
import { compilePlan } from '../../../src/telemetry/plan.js';
import { agreeOn, type J, mutate, numberText, serialize, tsString, values } from './line-oracle.js';

/** SLIs reading nested fields, and one top-level field of the same name as a nested one. */
const SLIS: Record<string, SliDefinition> = {
  save_latency: { kind: 'latency', event: 'save', field: 'payload.duration_ms', unit: 'ms' },
  export_latency: {
    kind: 'latency',
    event: 'export',
    where: { 'attrs.code': 200 },
    field: 'payload.secs',
    unit: 's',
  },
  merge_rate: {
    kind: 'ratio',
    numerator: { event: 'merge', where: { 'attrs.mode': 'auto' } },
    denominator: { event: 'merge' },
    control: { 'attrs.cohort': 'control' },
  },
  bugs: { kind: 'count', event: 'bug', where: { 'attrs.deep.severity': 'critical' }, distinct: 'attrs.id' },
  plain: { kind: 'latency', event: 'save', field: 'duration_ms', unit: 'ms' },
};

const SHAPES: [string, EventShape][] = [
  ['timestamp in epoch ms, name', { timeField: 'timestamp', timeFormat: 'epoch_ms', nameField: 'name' }],
  [
    'meta.time in epoch s, meta.type',
    { timeField: 'meta.time', timeFormat: 'epoch_s', nameField: 'meta.type' },
  ],
  ['when in ISO 8601, kind', { timeField: 'when', timeFormat: 'iso8601', nameField: 'kind' }],
];

const EVENTS = ['save', 'export', 'merge', 'bug', 'other'];
const KEYS = [
  'timestamp',
  'name',
  'when',
  'kind',
  'time',
  'type',
  'meta',
  'meta.time',
  'payload',
  'attrs',
  'duration_ms',
  'secs',
  'code',
  'mode',
  'cohort',
  'id',
  'deep',
  'severity',
];
const { scalar, value } = values(EVENTS, KEYS);

const epoch = fc.oneof(
  fc.integer({ min: 0, max: 200_000_000_000_000 }).map(String),
  fc.constantFrom(
    '1763632992345',
    '1763632992',
    '1763632992.345',
    '99999999999',
    '100000000000',
    '1e14',
    '-5',
  ),
  numberText,
);
const time: fc.Arbitrary<J> = fc.oneof(
  epoch.map((num) => ({ num })),
  epoch.filter((t) => /^\d+(\.\d+)?$/.test(t)),
  tsString,
  value,
);
const name: fc.Arbitrary<J> = fc.oneof(fc.constantFrom(...EVENTS), value);
const member = (keys: string[], v: fc.Arbitrary<J>) => fc.tuple(fc.constantFrom(...keys), v);
const object = (...members: fc.Arbitrary<[string, J]>[]): fc.Arbitrary<J> =>
  fc
    .array(fc.oneof(...members, fc.tuple(fc.string({ maxLength: 5 }), value)), { maxLength: 5 })
    .map((obj) => ({ obj }));

/** Lines with the mapped keys at the top and inside `meta`, `payload` and `attrs`, sometimes repeated. */
const line = fc.tuple(
  fc.array(
    fc.oneof(
      member(['timestamp', 'when', 'meta.time'], time),
      member(['name', 'kind'], name),
      member(['meta'], object(member(['time'], time), member(['type'], name))),
      member(
        ['payload'],
        object(
          member(
            ['duration_ms', 'secs'],
            fc.oneof(
              numberText.map((num) => ({ num })),
              value,
            ),
          ),
        ),
      ),
      member(
        ['attrs'],
        object(
          member(['code', 'mode', 'cohort', 'id'], scalar),
          member(['deep'], object(member(['severity'], scalar))),
        ),
      ),
      member(['payload.duration_ms', 'duration_ms', 'attrs.mode'], scalar),
      fc.tuple(fc.string({ maxLength: 8 }), value),
    ),
    { maxLength: 9 },
  ),
  fc.integer(),
);

describe.each(SHAPES)('line parser vs JSON.parse, events mapped: %s', (_, shape) => {
  const parser = new LineParser(compilePlan(SLIS, {}, shape));
  const agree = agreeOn(parser);

  it('agrees on hand-picked lines', () => {
    const T = JSON.stringify(shape.timeField);
    const N = JSON.stringify(shape.nameField);
    const t = shape.timeFormat === 'iso8601' ? '"2026-11-20T10:03:12.345Z"' : '1763632992';
    for (const l of [
      `{${T}:${t},${N}:"save","payload":{"duration_ms":812}}`,
      `{${T}:${t},${N}:"save","payload":{"duration_ms":812,"duration_ms":-1}}`,
      `{${T}:${t},${N}:"save","payload.duration_ms":5,"payload":{"duration_ms":812}}`,
      `{${T}:${t},${N}:"save","payload":[{"duration_ms":812}]}`,
      `{${T}:${t},${N}:"save","payload":{"dur\\u0061tion_ms":812},"duration_ms":1}`,
      `{${T}:${t},${N}:"merge","attrs":{"mode":"AUTO","cohort":"Control"}}`,
      `{${T}:${t},${N}:"bug","attrs":{"id":"B-1","deep":{"severity":"critical"}}}`,
      `{${T}:${t},${N}:"bug","attrs":{"deep":{"severity":"critical"},"deep":{}}}`,
      `{${T}:"1763632992345",${N}:"export","attrs":{"code":2e2},"payload":{"secs":1.5}}`,
      `{"meta":{"time":1763632992.345,"type":"save"},"payload":{"duration_ms":1}}`,
      `{"meta":{"time":"1763632992","type":"save"},"meta.time":1763632992345}`,
      `{${T}:${t},${N}:"save","payload":{"duration_ms":812}} x`,
    ]) {
      agree(Buffer.from(l));
    }
  });

  it('agrees on random event lines', () => {
    fc.assert(
      fc.property(line, ([members, seed]) => {
        agree(Buffer.from(serialize(members as [string, J][], seed)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on mutated lines', () => {
    fc.assert(
      fc.property(line, fc.integer(), fc.integer({ min: 1, max: 4 }), ([members, seed], mseed, times) => {
        agree(mutate(Buffer.from(serialize(members as [string, J][], seed)), mseed, times));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('epoch times', () => {
  const parse = (shape: EventShape, text: string) => {
    const parser = new LineParser(compilePlan(SLIS, {}, shape));
    const b = Buffer.from(text);
    return { cls: parser.classify(b, 0, b.length), ts: parser.ts };
  };
  const ms: EventShape = { timeField: 'ts', timeFormat: 'epoch_ms', nameField: 'event' };
  const s: EventShape = { ...ms, timeFormat: 'epoch_s' };

  it('read milliseconds and seconds, as numbers or strings of digits, fractions of a ms truncated', () => {
    const at = Date.parse('2025-11-20T09:49:52.345Z');
    expect(
      parse(ms, '{"ts":1763632192345,"event":"save","payload":{"duration_ms":1},"duration_ms":1}'),
    ).toEqual({
      cls: LINE_EVENT,
      ts: at,
    });
    expect(parse(ms, '{"ts":"1763632192345.9","event":"save","duration_ms":1}').ts).toBe(at);
    expect(parse(s, '{"ts":1763632192.345,"event":"save","duration_ms":1}').ts).toBe(at);
    expect(parse(s, '{"ts":"1763632192.3456","event":"save","duration_ms":1}').ts).toBe(at);
  });

  it('refuse a time in the other unit (1970 or after the year 5000), as no time at all', () => {
    expect(parse(ms, '{"ts":1763632192,"event":"save"}').cls).toBe(LINE_INVALID_NO_TS);
    expect(parse(s, '{"ts":1763632192345,"event":"save"}').cls).toBe(LINE_INVALID_NO_TS);
    expect(parse(ms, '{"ts":"2025-11-20T09:49:52.345Z","event":"save"}').cls).toBe(LINE_INVALID_NO_TS);
  });
});
