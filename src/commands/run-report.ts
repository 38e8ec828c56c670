/**
 * What one collect step did, for the run log and the Runbook's 観測 row (src/render/run-log.ts):
 * the windows it collected and their counts, read from the records it wrote; the sources' retries,
 * counted from their retry log lines (src/telemetry/sources/http.ts logs each failed attempt as
 * `<kind> source "<name>": <what>: attempt N failed: …; retrying in Xs`); a source that failed.
 */
import type { CollectedRun, RecheckLine } from '../render/run-log.js';
import type { WindowRecord } from '../telemetry/record.js';

const RETRY = /^\S.*? source "([^"]+)": .*attempt \d+ failed: .*; retrying in [\d.]+s\s*$/;

export class RunReport {
  private records: readonly WindowRecord[] = [];
  private readonly retries: Record<string, number> = {};
  private recheck: RecheckLine | undefined;

  /** collectCommand's onRecheck: what reading a breach's windows again found. */
  rechecked = (r: { windows: number; confirmed: number; stillFires: boolean }): void => {
    this.recheck = { windows: r.windows, confirmed: r.confirmed, breach: r.stillFires ? 'stands' : 'gone' };
  };

  /** collectCommand's onCollected. */
  collected = (records: readonly WindowRecord[]): void => {
    this.records = records;
  };

  /** Every line collect logs passes here first. */
  line(text: string): void {
    const m = RETRY.exec(text);
    if (m) this.retries[m[1]!] = (this.retries[m[1]!] ?? 0) + 1;
  }

  run(failed: unknown): CollectedRun {
    const rs = this.records;
    const sum = (k: keyof WindowRecord['counts']) => rs.reduce((n, r) => n + r.counts[k], 0);
    const missing: Record<string, number> = {};
    for (const r of rs) for (const sli of r.missing.keys()) missing[sli] = (missing[sli] ?? 0) + 1;
    return {
      windows: rs.length,
      from: rs.length ? rs.reduce((t, r) => Math.min(t, r.start), Number.POSITIVE_INFINITY) : null,
      to: rs.length ? rs.reduce((t, r) => Math.max(t, r.end), Number.NEGATIVE_INFINITY) : null,
      events: sum('events'),
      malformed: sum('malformed'),
      invalid: sum('invalid'),
      unknown: sum('unknown'),
      missing,
      retries: { ...this.retries },
      failed: failed === undefined ? null : failed instanceof Error ? failed.message : String(failed),
      ...(this.recheck && { recheck: this.recheck }),
    };
  }
}
