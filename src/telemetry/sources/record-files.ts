/**
 * Report files on disk: reports/monitoring/YYYYMMDDHHMM.jsonl (UTC, the window's end).
 * Writes are atomic (temporary file, then rename) and skipped when the bytes are unchanged, so
 * re-collecting a window leaves an identical file (and no diff in git).
 */
import { closeSync, constants, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir } from '../../ensure-dir.js';
import { ARCHIVE_DIR, DAY_MS, parseDayName, utcDayStart, windowBlocks } from '../archive.js';
import { decodeRecord, encodeRecord, RecordDecodeError } from '../codec.js';
import type { WindowRecord } from '../record.js';
import { parseWindowFileName, windowFileName } from '../window.js';
import { RecordWriter } from './record-writer.js';

export const RECORDS_DIR = 'reports/monitoring';

export interface WrittenRecord {
  path: string;
  /** False when the file already held exactly these bytes. */
  changed: boolean;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readRecordText(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (e instanceof RecordDecodeError) return undefined; // a link is replaced, never written through
    throw e;
  }
}

/**
 * A window record's text. A symbolic link is refused, not followed: its target could be any file
 * the runner can read (/proc/self/environ holds the job's tokens), and a decode error quotes the
 * start of what it read into the log and the verdict.
 */
export async function readRecordText(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NOFOLLOW: refused by the open itself, so no link can be swapped in after a check.
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOOP') throw e;
    throw new RecordDecodeError(
      file,
      1,
      'is a symbolic link, not a window record file (phasegate does not follow it)',
    );
  }
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * readRecordText for the write loop, synchronously: a re-run over 8,640 windows made three
 * thread-pool round trips (open, read, close) per file and sat idle between them.
 */
function readExistingSync(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') return undefined; // a link is replaced, never written through
    throw e;
  }
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

let tmpCounter = 0;

/**
 * Decides what is written over an existing record: given the new record and the one the file
 * holds (undefined when there is none, or it does not decode), returns the record to write.
 */
export type RecordGuard = (next: WindowRecord, before: WindowRecord | undefined) => WindowRecord;

function decodeOrUndefined(text: string | undefined, file: string): WindowRecord | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeRecord(text, file);
  } catch {
    return undefined; // a broken file is replaced by the new record
  }
}

/** Writes one report to `file` (its directory created if needed); atomic, skipped when unchanged. */
export async function writeRecordFile(
  file: string,
  report: WindowRecord,
  guard?: RecordGuard,
): Promise<WrittenRecord> {
  const old = await readIfExists(file);
  await ensureDir(path.dirname(file));
  return writeText(file, old, guardedText(file, report, old, guard));
}

/**
 * The text to write for `next` over a file holding `old`. The same bytes need no guard (it keeps
 * what is there, and it is there): a re-run that changes nothing decodes no file.
 */
function guardedText(file: string, next: WindowRecord, old: string | undefined, guard?: RecordGuard): string {
  const text = encodeRecord(next);
  if (guard === undefined || old === text) return text;
  const kept = guard(next, decodeOrUndefined(old, file));
  return kept === next ? text : encodeRecord(kept);
}

/**
 * From this many files on, writeRecords creates them on a thread of its own (record-writer.ts).
 * Fewer are written here: starting the thread costs about what ~500 files do (~30 ms) and its
 * heap ~7 MiB of peak memory, more than it saves a 7-day collect (672 files).
 */
export const WRITER_THREAD_FROM = 1000;

/**
 * Writes one file per report into `dir` (created if needed), named after each window's end. The
 * folder is listed once, so a new window costs no failed open of an old file. Files are written
 * synchronously (8,640 windows, 90 days, were ~6 thread-pool round trips each, and the process
 * sat idle between them), on another thread when there are many, so the file system works
 * while this thread encodes the next records.
 */
export async function writeRecords(
  dir: string,
  records: readonly WindowRecord[],
  guard?: RecordGuard,
): Promise<WrittenRecord[]> {
  await ensureDir(dir);
  const present = new Set(await readdir(dir));
  const writer = records.length >= WRITER_THREAD_FROM ? new RecordWriter() : undefined;
  const out: WrittenRecord[] = [];
  try {
    for (const r of records) {
      if (writer?.failed) break; // close() below throws its error
      const name = windowFileName(r.end);
      const file = path.join(dir, name);
      const old = present.has(name) ? readExistingSync(file) : undefined;
      const text = guardedText(file, r, old, guard);
      if (writer === undefined || old === text) out.push(writeText(file, old, text));
      else {
        await writer.write(file, text);
        out.push({ path: file, changed: true });
      }
    }
  } finally {
    await writer?.close();
  }
  return out;
}

/** `text` into `file` through a temporary file and a rename (never half-written), unless it is `old`. */
function writeText(file: string, old: string | undefined, text: string): WrittenRecord {
  if (old === text) return { path: file, changed: false };
  writeTextFile(file, text);
  return { path: file, changed: true };
}

/** `text` into `file` through a temporary file and a rename: never half-written, a link replaced. */
export function writeTextFile(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${tmpCounter++}.tmp`);
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The committed window records in `dir` whose windows lie inside [fromMs, toMs) (all when omitted),
 * sorted by start: the recent YYYYMMDDHHMM.jsonl files and the archive's day files
 * (telemetry/archive.ts), a recent file winning over an archived copy of its window. Other names
 * are ignored; a missing directory holds no records. A broken file throws RecordDecodeError naming
 * file and line.
 */
export async function readRecords(dir: string, fromMs?: number, toMs?: number): Promise<WindowRecord[]> {
  const picked = (await listRecordEnds(dir))
    .filter((end) => (fromMs === undefined || end > fromMs) && (toMs === undefined || end <= toMs))
    .sort((a, b) => a - b);
  const out: WindowRecord[] = [];
  for (const end of picked) {
    const file = path.join(dir, windowFileName(end));
    const report = decodeRecord(await readRecordText(file), file);
    if (report.end !== end) {
      throw new Error(
        `${file}: the file name says the window ends ${new Date(end).toISOString()}, its header says ${new Date(report.end).toISOString()}`,
      );
    }
    if (fromMs !== undefined && report.start < fromMs) continue;
    out.push(report);
  }
  const recent = new Set(out.map((r) => r.end));
  const archived = (await readArchivedRecords(dir, fromMs, toMs)).filter((r) => !recent.has(r.end));
  return archived.length ? [...out, ...archived].sort((a, b) => a.start - b.start) : out;
}

/** Entries of a folder; none when it does not exist. */
async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
      return [];
    throw e;
  }
}

/** The archive's day files (absolute paths) by UTC day, for days that may hold windows ending in (fromMs, toMs]. */
export async function listArchiveDays(
  dir: string,
  fromMs?: number,
  toMs?: number,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const root = path.join(dir, ARCHIVE_DIR);
  const lo = fromMs === undefined ? Number.NEGATIVE_INFINITY : utcDayStart(fromMs) - DAY_MS;
  const hi = toMs === undefined ? Number.POSITIVE_INFINITY : toMs;
  for (const year of await listDir(root)) {
    if (!/^\d{4}$/.test(year)) continue; // runs/: the archived run logs
    for (const month of await listDir(path.join(root, year))) {
      for (const name of await listDir(path.join(root, year, month))) {
        const day = parseDayName(name);
        if (day === undefined || day < lo || day > hi) continue;
        out.set(day, path.join(root, year, month, name));
      }
    }
  }
  return out;
}

/**
 * The archived window records ending in (fromMs, toMs] whose windows start at or after fromMs, by
 * start. A window appended again to its day file (a late re-collect) counts by its last copy.
 * A day file that does not decode throws RecordDecodeError, or, given `onBroken`, is passed to
 * it and left out whole (its windows read as absent, so collecting them again replaces them).
 */
export async function readArchivedRecords(
  dir: string,
  fromMs?: number,
  toMs?: number,
  onBroken?: (file: string, error: RecordDecodeError) => void,
): Promise<WindowRecord[]> {
  const byEnd = new Map<number, WindowRecord>();
  const days = [...(await listArchiveDays(dir, fromMs, toMs))].sort((a, b) => a[0] - b[0]);
  for (const [, file] of days) {
    let day: WindowRecord[];
    try {
      day = await readArchiveDay(file);
    } catch (e) {
      if (!(e instanceof RecordDecodeError) || onBroken === undefined) throw e;
      onBroken(file, e);
      continue;
    }
    for (const report of day) {
      if (fromMs !== undefined && (report.end <= fromMs || report.start < fromMs)) continue;
      if (toMs !== undefined && report.end > toMs) continue;
      byEnd.set(report.end, report);
    }
  }
  return [...byEnd.values()].sort((a, b) => a.start - b.start);
}

/** The window records of one archive day file, in file order. */
async function readArchiveDay(file: string): Promise<WindowRecord[]> {
  return windowBlocks(await readRecordText(file)).map((block) => {
    try {
      return decodeRecord(block.text, file);
    } catch (e) {
      if (!(e instanceof RecordDecodeError)) throw e;
      // Line numbers of the day file, not of the block.
      throw new RecordDecodeError(file, block.line + e.line - 1, e.detail);
    }
  });
}

/** The entries of a records folder; none when it does not exist. */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** Ends of the windows whose report files are in `dir` (names only; nothing is read). */
export async function listRecordEnds(dir: string): Promise<number[]> {
  return (await namesIn(dir)).map(parseWindowFileName).filter((e): e is number => e !== undefined);
}

/**
 * The window records in `dir` whose windows end in (fromMs, toMs], of those whose files end at
 * `ends` (listRecordEnds, which the caller has listed already). A file that does not decode is
 * passed to `onBroken` and left out, so collecting its window again can replace it.
 */
export async function readRecentRecords(
  dir: string,
  ends: readonly number[],
  fromMs: number,
  toMs: number,
  onBroken: (file: string, error: Error) => void,
): Promise<WindowRecord[]> {
  const out: WindowRecord[] = [];
  for (const end of [...ends].sort((a, b) => a - b)) {
    if (end <= fromMs || end > toMs) continue;
    const file = path.join(dir, windowFileName(end));
    try {
      const report = decodeRecord(await readRecordText(file), file);
      if (report.end === end) out.push(report);
      else onBroken(file, new Error(`its header says the window ends ${new Date(report.end).toISOString()}`));
    } catch (e) {
      onBroken(file, e as Error);
    }
  }
  return out;
}
