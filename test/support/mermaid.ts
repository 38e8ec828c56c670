/// <reference lib="dom" />
/**
 * Mermaid charts drawn the way GitHub draws them: the `mermaid` package's browser bundle in a
 * page of headless Chromium, `mermaid.render(id, text)` with the strict security level, in the
 * light (`default`) and `dark` themes. A chart "draws" when Mermaid gives an xychart SVG (no
 * parse or render error) whose lines each have one vertex per value, a visible length and a
 * colour that stands out from the chart's background.
 *
 * GitHub renders each ```mermaid block with its own pinned copy of Mermaid in a sandboxed
 * viewer; it does not publish the version (its docs say to render an `info` block to see it),
 * so this draws with the version in package.json and reports it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
export const MERMAID_VERSION: string = JSON.parse(
  readFileSync(require.resolve('mermaid/package.json'), 'utf8'),
).version;

export type Theme = 'default' | 'dark';
export type Rgb = [number, number, number];

export interface DrawnLine {
  /** Vertices of the line's path (M and L commands). */
  vertices: number;
  /** Its drawn length in px: 0 when nothing is visible. */
  length: number;
  /** Vertices above or below the y axis (drawn outside the plot). */
  outside: number;
  stroke: Rgb;
}

export interface Drawn {
  /** Mermaid's parse or render error; null when it drew an SVG. */
  error: string | null;
  /** The SVG's aria-roledescription ("xychart"). */
  kind: string | null;
  title: string;
  xLabels: string[];
  lines: DrawnLine[];
  background: Rgb;
}

/** One page with the Mermaid bundle loaded (no network: the bundle is read from node_modules). */
export async function openMermaid(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.setContent('<!doctype html><meta charset="utf-8"><body><div id="host"></div></body>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  return page;
}

/** The version the page's Mermaid reports, read from an `info` diagram as GitHub's docs suggest. */
export async function pageMermaidVersion(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const m = (window as unknown as { mermaid: MermaidApi }).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await m.render('mermaid-info', 'info');
    return /v(\d+\.\d+\.\d+)/.exec(svg)?.[1] ?? '';
  });
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/** Every chart drawn in one pass of the page, in order. */
export async function drawAll(page: Page, charts: readonly string[], theme: Theme): Promise<Drawn[]> {
  return page.evaluate(
    async ({ charts, theme }) => {
      const m = (window as unknown as { mermaid: MermaidApi }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
      const host = document.getElementById('host')!;
      const rgb = (css: string): [number, number, number] => {
        const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return [r, g, b];
      };
      const numbers = (d: string | null | undefined) => (d?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const ys = (d: string | null) =>
        [...(d ?? '').matchAll(/[ML]\s*-?[\d.]+[ ,]\s*(-?[\d.]+)/g)].map((x) => Number(x[1]));
      const measure = (root: SVGSVGElement) => {
        // The y axis line runs from the top of the plot to its bottom: every vertex lies between.
        const [, y1 = 0, , y2 = 0] = numbers(root.querySelector('.left-axis path')?.getAttribute('d'));
        const [top, bottom] = [Math.min(y1, y2) - 1, Math.max(y1, y2) + 1];
        const background = root.querySelector('rect.background');
        return {
          error: null,
          kind: root.getAttribute('aria-roledescription'),
          title: root.querySelector('.chart-title text')?.textContent ?? '',
          xLabels: Array.from(root.querySelectorAll('.bottom-axis .label text'), (t) => t.textContent ?? ''),
          lines: Array.from(root.querySelectorAll<SVGPathElement>('g[class^="line-plot-"] path'), (p) => ({
            vertices: (p.getAttribute('d')?.match(/[ML]/g) ?? []).length,
            length: p.getTotalLength(),
            outside: ys(p.getAttribute('d')).filter((y) => y < top || y > bottom).length,
            stroke: rgb(getComputedStyle(p).stroke),
          })),
          background: rgb(background ? getComputedStyle(background).fill : 'rgb(255, 255, 255)'),
        };
      };
      const out = [];
      for (const [i, text] of charts.entries()) {
        host.replaceChildren();
        try {
          host.innerHTML = (await m.render(`chart-${theme}-${i}`, text)).svg;
          out.push(measure(host.querySelector('svg')!));
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          out.push({ error, kind: null, title: '', xLabels: [], lines: [], background: [0, 0, 0] });
        }
      }
      host.replaceChildren();
      return out as Drawn[];
    },
    { charts: [...charts], theme },
  );
}

/** The ```mermaid blocks of a Markdown text, fences removed. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

/** What an xychart source asks for: its title, x categories and the values of each line. */
export function chartSource(text: string): { title: string; categories: string[]; lines: number[][] } {
  const line = (re: RegExp) => text.split('\n').find((l) => re.test(l)) ?? '';
  return {
    title: /^ {2}title "([^"]*)"/m.exec(text)?.[1] ?? '',
    categories: [...line(/^ {2}x-axis /).matchAll(/"([^"]*)"/g)].map((m) => m[1]!).slice(1),
    lines: text
      .split('\n')
      .filter((l) => l.startsWith('  line ['))
      .map((l) => l.slice(8, -1).split(', ').map(Number)),
  };
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Lines must stand out from the background at least this much (WCAG 1.4.11, graphics). */
export const MIN_LINE_CONTRAST = 3;

/**
 * Why a drawn chart is not what its source asks for; empty when it is. The same check runs on
 * every chart phasegate writes and on the deliberately broken ones, so it is known to fail.
 */
export function problemsOf(text: string, drawn: Drawn): string[] {
  if (drawn.error !== null) return [`Mermaid error: ${drawn.error}`];
  const want = chartSource(text);
  const problems: string[] = [];
  if (drawn.kind !== 'xychart') problems.push(`drew a ${drawn.kind}, not an xychart`);
  if (drawn.title !== want.title) problems.push(`title "${drawn.title}", not "${want.title}"`);
  if (drawn.xLabels.length !== want.categories.length) {
    problems.push(`${drawn.xLabels.length} x labels for ${want.categories.length} categories`);
  }
  if (drawn.lines.length !== want.lines.length) {
    problems.push(`${drawn.lines.length} lines drawn of ${want.lines.length}`);
  }
  for (const [k, line] of drawn.lines.entries()) {
    const values = want.lines[k]?.length ?? 0;
    if (values !== want.categories.length) {
      problems.push(`line ${k}: ${values} values for ${want.categories.length} categories`);
    }
    if (line.vertices !== values) problems.push(`line ${k}: ${line.vertices} vertices for ${values} values`);
    if (!(line.length > 0)) problems.push(`line ${k}: nothing visible (length ${line.length})`);
    if (line.outside) problems.push(`line ${k}: ${line.outside} vertices outside the y axis`);
    const ratio = contrast(line.stroke, drawn.background);
    if (ratio < MIN_LINE_CONTRAST) {
      problems.push(
        `line ${k}: rgb(${line.stroke}) on rgb(${drawn.background}) has contrast ${ratio.toFixed(2)} < ${MIN_LINE_CONTRAST}`,
      );
    }
  }
  return problems;
}
