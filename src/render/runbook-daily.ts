/**
 * The Runbook's daily record (the plan: Runbook 日次記録フォーム, 進捗と未解決課題), from a template
 * the policy can set (rollout.yaml `runbook.template`, read like the Slack templates by
 * src/notify/load.ts, filled by the same engine, src/notify/template.ts, with these names). The
 * content is the dashboard's daily note's (render/dashboard.ts `dailyRecordParts`), for the same
 * local day, written by the same status run.
 */

import { parseTemplate, renderTemplate, type Template } from '../notify/template.js';
import type { Policy } from '../policy/model.js';
import { type DailySummaryInput, dailyRecordParts } from './dashboard.js';
import { localStamp } from './time.js';

/** Every placeholder a daily record template may use. */
export const RUNBOOK_DAILY_VARIABLES = [
  'rollout',
  'date',
  'timezone',
  'phase',
  'phase_name',
  'since',
  'decisions',
  'slos',
  'open_problems',
  'run_log',
  'reporter',
] as const;
export type RunbookDailyVariable = (typeof RUNBOOK_DAILY_VARIABLES)[number];
export type RunbookDailyTemplate = Template<RunbookDailyVariable>;

export const DEFAULT_RUNBOOK_DAILY_TEMPLATE = `### {{date}} ({{timezone}})

**Phase:** {{phase}} ({{phase_name}}), since {{since}}. Owner: {{reporter}}.

**Progress: decisions of the day**

{{decisions}}

**SLOs over the day**

{{slos}}

**Open problems**

{{open_problems}}

The day's runs: \`{{run_log}}\`.
`;

let builtIn: RunbookDailyTemplate | undefined;

export function defaultRunbookDailyTemplate(): RunbookDailyTemplate {
  builtIn ??= parseTemplate(
    'built-in runbook daily template',
    DEFAULT_RUNBOOK_DAILY_TEMPLATE,
    RUNBOOK_DAILY_VARIABLES,
  );
  return builtIn;
}

/** The variables for the day `input.date`; every one has a value (the template engine's rule). */
export function runbookDailyVars(
  input: DailySummaryInput,
  runLog: string,
): Record<RunbookDailyVariable, string> {
  const { policy } = input;
  const tz = policy.timezone;
  const day = dailyRecordParts(input);
  return {
    rollout: policy.rollout,
    date: input.date,
    timezone: tz,
    phase: input.phase,
    phase_name: policy.phases.find((p) => p.id === input.phase)?.name ?? '(unknown phase)',
    since: localStamp(input.since, tz),
    decisions: day.decisions,
    slos: `Counts are ${day.steps}.\n\n${day.slos}`,
    open_problems: day.problems,
    run_log: runLog,
    reporter: reporterOf(policy),
  };
}

export function renderRunbookDaily(
  input: DailySummaryInput,
  runLog: string,
  template: RunbookDailyTemplate = defaultRunbookDailyTemplate(),
): string {
  return renderTemplate(template, runbookDailyVars(input, runLog));
}

function reporterOf(policy: Policy): string {
  const who = policy.github.reporter;
  return who ? `@${who}` : '(no reporter: set github.reporter in rollout.yaml)';
}
