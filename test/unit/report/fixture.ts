/**
 * A small report built from hand-made series: a latency SLO that breaches for an hour, a ratio
 * SLO with a gap, three phases and the decisions between them, with awkward text in places.
 */
import type { SeriesPoint, SloSeries } from '../../../src/judge/series.js';
import type { ReportInput } from '../../../src/report/index.js';
import { referencePolicy } from '../../support/policy.js';

export const T0 = Date.parse('2026-11-20T00:00:00Z'); // 09:00 in Tokyo
export const STEP = 15 * 60_000;
export const HOUR = 3_600_000;
export const policy = referencePolicy();

function points(n: number, value: (i: number) => number | null, pass: (v: number) => boolean): SeriesPoint[] {
  return Array.from({ length: n }, (_, i) => {
    const v = value(i);
    return { at: T0 + i * STEP, value: v, status: v === null ? 'no_data' : pass(v) ? 'pass' : 'fail' };
  });
}

export const latency: SloSeries = {
  id: 'save-latency-p95',
  sli: 'save_latency',
  unit: 'ms',
  stat: 'p95',
  objective: { op: '<=', threshold: 2500, text: '2.5s' },
  window: 2 * HOUR,
  points: points(
    97,
    (i) => (i >= 40 && i < 44 ? 3400 : 1700 + (i % 5) * 20),
    (v) => v <= 2500,
  ),
};

export const ratio: SloSeries = {
  id: 'restore-success',
  sli: 'restore_success',
  unit: 'percent',
  stat: 'ratio',
  objective: { op: '>=', threshold: 0.995, text: '99.5%' },
  window: 24 * HOUR,
  points: points(
    97,
    (i) => (i >= 60 && i < 64 ? null : 0.998),
    (v) => v >= 0.995,
  ),
};

export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    policy,
    title: 'autosave report',
    generatedAt: T0 + 24 * HOUR,
    series: [latency, ratio],
    phases: [
      { phase: 'A-1', from: T0, to: T0 + 10 * HOUR },
      { phase: 'A-0', from: T0 + 10 * HOUR, to: T0 + 16 * HOUR },
      { phase: 'A-1', from: T0 + 16 * HOUR, to: T0 + 24 * HOUR },
    ],
    decisions: [
      {
        at: T0 + 10 * HOUR,
        action: 'rollback',
        from: 'A-1',
        to: 'A-0',
        reason: 'roll back A-1 → A-0: save-latency-p95 3.4s > 2.5s',
      },
      {
        at: T0 + 16 * HOUR,
        action: 'advance',
        from: 'A-0',
        to: 'A-1',
        reason: 'soak: 6h without a failing SLO',
      },
    ],
    ...overrides,
  };
}
