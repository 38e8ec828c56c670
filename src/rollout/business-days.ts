/**
 * Business days in the policy's time zone: the RCA issue is due one business day after a
 * rollback (SPEC.md section 1, B-1), weekends and the policy's holidays skipped: a country's
 * public holidays (rollout.yaml `holidays.country`) and the company's own days (`extra`, or the
 * list form).
 *
 * Counting starts from the local calendar date of the instant: a rollback on Friday evening in
 * Tokyo is due Monday; one on Saturday is due Monday too (the first business day after it).
 * Dates are calendar arithmetic on 'YYYY-MM-DD'; only turning a date back into instants needs
 * the zone, which src/judge/calendar.ts provides. A country's holidays are calendar dates too,
 * taken as dates in the policy's zone; they are looked up one year at a time, only for the years
 * a count reaches (policy.holidays.publicHolidays, which loads date-holidays on first use).
 */
import { type LocalDay, localDay } from '../judge/calendar.js';
import type { HolidaySpec } from '../policy/model.js';

const DAY = 86_400_000;

/** Days off besides weekends: dates (YYYY-MM-DD), or the policy's calendar. */
export type Holidays = readonly string[] | HolidaySpec;

export interface BusinessDay {
  /** The local calendar date, YYYY-MM-DD. */
  date: string;
  /** First instant of that local day (epoch ms). */
  startsAt: number;
  /** Last millisecond of that local day (epoch ms): overdue once now > endsAt. */
  endsAt: number;
}

/**
 * The date `days` business days after the local date of `at`. With `days` = 0: that date itself
 * when it is a business day, else the next one.
 */
export function dueAfterBusinessDays(
  at: number,
  days: number,
  timeZone: string,
  holidays: Holidays,
): BusinessDay {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`business days must be a whole number ≥ 0, got ${days}`);
  }
  const off = dayOff(holidays);
  const start = localDay(at, timeZone);
  let n = dayNumber(start.date);
  if (days === 0) {
    while (!isBusinessDayNumber(n, off)) n++;
  } else {
    for (let left = days; left > 0; ) {
      n++;
      if (isBusinessDayNumber(n, off)) left--;
    }
  }
  return toBusinessDay(dayOn(start, n, timeZone));
}

/** The first business day after the local date of `at`. */
export function nextBusinessDay(at: number, timeZone: string, holidays: Holidays): BusinessDay {
  return dueAfterBusinessDays(at, 1, timeZone, holidays);
}

/** Whether a YYYY-MM-DD date is a business day: not Saturday, Sunday or a holiday. */
export function isBusinessDay(date: string, holidays: Holidays): boolean {
  return isBusinessDayNumber(dayNumber(date), dayOff(holidays));
}

/**
 * Per holiday list or spec, whether a day is off: kept, so that a country's holidays are looked
 * up once per year reached, not once per count (a replay counts business days at every run).
 */
const daysOff = new WeakMap<Holidays, (n: number) => boolean>();

/** Whether day number n is a holiday. A country's holidays are looked up once per year reached. */
function dayOff(holidays: Holidays): (n: number) => boolean {
  let off = daysOff.get(holidays);
  if (!off) {
    off = makeDayOff(holidays);
    daysOff.set(holidays, off);
  }
  return off;
}

function makeDayOff(holidays: Holidays): (n: number) => boolean {
  const spec: HolidaySpec = isDateList(holidays) ? { extra: [...holidays] } : holidays;
  const extra = new Set(spec.extra.map((h) => dayNumber(h, 'holiday')));
  const { country, publicHolidays } = spec;
  if (!country) return (n) => extra.has(n);
  if (!publicHolidays) {
    throw new Error(
      `holidays.country is ${country.code}, but the policy was loaded without a public-holiday lookup; attach one with withPublicHolidays (src/holidays/)`,
    );
  }
  const years = new Map<number, Set<number>>();
  return (n) => {
    if (extra.has(n)) return true;
    const year = new Date(n * DAY).getUTCFullYear();
    let dates = years.get(year);
    if (!dates) {
      const what = `public holiday of ${country.code}`;
      dates = new Set(publicHolidays(country, year).map((d) => dayNumber(d, what)));
      years.set(year, dates);
    }
    return dates.has(n);
  };
}

function isDateList(holidays: Holidays): holidays is readonly string[] {
  return Array.isArray(holidays);
}

function isBusinessDayNumber(n: number, off: (n: number) => boolean): boolean {
  const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6 && !off(n);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string, what = 'date'): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const n = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : Number.NaN;
  if (!m || !Number.isInteger(n) || dateOf(n) !== date) {
    throw new RangeError(`${what} "${date}" is not a calendar date; write YYYY-MM-DD, e.g. 2026-12-31`);
  }
  return n;
}

function dateOf(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** The local day with day number n, found by stepping from a known local day. */
function dayOn(from: LocalDay, n: number, timeZone: string): LocalDay {
  const target = dateOf(n);
  // Local days are 23–25 h long, so a guess at noon-ish lands within a day of the target.
  let day = localDay(from.start + (n - dayNumber(from.date)) * DAY + 12 * 3_600_000, timeZone);
  while (day.date < target) day = localDay(day.end, timeZone);
  while (day.date > target) day = localDay(day.start - 1, timeZone);
  // A date the zone skipped (Pacific/Apia, 2011-12-30): the day after it.
  return day.date < target ? localDay(day.end, timeZone) : day;
}

function toBusinessDay(day: LocalDay): BusinessDay {
  return { date: day.date, startsAt: day.start, endsAt: day.end - 1 };
}
