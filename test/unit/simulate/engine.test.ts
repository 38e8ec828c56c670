/**
 * The replay's PR model on small synthetic histories of the reference rollout: a rollback wins
 * over an advance waiting for approval, an approved advance waits for a green gate, a rollback
 * with `approval: none` merges in the same run, and bad input is refused.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rollout/decide.js';
import { SimulateError, simulate } from '../../../src/simulate/engine.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import { referencePolicy } from '../../support/policy.js';
import { HOUR, kindsOf, MINUTE, repeat, trace, WINDOW, type WindowFill } from '../../support/traces.js';

const policy = referencePolicy();
const kinds = kindsOf(policy);
const T0 = Date.parse('2026-11-17T00:00:00Z');

function fill(latencyMs: number): WindowFill {
  return {
    latency: { save_latency: repeat(latencyMs, 100) },
    ratio: { restore_success: [400, 400], crash_rate: [3, 100], auto_merge_rate: [90, 100] },
    count: { critical_bugs: 0 },
  };
}

/** Healthy reports from a day before T0 to `days` after, slow saves in [from, to). */
function history(days: number, slow?: { from: number; to: number }): WindowRecord[] {
  return trace(T0 - 24 * HOUR, T0 + days * 24 * HOUR, kinds, (start) =>
    fill(slow && start >= slow.from && start < slow.to ? 4000 : 1000),
  );
}

describe('simulate: pull requests', () => {
  it('closes an advance waiting for approval when a rollback comes due, and merges that rollback at once', async () => {
    // A-1 soaks 24 h: advance PR at T0+24h, approved 2 h later. Saves turn slow at T0+24h: the 2 h
    // p95 fails at the next run, A-1's immediate rule fires, and A-1 rolls back without approval.
    const records = history(3, { from: T0 + 24 * HOUR, to: T0 + 25 * HOUR });
    const r = await simulate({
      policy,
      records,
      from: T0,
      to: T0 + 54 * HOUR,
      startPhase: 'A-1',
      approveAfterMs: 2 * HOUR,
    });
    const [advance, rollback] = r.prs;
    expect(advance).toMatchObject({ kind: 'advance', from: 'A-1', to: 'A-2', openedAt: T0 + 24 * HOUR });
    expect(advance!.mergedAt).toBeNull();
    expect(advance!.droppedAt).toBe(T0 + 24 * HOUR + WINDOW);
    expect(advance!.dropped).toBe('a rollback was proposed in #2');
    expect(rollback).toMatchObject({ kind: 'rollback', from: 'A-1', to: 'A-0' });
    expect(rollback!.openedAt).toBe(T0 + 24 * HOUR + WINDOW);
    expect(rollback!.mergedAt).toBe(rollback!.openedAt);
    expect(r.changes[0]).toMatchObject({ from: 'A-1', to: 'A-0', by: 'rollback', at: rollback!.mergedAt });
    // A-0 was entered by a rollback, so the recovery watch runs and a restart from A-1 follows;
    // not the same day: the slow saves went on for three windows into A-0, which is A-0's
    // "1 日 3 回以上" alert, and it blocks advancing until the local day ends.
    expect(r.phases[1]).toMatchObject({ phase: 'A-0', entered: { by: 'rollback', from: 'A-1' } });
    const restart = r.prs.find((p) => p.kind === 'restart');
    expect(restart).toMatchObject({ from: 'A-0', to: 'A-1' });
    // As current.yaml records it: how A-0 was entered, and why.
    expect(r.decisions.find((d) => d.action === 'restart')?.entered).toEqual({
      by: 'rollback',
      from: 'A-1',
      cause: 'immediate: breached now: save-latency-p95: p95 3.985s > 2.5s over 2h (800 samples)',
    });
  });

  it('merges an approved advance only at a run whose verdict agrees again (the gate is red before)', async () => {
    // A-0's advance opens at T0+24h; slow saves from T0+24h make its p95 fail (one breach a day
    // does not fire A-0's rule), so the verdict holds until a fresh 24 h soak is clean.
    const records = history(4, { from: T0 + 24 * HOUR, to: T0 + 24 * HOUR + 30 * MINUTE });
    const r = await simulate({ policy, records, from: T0, to: T0 + 3 * 24 * HOUR });
    const pr = r.prs[0]!;
    expect(r.prs).toHaveLength(1);
    expect(pr).toMatchObject({ kind: 'advance', from: 'A-0', to: 'A-1', openedAt: T0 + 24 * HOUR });
    expect(pr.approvedAt).toBe(T0 + 25 * HOUR);
    let green = pr.approvedAt;
    const since = T0;
    while (evaluate({ policy, phase: 'A-0', since, records, at: green }).decision.action !== 'advance') {
      green += WINDOW;
    }
    expect(green).toBeGreaterThan(pr.approvedAt);
    expect(pr.mergedAt).toBe(green);
    expect(r.changes).toEqual([
      { at: green, from: 'A-0', to: 'A-1', by: 'advance', pr: 1, reasons: r.decisions[0]!.reasons },
    ]);
  });

  it('stops proposing once the last phase completes', async () => {
    const records = history(9);
    const r = await simulate({ policy, records, from: T0, to: T0 + 9 * 24 * HOUR, startPhase: 'B-1' });
    expect(r.completed?.phase).toBe('B-1');
    expect(r.steps).toBe((r.completed!.at - T0) / WINDOW);
    expect(r.decisions.at(-1)).toMatchObject({ action: 'complete', pr: null });
    expect(r.phases).toEqual([
      { phase: 'B-1', from: T0, to: r.completed!.at, durationMs: r.completed!.at - T0, entered: null },
    ]);
  });

  it('refuses an unknown start phase and an empty range, naming the field', async () => {
    const bad = async (input: Partial<Parameters<typeof simulate>[0]>) => {
      try {
        await simulate({ policy, records: [], from: T0, to: T0 + HOUR, ...input });
      } catch (e) {
        return e instanceof SimulateError ? [e.field, e.message] : e;
      }
      return 'no error';
    };
    expect(await bad({ startPhase: 'C-9' })).toEqual([
      'startPhase',
      'unknown phase "C-9"; valid phases: A-0, A-1, A-2, B-0, B-1',
    ]);
    expect(await bad({ to: T0 })).toEqual(['range', 'the end of the replay must be after its start']);
    expect(await bad({ approveAfterMs: -1 })).toEqual([
      'approveAfterMs',
      'the approval delay must be a duration of 0 or more',
    ]);
  });

  it('holds without data and reports progress once per run', async () => {
    const seen: number[] = [];
    const r = await simulate({
      policy,
      records: [],
      from: T0,
      to: T0 + 2 * HOUR,
      onStep: (done, total) => {
        seen.push(done);
        expect(total).toBe(8);
      },
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.prs).toEqual([]);
    expect(r.final).toMatchObject({ phase: 'A-0', since: T0, action: 'hold' });
  });
});
