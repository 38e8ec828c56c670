import { compilePolicy } from '../../src/policy/compile.js';
import { referencePolicyFiles } from '../../src/policy/reference.js';
import type { SliDefinition } from '../../src/policy/schema.js';

/** One day of events: 96 windows of 15 minutes. */
export const BENCH_FROM = Date.parse('2026-11-20T00:00:00.000Z');
export const BENCH_TO = Date.parse('2026-11-21T00:00:00.000Z');
export const WINDOW_MS = 15 * 60_000;

/** The end of a trace of `days` days from BENCH_FROM. */
export const benchTo = (days: number): number => BENCH_FROM + days * 86_400_000;

/** The reference rollout's mapping (phases/rollout.yaml, as embedded in the bundle). */
export const BENCH_SLIS: Record<string, SliDefinition> = compilePolicy({
  dir: 'phases',
  files: referencePolicyFiles(),
}).slis;
