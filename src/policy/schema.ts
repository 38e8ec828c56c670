/**
 * The rollout policy as data: what the YAML files under `phases/` may say. The schema is the
 * single source of truth; `npm run schema` exports it as JSON Schema for editors.
 *
 * Quantities stay as strings with units here ("2.5s", "99.5%"); `compile.ts` turns them into
 * numbers and checks the cross-references (SLI names, SLO ids, phase ids).
 */
import { z } from 'zod';
import { SourcesSection } from './sources.js';

const PHASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NAME_ID = /^[a-z][a-z0-9_-]*$/;

export const PhaseId = z
  .string()
  .regex(PHASE_ID, 'a phase id such as "A-1" (letters, digits, ".", "_", "-")');
const NameId = z
  .string()
  .regex(NAME_ID, 'a lower-case id such as "save_latency" (letters, digits, "_", "-")');
const Duration = z
  .string()
  .regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/, 'a duration with a unit, such as "15m", "2h", "2.5s" or "5d"');
const FlagValue = z.union([z.boolean(), z.string(), z.number()]);
/** A threshold as written; numbers are accepted here so that `max: 2.5` gets a "needs a unit" error. */
const Quantity = z.union([z.string(), z.number()]).transform(String);

/** Which events a count looks at: an event name and, optionally, field values that must match. */
export const EventMatch = z.strictObject({
  event: z.string().min(1).describe('event name, e.g. "autosave.restore.result"'),
  where: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe(
      'fields that must equal these values, e.g. { success: true } or { "attrs.mode": auto } (a dotted path reaches into an object); strings compare case-insensitively',
    ),
});
export type EventMatch = z.infer<typeof EventMatch>;

/**
 * Which events of a ratio SLI are the concurrent control cohort (users without the feature): one
 * field and its value, matched as `where` matches (strings in any case). They are counted apart
 * from the rate itself, as the baseline of `baseline: control`.
 */
export const ControlMatch = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .refine((m) => Object.keys(m).length === 1, {
    message: 'give one field and the value that marks the control cohort, e.g. { cohort: control }',
  })
  .meta({ minProperties: 1, maxProperties: 1 })
  .describe(
    'events (numerator and denominator alike) whose field equals this value are the concurrent control cohort, e.g. { cohort: control }: counted apart from the rate, as the baseline of SLOs with `baseline: control`; strings compare case-insensitively',
  );

/** How events become an SLI: this mapping is policy, so other event shapes need no code change. */
export const SliDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('latency'),
    description: z.string().optional(),
    event: z.string().min(1),
    where: EventMatch.shape.where,
    field: z
      .string()
      .min(1)
      .describe(
        'numeric field holding the duration, e.g. "duration_ms"; a dotted path such as "payload.duration_ms" reaches into an object',
      ),
    unit: z.enum(['ms', 's']).default('ms').describe('unit of the field'),
  }),
  z.strictObject({
    kind: z.literal('ratio'),
    description: z.string().optional(),
    numerator: EventMatch,
    denominator: EventMatch,
    control: ControlMatch.optional(),
  }),
  z.strictObject({
    kind: z.literal('count'),
    description: z.string().optional(),
    event: z.string().min(1),
    where: EventMatch.shape.where,
    distinct: z
      .string()
      .min(1)
      .optional()
      .describe(
        'count distinct values of this field, e.g. "id": one bug reported four times counts once, also across windows; events without it count one each, with a warning',
      ),
  }),
]);
export type SliDefinition = z.infer<typeof SliDefinition>;

/**
 * rollout.yaml `events:`: where an event line keeps its time and its name, for event shapes other
 * than the canonical `{"ts": "<ISO 8601>", "event": "<name>"}` (docs/events.md).
 */
export const EventsSection = z
  .strictObject({
    time: z
      .strictObject({
        field: z
          .string()
          .min(1)
          .default('ts')
          .describe(
            'the key holding the time, e.g. "timestamp"; a dotted path such as "meta.time" reaches into an object',
          ),
        format: z
          .enum(['iso8601', 'epoch_ms', 'epoch_s'])
          .default('iso8601')
          .describe(
            'iso8601: a string such as "2026-11-20T10:03:12.345Z" (Z or an offset required); epoch_ms / epoch_s: milliseconds or seconds since 1970-01-01T00:00:00Z, a number or a string of digits',
          ),
      })
      .optional()
      .describe('the event time: which key, which format (default { field: ts, format: iso8601 })'),
    name: z
      .string()
      .min(1)
      .default('event')
      .describe('the key holding the event name, e.g. "name" or "type"; default "event"'),
  })
  .describe(
    'how event lines keep their time and name when they are not the canonical {"ts": ISO 8601, "event": name}: docs/events.md',
  );
export type EventsSection = z.infer<typeof EventsSection>;

export const Slo = z
  .strictObject({
    id: NameId,
    description: z.string().optional(),
    sli: NameId.describe('an SLI named under `slis:` in rollout.yaml'),
    stat: z
      .string()
      .regex(
        /^(p\d{1,2}(\.\d+)?|mean|max|ratio|count|increase)$/,
        'a statistic: p50…p99.9, mean, max, ratio, count or increase',
      )
      .describe('latency: pNN, mean or max; ratio: ratio or increase (against a baseline); count: count'),
    max: Quantity.optional().describe(
      'the SLO holds while the value is at most this, e.g. "2.5s", "+5%", "3"',
    ),
    min: Quantity.optional().describe('the SLO holds while the value is at least this, e.g. "99.5%"'),
    window: z
      .union([Duration, z.literal('day')])
      .describe('trailing window judged at each evaluation, or "day": the calendar day so far'),
    min_samples: z.number().int().nonnegative().default(1).describe('fewer events than this is no_data'),
    baseline: z
      .union([z.literal('before_rollout'), z.literal('before_phase'), z.literal('control'), z.string()])
      .optional()
      .describe(
        'for stat "increase": "before_rollout" (the rate before the rollout began, so a re-entered phase still compares with the pre-rollout rate), "before_phase", "control" (the same SLI over the same window on the control cohort its SLI declares with `control:`), or a fixed value such as "0.8%"',
      ),
    baseline_window: Duration.optional().describe(
      'for baseline "before_rollout" or "before_phase": how far back, e.g. "7d" (not with "control")',
    ),
  })
  .refine((s) => (s.max === undefined) !== (s.min === undefined), {
    message: 'give exactly one of `max` or `min`',
    path: ['max'],
  });
export type Slo = z.infer<typeof Slo>;

const SloRef = z.union([NameId, z.literal('any')]).describe('an SLO id of this phase, or "any"');
const Breach = z
  .strictObject({
    op: z.enum(['<', '<=', '>', '>=']),
    value: Quantity,
  })
  .describe('a breach condition that differs from "the SLO fails", e.g. { op: "<=", value: "99.5%" }');

export const RollbackTrigger = z.discriminatedUnion('rule', [
  z.strictObject({
    rule: z.literal('immediate').describe("fires when the SLO's trailing window is breached now"),
    slo: SloRef,
    breach: Breach.optional(),
  }),
  z.strictObject({
    rule: z
      .literal('breaches_per_day')
      .describe(
        'fires on the Nth breaching 15-minute window (each window judged on its own) in one calendar day',
      ),
    slo: SloRef,
    count: z.number().int().positive(),
    breach: Breach.optional(),
  }),
  z.strictObject({
    rule: z
      .literal('sustained')
      .describe(
        'fires when breached now and at every judged evaluation for this long (no-data ones between do not reset it)',
      ),
    slo: SloRef,
    for: Duration,
    breach: Breach.optional(),
  }),
]);
export type RollbackTrigger = z.infer<typeof RollbackTrigger>;

export const AdvanceRule = z.discriminatedUnion('rule', [
  z.strictObject({
    rule: z.literal('soak').describe('every SLO passes now and none failed during the soak'),
    for: Duration,
  }),
  z.strictObject({
    rule: z.literal('consecutive_days').describe('every SLO met on N whole calendar days in a row'),
    days: z.number().int().positive(),
  }),
]);
export type AdvanceRule = z.infer<typeof AdvanceRule>;

export const PhaseFile = z.strictObject({
  $schema: z.string().optional(),
  id: PhaseId,
  name: z.string().min(1),
  audience: z.string().optional(),
  description: z.string().optional(),
  flags: z.record(z.string(), FlagValue).describe('flag values the application reads in this phase'),
  slos: z.array(Slo).default([]),
  advance: AdvanceRule.optional().describe(
    'when the phase may move on (in the last phase: when it is complete)',
  ),
  rollback: z
    .strictObject({
      to: z
        .union([PhaseId, z.null()])
        .optional()
        .describe('target phase; default the previous one; null: none'),
      approval: z.enum(['required', 'none']).default('required'),
      when: z.array(RollbackTrigger).default([]),
      note: z.string().optional(),
    })
    .default({ approval: 'required', when: [] }),
});
export type PhaseFile = z.infer<typeof PhaseFile>;

const Login = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(\[bot\])?$/, 'a GitHub login such as "octocat"');
const Team = z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a team as "org/team-slug"');
const Approver = z
  .union([z.literal('codeowners'), Team, Login])
  .describe('a GitHub login, a team as "org/team-slug", or "codeowners" (the owners of the phase files)');

/** Who approves phase PRs and how they look on GitHub (SPEC.md section 4). */
export const GithubSection = z.strictObject({
  approvers: z
    .strictObject({
      advance: z.array(Approver).min(1).optional().describe("the plan's Analyzer; default [codeowners]"),
      rollback: z.array(Approver).min(1).optional().describe("the plan's Reporter; default as advance"),
    })
    .optional(),
  approvals: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('approving reviews a phase PR needs; default 1'),
  reviewers: z
    .array(z.union([Team, Login]))
    .optional()
    .describe('requested on every phase PR'),
  reporter: Login.optional().describe('owns root-cause-analysis issues and is named in Slack'),
  checklist: z
    .string()
    .min(1)
    .optional()
    .describe('QA checklist, repository-relative; default docs/CHECKLIST.md'),
  labels: z.array(z.string().min(1)).optional().describe('extra labels on phase PRs'),
});
export type GithubSection = z.infer<typeof GithubSection>;

/** After a rollback: which SLOs must be healthy, for how long, before restarting (SPEC.md 3.5). */
export const RecoverySection = z.strictObject({
  watch: z.array(NameId).min(1).describe('SLO ids (as defined in some phase) that must pass'),
  for: Duration.describe('how long they must pass without a failure, e.g. "2h"'),
  restart: PhaseId.describe('the phase to propose restarting from, e.g. "A-1"'),
});
export type RecoverySection = z.infer<typeof RecoverySection>;

const TemplatePath = z.string().min(1).describe('a template file, relative to the policy folder');
export const NotifySection = z.strictObject({
  slack: z
    .strictObject({
      channel: z.string().optional().describe('shown in messages, e.g. "#launch-autosave"'),
      templates: z
        .strictObject({
          rollback: TemplatePath.optional(),
          advance: TemplatePath.optional(),
          complete: TemplatePath.optional(),
        })
        .optional(),
    })
    .optional(),
  lock: z
    .strictObject({ event: z.string().min(1).describe('event name of the read-only lock notice') })
    .optional()
    .describe('after a rollback, POST this event to the lock webhook (signed as Standard Webhooks)'),
});
export type NotifySection = z.infer<typeof NotifySection>;

const HolidayDates = z
  .array(z.iso.date())
  .describe("the company's own days off (YYYY-MM-DD, in the time zone), e.g. [2026-12-29, 2026-12-30]");
const AreaCode = z.string().min(1);
/** rollout.yaml `holidays`: a list of dates, or a country's public holidays plus a list. */
export const HolidaysSection = z
  .union(
    [
      HolidayDates,
      z.strictObject({
        country: AreaCode.optional().describe(
          'ISO 3166-1 alpha-2 code, e.g. "JP": its public holidays (date-holidays) are not business days',
        ),
        state: AreaCode.optional().describe(
          'a state or province of the country, as date-holidays names it (e.g. "BY" in DE): its public holidays too',
        ),
        region: AreaCode.optional().describe(
          'a region of the state, as date-holidays names it (e.g. "A" in DE BY)',
        ),
        extra: HolidayDates.optional(),
      }),
    ],
    { error: 'expected a list of dates, or { country, state, region, extra }' },
  )
  .describe(
    "days that are not business days, besides weekends: a country's public holidays and the company's own days",
  );
export type HolidaysSection = z.infer<typeof HolidaysSection>;

/** The Runbook phasegate keeps beside the window records (docs/github.md, "The Runbook"). */
export const RunbookSection = z.strictObject({
  template: TemplatePath.optional().describe(
    'the daily record\'s template (placeholders: docs/github.md, "The Runbook"); a built-in English one otherwise',
  ),
});
export type RunbookSection = z.infer<typeof RunbookSection>;

export const RolloutFile = z.strictObject({
  $schema: z.string().optional(),
  rollout: NameId.describe('name of the rollout, used in branch names and labels'),
  description: z.string().optional(),
  timezone: z.string().min(1).describe('IANA time zone for calendar days, e.g. "Asia/Tokyo"'),
  window: Duration.default('15m').describe('collection window; 15m in the reference rollout'),
  phases: z.array(PhaseId).min(1).describe('phase ids in rollout order; each has phases/<id>.yaml'),
  slis: z.record(NameId, SliDefinition),
  events: EventsSection.optional(),
  holidays: HolidaysSection.optional(),
  github: GithubSection.optional(),
  recovery: RecoverySection.optional(),
  notify: NotifySection.optional(),
  runbook: RunbookSection.optional(),
  sources: SourcesSection.optional(),
});
export type RolloutFile = z.infer<typeof RolloutFile>;

export const CurrentFile = z.strictObject({
  rollout: NameId,
  phase: PhaseId,
  since: z.iso.datetime({ offset: true }).describe('when the phase began (ISO 8601)'),
  started: z.iso
    .datetime({ offset: true })
    .optional()
    .describe(
      'when the rollout left its first phase (ISO 8601); phasegate writes it and carries it on every phase change; the "before_rollout" baseline ends here',
    ),
  flags: z.record(z.string(), FlagValue),
  reason: z.string().optional(),
  entered: z
    .strictObject({
      by: z.enum(['advance', 'rollback', 'restart', 'manual']),
      from: PhaseId.optional(),
      pr: z.number().int().positive().optional(),
      cause: z.string().optional(),
    })
    .optional()
    .describe('how this phase was entered; phasegate writes it'),
});
export type CurrentFile = z.infer<typeof CurrentFile>;
