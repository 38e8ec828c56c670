/**
 * The canonical event line (SPEC.md section 2; docs/events.md) as a schema, exported as
 * schema/event.schema.json for validators and editors. The line classifier
 * (src/telemetry/classify.ts) is what collect runs; this schema says the same in JSON Schema,
 * and the tests hold the two together on SPEC's lines and the docs' examples. Which fields feed
 * which SLI is the policy's (rollout.yaml `slis:`); the ones here are those of the reference
 * rollout. Unknown fields are allowed, kept and ignored.
 */
import { z } from 'zod';
import { RFC3339 } from '../telemetry/timestamp.js';

export const EventLine = z
  .looseObject({
    ts: z
      .string()
      .regex(RFC3339)
      .describe(
        'when the event happened: ISO 8601 / RFC 3339 with Z or an offset, e.g. "2026-11-20T10:03:12.345Z" or "2026-11-20T19:03:12+09:00"; a real calendar instant (no 30 February, no 24:00); digits past milliseconds are truncated',
      ),
    event: z
      .string()
      .describe('the event name, e.g. "autosave.save.completed"; names no SLI maps are counted as unknown'),
    duration_ms: z
      .number()
      .min(0)
      .optional()
      .describe("a latency SLI's value (the reference rollout: save_latency), a finite number ≥ 0 in ms"),
    success: z
      .boolean()
      .optional()
      .describe('matched by `where: { success: true }` (the reference rollout: restore_success)'),
    mode: z
      .string()
      .optional()
      .describe('matched by `where: { mode: auto }`, in any case (the reference rollout: auto_merge_rate)'),
    severity: z
      .string()
      .optional()
      .describe(
        'matched by `where: { severity: critical }`, in any case (the reference rollout: critical_bugs)',
      ),
    id: z
      .union([z.string(), z.number()])
      .optional()
      .describe('counted once per distinct value by `distinct: id` (the reference rollout: critical_bugs)'),
    cohort: z
      .string()
      .optional()
      .describe("the control cohort's marker for an SLI with `control: { cohort: control }`"),
  })
  .describe(
    'one line of a JSONL events file: one JSON object; lines are separated by "\\n" and blank lines are ignored',
  );
export type EventLine = z.infer<typeof EventLine>;
