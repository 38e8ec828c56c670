/**
 * The pinned dashboard issue of a rollout (updated in place every run) and its daily comment,
 * the plan's daily record of progress and open problems (進捗と未解決課題). The issue body
 * carries the dashboard state (`lastDaily`) in its marker, so the next run knows whether the
 * day's comment is still due.
 */

import { maxOf, minOf } from '../extent.js';
import { localDate } from '../judge/calendar.js';
import type { SloSeries } from '../judge/series.js';
import { type Policy, phaseById } from '../policy/model.js';
import type { Decision, Evaluation } from '../rollout/decide.js';
import { renderChartsMarkdown } from './chart.js';
import { formatSpan, formatValue } from './format.js';
import { BODY_MAX_CHARS, fitParts } from './limits.js';
import { type DashboardState, dailyMarker, dashboardMarker } from './markers.js';
import { localStamp } from './time.js';
import { ACTION_TEXT, STATUS_ICON } from './verdict.js';

export interface OpenProposalView {
  number: number;
  title: string;
  url: string;
}

/** A phase decision that was acted on (a PR opened or merged), newest last or in any order. */
export interface DecisionRecord {
  at: number;
  action: Decision['action'];
  from: string;
  to: string | null;
  /** One line: the rule or verdict behind it. */
  reason?: string;
  pr?: { number: number; url: string };
}

/** The trend compares the value now with the value this long before. */
export const TREND_LOOKBACK_MS = 3_600_000;

export interface DashboardInput {
  policy: Policy;
  evaluation: Evaluation;
  /** The SLOs of the live phase over a recent period (at least the last hour, for the trend). */
  series?: readonly SloSeries[];
  proposals: readonly OpenProposalView[];
  decisions: readonly DecisionRecord[];
  state: DashboardState;
  /** When the body is written (epoch ms). */
  at: number;
  /** How many decisions to list; default 10. */
  lastDecisions?: number;
}

const LIMIT = "GitHub's 65,536-character limit";

export function dashboardTitle(rollout: string): string {
  return `phasegate dashboard: ${rollout}`;
}

export function renderDashboard(input: DashboardInput): string {
  const { policy, evaluation: ev } = input;
  const tz = policy.timezone;
  const phase = phaseById(policy, ev.phase);
  const d = ev.decision;
  const rows = ev.slos.map((v) => {
    const objective = `${v.op === '<=' || v.op === '<' ? '≤' : '≥'} ${v.thresholdText}`;
    const series = input.series?.find((s) => s.id === v.id);
    return `| ${v.id} | ${formatValue(v.value, v.unit)} | ${trend(v.value, series, ev.at, v.op)} | ${objective} | ${STATUS_ICON[v.status]} |`;
  });
  const proposals = input.proposals.length
    ? input.proposals.map((p) => `- [#${p.number} ${escapeLink(p.title)}](${p.url})`).join('\n')
    : 'None.';
  const decisions = [...input.decisions].sort((a, b) => b.at - a.at).slice(0, input.lastDecisions ?? 10);
  const decisionTable = decisions.length
    ? [
        `| when (${tz}) | decision | pull request | why |`,
        '|---|---|---|---|',
        ...decisions.map(
          (r) =>
            `| ${localStamp(r.at, tz)} | ${decisionText(r)} | ${r.pr ? `[#${r.pr.number}](${r.pr.url})` : ''} | ${cell(r.reason ?? '')} |`,
        ),
      ].join('\n')
    : 'None yet.';
  const charts = input.series?.length ? renderChartsMarkdown(input.series, { timezone: tz }) : '';
  const parts = [
    { text: dashboardMarker(policy.rollout, input.state) },
    {
      text: [
        `## ${policy.rollout}: phase ${ev.phase}${phase ? ` (${phase.name})` : ''}`,
        '',
        `In ${ev.phase} since ${localStamp(ev.since, tz)} (${tz}). Verdict at ${localStamp(ev.at, tz)}: **${ACTION_TEXT[d.action]}${d.to ? ` → ${d.to}` : ''}**${d.alert ? ' ⚠️ alert' : ''}.`,
      ].join('\n'),
    },
    {
      text: [
        '### SLOs',
        '',
        '| SLO | value | trend (1h) | objective | status |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        '_Trend: the value now against the value one hour earlier; → when they print the same._',
      ].join('\n'),
      cut: true,
    },
    { text: `### Open proposals\n\n${proposals}`, cut: true },
    { text: `### Last decisions\n\n${decisionTable}`, cut: true },
    ...(charts
      ? [
          {
            text: `### Charts\n\n${charts}`,
            drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` },
          },
        ]
      : []),
    {
      text: `<sub>Updated by phasegate at ${localStamp(input.at, tz)} (${tz}) on every scheduled run.</sub>`,
    },
  ];
  return `${fitParts(parts, { max: BODY_MAX_CHARS, limitText: LIMIT })}\n`;
}

/** "↑ worse", "↓ better", "→" or "·" (no earlier value to compare with). */
export function trend(
  now: number | null,
  series: SloSeries | undefined,
  at: number,
  op: '<' | '<=' | '>' | '>=',
): string {
  const before = series?.points.find((p) => p.at === at - TREND_LOOKBACK_MS)?.value ?? null;
  if (now === null || before === null || !series) return '·';
  if (formatValue(now, series.unit) === formatValue(before, series.unit)) return '→';
  const up = now > before;
  const worse = up === (op === '<' || op === '<=');
  return `${up ? '↑' : '↓'} ${worse ? 'worse' : 'better'}`;
}

function decisionText(r: DecisionRecord): string {
  return `${ACTION_TEXT[r.action]} ${r.from}${r.to ? ` → ${r.to}` : ''}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function escapeLink(text: string): string {
  return text.replace(/([[\]])/g, '\\$1');
}

export interface DailySummaryInput {
  policy: Policy;
  /** The local date summarised (YYYY-MM-DD in the policy's time zone). */
  date: string;
  /** The phase at the end of the day and since when. */
  phase: string;
  since: number;
  /** The day's SLO series; a step belongs to the day of the window it closes (00:00 closes the day before). */
  series: readonly SloSeries[];
  /** Decisions; those made on `date` (local) are listed. */
  decisions: readonly DecisionRecord[];
  /** Known open problems, one line each (open RCA issues, failing collectors, …). */
  openProblems: readonly string[];
  /** Chart the day's series too; default true. */
  charts?: boolean;
}

/** The daily record's parts, shared by the dashboard's daily note and the Runbook's (runbook-daily.ts). */
export interface DailyRecordParts {
  /** The day's decisions, one list item each, or "None.". */
  decisions: string;
  /** The SLOs over the day as a Markdown table. */
  slos: string;
  /** How to read the table's counts: "evaluation steps of 1h". */
  steps: string;
  /** Open problems, one list item each, or "None.". */
  problems: string;
  /** The day's series (steps closing on `date`). */
  series: SloSeries[];
}

export function dailyRecordParts(input: DailySummaryInput): DailyRecordParts {
  const { policy, date } = input;
  const tz = policy.timezone;
  const inDay = input.series.map((s) => ({
    ...s,
    points: s.points.filter((p) => localDate(p.at - 1, tz) === date),
  }));
  const decisions = input.decisions
    .filter((r) => localDate(r.at, tz) === date)
    .sort((a, b) => a.at - b.at)
    .map(
      (r) =>
        `- ${localStamp(r.at, tz).slice(11)} ${decisionText(r)}${r.pr ? ` ([#${r.pr.number}](${r.pr.url}))` : ''}${r.reason ? `: ${r.reason}` : ''}`,
    );
  const rows = inDay.map((s) => {
    const count = (status: string) => s.points.filter((p) => p.status === status).length;
    const higherIsWorse = s.objective.op === '<=' || s.objective.op === '<';
    const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
    const worst = values.length ? (higherIsWorse ? maxOf(values) : minOf(values)) : null;
    const last = s.points[s.points.length - 1];
    const end = last ? `${formatValue(last.value, s.unit)} ${STATUS_ICON[last.status]}` : '—';
    const objective = `${higherIsWorse ? '≤' : '≥'} ${s.objective.text}`;
    return `| ${s.id} | ${objective} | ${end} | ${formatValue(worst, s.unit)} | ${count('pass')} | ${count('fail')} | ${count('no_data')} |`;
  });
  const failing = inDay.flatMap((s) => {
    const failed = s.points.filter((p) => p.status === 'fail');
    if (!failed.length) return [];
    return [
      `${s.id} failed at ${failed.length} step${failed.length === 1 ? '' : 's'} (first at ${localStamp(failed[0]!.at, tz).slice(11)})`,
    ];
  });
  const problems = [...input.openProblems, ...failing];
  return {
    decisions: decisions.length ? decisions.join('\n') : 'None.',
    steps: `evaluation steps of ${formatSpan(stepOf(inDay, policy.windowMs))}`,
    slos: [
      '| SLO | objective | end of day | worst | passing | failing | no data |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
    problems: problems.length ? problems.map((p) => `- ${p}`).join('\n') : 'None.',
    series: inDay,
  };
}

export function renderDailySummary(input: DailySummaryInput): string {
  const { policy, date } = input;
  const tz = policy.timezone;
  const spec = phaseById(policy, input.phase);
  const day = dailyRecordParts(input);
  const inDay = day.series;
  const charts = input.charts !== false && inDay.length ? renderChartsMarkdown(inDay, { timezone: tz }) : '';
  const parts = [
    { text: dailyMarker(policy.rollout, date) },
    {
      text: [
        `### Daily record ${date} (${tz}): progress and open problems`,
        '',
        `**Phase:** ${input.phase}${spec ? ` (${spec.name})` : ''}, since ${localStamp(input.since, tz)}.`,
      ].join('\n'),
    },
    { text: `**Decisions**\n\n${day.decisions}`, cut: true },
    { text: `**SLOs over the day** (counts are ${day.steps})\n\n${day.slos}`, cut: true },
    { text: `**Open problems**\n\n${day.problems}`, cut: true },
    ...(charts
      ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` } }]
      : []),
  ];
  return `${fitParts(parts, { max: BODY_MAX_CHARS, limitText: LIMIT })}\n`;
}

function stepOf(series: readonly SloSeries[], fallback: number): number {
  const p = series.find((s) => s.points.length > 1)?.points;
  return p ? p[1]!.at - p[0]!.at : fallback;
}
