/**
 * Whether a verdict needs windows collected again, and why: the plan's Analyzer output 再試行要否
 * コメント. A window is lacking an SLI when the span an SLO judged has no window record for it, or
 * a record that marks the SLI missing (its source failed) or does not hold it; the same reading
 * the judge makes (span.ts), so "lacking" here is exactly a window the verdict counted as not
 * collected. `collect` back-fills such windows on its next run (records.ts, within `backfill`).
 *
 * Without the records (a caller holding only the evaluation), the counts come from the verdicts
 * and the reasons are left out.
 */
import type { WindowRecord } from '../telemetry/record.js';
import type { SloVerdict } from './slo.js';

export interface RecollectNeed {
  needed: boolean;
  /** Per SLI lacking windows: how many, and the distinct reasons recorded for them. */
  slis: { sli: string; windows: number; reasons: string[] }[];
}

const SHOWN_REASONS = 2;

export function recollectNeed(
  slos: readonly Pick<SloVerdict, 'sli' | 'window' | 'windows'>[],
  windowMs: number,
  records?: readonly WindowRecord[],
): RecollectNeed {
  const bySli = new Map<string, { starts: Set<number>; reasons: Set<string>; counted: number }>();
  // Indexed only when a verdict lacks windows: most runs lack none, and a run's records are days.
  let byStart: Map<number, WindowRecord> | undefined;
  for (const v of slos) {
    if (v.windows.missing === 0) continue;
    byStart ??= new Map((records ?? []).map((r) => [r.start, r]));
    const entry = bySli.get(v.sli) ?? { starts: new Set(), reasons: new Set(), counted: 0 };
    bySli.set(v.sli, entry);
    entry.counted = Math.max(entry.counted, v.windows.missing);
    if (!records) continue;
    for (let s = v.window.from; s + windowMs <= v.window.to; s += windowMs) {
      const r = byStart.get(s);
      const why = !r
        ? 'no report'
        : (r.missing.get(v.sli) ?? (r.slis.has(v.sli) ? null : 'not in the report'));
      if (why === null) continue;
      entry.starts.add(s);
      entry.reasons.add(why);
    }
  }
  const slis = [...bySli].map(([sli, e]) => ({
    sli,
    windows: records ? e.starts.size : e.counted,
    reasons: [...e.reasons],
  }));
  return { needed: slis.some((s) => s.windows > 0), slis: slis.filter((s) => s.windows > 0) };
}

/**
 * "re-collect needed: no", or "re-collect needed: 3 windows lack save_latency (source failed: …);
 * collected again next run".
 */
export function formatRecollect(need: RecollectNeed): string {
  if (!need.needed) return 're-collect needed: no';
  const parts = need.slis.map((s) => {
    const shown = s.reasons.slice(0, SHOWN_REASONS);
    const more = s.reasons.length > SHOWN_REASONS ? `; ${s.reasons.length - SHOWN_REASONS} more` : '';
    const why = shown.length ? ` (${shown.join('; ')}${more})` : '';
    return `${s.windows} ${s.windows === 1 ? 'window lacks' : 'windows lack'} ${s.sli}${why}`;
  });
  return `re-collect needed: ${parts.join('; ')}; collected again next run`;
}
