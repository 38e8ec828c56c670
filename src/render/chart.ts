/**
 * An SLO's value over time as a Mermaid `xychart-beta` line chart, which GitHub renders in PR
 * bodies, comments, issues and job summaries. The value is one line, the objective a flat
 * second line; the caption under the heading says what the reader is looking at.
 *
 * Mermaid's xychart has no gaps, no time axis, no label thinning, no point markers and pale
 * default colours, so:
 * - Downsampling: at most `maxPoints` points; each is the worst value of its bucket of
 *   consecutive steps (the highest for "at most" objectives such as latency, the lowest for "at
 *   least" objectives such as success ratios), so a short breach is never averaged away.
 * - No data: stretches before the first and after the last value are left out; a stretch in
 *   between is bridged by a straight line, and the caption names it. Nothing is carried forward.
 * - The x axis is categorical, and Mermaid prints every category and needs them distinct, so at
 *   most `maxLabels` evenly spaced points get a local-time label; the others get a distinct
 *   invisible label (the point's index in zero-width characters).
 * - Numbers are written without exponents (the xychart grammar has none); strings never hold `"`.
 * - Mermaid draws a line through its points with no marker on them, so one point alone draws
 *   nothing: a single value is drawn as a flat segment over two categories, the second unlabelled.
 * - Colours are set in the chart's front matter: Mermaid's default theme draws the first line in
 *   #ECECFF, all but invisible on white, and its other light themes are as pale. A viewer that
 *   ignores the front matter still draws the chart, in the theme's colours.
 * test/integration/mermaid-render.test.ts draws every chart phasegate writes with Mermaid itself.
 */

import { maxOf, minOf } from '../extent.js';
import { localDate, localTime } from '../judge/calendar.js';
import type { SeriesPoint, SloSeries } from '../judge/series.js';
import { formatSpan, formatValue } from './format.js';

export interface ChartOptions {
  /** The policy's time zone: labels and caption times are local to it. */
  timezone: string;
  /** Default 100. */
  maxPoints?: number;
  /** Default 12. */
  maxLabels?: number;
}

export interface Chart {
  /** The chart source without fences; null when the series holds no value at all. */
  mermaid: string | null;
  caption: string;
}

const UNIT_AXIS = { ms: 'seconds', percent: '%', count: 'count' } as const;

/**
 * The value in blue, the objective in orange (the HTML report's threshold colour): each stands
 * out at least 3:1 on white, on Mermaid's dark theme (#333) and on GitHub's dark background.
 */
const FRONT_MATTER = [
  '---',
  'config:',
  '  themeVariables:',
  '    xyChart:',
  '      plotColorPalette: "#2f81f7, #ea580c"',
  '---',
];

/** Values in the chart's unit: seconds for latency, percent for ratios and increases. */
function toAxis(value: number, unit: SloSeries['unit']): number {
  return unit === 'ms' ? value / 1000 : unit === 'percent' ? value * 100 : value;
}

/** A number as the xychart grammar reads it: plain decimal, at most 4 decimals. */
export function mermaidNumber(x: number): string {
  if (!Number.isFinite(x)) return '0';
  // toFixed switches to exponent notation from 1e21 on; such values are whole numbers anyway.
  if (Math.abs(x) >= 1e21) return BigInt(x).toString();
  const text = x.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/** Distinct, invisible: the index in binary as zero-width space (0) and zero-width non-joiner (1). */
function invisibleLabel(index: number): string {
  return index.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
}

export interface Bucket {
  at: number;
  end: number;
  value: number | null;
}

/** Consecutive points grouped into at most `max` buckets, each keeping its worst value. */
export function downsample(points: readonly SeriesPoint[], max: number, higherIsWorse: boolean): Bucket[] {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, max)));
  const stepMs = points.length > 1 ? points[1]!.at - points[0]!.at : 0;
  const out: Bucket[] = [];
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size);
    let worst: number | null = null;
    for (const p of group) {
      if (p.value === null) continue;
      if (worst === null || (higherIsWorse ? p.value > worst : p.value < worst)) worst = p.value;
    }
    out.push({ at: group[0]!.at, end: group[group.length - 1]!.at + stepMs, value: worst });
  }
  return out;
}

function niceStep(rough: number): number {
  const p = 10 ** Math.floor(Math.log10(rough));
  const f = rough / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** A y range holding the values and the threshold with a little room, on round numbers. */
function yRange(values: number[], threshold: number, series: SloSeries): [number, number] {
  let lo = Math.min(threshold, minOf(values));
  let hi = Math.max(threshold, maxOf(values));
  const span = hi - lo || Math.max(Math.abs(hi) * 0.1, 1);
  const step = niceStep(span / 4);
  lo = Math.floor((lo - span * 0.05) / step) * step;
  hi = Math.ceil((hi + span * 0.05) / step) * step;
  if (series.unit === 'ms' || series.unit === 'count' || series.stat === 'ratio') lo = Math.max(0, lo);
  if (series.stat === 'ratio') hi = Math.min(100, hi);
  return [lo, hi];
}

function localLabel(t: number, tz: string, withDate: boolean): string {
  return withDate ? `${localDate(t, tz).slice(5)} ${localTime(t, tz)}` : localTime(t, tz);
}

export function renderChart(series: SloSeries, opts: ChartOptions): Chart {
  const tz = opts.timezone;
  const higherIsWorse = series.objective.op === '<=' || series.objective.op === '<';
  const objective = `${higherIsWorse ? '≤' : '≥'} ${series.objective.text}`;
  const what = `${series.stat} over ${series.window === 'day' ? 'the local day' : formatSpan(series.window)}`;
  const head = `**${series.id}** (${what}) in ${UNIT_AXIS[series.unit]}, times in ${tz}`;
  const pts = series.points;
  const withDate = pts.length > 0 && localDate(pts[0]!.at, tz) !== localDate(pts[pts.length - 1]!.at, tz);
  const fmt = (t: number) => localLabel(t, tz, withDate);
  const buckets = downsample(pts, opts.maxPoints ?? 100, higherIsWorse);
  const first = buckets.findIndex((b) => b.value !== null);
  if (first < 0) {
    const period = pts.length ? ` from ${fmt(pts[0]!.at)} to ${fmt(pts[pts.length - 1]!.at)}` : '';
    return { mermaid: null, caption: `${head}: no data${period}.` };
  }
  let last = buckets.length - 1;
  while (buckets[last]!.value === null) last--;
  const shown = buckets.slice(first, last + 1);
  const { values, gaps } = bridge(shown);
  const axis = values.map((v) => toAxis(v, series.unit));
  const threshold = toAxis(series.objective.threshold, series.unit);
  const [lo, hi] = yRange(axis, threshold, series);
  const maxLabels = Math.max(2, opts.maxLabels ?? 12);
  const labelled = new Set<number>();
  const n = shown.length;
  for (let j = 0; j < Math.min(maxLabels, n); j++) {
    labelled.add(n === 1 ? 0 : Math.round((j * (n - 1)) / (Math.min(maxLabels, n) - 1)));
  }
  const labels = shown.map((b, i) => quote(labelled.has(i) ? fmt(b.at) : invisibleLabel(i)));
  if (n === 1) {
    labels.push(quote(invisibleLabel(1)));
    axis.push(axis[0]!);
  }
  const mermaid = [
    ...FRONT_MATTER,
    'xychart-beta',
    `  title ${quote(`${series.id} (${series.stat})`)}`,
    `  x-axis ${quote(tz)} [${labels.join(', ')}]`,
    `  y-axis ${quote(UNIT_AXIS[series.unit])} ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    `  line [${axis.map(mermaidNumber).join(', ')}]`,
    `  line [${axis.map(() => mermaidNumber(threshold)).join(', ')}]`,
  ].join('\n');
  const notes = [`flat line: the objective ${objective}`];
  const perBucket = pts.length > 1 ? Math.ceil(pts.length / (opts.maxPoints ?? 100)) : 1;
  if (perBucket > 1) {
    const stepMs = pts[1]!.at - pts[0]!.at;
    const worst = higherIsWorse ? 'highest' : 'lowest';
    notes.push(`each point is the ${worst} (worst) value of ${perBucket} steps of ${formatSpan(stepMs)}`);
  }
  const failing = pts.filter((p) => p.status === 'fail').length;
  notes.push(`failing at ${failing} of ${pts.length} steps`);
  if (first > 0) notes.push(`no data before ${fmt(shown[0]!.at)}`);
  if (gaps.length) {
    notes.push(
      `no data ${gaps.map((g) => `${fmt(g.from)}–${fmt(g.to)}`).join(', ')} (bridged by a straight line)`,
    );
  }
  if (last < buckets.length - 1) notes.push(`no data from ${fmt(buckets[last + 1]!.at)}`);
  const now = pts[pts.length - 1]!;
  notes.push(
    `last step ${fmt(now.at)}: ${formatValue(now.value, series.unit)} (${now.status.replace('_', ' ')})`,
  );
  return { mermaid, caption: `${head}; ${notes.join('; ')}.` };
}

/** Interior null buckets become a straight line between their neighbours; returns the gaps. */
function bridge(shown: Bucket[]): { values: number[]; gaps: { from: number; to: number }[] } {
  const values: number[] = [];
  const gaps: { from: number; to: number }[] = [];
  for (let i = 0; i < shown.length; i++) {
    const b = shown[i]!;
    if (b.value !== null) {
      values.push(b.value);
      continue;
    }
    let j = i;
    while (shown[j]!.value === null) j++;
    const before = values[values.length - 1]!;
    const after = shown[j]!.value!;
    for (let k = i; k < j; k++) values.push(before + ((after - before) * (k - i + 1)) / (j - i + 1));
    gaps.push({ from: b.at, to: shown[j]!.at });
    i = j - 1;
  }
  return { values, gaps };
}

/** Each series as a caption line and a ```mermaid block (caption only when it has no data). */
export function renderChartsMarkdown(seriesList: readonly SloSeries[], opts: ChartOptions): string {
  return seriesList
    .map((s) => {
      const chart = renderChart(s, opts);
      return chart.mermaid ? `${chart.caption}\n\n\`\`\`mermaid\n${chart.mermaid}\n\`\`\`` : chart.caption;
    })
    .join('\n\n');
}
