/** The retention (issue 14, item 5): what the recent records folder keeps, from the compiled policy. */
import { describe, expect, it } from 'vitest';
import { isKept, keptSpans, RETENTION_MARGIN_MS, retentionMs } from '../../../src/rollout/retention.js';
import { DAY, HOUR, policyFromYaml, referencePolicy, TEST_SLIS, WINDOW } from '../../support/traces.js';

const ROLLOUT = `rollout: r\ntimezone: Asia/Tokyo\nphases: [P-0, P-1]\n${TEST_SLIS}`;
const phase = (id: string, extra: string, slo = '{ id: ok, sli: ok, stat: ratio, min: 99%, window: 2h }') => `
id: ${id}
name: ${id}
flags: {}
slos:
  - ${slo}
${extra}
rollback:
  to: null
  when:
    - { rule: immediate, slo: ok }
`;

describe('retention', () => {
  it("the reference policy keeps B-1's 5 consecutive Tokyo days (7 days back), a window and the margin", () => {
    const policy = referencePolicy();
    expect(retentionMs(policy, DAY)).toBe(7 * DAY + WINDOW + RETENTION_MARGIN_MS);
    expect(RETENTION_MARGIN_MS).toBeGreaterThan(DAY); // more than a local day anywhere
  });

  it('a long rule sets it: 30 consecutive days keep 32 days back', () => {
    const policy = policyFromYaml(ROLLOUT, {
      'P-0': phase('P-0', 'advance: { rule: soak, for: 24h }'),
      'P-1': phase('P-1', 'advance: { rule: consecutive_days, days: 30 }'),
    });
    expect(retentionMs(policy, DAY)).toBe(32 * DAY + WINDOW + RETENTION_MARGIN_MS);
  });

  it('a long collect back-fill and a long baseline window set it too', () => {
    const policy = referencePolicy();
    expect(retentionMs(policy, 20 * DAY)).toBe(20 * DAY + WINDOW + RETENTION_MARGIN_MS);
    const baseline = policyFromYaml(ROLLOUT, {
      'P-0': phase('P-0', 'advance: { rule: soak, for: 24h }'),
      'P-1': phase(
        'P-1',
        'advance: { rule: soak, for: 24h }',
        '{ id: ok, sli: crash, stat: increase, max: +5%, window: 1h, baseline: before_phase, baseline_window: 14d }',
      ),
    });
    expect(retentionMs(baseline, DAY)).toBe(14 * DAY + WINDOW + RETENTION_MARGIN_MS);
  });

  it("pins the baseline spans before the live phase's and the rollout's start, however old", () => {
    const policy = referencePolicy(); // A-2 judges the crash rate against the 7 days before `started`
    const now = Date.parse('2027-06-01T00:00:00Z');
    const started = Date.parse('2026-12-01T00:00:00Z');
    const since = Date.parse('2027-03-01T00:00:00Z');
    const spans = keptSpans(policy, { phase: 'A-2', since, started }, now, DAY);
    expect(spans).toEqual([
      { from: now - retentionMs(policy, DAY), to: Number.POSITIVE_INFINITY },
      { from: since - 7 * DAY - RETENTION_MARGIN_MS, to: since + RETENTION_MARGIN_MS },
      { from: started - 7 * DAY - RETENTION_MARGIN_MS, to: started + RETENTION_MARGIN_MS },
    ]);
    expect(isKept(started - 8 * DAY, started - 7 * DAY, spans)).toBe(true);
    expect(isKept(started + 3 * DAY, started + 4 * DAY, spans)).toBe(false);
    // A phase without an anchored baseline pins only the rollout's start.
    expect(keptSpans(policy, { phase: 'B-1', since, started }, now, DAY)).toHaveLength(2);
    expect(keptSpans(policy, { phase: 'A-0', since }, now, HOUR)).toHaveLength(1);
  });

  it("keeps the live phase's start as the rollout's when current.yaml has none: the next change writes it", () => {
    // B-1 reads no anchored baseline, but the phase a rollback takes it to reads the 7 days
    // before the rollout's start, which the next change sets to B-1's start (startedAfter).
    const policy = referencePolicy();
    const now = Date.parse('2027-06-01T00:00:00Z');
    const since = Date.parse('2027-03-01T00:00:00Z');
    const spans = keptSpans(policy, { phase: 'B-1', since }, now, DAY);
    expect(spans).toContainEqual({
      from: since - 7 * DAY - RETENTION_MARGIN_MS,
      to: since + RETENTION_MARGIN_MS,
    });
    expect(isKept(since - 7 * DAY, since - 6 * DAY, spans)).toBe(true);
  });
});
