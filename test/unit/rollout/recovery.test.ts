/**
 * The recovery watch (SPEC.md section 3.5) on the reference policy: after a rollback into A-0,
 * save latency and the auto-merge rate must be healthy for 2 h before a restart from A-1 is
 * proposed; missing data never counts as healthy; without a rollback the phase's own rules apply.
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
