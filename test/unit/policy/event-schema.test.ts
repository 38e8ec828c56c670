/**
 * The event contract as documented (docs/events.md), as JSON Schema (schema/event.schema.json)
 * and as the collector reads it agree: SPEC.md's canonical lines and the page's examples are
 * valid for the schema and are events for the classifier; lines either rejects, both reject; the
 * page's `events:` mappings compile and read the example lines shown after them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { withPublicHolidays } from '../../../src/holidays/date-holidays.js';
import { compilePolicy } from '../../../src/policy/compile.js';
import type { Policy } from '../../../src/policy/model.js';
import { LineParser } from '../../../src/telemetry/classify.js';
import { LINE_EVENT } from '../../../src/telemetry/line-class.js';
import { compilePlan } from '../../../src/telemetry/plan.js';
import { REPO_ROOT, referenceFiles, referencePolicy } from '../../support/policy.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(
  JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'event.schema.json'), 'utf8')),
);
const DOC = readFileSync(join(REPO_ROOT, 'docs', 'events.md'), 'utf8');

/** SPEC.md section 2, "Canonical event lines" (its `// or "manual"` comment left out). */
const SPEC_LINES = [
  '{"ts":"2026-11-20T10:03:12.345Z","event":"autosave.save.completed","duration_ms":812}',
  '{"ts":"2026-11-20T10:03:14.001Z","event":"autosave.restore.result","success":true}',
  '{"ts":"2026-11-20T10:04:00.000Z","event":"merge.diff.apply","mode":"auto"}',
  '{"ts":"2026-11-20T10:04:09.000Z","event":"app.session.start"}',
  '{"ts":"2026-11-20T10:05:30.000Z","event":"app.crash"}',
  '{"ts":"2026-11-20T10:06:00.000Z","event":"bug.reported","severity":"critical"}',
];

/** The fenced blocks of the page, in order: language and text. */
const blocks = [...DOC.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

function classify(policy: Pick<Policy, 'slis' | 'events'>, line: string): number {
  const parser = new LineParser(compilePlan(policy.slis, {}, policy.events));
  const b = Buffer.from(line);
  return parser.classify(b, 0, b.length);
}

describe('the canonical event line', () => {
  const reference = referencePolicy();
  const examples = blocks.filter((b) => b.lang === 'jsonl').flatMap((b) => b.text.trim().split('\n'));

  it("SPEC.md's lines and the page's examples are valid for the schema and events for the collector", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const line of [...SPEC_LINES, ...examples]) {
      expect(validate(JSON.parse(line)), `${line}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(classify(reference, line), line).toBe(LINE_EVENT);
    }
  });

  it('what the schema rejects, the collector does not count as an event', () => {
    for (const line of [
      '{"ts":1763632992345,"event":"autosave.save.completed","duration_ms":812}',
      '{"ts":"2026-11-20T10:03:12","event":"app.crash"}',
      '{"ts":"2026-11-20T10:03:12Z","name":"app.crash"}',
      '{"timestamp":"2026-11-20T10:03:12Z","event":"app.crash"}',
      '{"ts":"2026-11-20T10:03:12Z","event":"autosave.save.completed","duration_ms":-1}',
      '{"ts":"2026-11-20T10:03:12Z","event":"autosave.save.completed","duration_ms":"812"}',
    ]) {
      expect(validate(JSON.parse(line)), line).toBe(false);
      expect(classify(reference, line), line).not.toBe(LINE_EVENT);
    }
  });
});

describe("the page's mappings", () => {
  it('compile against the reference rollout and read the lines shown after them', () => {
    let checked = 0;
    let policy: Policy | undefined;
    for (const block of blocks) {
      if (block.lang === 'yaml' && /^events:/.test(block.text)) {
        const rollout = parse(referenceFiles()['rollout.yaml']!);
        const edit = parse(block.text);
        rollout.events = edit.events;
        Object.assign(rollout.slis, edit.slis ?? {});
        policy = withPublicHolidays(
          compilePolicy({
            dir: 'phases',
            files: { ...referenceFiles(), 'rollout.yaml': stringify(rollout) },
          }),
        );
        expect(policy.events).toBeDefined();
      } else if (block.lang === 'text' && block.text.startsWith('{') && policy) {
        for (const line of block.text.trim().split('\n'))
          expect(classify(policy, line), line).toBe(LINE_EVENT);
        checked++;
        policy = undefined;
      }
    }
    expect(checked).toBe(2);
  });
});
