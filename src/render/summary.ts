/**
 * The job summary of a run: the verdict table on every run, and what the run did (reports
 * committed, PR opened or updated, comment updated, status set, notifications sent). Job
 * summaries pass HTML through and `core.summary.addTable` does not escape it, so every text that
 * comes from data (reasons, titles, ids) is HTML-escaped here and the result is added as raw
 * Markdown. At most 1 MiB per step (UTF-8 bytes): charts go first, then verdict rows.
 */
import type { SloSeries } from '../judge/series.js';
import type { Policy } from '../policy/model.js';
import type { Evaluation } from '../rollout/decide.js';
import { renderChartsMarkdown } from './chart.js';
import { formatInstant } from './format.js';
import { escapeHtml, fitParts, SUMMARY_MAX_BYTES, utf8Bytes } from './limits.js';
import { renderVerdictMarkdown } from './verdict.js';

export type RunStep =
  | { kind: 'reports'; files: number; branch: string; commit?: string | null }
  | {
      kind: 'proposal';
      action: 'opened' | 'updated' | 'unchanged' | 'closed';
      number: number;
      url: string;
      title: string;
      /** Why (closing a stale advance PR, for one). */
      reason?: string;
    }
  | { kind: 'comment'; action: 'created' | 'updated' | 'unchanged'; pr: number; url: string }
  | { kind: 'status'; state: 'success' | 'failure' | 'pending'; context: string; sha: string }
  | { kind: 'issue'; action: 'opened' | 'updated' | 'commented'; number: number; url: string; title: string }
  | { kind: 'notify'; target: string; ok: boolean; detail?: string }
  | { kind: 'note'; text: string };

export interface JobSummaryInput {
  policy: Policy;
  /** The action's command: collect, evaluate, propose, … */
  command: string;
  evaluation?: Evaluation;
  steps: readonly RunStep[];
  /** When the run finished (epoch ms). */
  at: number;
  dryRun?: boolean;
  charts?: readonly SloSeries[];
}

const LIMIT = 'the 1 MiB job summary limit';

export function renderJobSummary(input: JobSummaryInput): string {
  const { policy, evaluation: ev } = input;
  const did = input.steps.length ? input.steps.map((s) => `- ${stepLine(s)}`).join('\n') : '- Nothing to do.';
  const charts = input.charts?.length
    ? renderChartsMarkdown(input.charts, { timezone: policy.timezone })
    : '';
  const parts = [
    {
      text: `## phasegate ${escapeHtml(input.command)}: ${escapeHtml(policy.rollout)}${input.dryRun ? ' (dry run: nothing was written)' : ''}\n\nFinished ${formatInstant(input.at)}.`,
    },
    { text: `### What this run did\n\n${did}`, cut: true },
    ...(ev ? [{ text: escapeHtml(renderVerdictMarkdown(policy, ev).trimEnd()), cut: true }] : []),
    ...(charts
      ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` } }]
      : []),
  ];
  return `${fitParts(parts, { max: SUMMARY_MAX_BYTES, measure: utf8Bytes, limitText: LIMIT })}\n`;
}

function link(text: string, url: string): string {
  return `[${escapeHtml(text).replace(/([[\]])/g, '\\$1')}](${encodeURI(decodeURISafe(url))})`;
}

/** Code spans show their text literally (no HTML, no entities), so only backticks need care. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function stepLine(s: RunStep): string {
  switch (s.kind) {
    case 'reports':
      return s.files === 0
        ? `Reports: no new windows to commit to ${code(s.branch)}.`
        : `Reports: committed ${s.files} window file${s.files === 1 ? '' : 's'} to ${code(s.branch)}${s.commit ? ` in ${escapeHtml(s.commit.slice(0, 7))}` : ''}.`;
    case 'proposal':
      return `Pull request ${s.action}: ${link(`#${s.number} ${s.title}`, s.url)}${s.reason ? ` (${escapeHtml(s.reason)})` : ''}.`;
    case 'comment':
      return `Verdict comment ${s.action} on #${s.pr}: ${link('comment', s.url)}.`;
    case 'status':
      return `Status ${code(s.context)} set to **${s.state}** on ${escapeHtml(s.sha.slice(0, 7))}.`;
    case 'issue':
      return `Issue ${s.action}: ${link(`#${s.number} ${s.title}`, s.url)}.`;
    case 'notify':
      return `${s.ok ? 'Notified' : 'Failed to notify'} ${escapeHtml(s.target)}${s.detail ? `: ${escapeHtml(s.detail)}` : ''}.`;
    case 'note':
      return escapeHtml(s.text);
  }
}
