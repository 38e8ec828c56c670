/**
 * Re-collecting a window that already has a record: the new record replaces the old one only
 * when it does not know less. A re-collect that found fewer events (a truncated or empty export,
 * the wrong file) keeps the existing record and says so with both counts, unless the user asked
 * for the smaller record (`collect --allow-fewer`, e.g. after deduplicating events). An SLI the
 * re-collect could not get (missing) never erases that SLI's data in the existing record.
 *
 * Keeping, not failing: the scheduled run goes on with the other windows, nothing committed is
 * lost, and the warning names the window and both counts. Pure: no I/O.
 */
import type { WindowRecord } from './record.js';

export interface KeepDecision {
  record: WindowRecord;
  /** Why the existing record (or some of its SLIs) was kept; undefined when `next` is used as is. */
  note?: string;
}

export function keepRecord(
  before: WindowRecord | undefined,
  next: WindowRecord,
  allowFewer: boolean,
): KeepDecision {
  if (before === undefined) return { record: next };
  if (next.slis.size === 0 && before.slis.size > 0) {
    return {
      record: before,
      note: `kept the existing record (${before.counts.events} events): this collect got none of its SLIs`,
    };
  }
  const had = before.counts.events;
  const has = next.counts.events;
  if (has < had && !allowFewer) {
    return {
      record: before,
      note: `kept the existing record (${had} events); this collect found ${has}${next.missing.size > 0 ? ` and ${next.missing.size} SLI(s) missing` : ''} (pass --allow-fewer to replace it)`,
    };
  }
  const carried: string[] = [];
  const slis = new Map(next.slis);
  const missing = new Map(next.missing);
  for (const [id] of next.missing) {
    const agg = before.slis.get(id);
    if (agg === undefined) continue;
    slis.set(id, agg);
    missing.delete(id);
    carried.push(id);
  }
  if (carried.length === 0) return { record: next };
  return {
    record: { ...next, slis, missing },
    note: `kept ${carried.join(', ')} from the existing record (this collect could not get them: ${next.missing.get(carried[0]!)})`,
  };
}
