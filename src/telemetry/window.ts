/**
 * Window alignment: the 15-minute grid every report sits on. Windows are half-open [start, end),
 * aligned to multiples of their length since the Unix epoch (so 15-minute windows start at :00,
 * :15, :30, :45 UTC). A report file is named after its window's end in UTC: YYYYMMDDHHMM.jsonl.
 * Pure: no clock, no I/O.
 */

export const MINUTE_MS = 60_000;
export const DEFAULT_WINDOW_MS = 15 * MINUTE_MS;

function checkWindowMs(windowMs: number): void {
  if (!Number.isSafeInteger(windowMs) || windowMs <= 0 || windowMs % MINUTE_MS !== 0) {
    throw new RangeError(`window length must be a positive whole number of minutes, got ${windowMs} ms`);
  }
}

/** Start of the window holding `ms` (floor toward −∞, also for instants before 1970). */
export function windowStart(ms: number, windowMs: number = DEFAULT_WINDOW_MS): number {
  return Math.floor(ms / windowMs) * windowMs;
}

/** The smallest window boundary ≥ `ms`. */
export function ceilToWindow(ms: number, windowMs: number = DEFAULT_WINDOW_MS): number {
  return Math.ceil(ms / windowMs) * windowMs;
}

export function isAligned(ms: number, windowMs: number = DEFAULT_WINDOW_MS): boolean {
  return Number.isSafeInteger(ms) && ms % windowMs === 0;
}

/** Widen [from, to) to whole windows: [floor(from), ceil(to)). */
export function alignRange(
  fromMs: number,
  toMs: number,
  windowMs: number = DEFAULT_WINDOW_MS,
): { from: number; to: number } {
  checkWindowMs(windowMs);
  return { from: windowStart(fromMs, windowMs), to: ceilToWindow(toMs, windowMs) };
}

/**
 * Starts of the windows that cover [from, to). Both ends must be window boundaries (use
 * `alignRange` first); from = to gives no windows.
 */
export function windowStarts(fromMs: number, toMs: number, windowMs: number = DEFAULT_WINDOW_MS): number[] {
  checkWindowMs(windowMs);
  if (!isAligned(fromMs, windowMs) || !isAligned(toMs, windowMs)) {
    throw new RangeError(
      `range ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()} is not aligned to ${windowMs / MINUTE_MS}-minute windows`,
    );
  }
  if (toMs < fromMs) throw new RangeError('range end is before its start');
  const out: number[] = [];
  for (let s = fromMs; s < toMs; s += windowMs) out.push(s);
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "YYYYMMDDHHMM.jsonl" for a window ending at `endMs` (UTC). The end must be a whole minute. */
export function windowFileName(endMs: number): string {
  if (!Number.isSafeInteger(endMs) || endMs % MINUTE_MS !== 0) {
    throw new RangeError(`a window end must be a whole minute, got ${endMs}`);
  }
  const d = new Date(endMs);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`window end ${endMs} is outside years 0000–9999`);
  return `${pad(y, 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}.jsonl`;
}

const FILE_NAME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\.jsonl$/;

/** The window end a report file name stands for, or undefined when the name is not one. */
export function parseWindowFileName(name: string): number | undefined {
  const m = FILE_NAME.exec(name);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it maps years 0–99 to 1900–1999
  t.setUTCHours(h, mi, 0, 0);
  const ms = t.getTime();
  if (windowFileName(ms) !== name) return undefined; // e.g. 20260231…: no such day
  return ms;
}
