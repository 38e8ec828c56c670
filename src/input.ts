/** Checking what the user typed: every error names the flag and how to fix it. */
import { isAligned, windowStart } from './telemetry/window.js';

/** Bad input from the user: the CLI prints the message as one line and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 instant. A date or time without a zone is read as UTC, so runs agree everywhere. */
export function parseInstant(text: string, flag: string): number {
  const t = text.trim();
  if (!ISO_RE.test(t)) {
    throw new InputError(`${flag}: "${text}" is not an ISO 8601 time; write e.g. 2026-11-20T10:15:00Z`);
  }
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(t) && t.includes('T');
  const ms = Date.parse(hasZone ? t : t.includes('T') ? `${t}Z` : `${t}T00:00:00Z`);
  const wrong = Number.isNaN(ms) ? 'is not a valid date' : notOnCalendar(t);
  if (wrong) throw new InputError(`${flag}: "${text}" ${wrong}; write e.g. 2026-11-20T10:15:00Z`);
  return ms;
}

/**
 * Date.parse rolls 2026-02-30 over to March 2 and takes 24:00; a day or time that does not exist
 * is a typo, not another instant.
 */
function notOnCalendar(t: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(t)!;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (mo! < 1 || mo! > 12) return `is not a day of the calendar (there is no month ${m[2]})`;
  const day = new Date(Date.UTC(y!, mo! - 1, d!));
  if (day.getUTCMonth() !== mo! - 1 || day.getUTCDate() !== d)
    return `is not a day of the calendar (${t.slice(0, 7)} has no day ${m[3]})`;
  if (h > 23 || mi > 59 || s > 59) return 'is not a time of day (hours 00-23, minutes and seconds 00-59)';
  return undefined;
}

/** Refuses an instant later than `now` (and a little clock skew): a phase cannot begin in the future. */
export function notAfter(ms: number, now: number, flag: string, skewMs = 5 * 60_000): number {
  if (ms > now + skewMs) {
    throw new InputError(
      `${flag}: ${new Date(ms).toISOString()} is in the future (now is ${new Date(now).toISOString()}); leave ${flag} out for now, or give a past time`,
    );
  }
  return ms;
}

export function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new InputError(`${flag}: "${text}" is not one of ${allowed.join(', ')}`);
}

/** A number above zero, or an InputError naming the flag. */
export function positiveNumber(text: string, flag: string): number {
  const n = Number(text.trim());
  if (!Number.isFinite(n) || n <= 0)
    throw new InputError(`${flag}: "${text}" is not a number above zero (for example 10)`);
  return n;
}

/**
 * --from and --to on the window grid, --to after --from. `window` is the window's length as the
 * message names it (e.g. "15m").
 */
export function checkWindowRange(from: number, to: number, windowMs: number, window: string): void {
  for (const [flag, t] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!isAligned(t, windowMs)) {
      const down = windowStart(t, windowMs);
      throw new InputError(
        `${flag}: ${new Date(t).toISOString()} is not on a ${window} window boundary; use ${new Date(down).toISOString()} or ${new Date(down + windowMs).toISOString()}`,
      );
    }
  }
  if (to <= from) throw new InputError('--to must be after --from');
}
