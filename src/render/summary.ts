/**
 * The job summary of a run: the verdict table on every run, and what the run did, one line per
 * intent carried out (window records committed, PR opened, gate set, notifications sent). Job
 * summaries pass HTML through and `core.summary.addTable` does not escape it, so every text that
 * comes from data (reasons, titles, ids) is HTML-escaped here and the result is added as raw
 * Markdown. At most 1 MiB per step (UTF-8 bytes): charts go first, then verdict rows.
 */
import type { SloSeries } from '../judge/series.js';
import type { Policy } from '../policy/model.js';
import type { Evaluation } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import { renderChartsMarkdown } from './chart.js';
import { formatInstant } from './format.js';
import { escapeHtml, fitParts, SUMMARY_MAX_BYTES, utf8Bytes } from './limits.js';
import { renderVerdictMarkdown } from './verdict.js';

export interface JobSummaryInput {
  policy: Policy;
  /** The action's command: collect, evaluate, propose, … */
  command: string;
  evaluation?: Evaluation;
  /** What the run did, one line each (the run loop's log). */
  lines: readonly string[];
  /** When the run finished (epoch ms). */
  at: number;
  dryRun?: boolean;
  /** The records judged: the verdict says which windows need collecting again, and why. */
  records?: readonly WindowRecord[];
  charts?: readonly SloSeries[];
}

const LIMIT = 'the 1 MiB job summary limit';

export function renderJobSummary(input: JobSummaryInput): string {
  const { policy, evaluation: ev } = input;
  const did = input.lines.length
    ? input.lines.map((l) => `- ${escapeHtml(l)}`).join('\n')
    : '- Nothing to do.';
  const charts = input.charts?.length
    ? renderChartsMarkdown(input.charts, { timezone: policy.timezone })
    : '';
  const parts = [
    {
      text: `## phasegate ${escapeHtml(input.command)}: ${escapeHtml(policy.rollout)}${input.dryRun ? ' (dry run: nothing was written)' : ''}\n\nFinished ${formatInstant(input.at)}.`,
    },
    { text: `### What this run did\n\n${did}`, cut: true },
    ...(ev
      ? [{ text: escapeHtml(renderVerdictMarkdown(policy, ev, input.records).trimEnd()), cut: true }]
      : []),
    ...(charts
      ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` } }]
      : []),
  ];
  return `${fitParts(parts, { max: SUMMARY_MAX_BYTES, measure: utf8Bytes, limitText: LIMIT })}\n`;
}
