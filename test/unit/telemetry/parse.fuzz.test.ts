/**
 * Differential tests of the byte-level line parser against JSON.parse: on random and mutated
 * lines the two agree on valid-or-not, on object-or-not, on the class of the line (and why it
 * is invalid) and on every captured field's value. The oracle is in line-oracle.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineParser } from '../../../src/telemetry/classify.js';
import { compilePlan, type Plan } from '../../../src/telemetry/plan.js';
import { parseCanonicalTimestamp, parseTimestamp } from '../../../src/telemetry/timestamp.js';
import { SLIS } from './fixtures.js';
import { agreeOn, isoTs, type J, mutate, numberText, serialize, tsString, values } from './line-oracle.js';

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
const agree = agreeOn(parser);

const FIELD_KEYS = ['ts', 'event', 'duration_ms', 'success', 'mode', 'severity', 'code', 'secs', 'cohort'];
const EVENTS = [...plan.events.map((e) => e.name), 'ui.click', 'autosave.save'];
const { scalar, value } = values(EVENTS, FIELD_KEYS);

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
