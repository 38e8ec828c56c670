/**
 * Which windows a `phasegate collect` run collects (collect.ts), and what the records folder
 * already holds of them: every window of --from/--to, or, into a folder, every window the folder
 * is owed (telemetry/sources/backfill.ts), the recent files and the archive's day files alike.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkWindowRange, InputError } from '../input.js';
import { formatDuration } from '../policy/units.js';
import type { WindowRecord } from '../telemetry/record.js';
import { planBackfill } from '../telemetry/sources/backfill.js';
import { listRecordEnds, readArchivedRecords, readRecentRecords } from '../telemetry/sources/record-files.js';
import { parseWindowFileName, windowStart } from '../telemetry/window.js';
import { displayPath } from '../worktree/policy-dir.js';

/** What the planning reads of collect's options (CollectCommandOptions). */
export interface WindowPlanOptions {
  /** The records folder (or, with no range, one .jsonl file). */
  output: string;
  /** The window as the user wrote it, for messages. */
  window: string;
  now: number;
  log: (line: string) => void;
}

export interface WindowPlan {
  /** Window start → the SLIs to collect there. */
  windows: Map<number, string[]>;
  /** One file to write (no --from/--to, --output a .jsonl file). */
  outputFile?: string;
  /** The records already there, which a window collected again for some SLIs keeps the rest of. */
  existing: Map<number, WindowRecord>;
  /**
   * By end: the archive's copy of a window that has no recent file. Written again, the window
   * becomes a recent file that wins over that copy, so the copy is what a re-collect must not
   * make worse (keep-record.ts).
   */
  archived: Map<number, WindowRecord>;
}

/** --from/--to: every window of the range, every SLI. */
export async function rangeWindows(
  o: WindowPlanOptions,
  from: number,
  to: number,
  windowMs: number,
  slis: string[],
): Promise<WindowPlan> {
  checkWindowRange(from, to, windowMs, o.window);
  if (existsSync(o.output) && !statSync(o.output).isDirectory()) {
    throw new InputError(
      `--output: ${o.output} is a file; with --from/--to give a folder for one file per window`,
    );
  }
  const windows = new Map<number, string[]>();
  for (let s = from; s < to; s += windowMs) windows.set(s, slis);
  // A folder not there yet has no archive (and one that cannot be made gets its error where collect makes it).
  const archived = existsSync(o.output)
    ? await archivedWindows(o, from, to, await listRecordEnds(o.output))
    : [];
  return { windows, existing: new Map(), archived: new Map(archived.map((r) => [r.end, r])) };
}

/**
 * The archived window records of the folder ending in (from, to] that have no recent file (a
 * recent file, even a broken one, is the window's record: it is read, or collected again). A day
 * file that cannot be read is said and left out: its windows are then collected again.
 */
async function archivedWindows(
  o: WindowPlanOptions,
  from: number,
  to: number,
  recentEnds: readonly number[],
): Promise<WindowRecord[]> {
  const recent = new Set(recentEnds);
  const archived = await readArchivedRecords(o.output, from, to, (file, err) => {
    o.log(`warning: ${displayPath(file)} cannot be read (${err.message}); collecting its windows again\n`);
  });
  return archived.filter((r) => !recent.has(r.end));
}

/** No range: the window that just ended into a file, or into a folder every window it is owed. */
export async function owedWindows(
  o: WindowPlanOptions,
  windowMs: number,
  backfillMs: number,
  slis: string[],
): Promise<WindowPlan> {
  const last = windowStart(o.now, windowMs);
  const isDir = existsSync(o.output) ? statSync(o.output).isDirectory() : !o.output.endsWith('.jsonl');
  if (!isDir)
    return {
      windows: new Map([[last - windowMs, slis]]),
      outputFile: o.output,
      existing: new Map(),
      archived: new Map(),
    };
  const from = last - backfillMs - windowMs;
  const names = await listRecordEnds(o.output);
  const broken = new Set<number>();
  const recent = await readRecentRecords(o.output, names, from, last, (file, err) => {
    broken.add(parseWindowFileName(basename(file))!);
    o.log(`warning: ${displayPath(file)} cannot be read (${err.message}); collecting its window again\n`);
  });
  // Archived windows are windows the folder holds (a --backfill longer than the Action's reaches them).
  const archived = await archivedWindows(o, from, last, names);
  const held = [...recent, ...archived];
  const ends = [...names.filter((e) => !broken.has(e)), ...archived.map((r) => r.end)];
  const plan = planBackfill({ last, windowMs, maxMs: backfillMs, reportEnds: ends, recent: held, slis });
  if (plan.skipped) {
    o.log(
      `warning: no window records for ${new Date(plan.skipped.from).toISOString()} – ${new Date(plan.skipped.to).toISOString()}, beyond --backfill ${formatDuration(backfillMs)}; collect them with --from/--to\n`,
    );
  }
  return {
    windows: plan.windows,
    existing: new Map(held.map((r) => [r.start, r])),
    archived: new Map(archived.map((r) => [r.end, r])),
  };
}
