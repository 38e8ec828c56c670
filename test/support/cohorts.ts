/**
 * Crash-rate traces split by cohort, and the reference rollout edited to judge the crash rate
 * against a concurrent control cohort (`control: { cohort: control }` on crash_rate,
 * `baseline: control` on A-2's crash-rate-increase), for the `baseline: control` tests.
 */
import { expect } from 'vitest';
import type { Policy } from '../../src/policy/model.js';
import { referencePolicy } from './policy.js';

/** rollout.yaml: crash_rate's events with cohort: control are the control cohort. */
export function withCrashControl(files: Record<string, string>, control = '{ cohort: control }'): void {
  const before = files['rollout.yaml']!;
  files['rollout.yaml'] = before.replace(
    '    numerator: { event: app.crash }\n    denominator: { event: app.session.start }\n',
    `    numerator: { event: app.crash }\n    denominator: { event: app.session.start }\n    control: ${control}\n`,
  );
  expect(files['rollout.yaml']).not.toBe(before);
}

/** A-2.yaml: crash-rate-increase compares with the control cohort instead of the pre-rollout rate. */
export function withControlBaseline(files: Record<string, string>): void {
  const before = files['A-2.yaml']!;
  files['A-2.yaml'] = before.replace(
    /baseline: before_rollout.*\n\s*baseline_window: 7d\n/,
    'baseline: control\n',
  );
  expect(files['A-2.yaml']).not.toBe(before);
}

/** The reference rollout with both edits. */
export function controlPolicy(): Policy {
  return referencePolicy((f) => {
    withCrashControl(f);
    withControlBaseline(f);
  });
}

export interface CohortRates {
  /** Sessions a 15-minute window, per cohort. */
  sessions: number;
  /** Crashes per session at this instant (the window's start), for this cohort. */
  rate: (t: number, cohort: 'beta' | 'control') => number;
  /** How control events spell their cohort (default "control"); any case is the same cohort. */
  controlSpelling?: (i: number) => string;
}

/**
 * Event lines, in time order, for windows of 15 minutes over [from, to): per cohort `sessions`
 * app.session.start events and as many app.crash events as the rate gives, spread evenly; the
 * running total is rounded, not each window, so any run of windows is within one crash of the rate.
 */
export function cohortTrace(from: number, to: number, o: CohortRates): string {
  const WINDOW = 15 * 60_000;
  const carried = { beta: 0, control: 0 };
  const lines: string[] = [];
  let k = 0;
  for (let start = from; start < to; start += WINDOW) {
    const events: [number, string][] = [];
    for (const cohort of ['beta', 'control'] as const) {
      const expected = carried[cohort] + o.rate(start, cohort) * o.sessions;
      const crashes = Math.round(expected);
      carried[cohort] = expected - crashes;
      const spelled = cohort === 'control' ? (o.controlSpelling?.(k) ?? 'control') : cohort;
      const line = (t: number, event: string) =>
        `{"ts":"${new Date(t).toISOString()}","event":"${event}","cohort":"${spelled}"}`;
      for (let i = 0; i < o.sessions; i++) {
        const t = start + Math.floor(((i + 0.5) * WINDOW) / o.sessions);
        events.push([t, line(t, 'app.session.start')]);
      }
      for (let i = 0; i < crashes; i++) {
        const t = start + Math.floor(((i + 0.7) * WINDOW) / crashes);
        events.push([t, line(t, 'app.crash')]);
      }
    }
    events.sort((a, b) => a[0] - b[0]);
    for (const [, l] of events) lines.push(l);
    k++;
  }
  return `${lines.join('\n')}\n`;
}
