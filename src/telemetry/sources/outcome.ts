/**
 * Building a source's outcome (src/ports/source.ts): window parts with SLIs missing, the outcome
 * of a source that cannot start, and the loop of the sources that answer window by window.
 */
import type {
  SourceFailure,
  SourceJob,
  SourceOutcome,
  SourceProgress,
  WindowPart,
} from '../../ports/source.js';
import type { WindowCounts } from '../record.js';
import { SourceError } from './http.js';

export function missingPart(start: number, slis: readonly string[], reason: string): WindowPart {
  return { start, slis: new Map(), missing: new Map(slis.map((s) => [s, reason])) };
}

function addCounts(a: WindowCounts | undefined, b: WindowCounts | undefined): WindowCounts | undefined {
  if (!a || !b) return a ?? b;
  return {
    events: a.events + b.events,
    malformed: a.malformed + b.malformed,
    invalid: a.invalid + b.invalid,
    unknown: a.unknown + b.unknown,
  };
}

/** Adds another source's share of the same window. */
export function mergePart(into: WindowPart, part: WindowPart): void {
  for (const [k, v] of part.slis) into.slis.set(k, v);
  for (const [k, v] of part.missing) into.missing.set(k, v);
  into.counts = addCounts(into.counts, part.counts);
}

export function failureKind(e: SourceError): SourceFailure['kind'] {
  return e.retryable ? 'retryable' : 'fatal';
}

/** Notes windows a failure also left SLIs missing in (each window once). */
export function alsoMissing(failure: SourceFailure, starts: Iterable<number>): void {
  const windows = failure.windows!;
  for (const s of starts) if (!windows.includes(s)) windows.push(s);
}

/**
 * A source that cannot start (a `${VAR}` that is not set, no repository): every window of its
 * job is missing, and a person must fix it.
 */
export function unusable(label: string, job: SourceJob, e: SourceError): SourceOutcome {
  const reason = e.message.startsWith(label) ? e.message : `${label}: ${e.message}`;
  const windows = [...job.windows.keys()];
  return {
    parts: windows.map((start) => missingPart(start, job.windows.get(start)!, reason)),
    failures: [{ kind: 'fatal', reason, windows }],
  };
}

/**
 * Runs a source that answers window by window over its windows, in time order, telling the
 * progress each finished window. A window that fails (a SourceError) is missing with the reason;
 * the source is then not asked again in this run, which keeps a run short when it is down: its
 * later windows are missing too, "given up for this run" when the next run may do better.
 * `collectWindow` may also report failures it recovered from itself into `failures`.
 */
export async function eachWindow(
  job: SourceJob,
  progress: SourceProgress | undefined,
  collectWindow: (start: number, slis: readonly string[], failures: SourceFailure[]) => Promise<WindowPart>,
): Promise<SourceOutcome> {
  const parts: WindowPart[] = [];
  const failures: SourceFailure[] = [];
  let down: { reason: string; failure: SourceFailure } | undefined;
  for (const [start, slis] of job.windows) {
    let part: WindowPart;
    if (down !== undefined) {
      part = missingPart(start, slis, down.reason);
      alsoMissing(down.failure, [start]);
    } else {
      try {
        part = await collectWindow(start, slis, failures);
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        part = missingPart(start, slis, e.message);
        const failure: SourceFailure = { kind: failureKind(e), reason: e.message, windows: [start] };
        failures.push(failure);
        down = { reason: e.retryable ? `${e.message} (given up for this run)` : e.message, failure };
      }
    }
    parts.push(part);
    progress?.window(part);
  }
  return { parts, failures };
}
