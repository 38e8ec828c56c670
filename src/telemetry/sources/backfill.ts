/**
 * Which windows a scheduled collect run owes: the window that just ended, every window since
 * the newest report (late or skipped schedules lose nothing), windows missing between reports,
 * and windows whose report lists SLIs as `missing` (a source failed: try again), all within a
 * horizon (default 24 h). Pure: the caller lists the window records and reads the clock.
 */

import { maxOf, minOf } from '../../extent.js';
import type { WindowRecord } from '../record.js';

export const DEFAULT_BACKFILL_MS = 24 * 3_600_000;

export interface BackfillInput {
  /** End of the newest window that may be collected (the last boundary ≤ now). */
  last: number;
  windowMs: number;
  /** How far back to look, in ms. */
  maxMs: number;
  /** Ends of every report in the folder (file names), any order. */
  reportEnds: readonly number[];
  /** The window records inside the horizon, decoded (for their `missing` SLIs). */
  recent: readonly WindowRecord[];
  /** The policy's SLI ids: a missing SLI the policy no longer has is not retried. */
  slis: readonly string[];
}

export interface BackfillPlan {
  /** Window start → the SLIs to collect: all of them for a new window, the missing ones otherwise. */
  windows: Map<number, string[]>;
  /** Windows owed but older than the horizon, left out: [from, to). */
  skipped?: { from: number; to: number };
}

export function planBackfill(input: BackfillInput): BackfillPlan {
  const { last, windowMs, maxMs, slis } = input;
  const horizon = last - Math.floor(maxMs / windowMs) * windowMs;
  const have = new Set(input.reportEnds);
  const windows = new Map<number, string[]>();
  let skipped: BackfillPlan['skipped'];
  if (input.reportEnds.length === 0) {
    // A fresh folder gets the whole horizon: the first run already has history to judge.
    for (let start = horizon; start < last; start += windowMs) windows.set(start, [...slis]);
    return { windows };
  }
  const oldest = minOf(input.reportEnds);
  const newest = maxOf(input.reportEnds);
  if (newest < horizon) skipped = { from: newest, to: horizon };
  const byStart = new Map(input.recent.map((r) => [r.start, r]));
  // From the oldest report on: gaps and the new windows.
  for (let end = Math.max(horizon + windowMs, oldest); end <= last; end += windowMs) {
    const start = end - windowMs;
    if (!have.has(end)) {
      windows.set(start, [...slis]);
      continue;
    }
    const report = byStart.get(start);
    const retry = report ? slis.filter((id) => report.missing.has(id)) : [];
    if (retry.length > 0) windows.set(start, retry);
  }
  return { windows: new Map([...windows].sort((a, b) => a[0] - b[0])), skipped };
}
