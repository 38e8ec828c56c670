/**
 * What compacting the recent records folder changes (telemetry/archive.ts has the layout): every
 * window record of a UTC day that no kept span touches (rollout/retention.ts) is appended to its
 * day file and its own file deleted, and run logs of such days move to the archive. Appends, not
 * writes: each is applied to the day file as the branch holds it (render/append.ts), so the
 * archive never needs to be checked out, a window already in the day file is not added twice, and
 * a re-run changes nothing. In the Action it is part of collect's one commit, so the deletions and
 * the day files land together or not at all.
 */
import type { Policy } from '../policy/model.js';
import type { FileAppend } from '../render/append.js';
import { isKept, keptSpans } from '../rollout/retention.js';
import {
  archiveDayPath,
  archiveRunLogPath,
  DAY_MS,
  parseDayName,
  utcDayStart,
} from '../telemetry/archive.js';
import { windowFileName } from '../telemetry/window.js';

/** Recent files old enough that they may move: their names and texts. */
export interface ArchiveCandidates {
  /** Window record files of the recent folder, by window end. */
  windows: { end: number; text: string }[];
  /** Run logs `runs/YYYYMMDD.jsonl`, by file name. */
  runLogs: { name: string; text: string }[];
}

export interface ArchivePlan {
  /** The moved files' paths, to delete. */
  deletes: string[];
  /** The day files the moved files are appended to. */
  appends: FileAppend[];
  /** How many UTC days of window records moved. */
  days: number;
}

export function planArchive(o: {
  policy: Policy;
  live: { phase: string; since: number; started?: number };
  now: number;
  backfillMs: number;
  /** Repository path of the records folder ('.' at the root): the paths below are under it. */
  dir: string;
  candidates: ArchiveCandidates;
}): ArchivePlan {
  const spans = keptSpans(o.policy, o.live, o.now, o.backfillMs);
  const at = (p: string) => (o.dir === '.' || o.dir === '' ? p : `${o.dir.replace(/\/+$/, '')}/${p}`);
  const days = new Map<number, { end: number; text: string }[]>();
  for (const w of o.candidates.windows) {
    const day = utcDayStart(w.end - o.policy.windowMs);
    if (isKept(day, day + DAY_MS, spans)) continue;
    days.set(day, [...(days.get(day) ?? []), w]);
  }
  const deletes: string[] = [];
  const appends: FileAppend[] = [];
  for (const [day, windows] of [...days].sort((a, b) => a[0] - b[0])) {
    windows.sort((a, b) => a.end - b.end);
    appends.push(
      appendOf(
        at(archiveDayPath(day)),
        windows.map((w) => w.text),
      ),
    );
    for (const w of windows) deletes.push(at(windowFileName(w.end)));
  }
  for (const log of [...o.candidates.runLogs].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const date = parseDayName(log.name);
    // A run log is named by the local date: its runs lie within a day either side in UTC.
    if (date === undefined || isKept(date - DAY_MS, date + 2 * DAY_MS, spans)) continue;
    const lines = log.text.split('\n').filter((l) => l !== '');
    appends.push(appendOf(at(archiveRunLogPath(log.name)), lines));
    deletes.push(at(`runs/${log.name}`));
  }
  return { deletes, appends, days: days.size };
}

/** Each text appended unless the file already holds it byte for byte (its own marker). */
function appendOf(path: string, texts: string[]): FileAppend {
  return {
    path,
    initial: '',
    entries: texts.map((t) => ({ section: null, marker: t, text: t.replace(/\n$/, '') })),
  };
}
