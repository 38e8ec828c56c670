/**
 * What the source adapters share: how they log and retry (SourceRuntime: set once by the caller
 * of collectSources, the same for every source) and the context one source runs in. The port
 * the adapters implement, and the data they hand back, are in src/ports/source.ts.
 */
import type { EventShape } from '../../policy/model.js';

/** Logging and the plan's retry, as the caller sets them (collect, tests, the bench). */
export interface SourceRuntime {
  log: (line: string) => void;
  /** Every request, not only failed attempts (`collect --verbose`). */
  debug?: (line: string) => void;
  /** Told about every answer read whole: bytes on the wire and milliseconds (the bench sums them). */
  onResponse?: (info: { bytes: number; ms: number }) => void;
  /** The retry's wait (tests inject a fake one). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  backoffMs?: readonly number[];
}

/** The runtime, for requests of one source. */
export interface SourceContext extends SourceRuntime {
  /** Names the source in messages, e.g. `prometheus source "metrics"`. */
  label: string;
  /** Where the source is configured, for fixes: e.g. `sources.metrics` in rollout.yaml. */
  configPath: string;
  /** What a refused request (400, 422) should make the user check, e.g. `sources.metrics.slis.crash_rate`. */
  requestPath?: string;
  /** Where the credentials are configured (default `<configPath>.auth`). */
  authPath?: string;
}

/** A source's context for a run: where `${VAR}` values and relative paths come from too. */
export interface SourceRunContext extends SourceContext {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where event lines keep their time and name (rollout.yaml `events:`); absent: the canonical shape. */
  events?: EventShape;
}
