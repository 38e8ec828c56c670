/**
 * Every text phasegate writes with Mermaid charts in it, made by the code that writes them on
 * GitHub: the planner's PR bodies (advance, rollback, restart), the dashboard issue and its daily
 * note (status), the job summary, and the Markdown report. The window records come from a
 * generated event trace through the real collector; each run is the planner on facts as the
 * Action gathers them. Then the edge cases, through the same renderers: one point, no data,
 * 90 days, values on the threshold, below zero, and labels in Japanese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionSummary } from '../../src/action/outputs.js';
import { latencySteps, traceText } from '../../src/demo/trace.js';
import type { SeriesPoint, SloSeries } from '../../src/judge/series.js';
import { sloSeries } from '../../src/judge/series.js';
import { emptyMemory, type LivePhase, type RunFacts, type Trigger } from '../../src/plan/facts.js';
import type { Intent } from '../../src/plan/intents.js';
import { planRun } from '../../src/plan/run.js';
import type { PhaseSpec, Policy } from '../../src/policy/model.js';
import { renderChartsMarkdown } from '../../src/render/chart.js';
import { dashboardMarker } from '../../src/render/markers.js';
import { renderReportMarkdown } from '../../src/report/index.js';
import { collectTexts } from '../../src/telemetry/collect.js';
import type { WindowRecord } from '../../src/telemetry/record.js';
import { REPO_ROOT, referencePolicy } from './policy.js';
import { DAY, HOUR, kindsOf, MINUTE, repeat, trace } from './traces.js';

/** A text phasegate writes, and where it goes. */
export interface Produced {
  from: string;
  markdown: string;
}

const T = (iso: string) => Date.parse(iso);
/** The trace: 9 days before A-1 went live (A-2's crash baseline needs 7) and 2 days after. */
const FROM = T('2026-11-06T00:00:00Z');
const T0 = T('2026-11-15T00:00:00Z'); // A-1 live (09:00 in Tokyo)
const TO = T('2026-11-17T00:00:00Z');
/** An hour of slow saves, from 03:00 UTC on the second day of A-1. */
const SLOW = { from: T0 + 27 * HOUR, to: T0 + 28 * HOUR };
const BOT = 'github-actions[bot]';

function records(policy: Policy): WindowRecord[] {
  const text = traceText({
    seed: 5,
    from: FROM,
    to: TO,
    ratePerMinute: 12,
    autoMerge: 0.95,
    restoreSuccess: 0.999,
    latency: latencySteps({ p50Ms: 650, p95Ms: 1700 }, [
      { from: SLOW.from, p50Ms: 2600, p95Ms: 4200 },
      { from: SLOW.to, p50Ms: 650, p95Ms: 1700 },
    ]),
  });
  return collectTexts([{ source: 'trace', text }], { policy, from: FROM, to: TO }).windows;
}

function facts(policy: Policy, all: WindowRecord[], o: { trigger: Trigger; now: number; live: LivePhase }) {
  const f: RunFacts = {
    ...o,
    policy,
    templates: {},
    records: all.filter((r) => r.end <= o.now),
    checklist: {
      path: 'docs/CHECKLIST.md',
      text: readFileSync(join(REPO_ROOT, 'docs', 'CHECKLIST.md'), 'utf8'),
    },
    codeowners: { path: '.github/CODEOWNERS', text: '/phases/ @alice\n' },
    teams: {},
    recordsAt: { branch: null, dir: 'reports/monitoring' },
    pulls: [],
    merged: null,
    rcaIssues: [],
    dashboard: null,
    identity: BOT,
    previousPhase: null,
    memory: emptyMemory(),
  };
  return f;
}

const live = (phase: string, since: number, entered: LivePhase['entered']): LivePhase => ({
  phase,
  since,
  entered,
  file: 'phases/current.yaml',
});

function bodyOf(intents: Intent[], type: Intent['type']): string {
  const intent = intents.find((i) => i.type === type);
  if (!intent || !('body' in intent))
    throw new Error(`the plan has no ${type}: ${intents.map((i) => i.type)}`);
  return intent.body;
}

/** The planner's texts for one run; `expect` is the decision the scenario is built to reach. */
function run(f: RunFacts, type: Intent['type'], expect?: string): { body: string; summary: string } {
  const plan = planRun(f);
  const action = plan.evaluation.decision.action;
  if (expect && action !== expect)
    throw new Error(
      `expected ${expect}, the verdict is ${action}: ${plan.evaluation.decision.reasons.join('; ')}`,
    );
  return {
    body: bodyOf(plan.intents, type),
    summary: actionSummary(f.trigger.command, false, { facts: f, plan, lines: [] }),
  };
}

/** The loop's texts on realistic runs, each made by the planner as the Action runs it. */
export function loopTexts(): Produced[] {
  const policy = referencePolicy();
  const all = records(policy);
  const propose: Trigger = { command: 'propose' };
  const status: Trigger = { command: 'status' };
  const a1 = live('A-1', T0, { by: 'advance', from: 'A-0' });
  const soaked = T0 + 24 * HOUR + 7 * MINUTE;
  const advance = run(
    facts(policy, all, { trigger: propose, now: soaked, live: a1 }),
    'open-proposal',
    'advance',
  );
  const rollback = run(
    facts(policy, all, { trigger: propose, now: SLOW.from + 45 * MINUTE, live: a1 }),
    'open-proposal',
    'rollback',
  );
  const a0 = live('A-0', SLOW.to, { by: 'rollback', from: 'A-1', cause: 'slow saves' });
  const restart = run(
    facts(policy, all, { trigger: propose, now: SLOW.to + 2 * HOUR + 22 * MINUTE, live: a0 }),
    'open-proposal',
    'restart',
  );
  const dashboard = run(facts(policy, all, { trigger: status, now: soaked, live: a1 }), 'upsert-dashboard');
  const old = {
    number: 1,
    url: 'https://github.com/acme/app/issues/1',
    title: 'phasegate dashboard: autosave',
  };
  const daily = run(
    {
      ...facts(policy, all, { trigger: status, now: soaked, live: a1 }),
      dashboard: { ...old, body: dashboardMarker(policy.rollout, { lastDaily: '2026-11-01' }) },
    },
    'post-daily-note',
  );
  // A-2 live for 20 h: restore success and the crash-rate increase over its 7-day baseline.
  const a2 = live('A-2', T0 + 25 * HOUR, { by: 'advance', from: 'A-1' });
  const beta = run(facts(policy, all, { trigger: status, now: TO, live: a2 }), 'upsert-dashboard');
  // A phase 22 minutes old: one window of saves (one point), too few restores (no data).
  const fresh = live('A-1', SLOW.to + 4 * HOUR, { by: 'restart', from: 'A-0' });
  const first = run(
    facts(policy, all, { trigger: status, now: fresh.since + 22 * MINUTE, live: fresh }),
    'upsert-dashboard',
  );
  return [
    { from: 'advance PR body', markdown: advance.body },
    { from: 'rollback PR body', markdown: rollback.body },
    { from: 'restart PR body', markdown: restart.body },
    { from: 'job summary (propose, rollback)', markdown: rollback.summary },
    { from: 'job summary (propose, advance)', markdown: advance.summary },
    { from: 'dashboard issue (A-1)', markdown: dashboard.body },
    { from: 'daily note', markdown: daily.body },
    { from: 'dashboard issue (A-2)', markdown: beta.body },
    { from: 'dashboard issue (a fresh phase)', markdown: first.body },
  ];
}

/** The Markdown report of a phase live for 90 days, at hourly steps (2,161 points a series). */
export function reportOf90Days(): Produced {
  const policy = referencePolicy();
  const from = T('2026-08-01T00:00:00Z');
  const to = from + 90 * DAY;
  const recs = trace(from, to, kindsOf(policy), (start) => {
    const wave = Math.round(200 * Math.sin(start / (3 * HOUR)));
    return {
      latency: { save_latency: repeat(1500 + wave, 60) },
      ratio: { restore_success: [399 + (start % (7 * DAY) === 0 ? -10 : 0), 400], crash_rate: [3, 100] },
      count: { critical_bugs: 0 },
    };
  });
  const phase: PhaseSpec = policy.phases.find((p) => p.id === 'A-1')!;
  const series = sloSeries({ policy, phase, records: recs, since: from, from, to, stepMs: HOUR });
  const md = renderReportMarkdown({
    policy,
    title: '90 days of A-1',
    generatedAt: to,
    series,
    phases: [],
    decisions: [],
  });
  return { from: 'report, 90 days', markdown: md };
}

const STEP = 15 * MINUTE;
const AT = T('2026-11-20T00:00:00Z');

function series(
  id: string,
  unit: SloSeries['unit'],
  op: '<=' | '>=',
  threshold: number,
  values: (number | null)[],
  stat = unit === 'ms' ? 'p95' : unit === 'percent' ? 'ratio' : 'increase',
) {
  const points: SeriesPoint[] = values.map((value, i) => ({
    at: AT + i * STEP,
    value,
    status:
      value === null ? 'no_data' : (op === '<=' ? value <= threshold : value >= threshold) ? 'pass' : 'fail',
  }));
  const text =
    unit === 'ms' ? `${threshold / 1000}s` : unit === 'percent' ? `${threshold * 100}%` : `${threshold}`;
  return {
    id,
    sli: id,
    unit,
    stat,
    objective: { op, threshold, text },
    window: 2 * HOUR,
    points,
  } satisfies SloSeries;
}

/**
 * Edge cases through the chart renderer every text above uses. SLO ids are lower-case ASCII in a
 * policy today; the Japanese title holds renderChart's quoting to any text it may be given.
 */
export function edgeCases(): Produced[] {
  const chart = (from: string, s: SloSeries) => ({
    from,
    markdown: renderChartsMarkdown([s], { timezone: 'Asia/Tokyo' }),
  });
  return [
    chart('one point', series('save-latency-p95', 'ms', '<=', 2500, [1800])),
    chart('no data at all', series('save-latency-p95', 'ms', '<=', 2500, [null, null, null])),
    chart('every value on the threshold', series('save-latency-p95', 'ms', '<=', 2500, Array(40).fill(2500))),
    chart(
      'a ratio at 100% and at its objective',
      series('restore-success', 'percent', '>=', 0.995, [1, 0.995, 1, 1]),
    ),
    chart('a count of zero against a zero objective', series('critical-bugs', 'count', '<=', 0, [0, 0, 0])),
    chart(
      'an increase below zero',
      series('crash-rate-increase', 'percent', '<=', 0.05, [-0.12, -0.02, 0.03, 0.08], 'increase'),
    ),
    chart(
      'a title in Japanese, with quotes and Markdown marks',
      series('保存の遅延 "p95" *_`#', 'ms', '<=', 2500, [900, 1200]),
    ),
    chart('tiny and huge numbers', series('save-latency-p95', 'ms', '<=', 2500, [0.00001, 1e12])),
  ];
}
