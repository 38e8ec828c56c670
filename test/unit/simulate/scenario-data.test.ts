/** The demo scenario's data: reports made directly and JSONL events from the same profiles. */
import { describe, expect, it } from 'vitest';
import { diurnal, SCENARIO, scenarioRecords, scenarioTrace } from '../../../src/demo/scenario.js';
import { traceText } from '../../../src/demo/trace.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import { referencePolicy } from '../../support/policy.js';
import { HOUR, WINDOW } from '../../support/traces.js';

const policy = referencePolicy();
const R = SCENARIO.regression;

function ratio(records: readonly WindowRecord[], sli: string): number {
  let n = 0;
  let d = 0;
  for (const r of records) {
    const a = r.slis.get(sli);
    if (a?.kind !== 'ratio') throw new Error(`${sli} is not a ratio`);
    n += a.numerator;
    d += a.denominator;
  }
  return n / d;
}

describe('scenarioRecords', () => {
  const day = scenarioRecords(policy, { from: R.from - 22 * HOUR, to: R.from + 2 * HOUR });

  it('writes one report per window with every SLI of the policy, the same for the same seed', () => {
    expect(day).toHaveLength(96);
    expect(day[1]!.start - day[0]!.start).toBe(WINDOW);
    for (const r of day) expect([...r.slis.keys()].sort()).toEqual(Object.keys(policy.slis).sort());
    const again = scenarioRecords(policy, { from: R.from - 22 * HOUR, to: R.from + 2 * HOUR });
    expect(again.map((r) => r.slis.get('crash_rate'))).toEqual(day.map((r) => r.slis.get('crash_rate')));
    const other = scenarioRecords(policy, { from: R.from - 22 * HOUR, to: R.from + 2 * HOUR, seed: 1 });
    expect(other.map((r) => r.slis.get('crash_rate'))).not.toEqual(day.map((r) => r.slis.get('crash_rate')));
  });

  it('follows the profiles: restores fail during the regression, volume follows the Tokyo day', () => {
    const during = day.filter((r) => r.start >= R.from && r.start < R.to);
    const before = day.filter((r) => r.start < R.from);
    expect(during).toHaveLength(2);
    expect(ratio(during, 'restore_success')).toBeCloseTo(R.restoreSuccess, 2);
    expect(ratio(before, 'restore_success')).toBeCloseTo(SCENARIO.healthy.restoreSuccess, 3);
    expect(ratio(day, 'crash_rate')).toBeCloseTo(SCENARIO.healthy.crashesPerSession, 3);
    expect(ratio(day, 'auto_merge_rate')).toBeCloseTo(SCENARIO.healthy.autoMerge, 2);
    const sessions = (r: WindowRecord) => {
      const a = r.slis.get('crash_rate');
      return a?.kind === 'ratio' ? a.denominator : 0;
    };
    const at = (iso: string) => day.find((r) => r.start === Date.parse(iso))!;
    // 15:00 in Tokyo is the daily peak, 03:00 the trough.
    expect(sessions(at('2026-11-18T06:00:00Z'))).toBeGreaterThan(2 * sessions(at('2026-11-17T18:00:00Z')));
    expect(diurnal(Date.parse('2026-11-18T06:00:00Z'))).toBeCloseTo(1, 6);
    expect(diurnal(Date.parse('2026-11-17T18:00:00Z'))).toBeCloseTo(0.4, 6);
  });
});

describe('scenarioTrace', () => {
  it('gives JSONL events with the same restore regression', () => {
    const o = scenarioTrace({ from: R.from - 90 * 60_000, to: R.to, ratePerMinute: 300 });
    const { windows } = collectTexts([{ source: 'trace', text: traceText(o) }], {
      policy,
      from: o.from,
      to: o.to,
    });
    const during = windows.filter((r) => r.start >= R.from);
    const before = windows.filter((r) => r.start < R.from);
    expect(ratio(during, 'restore_success')).toBeGreaterThan(0.93);
    expect(ratio(during, 'restore_success')).toBeLessThan(0.97);
    expect(ratio(before, 'restore_success')).toBeGreaterThan(0.99);
  });
});
