/**
 * Calendar days in an IANA time zone, computed with Intl only (no library, no clock).
 *
 * A local day is the half-open interval [localDayStart(t), nextLocalDayStart(t)). Days are 24 h
 * except where the zone changes its offset: America/New_York has a 23 h day in March and a 25 h
 * day in November; Asia/Tokyo (UTC+9, no DST) starts every day at 15:00 UTC.
 */

const HOUR = 3_600_000;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The last instants asked for, per zone: messages ask for the time of the same run many times. */
const partsCache = new Map<string, Map<number, LocalParts>>();
const MAX_CACHED_PARTS = 4096;

function localParts(t: number, tz: string): LocalParts {
  let byTime = partsCache.get(tz);
  if (!byTime) {
    byTime = new Map();
    partsCache.set(tz, byTime);
  }
  const hit = byTime.get(t);
  if (hit) return hit;
  const offset = hourOffset(t, tz);
  const out = offset === null ? intlParts(t, tz) : wallParts(t + offset);
  if (byTime.size >= MAX_CACHED_PARTS) byTime.clear();
  byTime.set(t, out);
  return out;
}

function intlParts(t: number, tz: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(tz).formatToParts(t)) {
    if (p.type in out) out[p.type as keyof LocalParts] = Number(p.value);
  }
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** The parts of a wall-clock time written as UTC ms. */
function wallParts(wall: number): LocalParts {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * Per zone and UTC hour, the zone's offset through that hour, or null when it changes within it
 * or at its end: a replay asks the local time of every run, and Intl costs microseconds a call,
 * where the offset asked at the hour's start and at the next one's serves the hour's every
 * instant. Each hour's start is asked once (`startOffsets`), for it and for the hour before.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();
const startOffsets = new Map<string, Map<number, number>>();

function hourOffset(t: number, tz: string): number | null {
  const byHour = cacheOf(hourOffsets, tz);
  const h = Math.floor(t / HOUR);
  let offset = byHour.get(h);
  if (offset === undefined) {
    const first = hourStartOffset(h, tz);
    offset = first === hourStartOffset(h + 1, tz) ? first : null;
    if (byHour.size >= MAX_CACHED_PARTS) byHour.clear();
    byHour.set(h, offset);
  }
  return offset;
}

function hourStartOffset(h: number, tz: string): number {
  const byHour = cacheOf(startOffsets, tz);
  let offset = byHour.get(h);
  if (offset === undefined) {
    offset = wallOffset(h * HOUR, tz);
    if (byHour.size >= MAX_CACHED_PARTS) byHour.clear();
    byHour.set(h, offset);
  }
  return offset;
}

function cacheOf<V>(caches: Map<string, Map<number, V>>, tz: string): Map<number, V> {
  let cache = caches.get(tz);
  if (!cache) {
    cache = new Map();
    caches.set(tz, cache);
  }
  return cache;
}

/** Local wall time minus UTC at a whole second, by Intl. */
function wallOffset(t: number, tz: string): number {
  const p = intlParts(t, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t;
}

/** Days since 1970-01-01 of the local calendar date containing t: monotone in t. */
function localDayNumber(t: number, tz: string): number {
  const p = localParts(t, tz);
  return Date.UTC(p.year, p.month - 1, p.day) / (24 * HOUR);
}

/** Offset of local wall time from UTC at instant t, in ms (Tokyo: +9 h). */
function offsetAt(t: number, tz: string): number {
  const p = localParts(t, tz);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/** UTC ms of the first instant of the local calendar day containing t (local midnight). */
export function localDayStart(t: number, tz: string): number {
  return localDay(t, tz).start;
}

function computeDayStart(t: number, tz: string): number {
  const day = localDayNumber(t, tz);
  const midnightWall = day * 24 * HOUR;
  // Local midnight as UTC: wall time minus the offset in force then. Two refinements settle DST.
  let c = midnightWall - offsetAt(t, tz);
  for (let i = 0; i < 3; i++) {
    const next = midnightWall - offsetAt(c, tz);
    if (next === c) break;
    c = next;
  }
  if (c <= t && localDayNumber(c, tz) === day && localDayNumber(c - 1, tz) < day) return c;
  // Midnight does not exist that day (a DST jump at 00:00): search for the first instant of the day.
  let lo = t - 48 * HOUR; // on an earlier day
  let hi = t; // on this day
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDayNumber(mid, tz) < day) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** UTC ms of the start of the local day after the one containing t. */
export function nextLocalDayStart(t: number, tz: string): number {
  return localDay(t, tz).end;
}

/** The local calendar date containing t, as YYYY-MM-DD. */
export function localDate(t: number, tz: string): string {
  return localDay(t, tz).date;
}

/** A local calendar day: [start, end) in UTC ms and its date. */
export interface LocalDay {
  start: number;
  end: number;
  date: string;
}

/**
 * Intl is slow (microseconds a call) and the judge asks for the same few days thousands of
 * times, so days are cached per zone, indexed by the UTC days they overlap.
 */
const dayCache = new Map<string, Map<number, LocalDay[]>>();
const MAX_CACHED_BUCKETS = 20_000;

/** The local calendar day containing t. */
export function localDay(t: number, tz: string): LocalDay {
  let byBucket = dayCache.get(tz);
  if (!byBucket) {
    byBucket = new Map();
    dayCache.set(tz, byBucket);
  }
  const bucket = Math.floor(t / (24 * HOUR));
  const hit = byBucket.get(bucket)?.find((d) => d.start <= t && t < d.end);
  if (hit) return hit;
  const start = computeDayStart(t, tz);
  let probe = start + 24 * HOUR;
  let end = computeDayStart(probe, tz);
  while (end <= start) {
    probe += HOUR;
    end = computeDayStart(probe, tz);
  }
  const p = localParts(start, tz);
  const day = { start, end, date: `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}` };
  if (byBucket.size > MAX_CACHED_BUCKETS) byBucket.clear();
  for (let b = Math.floor(start / (24 * HOUR)); b <= Math.floor((end - 1) / (24 * HOUR)); b++) {
    const list = byBucket.get(b);
    if (list) list.push(day);
    else byBucket.set(b, [day]);
  }
  return day;
}

/** Local wall-clock time of t as HH:MM, for messages. */
export function localTime(t: number, tz: string): string {
  const p = localParts(t, tz);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
