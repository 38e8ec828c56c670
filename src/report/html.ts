/**
 * The rollout report as one self-contained HTML file: it opens from disk with no network (uPlot
 * and its stylesheet are inlined from vendor.generated.ts), shows per SLO the value over time
 * against its objective with the phase bands behind it and markers where decisions happened,
 * and lists the decisions and the time spent in each phase. Everything the page draws comes from
 * one JSON document in a `<script type="application/json">` element; all text is escaped.
 * The tables and captions are plain HTML, so the report still reads without JavaScript.
 */

import { maxOf, minOf } from '../extent.js';
import { formatSpan } from '../render/format.js';
import { localStamp } from '../render/time.js';
import { CLIENT_JS } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { ACTION_COLOR, type ReportData, type ReportInput, reportData } from './model.js';
import { REPORT_CSS } from './style.js';
import { VENDOR } from './vendor.generated.js';

/** The first and last instant anything in the report refers to; null when it holds nothing. */
export function reportPeriod(data: ReportData): { from: number; to: number } | null {
  const times = [
    ...data.slos.flatMap((s) => (s.t.length ? [s.t[0]!, s.t[s.t.length - 1]!] : [])),
    ...data.phases.flatMap((p) => [p.from, p.to]),
    ...data.decisions.map((d) => d.at),
  ];
  return times.length ? { from: minOf(times), to: maxOf(times) } : null;
}

function sloSection(slo: ReportData['slos'][number], i: number): string {
  const id = escapeHtml(slo.id);
  return [
    `<section class="slo" data-slo="${id}" id="slo-${i}">`,
    `<h2>${id} <small class="meta">(${escapeHtml(slo.stat)})</small></h2>`,
    `<p class="caption">${escapeHtml(slo.caption)}</p>`,
    `<div class="chart" data-chart="${i}" role="img" aria-label="${escapeHtml(`${slo.title} over time against the objective ${slo.objective.text}`)}"></div>`,
    '</section>',
  ].join('\n');
}

function legendSection(data: ReportData): string {
  const phases = data.phases
    .filter((p, i, all) => all.findIndex((q) => q.phase === p.phase) === i)
    .map(
      (p) =>
        `<li><span class="swatch" style="background:${escapeHtml(p.color)}"></span>${escapeHtml(`${p.phase} ${p.name}`)}</li>`,
    );
  const actions = [...new Set(data.decisions.map((d) => d.action))].map(
    (a) =>
      `<li><span class="swatch line" style="border-color:${ACTION_COLOR[a]}"></span>decision: ${escapeHtml(a)}</li>`,
  );
  return [
    '<ul class="legend" aria-label="legend">',
    '<li><span class="swatch line" style="border-color:#1d4ed8"></span>SLO value</li>',
    '<li><span class="swatch line dash" style="border-color:#ea580c"></span>objective (threshold)</li>',
    ...phases,
    ...actions,
    '</ul>',
  ].join('\n');
}

function decisionTable(data: ReportData): string {
  if (!data.decisions.length) return '<p>No phase decisions in this period.</p>';
  const rows = data.decisions.map(
    (d) =>
      `<tr data-decision="${escapeHtml(d.action)}"><td class="when">${escapeHtml(localStamp(d.at, data.timezone))}</td>` +
      `<td class="action" style="color:${d.color}">${escapeHtml(d.label)}</td><td>${escapeHtml(d.reason)}</td></tr>`,
  );
  return [
    '<table class="timeline">',
    `<thead><tr><th>when (${escapeHtml(data.timezone)})</th><th>decision</th><th>why</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function phaseTable(data: ReportData): string {
  if (!data.phases.length) return '<p>No phases recorded in this period.</p>';
  const tz = data.timezone;
  const rows = data.phases.map(
    (p) =>
      `<tr><td><span class="swatch" style="background:${escapeHtml(p.color)}"></span> ${escapeHtml(p.phase)}</td>` +
      `<td>${escapeHtml(p.name)}</td><td class="when">${escapeHtml(localStamp(p.from, tz))}</td>` +
      `<td class="when">${escapeHtml(localStamp(p.to, tz))}</td><td class="num">${escapeHtml(formatSpan(Math.max(0, p.to - p.from)))}</td></tr>`,
  );
  return [
    '<table class="phases">',
    `<thead><tr><th>phase</th><th>name</th><th>from (${escapeHtml(tz)})</th><th>to</th><th>time in phase</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

/** The report as a complete HTML document (UTF-8). */
export function renderReportHtml(input: ReportInput): string {
  const data = reportData(input);
  const tz = data.timezone;
  const period = reportPeriod(data);
  const periodText = period
    ? `${localStamp(period.from, tz)} to ${localStamp(period.to, tz)}`
    : 'an empty period';
  const notice = `${VENDOR.name} ${VENDOR.version}\n${VENDOR.license}`.replace(/--/g, '- -');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="phasegate">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<!-- The charts are drawn by ${notice} -->`,
    `<style>${VENDOR.css}</style>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(data.title)}</h1>`,
    `<p class="meta">Rollout <b>${escapeHtml(data.rollout)}</b>, ${escapeHtml(periodText)}. Times in ${escapeHtml(tz)}. ` +
      `Made by phasegate at ${escapeHtml(localStamp(data.generatedAt, tz))}.</p>`,
    '<p id="phasegate-error" hidden></p>',
    '<noscript><p>The charts need JavaScript; the tables below do not.</p></noscript>',
    legendSection(data),
    '</header>',
    '<main>',
    ...(data.slos.length
      ? data.slos.map(sloSection)
      : ['<section><p>No SLO values in this report.</p></section>']),
    `<section class="decisions"><h2>Decisions</h2>\n${decisionTable(data)}\n</section>`,
    `<section class="phase-times"><h2>Phases</h2>\n${phaseTable(data)}\n</section>`,
    '</main>',
    `<footer>Charts drawn with ${escapeHtml(`${VENDOR.name} ${VENDOR.version}`)} (MIT licence), inlined so this file needs no network. ` +
      'Drag across a chart to zoom, double-click to zoom out.</footer>',
    `<script type="application/json" id="phasegate-data">${jsonForScript(data)}</script>`,
    `<script>${VENDOR.js}</script>`,
    `<script>${CLIENT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
