/**
 * The HTML report as text: one self-contained document, every piece of free text escaped, and
 * the embedded JSON holding what the page draws (series in chart units, bands, markers).
 * test/integration/report-browser.test.ts opens it in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { type ReportData, renderReportHtml } from '../../../src/report/index.js';
import { VENDOR } from '../../../src/report/vendor.generated.js';
import { HOUR, input, latency, STEP, T0 } from './fixture.js';

function embedded(html: string): ReportData {
  const m = /<script type="application\/json" id="phasegate-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as ReportData;
}

const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';

describe('renderReportHtml', () => {
  const html = renderReportHtml(input());

  it('is one document that loads nothing: the library, its CSS and the page script are inline', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html).not.toMatch(/\ssrc=|\shref=|<link\b|@import|url\(/i);
    expect(html).toContain(VENDOR.js);
    expect(html).toContain(VENDOR.css);
    expect(html).toContain('Leon Sorokin'); // the MIT notice travels with the copy
  });

  it('has one chart container per SLO, in order', () => {
    expect([...html.matchAll(/<section class="slo" data-slo="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'save-latency-p95',
      'restore-success',
    ]);
    expect([...html.matchAll(/data-chart="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1']);
  });

  it('embeds each series in chart units: seconds and percent, gaps as null', () => {
    const data = embedded(html);
    const [lat, rat] = data.slos;
    expect(lat!.t).toEqual(latency.points.map((p) => p.at));
    expect(lat!.v[40]).toBe(3.4);
    expect(lat!.v[0]).toBe(1.7);
    expect(lat!.objective).toEqual({ op: '<=', value: 2.5, text: '≤ 2.5s' });
    expect(lat!.axis).toBe('seconds');
    expect(rat!.objective.value).toBe(99.5);
    expect(rat!.v[0]).toBe(99.8);
    expect(rat!.v.slice(60, 64)).toEqual([null, null, null, null]);
    expect(rat!.axis).toBe('%');
  });

  it('embeds the phase bands with names and colours, and a marker per decision', () => {
    const data = embedded(html);
    expect(data.phases.map((p) => [p.phase, p.name, p.from, p.to])).toEqual([
      ['A-1', 'QA canary', T0, T0 + 10 * HOUR],
      ['A-0', 'Prep', T0 + 10 * HOUR, T0 + 16 * HOUR],
      ['A-1', 'QA canary', T0 + 16 * HOUR, T0 + 24 * HOUR],
    ]);
    expect(data.phases[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(data.phases[0]!.color).not.toBe(data.phases[1]!.color);
    expect(data.phases[0]!.color).toBe(data.phases[2]!.color);
    expect(data.decisions.map((d) => [d.at, d.action, d.label])).toEqual([
      [T0 + 10 * HOUR, 'rollback', 'roll back A-1 → A-0'],
      [T0 + 16 * HOUR, 'advance', 'advance A-0 → A-1'],
    ]);
    expect(data.decisions[0]!.color).not.toBe(data.decisions[1]!.color);
    expect(data.timezone).toBe('Asia/Tokyo');
  });

  it('writes times in the policy time zone, or the one given', () => {
    expect(html).toContain('<th>when (Asia/Tokyo)</th>');
    expect(html).toContain('<td class="when">2026-11-20 19:00</td>'); // 10:00 UTC
    const berlin = renderReportHtml(input({ timezone: 'Europe/Berlin' }));
    expect(berlin).toContain('<td class="when">2026-11-20 11:00</td>');
    expect(embedded(berlin).timezone).toBe('Europe/Berlin');
  });

  it('captions each chart with what it shows and how it went', () => {
    expect(html).toContain(
      'p95 of save_latency over 2h, in seconds; objective ≤ 2.5s; failing at 4 of 97 steps',
    );
    expect(html).toContain('no data at 4 steps (gaps in the line)');
    expect(html).toMatch(/<td class="num">10h<\/td>/);
  });

  it('escapes free text everywhere and keeps it intact in the data', () => {
    const evil = renderReportHtml(
      input({
        title: `t ${HOSTILE}`,
        series: [{ ...latency, id: `slo ${HOSTILE}` }],
        decisions: [{ at: T0 + STEP, action: 'hold', from: 'A-1', to: null, reason: `r ${HOSTILE}` }],
      }),
    );
    expect(evil.match(/<script\b/g)).toHaveLength(3);
    expect(evil).not.toContain('<img');
    expect(evil).not.toContain('alert(1)</script>');
    expect(evil).toContain(
      `<h1>t &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</h1>`,
    );
    const data = embedded(evil);
    expect(data.title).toBe(`t ${HOSTILE}`);
    expect(data.slos[0]!.id).toBe(`slo ${HOSTILE}`);
    expect(data.decisions[0]!.reason).toBe(`r ${HOSTILE}`);
  });

  it('still renders with nothing to show', () => {
    const empty = renderReportHtml(input({ series: [], phases: [], decisions: [] }));
    expect(empty).toContain('No phase decisions in this period.');
    expect(empty).toContain('an empty period');
    expect(empty).toContain('No SLO values in this report.');
    expect(empty).not.toContain('<section class="slo"');
  });
});
