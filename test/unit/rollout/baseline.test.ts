/**
 * The crash-rate baseline (SPEC.md section 2: "within +5 % of the baseline") is the rollout's
 * pre-rollout rate: the 7 days before the rollout left A-0 (current.yaml `started`), not the 7 days
 * before the phase, which after a rollback already hold the regression being judged.
 */
import { describe, expect, it } from 'vitest';
import { parseCurrent, renderCurrent, startedAfter } from '../../../src/rollout/current.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { lookbackStart } from '../../../src/rollout/lookback.js';
import { DAY, kindsOf, referencePolicy, tokyo, trace, type WindowFill } from '../../support/traces.js';

const policy = referencePolicy();
const started = tokyo('2026-11-10T09:00'); // A-1 first went live
const reentered = tokyo('2026-11-24T09:00'); // A-2 again, after A-2 → A-1 and a restart
const at = reentered + 1.5 * DAY;
/** 1.000 % of sessions crash before the rollout; 1.094 % from its start on (+9.4 %). */
const fill = (s: number): WindowFill => ({
  ratio: { crash_rate: [s < started ? 500 : 547, 50_000], restore_success: [400, 400] },
});
const records = trace(started - 8 * DAY, at, kindsOf(policy), fill);

describe('crash-rate increase against the pre-rollout baseline', () => {
  it('re-entering A-2 after a rollback: a 9.4 % rise over the pre-rollout rate fails and rolls back', () => {
    const a2 = policy.phases.find((p) => p.id === 'A-2')!;
    expect(lookbackStart(policy, a2, reentered, at, started)).toBeLessThanOrEqual(started - 7 * DAY);
    const ev = evaluate({ policy, phase: 'A-2', since: reentered, started, records, at });
    const crash = ev.slos.find((v) => v.id === 'crash-rate-increase')!;
    expect(crash.status).toBe('fail');
    expect(crash.value).toBeCloseTo(0.094, 6);
    expect(crash.reason).toContain('before the rollout began');
    expect(ev.decision).toMatchObject({ action: 'rollback', to: 'A-1' });
  });

  it("without a recorded rollout start, the phase's start is the baseline's end and the verdict says so", () => {
    const ev = evaluate({ policy, phase: 'A-2', since: reentered, records, at });
    const crash = ev.slos.find((v) => v.id === 'crash-rate-increase')!;
    expect(crash.status).toBe('pass');
    expect(crash.reason).toContain("the rollout's start is not recorded");
  });

  it('current.yaml records the start on leaving A-0 and carries it through rollbacks and restarts', () => {
    const a0 = { phase: 'A-0', since: started - DAY };
    expect(startedAfter(policy, a0, 'A-1', started)).toBe(started);
    const a2 = { phase: 'A-2', since: reentered, started };
    expect(startedAfter(policy, a2, 'A-1', at)).toBe(started);
    const text = renderCurrent(policy, 'A-1', at, { started });
    expect(parseCurrent('phases/current.yaml', text, policy).started).toBe(started);
    // Written before it was recorded: the live phase's start is the latest the rollout can have begun.
    expect(startedAfter(policy, { phase: 'A-2', since: reentered }, 'A-1', at)).toBe(reentered);
  });
});
