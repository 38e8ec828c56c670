/**
 * The archive of window records (issue 14, item 5): windows older than the retention
 * (rollout/retention.ts) move, a whole UTC day at a time, from the recent folder's
 * `YYYYMMDDHHMM.jsonl` files into one file per day, `archive/YYYY/MM/YYYYMMDD.jsonl` under the
 * records folder. A day file holds its windows' files byte for byte, one after another, so reading
 * one back gives exactly the records the window files held. A window whose file came back after its
 * day was archived (a late re-collect) is appended to the day file: the last copy of a window wins,
 * and a copy in the recent folder wins over the archive. Run logs (`runs/YYYYMMDD.jsonl`) move to
 * `archive/runs/YYYY/MM/YYYYMMDD.jsonl`. Pure: names and text only.
 */

export const ARCHIVE_DIR = 'archive';
export const DAY_MS = 86_400_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Start of the UTC day holding `ms`. */
export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `archive/YYYY/MM/YYYYMMDD.jsonl` for the UTC day starting at `dayStart`, relative to the records folder. */
export function archiveDayPath(dayStart: number): string {
  const d = new Date(dayStart);
  const y = pad(d.getUTCFullYear(), 4);
  const m = pad(d.getUTCMonth() + 1, 2);
  return `${ARCHIVE_DIR}/${y}/${m}/${y}${m}${pad(d.getUTCDate(), 2)}.jsonl`;
}

/** `archive/runs/YYYY/MM/YYYYMMDD.jsonl` for the run log `runs/YYYYMMDD.jsonl`. */
export function archiveRunLogPath(name: string): string {
  return `${ARCHIVE_DIR}/runs/${name.slice(0, 4)}/${name.slice(4, 6)}/${name}`;
}

const DAY_NAME = /^(\d{4})(\d{2})(\d{2})\.jsonl$/;

/** The UTC day (its start) a day file name `YYYYMMDD.jsonl` stands for, or undefined when it is not one. */
export function parseDayName(name: string): number | undefined {
  const m = DAY_NAME.exec(name);
  if (!m) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const ms = t.getTime();
  return archiveDayPath(ms).endsWith(`/${name}`) ? ms : undefined; // e.g. 20260231: no such day
}

/** A record file's first line: every window record starts with one (telemetry/codec.ts). */
const WINDOW_LINE = /^\{"v":\d+,"type":"window",/;

/**
 * A day file cut back into its window records' texts, in file order, each with its 1-based first
 * line. A line before the first `window` line stays with the first block, so decoding it names it.
 */
export function windowBlocks(text: string): { text: string; line: number }[] {
  const rows = text.split('\n');
  if (rows.at(-1) === '') rows.pop();
  const out: { text: string; line: number }[] = [];
  rows.forEach((row, i) => {
    if (out.length === 0 || WINDOW_LINE.test(row)) out.push({ text: '', line: i + 1 });
    out[out.length - 1]!.text += `${row}\n`;
  });
  return out;
}
