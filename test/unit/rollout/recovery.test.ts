/**
 * The recovery watch (SPEC.md section 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、
 * 改善を確認したら Phase A-1 から再開) on the reference policy: after every rollback, save latency
 * and the auto-merge rate must be healthy for 2 h before the rollout restarts from A-1; nothing
 * advances before; missing data never counts as healthy; a watched SLO with no data in the phase
 * rolled back into is reported as not applicable; without a rollback the phase's own rules apply.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rollout/decide.js';
import {
  HOUR,
  kindsOf,
  referencePolicy,
  repeat,
  tokyo,
  trace,
  type WindowFill,
} from '../../support/traces.js';

const policy = referencePolicy();
const kinds = kindsOf(policy);
const rolledBackAt = tokyo('2026-11-20T10:00');
const healthy = (): WindowFill => ({
  latency: { save_latency: repeat(800, 30) },
  ratio: { auto_merge_rate: [45, 50], restore_success: [100, 100], crash_rate: [0, 100] },
});

function run(hoursAfter: number, fill: (s: number) => WindowFill | null = healthy, by = 'rollback' as const) {
  const at = rolledBackAt + hoursAfter * HOUR;
  const records = trace(rolledBackAt - 6 * HOUR, at, kinds, fill);
  return evaluate({ policy, phase: 'A-0', since: rolledBackAt, records, at, entered: { by, from: 'A-1' } });
}

describe('the recovery watch after a rollback', () => {
  it('holds until the watched SLOs have been healthy for 2 h, then proposes restarting from A-1', () => {
    const early = run(1.5);
    expect(early.decision.action).toBe('hold');
    expect(early.recovery).toMatchObject({ met: false, restart: 'A-1' });
    expect(early.recovery?.detail).toContain('save-latency-p95 and auto-merge-rate');

    const later = run(2);
    expect(later.decision).toMatchObject({ action: 'restart', from: 'A-0', to: 'A-1', alert: false });
    expect(later.decision.reasons[0]).toMatch(/^restart from A-1: recovery watch/);
  });

  it('a failing merge rate during the watch keeps it from restarting', () => {
    const poorMerge = (s: number): WindowFill =>
      s >= rolledBackAt + HOUR && s < rolledBackAt + 1.25 * HOUR
        ? { ...healthy(), ratio: { ...healthy().ratio, auto_merge_rate: [10, 50] } }
        : healthy();
    const ev = run(2.5, poorMerge);
    expect(ev.decision.action).toBe('hold');
    expect(ev.recovery?.met).toBe(false);
  });

  it('missing merge data is never healthy', () => {
    const noMerge = (): WindowFill => ({ ...healthy(), missing: { auto_merge_rate: 'source down' } });
    expect(run(3, noMerge).decision.action).toBe('hold');
  });

  it('does not run when the phase was entered some other way', () => {
    const ev = run(3, healthy, 'manual' as 'rollback');
    expect(ev.recovery).toBeNull();
    expect(ev.decision.action).toBe('hold');
  });
});

/** Reports from 6 h before the rollback into `phase` to `hoursAfter` past it, judged there. */
function rolledBackInto(phase: string, from: string, hoursAfter: number, fill: (s: number) => WindowFill) {
  const at = rolledBackAt + hoursAfter * HOUR;
  const records = trace(rolledBackAt - 6 * HOUR, at, kinds, fill);
  return evaluate({ policy, phase, since: rolledBackAt, records, at, entered: { by: 'rollback', from } });
}
const slowSaves = (s: number): WindowFill => ({
  ...healthy(),
  latency: { save_latency: repeat(s < rolledBackAt + 80 * HOUR ? 3200 : 800, 30) },
  count: { critical_bugs: 0 },
});
/** merge.precision is legacy in A-0 … A-2: no merge events at all. */
const legacy = (): WindowFill => ({
  ...healthy(),
  ratio: { ...healthy().ratio, auto_merge_rate: [0, 0] },
});

describe('ロールバック後の保存遅延/マージ率を 2h 監視: after every rollback', () => {
  it('after B-1 → B-0, B-0 does not advance after its 72 h soak while save latency has not improved', () => {
    // B-0 judges the merge rate and critical bugs only; its own soak is met, but the watched save
    // latency (3.2 s) has not improved since the rollback.
    const ev = rolledBackInto('B-0', 'B-1', 73, slowSaves);
    expect(ev.advance?.met).toBe(true);
    expect(ev.recovery).toMatchObject({ met: false, restart: 'A-1', inPlace: false, notApplicable: [] });
    expect(ev.decision.action).toBe('hold');
    expect(ev.decision.reasons[0]).toBe(
      'hold B-0: nothing advances before the recovery watch confirms improvement',
    );
  });

  it('改善を確認したら Phase A-1 から再開: once save latency has improved for 2 h, B-0 restarts from A-1', () => {
    // Saves are fast again from 80 h; the 2 h P95 is healthy from 82 h, and 2 h later the watch
    // has seen no failing step.
    expect(rolledBackInto('B-0', 'B-1', 83.5, slowSaves).decision.action).toBe('hold');
    const ev = rolledBackInto('B-0', 'B-1', 84, slowSaves);
    expect(ev.recovery?.met).toBe(true);
    expect(ev.decision).toMatchObject({ action: 'restart', from: 'B-0', to: 'A-1', alert: false });
  });

  it('after B-0 → A-2, the merge rate has no data while merge.precision is legacy: reported as not applicable, the watch judges save latency', () => {
    const early = rolledBackInto('A-2', 'B-0', 1.75, legacy);
    expect(early.decision.action).toBe('hold');
    const ev = rolledBackInto('A-2', 'B-0', 2, legacy);
    expect(ev.recovery).toMatchObject({ met: true, notApplicable: ['auto-merge-rate'] });
    expect(ev.recovery?.detail).toContain(
      'recovery watch (save-latency-p95); auto-merge-rate not applicable: fewer events than one verdict needs in A-2 since the rollback',
    );
    expect(ev.decision).toMatchObject({ action: 'restart', from: 'A-2', to: 'A-1' });
  });

  it('a merge source that is down is not "no data in this phase": the watch waits', () => {
    const down = (): WindowFill => ({ ...legacy(), missing: { auto_merge_rate: 'source down' } });
    const ev = rolledBackInto('A-2', 'B-0', 3, down);
    expect(ev.recovery).toMatchObject({ met: false, notApplicable: [] });
    expect(ev.decision.action).toBe('hold');
  });

  it('after A-2 → A-1, A-1 restarts in place: its 24 h soak does not advance it while the watched merge rate is poor', () => {
    const poorMerge = (): WindowFill => ({
      ...healthy(),
      ratio: { ...healthy().ratio, auto_merge_rate: [10, 50] },
    });
    const held = rolledBackInto('A-1', 'A-2', 25, poorMerge);
    expect(held.advance?.met).toBe(true);
    expect(held.recovery).toMatchObject({ met: false, inPlace: true });
    expect(held.decision.action).toBe('hold');

    // Merge data absent (legacy): not applicable; save latency confirms; A-1's own soak advances it.
    const ok = rolledBackInto('A-1', 'A-2', 25, legacy);
    expect(ok.recovery).toMatchObject({ met: true, inPlace: true, notApplicable: ['auto-merge-rate'] });
    expect(ok.decision).toMatchObject({ action: 'advance', from: 'A-1', to: 'A-2' });
  });
});
