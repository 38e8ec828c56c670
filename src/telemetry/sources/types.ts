/**
 * What a telemetry source hands back. Sources return data and never throw for data problems
 * (argo-rollouts' provider habit): an SLI a source could not collect for a window is a
 * `missing` entry with the reason, which the verdict reads as no data and the next collect
 * run tries again.
 */
import type { SliDefinition } from '../../policy/schema.js';
import type { SliAggregate, WindowCounts } from '../record.js';
import type { SourceContext } from './http.js';

/** One source's share of one window. */
export interface WindowPart {
  start: number;
  slis: Map<string, SliAggregate>;
  /** Line counts, when the source reads event lines. */
  counts?: WindowCounts;
  /** SLI id → why it could not be collected. */
  missing: Map<string, string>;
}

export interface SourceJob {
  /** Window start → the SLIs wanted from this source in that window; in time order. */
  windows: Map<number, string[]>;
  windowMs: number;
  /** Every SLI of the policy (event sources map events with all of them, so counts are whole). */
  slis: Record<string, SliDefinition>;
}

export interface SourceRunContext extends SourceContext {
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Failures that need a person (bad credentials, a bad query): the run fails after writing. */
export class FailureLog {
  readonly fatal = new Set<string>();
  add(message: string): void {
    this.fatal.add(message);
  }
}

export function missingPart(start: number, slis: readonly string[], reason: string): WindowPart {
  return { start, slis: new Map(), missing: new Map(slis.map((s) => [s, reason])) };
}
