/** The timeline's text and JSON on a small replay: a dropped advance, a rollback merged at once. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/simulate/engine.js';
import { formatElapsed, renderSimulationJson, renderSimulationText } from '../../../src/simulate/render.js';
import { referencePolicy } from '../../support/policy.js';
import { HOUR, kindsOf, repeat, trace } from '../../support/traces.js';

const policy = referencePolicy();
const T0 = Date.parse('2026-11-17T00:00:00Z');
const records = trace(T0 - 24 * HOUR, T0 + 27 * HOUR, kindsOf(policy), (start) => ({
  latency: { save_latency: repeat(start >= T0 + 24 * HOUR && start < T0 + 25 * HOUR ? 4000 : 1000, 100) },
  ratio: { restore_success: [400, 400], crash_rate: [3, 100], auto_merge_rate: [90, 100] },
  count: { critical_bugs: 0 },
}));
const result = await simulate({
  policy,
  records,
  from: T0,
  to: T0 + 26 * HOUR,
  startPhase: 'A-1',
  approveAfterMs: 2 * HOUR,
});

describe('renderSimulationText', () => {
  const text = renderSimulationText(result);

  it('heads with the range, the runs and the approval model', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Simulated rollout "autosave" from 2026-11-17 00:00 UTC (2026-11-17 09:00 Asia/Tokyo) to 2026-11-18 02:00 UTC: 1d 2h, 104 runs every 15m, starting at A-1.',
      'PRs are approved 2h after they open; rollbacks of phases with rollback.approval: none merge at once.',
    ]);
  });

  it('lists decisions with their reasons and SLO values, merges and closed PRs in time order', () => {
    const timeline = text.slice(text.indexOf('Timeline\n'), text.indexOf('\nPhases\n'));
    const heads = timeline.split('\n').filter((l) => /^ {2}\d/.test(l));
    expect(heads).toEqual([
      '  2026-11-18 00:00 UTC (2026-11-18 09:00 Asia/Tokyo)  A-1: advance → A-2 proposed in #1',
      '  2026-11-18 00:15 UTC (2026-11-18 09:15 Asia/Tokyo)  A-1: rollback → A-0 proposed in #2 (merged at once: no approval needed)',
      '  2026-11-18 00:15 UTC (2026-11-18 09:15 Asia/Tokyo)  A-1 → A-0: #2 merged (rollback)',
      '  2026-11-18 00:15 UTC (2026-11-18 09:15 Asia/Tokyo)  #1 closed unmerged: a rollback was proposed in #2',
      // The slow saves go on into A-0: its third breaching window that day is A-0's alert.
      '  2026-11-18 01:00 UTC (2026-11-18 10:00 Asia/Tokyo)  A-0: hold with an alert',
    ]);
    expect(timeline).toContain('      roll back A-1 → A-0: 1 rule fired\n');
    expect(timeline).toMatch(
      / {6}SLO fail: save-latency-p95: p95 \d\.\d+s > 2\.5s over 2h \(800 samples\)\n/,
    );
    expect(timeline).toMatch(/ {6}SLO pass: restore-success: 100% >= 99\.5% over 24h \(38400 samples\)\n/);
  });

  it('sums the time in each phase and lists the PRs', () => {
    expect(text).toContain(
      '  A-0    2026-11-18 00:15 UTC → 2026-11-18 02:00 UTC  1h45m (entered by rollback from A-1)\n',
    );
    expect(text).toContain('  time in phase: A-1 1d 15m, A-0 1h45m\n');
    expect(text).toContain(
      '  #1 advance  A-1 → A-2  opened 2026-11-18 00:00 UTC, closed 2026-11-18 00:15 UTC: a rollback was proposed in #2\n',
    );
    expect(text).toContain(
      '  #2 rollback A-1 → A-0  opened 2026-11-18 00:15 UTC, merged 2026-11-18 00:15 UTC\n',
    );
    expect(text).toMatch(
      /\nResult: not complete; A-0 is live since 2026-11-18 00:15 UTC \(1 phase change\(s\), 1 rollback\(s\)\)\. Last verdict: A-0 has no earlier phase to roll back to: alerting, and advancing is blocked\n$/,
    );
  });
});

describe('renderSimulationJson', () => {
  it('gives instants as ISO 8601 UTC plus the local wall time, and PRs with every state', () => {
    const json = JSON.parse(renderSimulationJson(result));
    expect(json).toMatchObject({
      version: 1,
      rollout: 'autosave',
      timezone: 'Asia/Tokyo',
      window: '15m',
      from: '2026-11-17T00:00:00.000Z',
      to: '2026-11-18T02:00:00.000Z',
      startPhase: 'A-1',
      approveAfter: '2h',
      steps: 104,
      result: { status: 'in_progress', phase: 'A-0', at: null },
    });
    expect(json.prs).toEqual([
      {
        number: 1,
        kind: 'advance',
        from: 'A-1',
        to: 'A-2',
        openedAt: '2026-11-18T00:00:00.000Z',
        approvedAt: '2026-11-18T02:00:00.000Z',
        mergedAt: null,
        droppedAt: '2026-11-18T00:15:00.000Z',
        dropped: 'a rollback was proposed in #2',
      },
      {
        number: 2,
        kind: 'rollback',
        from: 'A-1',
        to: 'A-0',
        openedAt: '2026-11-18T00:15:00.000Z',
        approvedAt: '2026-11-18T00:15:00.000Z',
        mergedAt: '2026-11-18T00:15:00.000Z',
        droppedAt: null,
        dropped: null,
      },
    ]);
    const d = json.decisions[1];
    expect(Object.keys(d)).toEqual([
      'at',
      'local',
      'phase',
      'since',
      'entered',
      'action',
      'to',
      'alert',
      'pr',
      'reasons',
      'slos',
    ]);
    expect(d).toMatchObject({
      at: '2026-11-18T00:15:00.000Z',
      local: '2026-11-18 09:15',
      action: 'rollback',
      pr: 2,
    });
    expect(d.slos[0]).toMatchObject({
      id: 'save-latency-p95',
      status: 'fail',
      op: '<=',
      threshold: 2500,
      unit: 'ms',
    });
    expect(json.timeInPhase).toEqual({ 'A-1': 24.25 * HOUR, 'A-0': 1.75 * HOUR });
  });
});

describe('formatElapsed', () => {
  it('writes days, hours and minutes', () => {
    expect(formatElapsed(0)).toBe('0m');
    expect(formatElapsed(45 * 60_000)).toBe('45m');
    expect(formatElapsed(25 * HOUR)).toBe('1d 1h');
    expect(formatElapsed(3 * 24 * HOUR + 8.5 * HOUR)).toBe('3d 8h30m');
    expect(formatElapsed(48 * HOUR)).toBe('2d');
  });
});
