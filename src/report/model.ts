/**
 * What a rollout report shows, prepared once for both renderings (HTML and Markdown): the SLO
 * series in chart units, the phase bands and the decision markers, with labels and colours.
 * Pure: no I/O and no clock (the caller passes `generatedAt`).
 */

import { maxOf, minOf } from '../extent.js';
import type { SloSeries } from '../judge/series.js';
import { type Policy, phaseById } from '../policy/model.js';
import type { DecisionRecord } from '../render/dashboard.js';
import { formatSpan, formatValue } from '../render/format.js';
import { ACTION_TEXT } from '../render/verdict.js';

/** A stretch of time spent in one phase (epoch ms, `to` exclusive). */
export interface ReportPhaseSpan {
  phase: string;
  from: number;
  to: number;
}

export type ReportDecision = Pick<DecisionRecord, 'at' | 'action' | 'from' | 'to' | 'reason'>;

export interface ReportInput {
  policy: Policy;
  title: string;
  /** When the report was made (epoch ms); printed, never read from a clock here. */
  generatedAt: number;
  /** One series per SLO over the whole period. */
  series: readonly SloSeries[];
  phases: readonly ReportPhaseSpan[];
  decisions: readonly ReportDecision[];
  /** Default: the policy's time zone. */
  timezone?: string;
}

/** The chart's unit: seconds for latency, percent for ratios and increases (as in render/chart.ts). */
export const AXIS_UNIT = { ms: 'seconds', percent: '%', count: 'count' } as const;

export function toAxis(value: number, unit: SloSeries['unit']): number {
  return unit === 'ms' ? value / 1000 : unit === 'percent' ? value * 100 : value;
}

/** Six significant digits: plenty for a chart, and a third of the JSON of full doubles. */
function compact(x: number): number {
  return Number(x.toPrecision(6));
}

/** Pale fills for phase bands, in rollout order, so neighbouring phases differ. */
const PHASE_FILLS = ['#e3ecfa', '#e4f4e4', '#fbefd9', '#efe4f7', '#dff2f1', '#f9e3e6', '#ececec'];
const UNKNOWN_FILL = '#eeeeee';

export const ACTION_COLOR: Record<ReportDecision['action'], string> = {
  advance: '#15803d',
  rollback: '#dc2626',
  restart: '#7c3aed',
  complete: '#0f766e',
  hold: '#57606a',
};

export interface ChartSlo {
  id: string;
  title: string;
  stat: string;
  unit: SloSeries['unit'];
  axis: (typeof AXIS_UNIT)[keyof typeof AXIS_UNIT];
  /** The objective in chart units, and as the policy wrote it ("≤ 2.5s"). */
  objective: { op: string; value: number; text: string };
  /** Steps (epoch ms) and values in chart units; null where there was no data. */
  t: number[];
  v: (number | null)[];
  caption: string;
}

export interface ChartPhase extends ReportPhaseSpan {
  name: string;
  color: string;
}

export interface ChartDecision extends Omit<ReportDecision, 'reason'> {
  reason: string;
  label: string;
  color: string;
}

/** The document embedded in the HTML report as JSON; the page's script draws from it alone. */
export interface ReportData {
  version: 1;
  title: string;
  rollout: string;
  timezone: string;
  generatedAt: number;
  slos: ChartSlo[];
  phases: ChartPhase[];
  decisions: ChartDecision[];
}

export function objectiveText(s: Pick<SloSeries, 'objective'>): string {
  const higherIsWorse = s.objective.op === '<=' || s.objective.op === '<';
  return `${higherIsWorse ? '≤' : '≥'} ${s.objective.text}`;
}

export function decisionLabel(d: ReportDecision): string {
  return `${ACTION_TEXT[d.action]} ${d.from}${d.to ? ` → ${d.to}` : ''}`;
}

/** One sentence under a chart: what is drawn and how it went. */
export function seriesCaption(s: SloSeries): string {
  const higherIsWorse = s.objective.op === '<=' || s.objective.op === '<';
  const over = s.window === 'day' ? 'the local day' : formatSpan(s.window);
  const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const parts = [
    `${s.stat} of ${s.sli} over ${over}, in ${AXIS_UNIT[s.unit]}; objective ${objectiveText(s)}`,
  ];
  if (values.length === 0) return `${parts[0]}; no data in the period.`;
  const worst = higherIsWorse ? maxOf(values) : minOf(values);
  const failing = s.points.filter((p) => p.status === 'fail').length;
  const missing = s.points.length - values.length;
  parts.push(`failing at ${failing} of ${s.points.length} steps`);
  parts.push(`worst ${formatValue(worst, s.unit)}`);
  if (missing) parts.push(`no data at ${missing} steps (gaps in the line)`);
  return `${parts.join('; ')}.`;
}

export function reportData(input: ReportInput): ReportData {
  const { policy } = input;
  const order = new Map(policy.phases.map((p, i) => [p.id, i]));
  return {
    version: 1,
    title: input.title,
    rollout: policy.rollout,
    timezone: input.timezone ?? policy.timezone,
    generatedAt: input.generatedAt,
    slos: input.series.map((s) => ({
      id: s.id,
      title: `${s.id} (${s.stat})`,
      stat: s.stat,
      unit: s.unit,
      axis: AXIS_UNIT[s.unit],
      objective: {
        op: s.objective.op,
        value: compact(toAxis(s.objective.threshold, s.unit)),
        text: objectiveText(s),
      },
      t: s.points.map((p) => p.at),
      v: s.points.map((p) => (p.value === null ? null : compact(toAxis(p.value, s.unit)))),
      caption: seriesCaption(s),
    })),
    phases: [...input.phases]
      .sort((a, b) => a.from - b.from)
      .map((p) => {
        const i = order.get(p.phase);
        return {
          phase: p.phase,
          from: p.from,
          to: p.to,
          name: phaseById(policy, p.phase)?.name ?? p.phase,
          color: i === undefined ? UNKNOWN_FILL : PHASE_FILLS[i % PHASE_FILLS.length]!,
        };
      }),
    decisions: [...input.decisions]
      .sort((a, b) => a.at - b.at)
      .map((d) => ({
        at: d.at,
        action: d.action,
        from: d.from,
        to: d.to,
        reason: d.reason ?? '',
        label: decisionLabel(d),
        color: ACTION_COLOR[d.action],
      })),
  };
}
