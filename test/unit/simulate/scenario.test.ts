/**
 * The demo scenario replayed through the reference rollout, against expectations written from
 * the plan's rules (soak lengths, an hour of approval, A-2's rollback immediate, 5 whole
 * Tokyo days in GA), and every decision the replay acted on held equal to evaluate() called
 * directly on all reports: one decision function, whatever the caller.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO, scenarioRecords } from '../../../src/demo/scenario.js';
import { localDate, localDayStart, nextLocalDayStart } from '../../../src/judge/calendar.js';
import { phaseById } from '../../../src/policy/model.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { simulate } from '../../../src/simulate/engine.js';
import { renderSimulationJson, renderSimulationText } from '../../../src/simulate/render.js';
import type { SimulationResult } from '../../../src/simulate/types.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import { referencePolicy } from '../../support/policy.js';
import { DAY, HOUR, WINDOW } from '../../support/traces.js';

const policy = referencePolicy();
const TZ = policy.timezone;
const iso = (t: number) => new Date(t).toISOString();

function soak(id: string): number {
  const a = phaseById(policy, id)!.advance;
  if (a?.rule !== 'soak') throw new Error(`${id} has no soak`);
  return a.forMs;
}

let records: WindowRecord[];
let r: SimulationResult;
beforeAll(async () => {
  records = scenarioRecords(policy);
  r = await simulate({ policy, records, from: SCENARIO.start, to: SCENARIO.end });
});

describe('the demo scenario', () => {
  const approve = HOUR; // the default approval delay
  const a1 = SCENARIO.start + soak('A-0') + approve;
  const a2 = a1 + soak('A-1') + approve;
  // Restores fail at 5 % from 6 h into beta; over the phase so far (A-2's 24 h window is clipped to
  // its start) failures reach 0.5 % two windows in: (6 h × 0.2 % + 30 m × 5 %) / 6 h 30 m ≈ 0.57 %;
  // one window in they are (6 h × 0.2 % + 15 m × 5 %) / 6 h 15 m ≈ 0.39 %.
  const rollback = SCENARIO.regression.from + 2 * WINDOW;
  // A-2's rollback is immediate (`approval: none`, the plan's 即時実行): merged in the same run.
  const back = rollback;
  const a2again = back + soak('A-1') + approve;
  const b0 = a2again + soak('A-2') + approve;
  const b1 = b0 + soak('B-0') + approve;
  // B-1 completes after 5 whole Tokyo days that begin at or after its start.
  const firstDay = localDayStart(b1, TZ) === b1 ? b1 : nextLocalDayStart(b1, TZ);
  const complete = firstDay + 5 * DAY; // Asia/Tokyo has no daylight saving time

  it('is not 14 days long: the soaks, a restart and 5 GA days take longer', () => {
    expect(phaseById(policy, 'A-2')!.rollback.approval).toBe('none');
    expect(complete - SCENARIO.start).toBeGreaterThan(14 * DAY);
    expect(complete).toBeLessThanOrEqual(SCENARIO.end);
  });

  it('advances, rolls A-2 back to A-1 on the restore failures, restarts and completes GA', () => {
    expect(r.changes.map((c) => [iso(c.at), c.from, c.to, c.by])).toEqual([
      [iso(a1), 'A-0', 'A-1', 'advance'],
      [iso(a2), 'A-1', 'A-2', 'advance'],
      [iso(back), 'A-2', 'A-1', 'rollback'],
      [iso(a2again), 'A-1', 'A-2', 'advance'],
      [iso(b0), 'A-2', 'B-0', 'advance'],
      [iso(b1), 'B-0', 'B-1', 'advance'],
    ]);
    expect(r.completed).toMatchObject({ at: complete, phase: 'B-1' });
    expect(iso(complete)).toBe('2026-11-30T15:00:00.000Z');
    const [rollbacks, others] = [
      r.prs.filter((p) => p.kind === 'rollback'),
      r.prs.filter((p) => p.kind !== 'rollback'),
    ];
    expect(others.every((p) => p.mergedAt !== null && p.approvedAt === p.openedAt + approve)).toBe(true);
    expect(rollbacks.every((p) => p.mergedAt === p.openedAt)).toBe(true);
  });

  it('triggers the rollback on day 3 (Tokyo) with restore success under 99.5 %', () => {
    const d = r.decisions.find((x) => x.action === 'rollback')!;
    expect(d.at).toBe(rollback);
    expect(localDate(d.at, TZ)).toBe('2026-11-18');
    expect(d.reasons[0]).toBe('roll back A-2 → A-1: 1 rule fired');
    expect(d.reasons[1]).toMatch(/^immediate: breached now: restore-success: 99\.\d+% <= 99\.5%/);
    const restore = d.slos.find((s) => s.id === 'restore-success')!;
    expect(restore.status).toBe('fail');
    expect(restore.value).toBeLessThanOrEqual(0.995);
    expect(d.slos.find((s) => s.id === 'crash-rate-increase')?.status).toBe('pass');
  });

  it('spends the policy soak in each phase, plus the approval hour', () => {
    expect(r.phases.map((p) => [p.phase, p.durationMs / HOUR])).toEqual([
      ['A-0', 25],
      ['A-1', 25],
      ['A-2', (back - a2) / HOUR],
      ['A-1', 25],
      ['A-2', 73],
      ['B-0', 73],
      ['B-1', (complete - b1) / HOUR],
    ]);
  });

  it('acts on exactly what evaluate() decides on all reports, at the same instants', () => {
    expect(r.decisions.length).toBe(7);
    for (const d of r.decisions) {
      const ev = evaluate({
        policy,
        phase: d.phase,
        since: d.since,
        records,
        at: d.at,
        entered: d.entered ?? undefined,
        started: d.started,
      });
      expect(ev.decision).toEqual({
        action: d.action,
        from: d.phase,
        to: d.to,
        alert: d.alert,
        reasons: d.reasons,
      });
      expect(ev.slos.map((s) => [s.id, s.status, s.value, s.samples])).toEqual(
        d.slos.map((s) => [s.id, s.status, s.value, s.samples]),
      );
      // One run earlier the same phase did not propose yet (or the phase had just begun).
      if (d.at - WINDOW > d.since) {
        const before = evaluate({
          policy,
          phase: d.phase,
          since: d.since,
          records,
          at: d.at - WINDOW,
          entered: d.entered ?? undefined,
          started: d.started,
        });
        expect(before.decision.action).toBe('hold');
      }
    }
  });

  it('prints the timeline in UTC and Tokyo time, and as JSON with stable keys', () => {
    const text = renderSimulationText(r);
    expect(text).toContain(
      '2026-11-18 08:30 UTC (2026-11-18 17:30 Asia/Tokyo)  A-2: rollback → A-1 proposed in #3',
    );
    expect(text).toContain(
      '2026-11-18 08:30 UTC (2026-11-18 17:30 Asia/Tokyo)  A-2 → A-1: #3 merged (rollback)',
    );
    expect(text).toContain(
      'time in phase: A-0 1d 1h, A-1 2d 2h (2 stints), A-2 3d 7h30m (2 stints), B-0 3d 1h',
    );
    expect(text).toContain(
      'Result: complete at 2026-11-30 15:00 UTC (2026-12-01 00:00 Asia/Tokyo), 14d 15h after the start; 6 phase change(s), 1 rollback(s).',
    );
    const json = JSON.parse(renderSimulationJson(r));
    expect(Object.keys(json)).toEqual([
      'version',
      'rollout',
      'timezone',
      'window',
      'from',
      'to',
      'startPhase',
      'approveAfter',
      'steps',
      'result',
      'changes',
      'decisions',
      'prs',
      'phases',
      'timeInPhase',
    ]);
    expect(json.result).toEqual({
      status: 'complete',
      phase: 'B-1',
      at: '2026-11-30T15:00:00.000Z',
      reasons: [r.completed!.reasons[0]],
    });
    expect(json.changes[2]).toMatchObject({
      at: iso(back),
      local: '2026-11-18 17:30',
      from: 'A-2',
      to: 'A-1',
    });
    expect(json.timeInPhase['A-1']).toBe(50 * HOUR);
  });
});
