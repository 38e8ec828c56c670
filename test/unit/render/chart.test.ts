/**
 * Mermaid charts of SLO series: what GitHub will draw, read back from the chart source.
 */
import { describe, expect, it } from 'vitest';
import type { SeriesPoint, SloSeries } from '../../../src/judge/series.js';
import { downsample, mermaidNumber, renderChart, renderChartsMarkdown } from '../../../src/render/chart.js';

const T0 = Date.parse('2026-11-20T00:00:00Z'); // 09:00 in Tokyo
const STEP = 15 * 60_000;
const TZ = 'Asia/Tokyo';

function latency(values: (number | null)[]): SloSeries {
  return {
    id: 'save-latency-p95',
    sli: 'save_latency',
    unit: 'ms',
    stat: 'p95',
    objective: { op: '<=', threshold: 2500, text: '2.5s' },
    window: 2 * 3_600_000,
    points: values.map((value, i) =>
      point(i, value, value === null ? 'no_data' : value <= 2500 ? 'pass' : 'fail'),
    ),
  };
}

function ratio(values: (number | null)[]): SloSeries {
  return {
    id: 'restore-success',
    sli: 'restore_success',
    unit: 'percent',
    stat: 'ratio',
    objective: { op: '>=', threshold: 0.995, text: '99.5%' },
    window: 24 * 3_600_000,
    points: values.map((value, i) =>
      point(i, value, value === null ? 'no_data' : value >= 0.995 ? 'pass' : 'fail'),
    ),
  };
}

function point(i: number, value: number | null, status: SeriesPoint['status']): SeriesPoint {
  return { at: T0 + i * STEP, value, status };
}

/** The parts of an xychart source a reader sees. */
function parse(mermaid: string) {
  const line = (re: RegExp) => mermaid.split('\n').find((l) => re.test(l)) ?? '';
  const categories = [...line(/^ {2}x-axis /).matchAll(/"([^"]*)"/g)].map((m) => m[1]!).slice(1);
  const lines = mermaid
    .split('\n')
    .filter((l) => l.startsWith('  line ['))
    .map((l) => l.slice(8, -1).split(', ').map(Number));
  const y = /y-axis "([^"]+)" (\S+) --> (\S+)/.exec(mermaid)!;
  return { categories, lines, yTitle: y[1], yMin: Number(y[2]), yMax: Number(y[3]) };
}

describe('renderChart', () => {
  it('a 3-day latency series: ≤ 100 points, each the worst of its bucket, and the threshold line', () => {
    const values = Array.from({ length: 289 }, (_, i) => (i === 100 ? 4200 : 1000 + (i % 3) * 100));
    const chart = renderChart(latency(values), { timezone: TZ });
    const { categories, lines, yTitle, yMin, yMax } = parse(chart.mermaid!);
    const [value, threshold] = lines as [number[], number[]];
    expect(value.length).toBeLessThanOrEqual(100);
    expect(value).toHaveLength(97); // 289 steps in buckets of 3
    expect(categories).toHaveLength(value.length);
    expect(threshold).toEqual(value.map(() => 2.5)); // seconds, flat
    expect(Math.max(...value)).toBe(4.2); // the one slow step survives downsampling
    expect(value[0]).toBe(1.2); // max of 1.0, 1.1, 1.2
    expect(yTitle).toBe('seconds');
    expect(yMin).toBeLessThanOrEqual(1);
    expect(yMax).toBeGreaterThanOrEqual(4.2);
    expect(chart.mermaid!.split('\n')).toContain('xychart-beta');
    expect(chart.caption).toContain('each point is the highest (worst) value of 3 steps of 15m');
    expect(chart.caption).toContain('flat line: the objective ≤ 2.5s');
    expect(chart.caption).toContain('failing at 1 of 289 steps');
  });

  it('labels at most 12 points with local times; the others get distinct invisible labels', () => {
    const chart = renderChart(latency(Array.from({ length: 289 }, () => 1000)), { timezone: TZ });
    const { categories } = parse(chart.mermaid!);
    const visible = categories.filter((c) => /\d/.test(c));
    expect(visible.length).toBeLessThanOrEqual(12);
    expect(visible[0]).toBe('11-20 09:00'); // local Tokyo time of the first step
    expect(visible[visible.length - 1]).toBe('11-23 09:00');
    expect(new Set(categories).size).toBe(categories.length); // Mermaid merges equal categories
    for (const c of categories.filter((x) => !/\d/.test(x))) expect(c).toMatch(/^[\u200b\u200c]+$/);
  });

  it('success ratios keep the lowest value of a bucket, in percent, within 0–100', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i === 7 ? 0.99 : 0.999));
    const chart = renderChart(ratio(values), { timezone: TZ });
    const { lines, yTitle, yMax } = parse(chart.mermaid!);
    expect(lines[0]![2]).toBe(99); // bucket 3 holds step 7
    expect(lines[1]![0]).toBe(99.5);
    expect(yTitle).toBe('%');
    expect(yMax).toBeLessThanOrEqual(100);
    expect(chart.caption).toContain('the lowest (worst) value of 3 steps');
  });

  it('no data: edges left out, a gap inside bridged by a straight line, and both named', () => {
    const values = [null, null, 1000, 2000, null, null, null, 3000, 2000, null];
    const chart = renderChart(latency(values), { timezone: TZ, maxPoints: 100 });
    const { lines, categories } = parse(chart.mermaid!);
    expect(lines[0]).toEqual([1, 2, 2.25, 2.5, 2.75, 3, 2]);
    expect(categories[0]).toBe('09:30'); // one local day: times only
    expect(chart.caption).toContain('no data before 09:30');
    expect(chart.caption).toContain('no data 10:00–10:45 (bridged by a straight line)');
    expect(chart.caption).toContain('no data from 11:15');
    expect(chart.caption).toContain('last step 11:15: — (no data)');
  });

  it('a series with no value at all is a caption without a chart', () => {
    const chart = renderChart(latency([null, null, null]), { timezone: TZ });
    expect(chart.mermaid).toBeNull();
    expect(chart.caption).toBe(
      '**save-latency-p95** (p95 over 2h) in seconds, times in Asia/Tokyo: no data from 09:00 to 09:30.',
    );
  });

  it('sets its own line colours in front matter: Mermaid draws the first line near-white on white', () => {
    const chart = renderChart(latency([1000, 1200]), { timezone: TZ });
    expect(chart.mermaid!.split('\n').slice(0, 7)).toEqual([
      '---',
      'config:',
      '  themeVariables:',
      '    xyChart:',
      '      plotColorPalette: "#2f81f7, #ea580c"',
      '---',
      'xychart-beta',
    ]);
  });

  it('one point is a flat segment over two categories: Mermaid draws nothing for one point', () => {
    const chart = renderChart(latency([1800]), { timezone: TZ });
    const { categories, lines } = parse(chart.mermaid!);
    expect(categories).toEqual(['09:00', '\u200c']);
    expect(lines).toEqual([
      [1.8, 1.8],
      [2.5, 2.5],
    ]);
    expect(chart.caption).toContain('failing at 0 of 1 steps; last step 09:00: 1.8s (pass)');
  });

  it('writes numbers the xychart grammar reads: no exponents, at most 4 decimals', () => {
    expect(mermaidNumber(1e-7)).toBe('0');
    expect(mermaidNumber(-1e-7)).toBe('0');
    expect(mermaidNumber(2.5)).toBe('2.5');
    expect(mermaidNumber(1234567.123456)).toBe('1234567.1235');
    expect(mermaidNumber(1e21)).toBe('1000000000000000000000');
    expect(mermaidNumber(Number.NaN)).toBe('0');
    const chart = renderChart(latency([0.0001, 0.0002]), { timezone: TZ });
    expect(chart.mermaid).not.toMatch(/\de[+-]?\d/);
  });
});

describe('downsample', () => {
  it('keeps every point when there are few enough, and marks all-null buckets null', () => {
    const s = latency([1, null, 3]);
    expect(downsample(s.points, 100, true).map((b) => b.value)).toEqual([1, null, 3]);
    expect(downsample(s.points, 2, true).map((b) => b.value)).toEqual([1, 3]);
    expect(downsample(s.points, 2, false).map((b) => [b.at, b.end])).toEqual([
      [T0, T0 + 2 * STEP],
      [T0 + 2 * STEP, T0 + 3 * STEP],
    ]);
  });
});

describe('renderChartsMarkdown', () => {
  it('one caption and one ```mermaid block per series', () => {
    const md = renderChartsMarkdown([latency([1000, 1200]), ratio([null])], { timezone: TZ });
    const blocks = md.split('```mermaid\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^\*\*save-latency-p95\*\* \(p95 over 2h\) in seconds/);
    expect(blocks[1]).toMatch(/^---\n[^`]*\n---\nxychart-beta\n {2}title "save-latency-p95 \(p95\)"\n/);
    expect(blocks[1]).toContain(
      '\n```\n\n**restore-success** (ratio over 24h) in %, times in Asia/Tokyo: no data',
    );
  });
});
