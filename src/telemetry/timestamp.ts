/**
 * Event timestamps: RFC 3339 date-times with a zone ("2026-11-20T10:03:12.345Z",
 * "2026-11-20T19:03:12+09:00"). A real calendar instant is required (no 30 February, no 24:00,
 * no leap second) and the result never depends on the machine's time zone or on the engine's
 * lenient Date.parse; fractions beyond milliseconds are truncated. Pure.
 */

/** What an ISO 8601 event time must look like (RFC 3339 with a zone); the calendar is checked apart. */
export const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS[month - 1] ?? 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function instant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMin: number,
): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return Number.NaN;
  return (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60 + s) * 1000 + ms;
}

/** Epoch ms of an RFC 3339 timestamp, or NaN when it is not one. */
export function parseTimestamp(text: string): number {
  const m = RFC3339.exec(text);
  if (m === null) return Number.NaN;
  const frac = m[7] ?? '';
  const ms = frac === '' ? 0 : Number(`${frac}00`.slice(0, 3));
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (oh * 60 + om) * (m[9] === '-' ? -1 : 1);
  }
  return instant(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    ms,
    offset,
  );
}

function digit(b: Uint8Array, i: number): number {
  const c = (b[i] ?? 0) - 0x30;
  return c >= 0 && c <= 9 ? c : -1000000;
}

/**
 * Fast path for the canonical form "YYYY-MM-DDTHH:MM:SS.sssZ" (24 bytes) straight from the
 * line's bytes. Returns NaN when the bytes are not exactly that form (the caller then decodes
 * the string and uses parseTimestamp, which agrees with this on every canonical input).
 */
export function parseCanonicalTimestamp(b: Uint8Array, start: number, end: number): number {
  return readCanonicalTimestamp(b, start, end, scratch) ? scratch[0]! : Number.NaN;
}

const scratch = new Float64Array(1);

/**
 * parseCanonicalTimestamp for the line classifier's hot path: the time into out[0], and whether
 * the bytes held one. An epoch time does not fit a small integer, so a call that returned it
 * would allocate a heap number for every line; a typed array slot takes it unboxed.
 */
export function readCanonicalTimestamp(
  b: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
): boolean {
  if (
    end - start !== 24 ||
    b[start + 4] !== 0x2d ||
    b[start + 7] !== 0x2d ||
    b[start + 10] !== 0x54 ||
    b[start + 13] !== 0x3a ||
    b[start + 16] !== 0x3a ||
    b[start + 19] !== 0x2e ||
    b[start + 23] !== 0x5a
  ) {
    return false;
  }
  const y =
    digit(b, start) * 1000 + digit(b, start + 1) * 100 + digit(b, start + 2) * 10 + digit(b, start + 3);
  const mo = digit(b, start + 5) * 10 + digit(b, start + 6);
  const d = digit(b, start + 8) * 10 + digit(b, start + 9);
  const h = digit(b, start + 11) * 10 + digit(b, start + 12);
  const mi = digit(b, start + 14) * 10 + digit(b, start + 15);
  const s = digit(b, start + 17) * 10 + digit(b, start + 18);
  const ms = digit(b, start + 20) * 100 + digit(b, start + 21) * 10 + digit(b, start + 22);
  if ((y | mo | d | h | mi | s | ms) < 0 || mi > 59 || s > 59) return false;
  // Events come in time order, so the hour rarely changes from one line to the next.
  const key = ((y * 16 + mo) * 32 + d) * 32 + h;
  if (key !== cachedKey) {
    const base = instant(y, mo, d, h, 0, 0, 0, 0);
    if (Number.isNaN(base)) return false;
    cachedKey = key;
    cachedBase = base;
  }
  out[0] = cachedBase + (mi * 60 + s) * 1000 + ms;
  return true;
}

let cachedKey = -1;
let cachedBase = 0;

/** Epoch times before this (1973-03-03) or from EPOCH_MAX_MS on (year 5138) are taken for a unit mix-up. */
export const EPOCH_MIN_MS = 1e11;
export const EPOCH_MAX_MS = 1e14;

/**
 * Epoch ms of an epoch time `v` in milliseconds, or in seconds when `seconds`; fractions of a millisecond truncated as for ISO 8601; NaN outside
 * [EPOCH_MIN_MS, EPOCH_MAX_MS): a time in seconds read as milliseconds lands in January 1970,
 * one in milliseconds read as seconds after the year 5000, and neither is an event to count.
 */
export function epochTime(v: number, seconds: boolean): number {
  // Seconds: rounded to the microsecond first, so 1763632992.345 is …345 ms, not …344.99.
  const ms = seconds ? Math.floor(Math.round(v * 1e6) / 1e3) : Math.floor(v);
  return ms >= EPOCH_MIN_MS && ms < EPOCH_MAX_MS ? ms : Number.NaN;
}
