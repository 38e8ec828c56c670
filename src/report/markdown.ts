/**
 * The rollout report as GitHub Markdown, for PR bodies, job summaries and the dashboard issue:
 * the same per-SLO charts as Mermaid (render/chart.ts), the decisions and the time in each phase.
 * Mermaid's xychart has no bands or vertical markers, so the phase and decision tables carry
 * what the HTML report draws over its charts. Fitted under GitHub's body limit by default,
 * dropping the charts first.
 */
import { renderChartsMarkdown } from '../render/chart.js';
import { formatSpan } from '../render/format.js';
import { BODY_MAX_CHARS, chars, fitParts, type Measure } from '../render/limits.js';
import { localStamp } from '../render/time.js';
import { decisionLabel, type ReportInput } from './model.js';

export interface MarkdownLimit {
  max: number;
  measure?: Measure;
  /** What the limit is, for the notes ("GitHub's 65,536-character limit"). */
  limitText: string;
}

export const BODY_LIMIT: MarkdownLimit = {
  max: BODY_MAX_CHARS,
  measure: chars,
  limitText: "GitHub's 65,536-character limit",
};

/** A table cell on one line, with no `|` that would split it. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function renderReportMarkdown(input: ReportInput, limit: MarkdownLimit = BODY_LIMIT): string {
  const { policy } = input;
  const tz = input.timezone ?? policy.timezone;
  const decisions = [...input.decisions].sort((a, b) => a.at - b.at);
  const phases = [...input.phases].sort((a, b) => a.from - b.from);
  const decisionTable = decisions.length
    ? [
        `| when (${tz}) | decision | why |`,
        '|---|---|---|',
        ...decisions.map(
          (d) => `| ${localStamp(d.at, tz)} | ${cell(decisionLabel(d))} | ${cell(d.reason ?? '')} |`,
        ),
      ].join('\n')
    : 'No phase decisions in this period.';
  const phaseTable = phases.length
    ? [
        `| phase | name | from (${tz}) | to | time in phase |`,
        '|---|---|---|---|---|',
        ...phases.map((p) => {
          const name = policy.phases.find((s) => s.id === p.phase)?.name ?? '';
          const span = formatSpan(Math.max(0, p.to - p.from));
          return `| ${cell(p.phase)} | ${cell(name)} | ${localStamp(p.from, tz)} | ${localStamp(p.to, tz)} | ${span} |`;
        }),
      ].join('\n')
    : 'No phases recorded in this period.';
  const charts = input.series.length ? renderChartsMarkdown(input.series, { timezone: tz }) : '';
  const parts = [
    {
      text: `## ${cell(input.title)}\n\nRollout **${policy.rollout}**; times in ${tz}. Made by phasegate at ${localStamp(input.generatedAt, tz)}.`,
    },
    { text: `### Decisions\n\n${decisionTable}`, cut: true },
    { text: `### Phases\n\n${phaseTable}`, cut: true },
    ...(charts
      ? [
          {
            text: `### SLOs\n\n${charts}`,
            drop: { order: 0, note: `_Charts left out to stay under ${limit.limitText}._` },
          },
        ]
      : []),
  ];
  return `${fitParts(parts, { max: limit.max, measure: limit.measure ?? chars, limitText: limit.limitText })}\n`;
}
