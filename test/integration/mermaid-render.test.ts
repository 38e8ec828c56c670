/**
 * Every Mermaid chart phasegate writes on GitHub, drawn by Mermaid in headless Chromium as
 * GitHub's viewer draws it: the PR bodies (advance, rollback, restart), the job summaries, the
 * dashboard issue and its daily note, the Markdown report, and edge cases through the same chart
 * renderer (test/support/phasegate-charts.ts). Each must draw an xychart with no error, every
 * value a vertex inside the plot, every line visible and standing out from the background, in
 * Mermaid's default (light) and dark themes. Broken charts run through the same check and must be caught, so the check can
 * fail. One browser, one page, every chart in one pass per theme.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import {
  chartSource,
  type Drawn,
  drawAll,
  MERMAID_VERSION,
  mermaidBlocks,
  openMermaid,
  pageMermaidVersion,
  problemsOf,
  type Theme,
} from '../support/mermaid.js';
import { edgeCases, loopTexts, type Produced, reportOf90Days } from '../support/phasegate-charts.js';

interface Chart {
  from: string;
  text: string;
}

interface Broken extends Chart {
  /** The problem problemsOf must report, in the themes where it shows. */
  caught: RegExp;
  themes?: Theme[];
}

/** Deliberately broken charts: each must be reported by problemsOf, or the check proves nothing. */
function brokenCharts(good: string): Broken[] {
  const lines = good.split('\n');
  const last = lines.findLastIndex((l) => l.startsWith('  line ['));
  const bare = (x: string, line: string) =>
    `xychart-beta\n  title "t"\n  x-axis "x" [${x}]\n  y-axis "y" 0 --> 2\n  ${line}`;
  return [
    {
      from: 'broken: a line without its closing bracket',
      text: good.replace(/\]\n {2}line \[/, '\n  line ['),
      caught: /^Mermaid error: Parse error/,
    },
    {
      from: 'broken: a number with an exponent',
      text: good.replace(/line \[[^,\]]+/, 'line [1e-7'),
      caught: /^Mermaid error: /,
    },
    {
      from: 'broken: a line that lost values',
      text: [...lines.slice(0, last), '  line [1, 1]'].join('\n'),
      caught: /^line 1: 2 values for \d+ categories$/,
    },
    {
      from: 'broken: a value above the y range',
      text: bare('"a", "b"', 'line [1, 3]'),
      caught: /^line 0: 1 vertices outside the y axis$/,
    },
    {
      from: 'broken: one point, which draws nothing',
      text: bare('"a"', 'line [1]'),
      caught: /nothing visible/,
    },
    {
      from: "broken: Mermaid's default colours, the value line near-white on white",
      text: bare('"a", "b"', 'line [1, 2]'),
      caught: /^line 0: rgb\(236,236,255\) on rgb\(255,255,255\) has contrast 1\.\d+ < 3$/,
      themes: ['default'],
    },
  ];
}

const charts = (p: Produced): Chart[] =>
  mermaidBlocks(p.markdown).map((text, k) => ({ from: `${p.from} #${k + 1}`, text }));

describe(`phasegate's Mermaid charts drawn by mermaid@${MERMAID_VERSION} in headless Chromium`, () => {
  let browser: Browser;
  let loop: Produced[];
  let edges: Produced[];
  let produced: Chart[];
  let broken: Broken[];
  let version: string;
  const drawn = {} as Record<Theme, Drawn[]>;

  beforeAll(async () => {
    loop = [...loopTexts(), reportOf90Days()];
    edges = edgeCases();
    produced = [...loop, ...edges].flatMap(charts);
    broken = brokenCharts(produced[0]!.text);
    browser = await launchChromium();
    const page = await openMermaid(browser);
    version = await pageMermaidVersion(page);
    const texts = [...produced, ...broken].map((c) => c.text);
    for (const theme of ['default', 'dark'] as const) drawn[theme] = await drawAll(page, texts, theme);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws with the Mermaid of package.json', () => {
    expect(version).toBe(MERMAID_VERSION);
  });

  it('every text that charts has its charts: two SLOs each, one where a phase is minutes old', () => {
    const count = Object.fromEntries(loop.map((p) => [p.from, mermaidBlocks(p.markdown).length]));
    expect(count).toEqual({
      'advance PR body': 2,
      'rollback PR body': 2,
      'restart PR body': 2,
      'job summary (propose, rollback)': 2,
      'job summary (propose, advance)': 2,
      'dashboard issue (A-1)': 2,
      'daily note': 2,
      'dashboard issue (A-2)': 2,
      'dashboard issue (a fresh phase)': 1,
      'report, 90 days': 2,
    });
    expect(produced.length).toBe(19 + 7);
  });

  for (const theme of ['default', 'dark'] as const) {
    it(`every chart draws in the ${theme} theme: no error, every value a vertex, every line visible`, () => {
      const problems = produced.flatMap((c, i) =>
        problemsOf(c.text, drawn[theme][i]!).map((p) => `${c.from}: ${p}`),
      );
      expect(problems).toEqual([]);
      for (const d of drawn[theme].slice(0, produced.length)) expect(d.lines).toHaveLength(2);
    });

    it(`every broken chart is caught in the ${theme} theme`, () => {
      for (const [k, c] of broken.entries()) {
        if (c.themes && !c.themes.includes(theme)) continue;
        const problems = problemsOf(c.text, drawn[theme][produced.length + k]!);
        expect(problems, c.from).toContainEqual(expect.stringMatching(c.caught));
      }
    });
  }

  it('reports the parse error of a malformed chart, as GitHub shows it', () => {
    const first = drawn.default[produced.length]!;
    expect(first.error).toMatch(/Parse error|Expecting/);
  });

  it('90 days are at most 100 points with at most 12 visible time labels', () => {
    const at = produced.findIndex((c) => c.from.startsWith('report, 90 days'));
    const { categories, lines } = chartSource(produced[at]!.text);
    expect(lines[0]!.length).toBeLessThanOrEqual(100);
    expect(lines[0]!.length).toBeGreaterThan(90);
    expect(categories.filter((c) => /\d/.test(c)).length).toBeLessThanOrEqual(12);
    expect(drawn.default[at]!.xLabels.filter((c) => /\d/.test(c))).toEqual(
      categories.filter((c) => /\d/.test(c)),
    );
  });

  it('a phase with no data yet gets a caption and no chart: nothing for GitHub to fail on', () => {
    const none = edges.find((p) => p.from === 'no data at all')!;
    expect(mermaidBlocks(none.markdown)).toEqual([]);
    expect(none.markdown).toContain(': no data from ');
    const fresh = loop.find((p) => p.from === 'dashboard issue (a fresh phase)')!.markdown;
    expect(fresh).toMatch(/\*\*restore-success\*\* .*: no data from /);
  });

  it('a single value is drawn as a visible flat line (the fresh phase and the edge case)', () => {
    for (const from of ['dashboard issue (a fresh phase) #1', 'one point #1']) {
      const i = produced.findIndex((c) => c.from === from);
      const { categories, lines } = chartSource(produced[i]!.text);
      expect(categories[1], from).toMatch(/^[\u200b\u200c]+$/); // the second category, unlabelled
      expect(lines.map((l) => new Set(l).size)).toEqual([1, 1]);
      for (const line of drawn.default[i]!.lines) expect(line.length, from).toBeGreaterThan(100);
    }
  });

  it('draws the Japanese title as written, quotes turned to apostrophes', () => {
    const i = produced.findIndex((c) => c.from.startsWith('a title in Japanese'));
    expect(drawn.default[i]!.title).toBe("保存の遅延 'p95' *_`# (p95)");
  });
});
