/**
 * The telemetry source port: one call shape for every place SLI numbers come from. A source is
 * given the windows (and the SLIs in each) it must answer for, and hands back its share of each
 * window with what went wrong as data (argo-rollouts' provider habit): an SLI it could not
 * collect is a `missing` entry with the reason, which the verdict reads as no data and the next
 * collect run tries again; each failure says whether a later run may fix it (`retryable`) or a
 * person must (`fatal`: credentials, a query; the run fails after writing its window records).
 *
 * A source never throws for a source problem. What still throws: input the user must fix before
 * anything is written (local files that are not there) and programming errors.
 *
 * Adapters (src/telemetry/sources/): local JSONL files, the HTTP JSONL export, Prometheus and
 * GitHub issues; src/telemetry/sources/dispatch.ts builds them from the policy and runs them.
 */
import type { SliDefinition } from '../policy/schema.js';
import type { UnattributedLines } from '../telemetry/attribution.js';
import type { SliAggregate, WindowCounts } from '../telemetry/record.js';

/** One source's share of one window. */
export interface WindowPart {
  start: number;
  slis: Map<string, SliAggregate>;
  /** Line counts, when the source reads event lines. */
  counts?: WindowCounts;
  /** SLI id → why it could not be collected. */
  missing: Map<string, string>;
}

/** What one source must answer for in a run. */
export interface SourceJob {
  /** Window start → the SLIs wanted from this source in that window; in time order. */
  windows: Map<number, string[]>;
  windowMs: number;
  /** Every SLI of the policy (event sources map events with all of them, so counts are whole). */
  slis: Record<string, SliDefinition>;
  /**
   * SLI id → the latency thresholds (ms) the policy's phases judge it against: event sources
   * count the samples above each, so "P95 ≤ 2.5 s" is judged exactly whatever the source.
   */
  thresholds: Record<string, readonly number[]>;
}

export interface SourceFailure {
  /**
   * `retryable`: still failing after the plan's retries (down, rate limited); the next run tries
   * again. `fatal`: a person must fix it (credentials, a refused query); the run fails after
   * writing.
   */
  kind: 'retryable' | 'fatal';
  /** The message: names the source, what failed and, when known, the fix. */
  reason: string;
  /** Starts of the windows it left SLIs missing in. */
  windows?: number[];
}

/** What a source of local event lines read, besides its windows. */
export interface LinesRead {
  files: string[];
  /** Inputs that had lines but no usable timestamp to place them by. */
  unattributed: UnattributedLines[];
  /** Lines whose window lies outside the job's span. */
  outside: number;
}

export interface SourceOutcome {
  /** One part per window of the job, in time order. */
  parts: WindowPart[];
  failures: SourceFailure[];
  read?: LinesRead;
}

/** Told while a source works: what the progress bar and the per-window log lines show. */
export interface SourceProgress {
  /** What the source is doing, e.g. `reading jsonl source "events"`. */
  status(text: string): void;
  /** A window finished (sources that answer window by window tell each, in time order). */
  window(part: WindowPart): void;
}

export interface TelemetrySource {
  /** Names the source in messages, e.g. `prometheus source "metrics"`. */
  readonly label: string;
  /** Collects every window of the job; resolves with the failures as data. */
  collect(job: SourceJob, progress?: SourceProgress): Promise<SourceOutcome>;
}
