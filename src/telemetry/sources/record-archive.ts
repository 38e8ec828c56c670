/**
 * Compacting a records folder on disk (the CLI's folder, the tests', the bench's): the plan of
 * plan/archive.ts applied to files. The Action commits the same plan through the forge instead
 * (commands/records.ts). A day file is written (atomically) and read back holding every moved
 * window before any window file is deleted, so a crash in between leaves a window in both places,
 * which reads the same (the recent copy wins) and the next compaction finishes.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDir } from '../../ensure-dir.js';
import { type ArchiveCandidates, type ArchivePlan, planArchive } from '../../plan/archive.js';
import type { Policy } from '../../policy/model.js';
import { applyAppend } from '../../render/append.js';
import { isKept, keptSpans, retentionMs } from '../../rollout/retention.js';
import { DAY_MS, parseDayName, utcDayStart } from '../archive.js';
import { RecordDecodeError } from '../codec.js';
import { parseWindowFileName } from '../window.js';
import { namesIn, readRecordText, writeTextFile } from './record-files.js';

/**
 * The recent folder's files old enough that compaction may move them: window records of days
 * before the retention, run logs likewise. Newer files are not read, nor those of the UTC days
 * `kept` says stay (when the live phase is known here).
 */
export async function archiveCandidates(
  dir: string,
  policy: Policy,
  now: number,
  backfillMs: number,
  kept: (dayStart: number) => boolean = () => false,
): Promise<ArchiveCandidates> {
  const before = now - retentionMs(policy, backfillMs);
  const windows: ArchiveCandidates['windows'] = [];
  for (const name of await namesIn(dir)) {
    const end = parseWindowFileName(name);
    if (end === undefined || end - policy.windowMs >= before || kept(utcDayStart(end - policy.windowMs)))
      continue;
    const text = await unlessLink(path.join(dir, name));
    if (text !== undefined) windows.push({ end, text });
  }
  const runLogs: ArchiveCandidates['runLogs'] = [];
  for (const name of await namesIn(path.join(dir, 'runs'))) {
    const date = parseDayName(name);
    if (date === undefined || date >= before) continue;
    const text = await unlessLink(path.join(dir, 'runs', name));
    if (text !== undefined) runLogs.push({ name, text });
  }
  return { windows, runLogs };
}

/** A file's text; undefined for a symbolic link, which is never followed and never moved. */
function unlessLink(file: string): Promise<string | undefined> {
  return readRecordText(file).catch((e: unknown) => {
    if (e instanceof RecordDecodeError) return undefined;
    throw e;
  });
}

/** A file's text, or null when there is none; a symbolic link is refused (readRecordText). */
async function textOrNull(file: string): Promise<string | null> {
  try {
    return await readRecordText(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Applies an archive plan to `dir` (the plan's paths relative to it): every day file first, read
 * back and checked to hold each moved text, then the moved files deleted.
 */
export async function applyArchive(dir: string, plan: ArchivePlan): Promise<void> {
  for (const a of plan.appends) {
    const file = path.join(dir, a.path);
    const before = await textOrNull(file);
    const after = applyAppend(before, a);
    if (after !== before) {
      await ensureDir(path.dirname(file));
      writeTextFile(file, after);
    }
    const written = await textOrNull(file);
    const lost = a.entries.find((e) => !written?.includes(e.marker));
    if (lost)
      throw new Error(
        `${file}: the archive day file does not hold a moved window after writing it; nothing was deleted`,
      );
  }
  for (const d of plan.deletes) rmSync(path.join(dir, d), { force: true });
}

/**
 * Compacts the records folder `dir` as the Action's collect does at `now`: days before the
 * retention move into the archive, but the live phase's and the rollout's baseline spans stay.
 */
export async function compactFolder(
  dir: string,
  o: {
    policy: Policy;
    live: { phase: string; since: number; started?: number };
    now: number;
    backfillMs: number;
  },
): Promise<ArchivePlan> {
  const spans = keptSpans(o.policy, o.live, o.now, o.backfillMs);
  const kept = (day: number) => isKept(day, day + DAY_MS, spans);
  const candidates = await archiveCandidates(dir, o.policy, o.now, o.backfillMs, kept);
  const plan = planArchive({ ...o, dir: '.', candidates });
  await applyArchive(dir, plan);
  return plan;
}
