/** The pinned dashboard issue and its daily comment. */
import { describe, expect, it } from 'vitest';
import type { SloSeries } from '../../../src/judge/series.js';
import {
  type DecisionRecord,
  renderDailySummary,
  renderDashboard,
  trend,
} from '../../../src/render/dashboard.js';
import { BODY_MAX_CHARS } from '../../../src/render/limits.js';
import { parseDailyMarker, parseDashboardMarker } from '../../../src/render/markers.js';
import { HOUR } from '../../support/traces.js';
import { AT, policy, rollbackEv, rollbackSeries, SINCE } from './fixture.js';

const pr = (n: number) => ({ number: n, url: `https://github.com/acme/app/pull/${n}` });
const decisions: DecisionRecord[] = [
  { at: SINCE - 30 * HOUR, action: 'advance', from: 'A-0', to: 'A-1', reason: 'first', pr: pr(3) },
  { at: AT, action: 'rollback', from: 'A-1', to: 'A-0', reason: 'immediate: save-latency-p95 | p95' },
  { at: SINCE, action: 'advance', from: 'A-0', to: 'A-1', reason: 'soak met', pr: pr(5) },
];

describe('renderDashboard', () => {
  const body = renderDashboard({
    policy,
    evaluation: rollbackEv,
    series: rollbackSeries,
    proposals: [
      {
        number: 7,
        title: 'phasegate(autosave): roll back A-1 → A-0',
        url: 'https://github.com/acme/app/pull/7',
      },
    ],
    decisions,
    state: { lastDaily: '2026-11-19' },
    at: AT + 60_000,
    lastDecisions: 2,
  });
  const lines = body.split('\n');

  it('carries its state in the marker', () => {
    expect(lines[0]).toBe('<!-- phasegate:dashboard autosave {"lastDaily":"2026-11-19"} -->');
    expect(parseDashboardMarker(body, 'autosave')).toEqual({ lastDaily: '2026-11-19', lastAlert: null });
  });

  it('shows the phase and since when, and each SLO with value, trend and status', () => {
    expect(lines[2]).toBe('## autosave: phase A-1 (QA canary)');
    expect(lines[4]).toBe(
      'In A-1 since 2026-11-20 09:00 (Asia/Tokyo). Verdict at 2026-11-20 15:00: **roll back → A-0** ⚠️ alert.',
    );
    expect(body).toContain(
      [
        '| SLO | value | trend (1h) | objective | status |',
        '|---|---|---|---|---|',
        '| save-latency-p95 | 3.012s | ↑ worse | ≤ 2.5s | ❌ fail |',
        '| restore-success | 100% | → | ≥ 99.5% | ✅ pass |',
      ].join('\n'),
    );
    expect(body).toContain(
      '_Trend: the value now against the value one hour earlier; → when they print the same._',
    );
  });

  it('lists open proposals and the last N decisions, newest first', () => {
    expect(body).toContain(
      '### Open proposals\n\n- [#7 phasegate(autosave): roll back A-1 → A-0](https://github.com/acme/app/pull/7)',
    );
    expect(body).toContain(
      [
        '| when (Asia/Tokyo) | decision | pull request | why |',
        '|---|---|---|---|',
        '| 2026-11-20 15:00 | roll back A-1 → A-0 |  | immediate: save-latency-p95 \\| p95 |',
        '| 2026-11-20 09:00 | advance A-0 → A-1 | [#5](https://github.com/acme/app/pull/5) | soak met |',
      ].join('\n'),
    );
    expect(body).not.toContain('| first |');
    expect(body.match(/```mermaid/g)).toHaveLength(2);
  });

  it('says "None" when there is nothing open or decided, and drops charts before the limit', () => {
    const many = Array.from({ length: 100 }, () => rollbackSeries).flat();
    const quiet = renderDashboard({
      policy,
      evaluation: rollbackEv,
      series: many,
      proposals: [],
      decisions: [],
      state: { lastDaily: null },
      at: AT,
    });
    expect(quiet).toContain('### Open proposals\n\nNone.');
    expect(quiet).toContain('### Last decisions\n\nNone yet.');
    expect(quiet.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(quiet).toContain("_Charts left out to stay under GitHub's 65,536-character limit._");
    expect(parseDashboardMarker(quiet, 'autosave')).toEqual({ lastDaily: null, lastAlert: null });
  });
});

describe('trend', () => {
  const s = (values: (number | null)[], k = 0): SloSeries => ({
    ...rollbackSeries[k]!,
    points: values.map((value, i) => ({ at: AT - HOUR + i * HOUR, value, status: 'pass' })),
  });
  it('compares with the value one hour earlier, up or down, worse or better by the objective', () => {
    expect(trend(2000, s([1000, 2000]), AT, '<=')).toBe('↑ worse');
    expect(trend(1000, s([2000, 1000]), AT, '<=')).toBe('↓ better');
    expect(trend(0.99, s([0.999, 0.99], 1), AT, '>=')).toBe('↓ worse');
    expect(trend(1000.1, s([1000, 1000.1]), AT, '<=')).toBe('→'); // prints as 1s both times
    expect(trend(1000, s([null, 1000]), AT, '<=')).toBe('·');
    expect(trend(1000, undefined, AT, '<=')).toBe('·');
  });
});

describe('renderDailySummary', () => {
  const body = renderDailySummary({
    policy,
    date: '2026-11-20',
    phase: 'A-1',
    since: SINCE,
    series: rollbackSeries,
    decisions,
    openProblems: ['RCA #9 is open: save latency regression'],
  });

  it('is the day’s record: marker, phase, decisions of the day, SLO counts, open problems', () => {
    expect(parseDailyMarker(body)).toEqual({ rollout: 'autosave', date: '2026-11-20' });
    const expected = [
      '<!-- phasegate:daily autosave 2026-11-20 -->',
      '',
      '### Daily record 2026-11-20 (Asia/Tokyo): progress and open problems',
      '',
      '**Phase:** A-1 (QA canary), since 2026-11-20 09:00.',
      '',
      '**Decisions**',
      '',
      '- 09:00 advance A-0 → A-1 ([#5](https://github.com/acme/app/pull/5)): soak met',
      '- 15:00 roll back A-1 → A-0: immediate: save-latency-p95 | p95',
      '',
      '**SLOs over the day** (counts are evaluation steps of 15m)',
      '',
      '| SLO | objective | end of day | worst | passing | failing | no data |',
      '|---|---|---|---|---|---|---|',
      '| save-latency-p95 | ≤ 2.5s | 3.012s ❌ fail | 3.012s | 17 | 3 | 5 |',
      '| restore-success | ≥ 99.5% | 100% ✅ pass | 100% | 21 | 0 | 4 |',
      '',
      '**Open problems**',
      '',
      '- RCA #9 is open: save latency regression',
      '- save-latency-p95 failed at 3 steps (first at 14:30)',
    ];
    expect(body.split('\n').slice(0, expected.length)).toEqual(expected);
    expect(body.match(/```mermaid/g)).toHaveLength(2);
  });

  it('counts only the steps of that local day (00:00 closes the day before)', () => {
    const other = renderDailySummary({
      policy,
      date: '2026-11-21',
      phase: 'A-1',
      since: SINCE,
      series: rollbackSeries,
      decisions,
      openProblems: [],
      charts: false,
    });
    expect(other).toContain('**Decisions**\n\nNone.');
    expect(other).toContain('| save-latency-p95 | ≤ 2.5s | — | — | 0 | 0 | 0 |');
    expect(other).toContain('**Open problems**\n\nNone.');
    expect(other).not.toContain('```mermaid');
  });
});
