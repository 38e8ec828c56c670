/// <reference lib="dom" />
/**
 * The HTML report in a real browser: a report made from a generated trace (collected, judged and
 * replayed through the real decision function) is written to a file and opened over file:// in
 * headless Chromium. The page must draw without errors and without the network, one chart per
 * SLO with its threshold line (read back from the canvas pixels), the phase bands and a marker
 * per decision. Screenshots go to test-artifacts/report.png (the page) and report-chart.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../src/demo/trace.js';
import { sloSeries } from '../../src/judge/series.js';
import type { PhaseSpec, Policy, SloSpec } from '../../src/policy/model.js';
import {
  type ReportDecision,
  type ReportInput,
  type ReportPhaseSpan,
  renderReportHtml,
} from '../../src/report/index.js';
import type { EnteredBy } from '../../src/rollout/current.js';
import { evaluate } from '../../src/rollout/decide.js';
import { collectTexts } from '../../src/telemetry/collect.js';
import { launchChromium } from '../support/chromium.js';
import { REPO_ROOT, referencePolicy } from '../support/policy.js';

const FROM = Date.parse('2026-11-16T00:00:00Z');
const TO = Date.parse('2026-11-21T00:00:00Z');
const HOUR = 3_600_000;

/**
 * Five days: healthy, then from day 3, 12:00 UTC a latency regression and failing restores for
 * six hours. Replayed every 15 minutes from A-0, each proposal merged at once.
 */
function scenario(policy: Policy): ReportInput {
  const regression = Date.parse('2026-11-18T12:00:00Z');
  const text = traceText({
    seed: 11,
    from: FROM,
    to: TO,
    ratePerMinute: 12,
    latency: latencySteps({ p50Ms: 650, p95Ms: 1700 }, [
      { from: regression, p50Ms: 1400, p95Ms: 3400 },
      { from: regression + 6 * HOUR, p50Ms: 650, p95Ms: 1700 },
    ]),
    restoreSuccess: (t) => (t >= regression && t < regression + 6 * HOUR ? 0.9 : 0.999),
  });
  const records = collectTexts([{ source: 'trace', text }], { policy, from: FROM, to: TO }).windows;
  const decisions: ReportDecision[] = [];
  const phases: ReportPhaseSpan[] = [];
  let phase = policy.phases[0]!.id;
  let since = FROM;
  let entered: EnteredBy | undefined;
  for (let at = FROM + policy.windowMs; at <= TO; at += policy.windowMs) {
    const d = evaluate({ policy, phase, since, records, at, entered }).decision;
    if (d.action === 'hold') continue;
    decisions.push({ at, action: d.action, from: d.from, to: d.to, reason: d.reasons.join('; ') });
    if (d.action === 'complete' || !d.to) break;
    phases.push({ phase, from: since, to: at });
    entered = { by: d.action === 'rollback' ? 'rollback' : d.action === 'restart' ? 'restart' : 'advance' };
    phase = d.to;
    since = at;
  }
  phases.push({ phase, from: since, to: TO });
  // Every SLO of the policy once (the first phase that names it), charted over the whole period.
  const slos = new Map<string, SloSpec>();
  for (const p of policy.phases) for (const s of p.slos) if (!slos.has(s.id)) slos.set(s.id, s);
  const all: PhaseSpec = { ...policy.phases[0]!, slos: [...slos.values()] };
  const series = sloSeries({ policy, phase: all, records, from: FROM, to: TO });
  return {
    policy,
    title: 'autosave rollout report (generated trace)',
    generatedAt: TO,
    series,
    phases,
    decisions,
  };
}

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
}

const scratch: string[] = [];

async function open(browser: Browser, html: string, name: string): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-report-'));
  scratch.push(dir);
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let input: ReportInput;
  let loaded: Loaded;

  beforeAll(async () => {
    browser = await launchChromium();
    input = scenario(referencePolicy());
    loaded = await open(browser, renderReportHtml(input), 'report.html');
    await loaded.page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('the scenario is a real rollout: advances, a rollback and several SLOs', () => {
    const actions = input.decisions.map((d) => d.action);
    expect(actions.filter((a) => a === 'advance').length).toBeGreaterThanOrEqual(2);
    expect(actions).toContain('rollback');
    expect(input.series.length).toBeGreaterThanOrEqual(4);
  });

  it('renders with no page error, no console error and no request but the file itself', async () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.requests.every((u) => u.startsWith('file://') && u.endsWith('/report.html'))).toBe(true);
    expect(await loaded.page.locator('#phasegate-error').isHidden()).toBe(true);
  });

  it('draws exactly one chart per SLO', async () => {
    const { page } = loaded;
    expect(await page.getAttribute('body', 'data-ready')).toBe(String(input.series.length));
    const sections = page.locator('section.slo');
    expect(await sections.count()).toBe(input.series.length);
    for (const [i, s] of input.series.entries()) {
      const section = sections.nth(i);
      expect(await section.getAttribute('data-slo')).toBe(s.id);
      expect(await section.locator('canvas').count()).toBe(1);
      const box = await section.locator('canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.height).toBeGreaterThan(150);
    }
  });

  it('draws the threshold line: a legend entry, and its colour along its row of the canvas', async () => {
    const { page } = loaded;
    for (const [i, s] of input.series.entries()) {
      const chart = page.locator(`[data-chart="${i}"]`);
      const legend = chart.locator('[data-series="threshold"] .u-label');
      expect(await legend.textContent()).toContain(s.objective.text);
      // Dashed orange (#ea580c): most of the row at the threshold is that colour.
      const share = await chart.evaluate((el: HTMLElement) => {
        const canvas = el.querySelector('canvas')!;
        const y = Number(el.dataset.thresholdY);
        const row = canvas.getContext('2d')!.getImageData(0, y, canvas.width, 1).data;
        let orange = 0;
        for (let x = 0; x < canvas.width; x++) {
          const [r, g, b] = [row[4 * x]!, row[4 * x + 1]!, row[4 * x + 2]!];
          if (Math.abs(r - 234) < 40 && Math.abs(g - 88) < 40 && Math.abs(b - 12) < 40) orange++;
        }
        return orange / canvas.width;
      });
      expect(share, `${s.id}: threshold pixels on row`).toBeGreaterThan(0.3);
    }
  });

  it('puts a marker per decision on every chart, in time order, labelled with the decision', async () => {
    const { page } = loaded;
    for (const i of input.series.keys()) {
      const markers = page.locator(`[data-chart="${i}"] [data-marker]`);
      expect(await markers.count()).toBe(input.decisions.length);
      const seen = await markers.evaluateAll((els) =>
        els.map((e) => ({
          action: e.getAttribute('data-marker'),
          x: e.getBoundingClientRect().left,
          label: e.textContent,
          shown: getComputedStyle(e).display !== 'none',
        })),
      );
      expect(seen.map((m) => m.action)).toEqual(input.decisions.map((d) => d.action));
      expect(seen.every((m) => m.shown)).toBe(true);
      for (let k = 1; k < seen.length; k++) expect(seen[k]!.x).toBeGreaterThan(seen[k - 1]!.x);
      expect(seen.map((m) => m.label)).toContain('roll back A-2 → A-1');
    }
  });

  it('shades the phase bands behind each chart, covering the plot from end to end', async () => {
    const { page } = loaded;
    const bands = page.locator('[data-chart="0"] [data-phase]');
    expect(await bands.count()).toBe(input.phases.length);
    const geometry = await page.locator('[data-chart="0"]').evaluate((el: HTMLElement) => {
      const under = el.querySelector('.u-under')!.getBoundingClientRect();
      const widths = Array.from(el.querySelectorAll<HTMLElement>('[data-phase]')).map(
        (b) => b.getBoundingClientRect().width,
      );
      return { plot: under.width, covered: widths.reduce((a, b) => a + b, 0) };
    });
    expect(Math.abs(geometry.covered - geometry.plot)).toBeLessThan(3);
  });

  it('lists every decision in the timeline table, in the policy time zone', async () => {
    const rows = loaded.page.locator('table.timeline tbody tr');
    expect(await rows.count()).toBe(input.decisions.length);
    expect(await loaded.page.locator('table.timeline th').first().textContent()).toBe('when (Asia/Tokyo)');
  });

  it('saves a screenshot as a test artifact', async () => {
    const dir = join(REPO_ROOT, 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    const buffer = await loaded.page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
    expect(buffer.length).toBeGreaterThan(10_000);
    // One chart at full size, to read the details (the README can show it too).
    const chart = await loaded.page
      .locator('section.slo')
      .first()
      .screenshot({ path: join(dir, 'report-chart.png') });
    expect(chart.length).toBeGreaterThan(5_000);
  });

  it('runs none of the markup hidden in titles, reasons and phase names', async () => {
    const hostile = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const evil: ReportInput = {
      ...input,
      title: `report ${hostile}`,
      decisions: input.decisions.map((d) => ({ ...d, reason: `${d.reason} ${hostile}` })),
    };
    const { page, errors, requests } = await open(browser, renderReportHtml(evil), 'evil.html');
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe(`report ${hostile}`);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file://') && u.endsWith('/evil.html'))).toBe(true);
    await page.close();
  });
});
