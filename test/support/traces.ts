/**
 * Build WindowRecord sequences for tests: one report per window over a range, with latency
 * samples, ratios and counts per SLI given by a function of the window. Every SLI of the policy
 * is present in each report (zero counts unless filled), as the collector writes them.
 */
import { latencySteps, traceText } from '../../src/demo/trace.js';
import { withPublicHolidays } from '../../src/holidays/date-holidays.js';
import { compilePolicy } from '../../src/policy/compile.js';
import type { Policy, SliKind } from '../../src/policy/model.js';
import { emptyAggregate, type SliAggregate, type WindowRecord } from '../../src/telemetry/record.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WINDOW = 15 * MINUTE;

export interface WindowFill {
  /** SLI → latency samples (ms). */
  latency?: Record<string, number[]>;
  /** SLI → [numerator, denominator]. */
  ratio?: Record<string, [number, number]>;
  /** SLI → count. */
  count?: Record<string, number>;
  /** SLI → why it was not collected in this window. */
  missing?: Record<string, string>;
}

/** SLI id → kind, from a policy or written out. */
export type SliKinds = Record<string, SliKind>;

export function kindsOf(policy: Policy): SliKinds {
  return Object.fromEntries(Object.entries(policy.slis).map(([id, def]) => [id, def.kind]));
}

export function report(
  start: number,
  slis: SliKinds,
  fill: WindowFill = {},
  windowMs = WINDOW,
): WindowRecord {
  const map = new Map<string, SliAggregate>();
  for (const [id, kind] of Object.entries(slis)) map.set(id, emptyAggregate(kind));
  let events = 0;
  for (const [id, samples] of Object.entries(fill.latency ?? {})) {
    const agg = map.get(id) ?? emptyAggregate('latency');
    if (agg.kind !== 'latency') throw new Error(`${id} is ${agg.kind}, not latency`);
    for (const v of samples) {
      agg.count++;
      agg.sum += v;
      agg.min = agg.min === null ? v : Math.min(agg.min, v);
      agg.max = agg.max === null ? v : Math.max(agg.max, v);
      agg.sketch.add(v);
    }
    events += samples.length;
    map.set(id, agg);
  }
  for (const [id, [numerator, denominator]] of Object.entries(fill.ratio ?? {})) {
    map.set(id, { kind: 'ratio', numerator, denominator });
    events += denominator;
  }
  for (const [id, count] of Object.entries(fill.count ?? {})) {
    map.set(id, { kind: 'count', count });
    events += count;
  }
  const missing = new Map(Object.entries(fill.missing ?? {}));
  for (const id of missing.keys()) map.delete(id);
  return {
    start,
    end: start + windowMs,
    counts: { events, malformed: 0, invalid: 0, unknown: 0 },
    slis: map,
    missing,
  };
}

/**
 * One report per window in [from, to). `fill` returns the window's data, or null for a window
 * that was never collected (no report at all).
 */
export function trace(
  from: number,
  to: number,
  slis: SliKinds,
  fill: (start: number, index: number) => WindowFill | null,
  windowMs = WINDOW,
): WindowRecord[] {
  const out: WindowRecord[] = [];
  for (let start = from, i = 0; start < to; start += windowMs, i++) {
    const f = fill(start, i);
    if (f) out.push(report(start, slis, f, windowMs));
  }
  return out;
}

/** n copies of a value: latency samples. */
export function repeat(value: number, n: number): number[] {
  return new Array<number>(n).fill(value);
}

/** An instant given in Tokyo local time, e.g. tokyo('2026-11-21T09:00'). */
export function tokyo(local: string): number {
  return Date.parse(`${local}:00+09:00`);
}

export { referencePolicy } from './policy.js';

/** A policy from inline YAML: rollout.yaml's text and each phase file's text by id. */
export function policyFromYaml(rollout: string, phases: Record<string, string>): Policy {
  const files: Record<string, string> = { 'rollout.yaml': rollout };
  for (const [id, text] of Object.entries(phases)) files[`${id}.yaml`] = text;
  return withPublicHolidays(compilePolicy({ dir: 'phases', files }));
}

/** SLIs used by the synthetic test policies. */
export const TEST_SLIS = `
slis:
  lat: { kind: latency, event: save, field: ms }
  ok: { kind: ratio, numerator: { event: r, where: { ok: true } }, denominator: { event: r } }
  crash: { kind: ratio, numerator: { event: crash }, denominator: { event: session } }
  bugs: { kind: count, event: bug }
`;

/**
 * Three days from 2026-11-15 (UTC), 40 events a minute, with saves slow from 09:00 to 11:00 on
 * 2026-11-17: the rollout tests' trace (advance A-0 → A-1, then an immediate A-1 rollback).
 */
export function latencyRegressionTrace(): string {
  const T = (iso: string) => Date.parse(iso);
  return traceText({
    seed: 7,
    from: T('2026-11-15T00:00:00Z'),
    to: T('2026-11-18T00:00:00Z'),
    ratePerMinute: 40,
    autoMerge: 0.95,
    latency: latencySteps({ p50Ms: 600, p95Ms: 1500 }, [
      { from: T('2026-11-17T09:00:00Z'), p50Ms: 2600, p95Ms: 4200 },
      { from: T('2026-11-17T11:00:00Z'), p50Ms: 600, p95Ms: 1500 },
    ]),
  });
}
