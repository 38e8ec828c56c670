/**
 * A country's public holidays from date-holidays, for the business-day counts of
 * src/rollout/business-days.ts (rollout.yaml `holidays.country`).
 *
 * Which days count: only holidays of type "public". date-holidays' README ("Types of holidays")
 * also has bank (banks and offices closed), school, optional ("majority of people take a day
 * off") and observance ("no paid day off"); those vary by employer or are working days (JP's
 * bank holidays of 2–3 January and 31 December, DE's Faschingsdienstag), so a company that
 * closes on them lists them under `extra`. A day counts when the holiday covers all of it: a
 * half day (CN's International Women's Day afternoon, IS's Christmas Eve from 13:00) stays a
 * business day. Days that begin the evening before (Islamic holidays: "00:00:00 -0600", per the
 * README's `date` field) count as the day they name.
 *
 * Loaded on first use, synchronously, since the count happens inside the pure, synchronous
 * planner. The library carries every country's rules and moment-timezone's data: inside
 * dist/index.js it made every cold start ~100 ms slower, validate and evaluate included, which
 * never count a business day. So scripts/build.mjs bundles it apart as dist/holidays.cjs, which
 * the bundles require from beside themselves the first time a due date is counted; from the
 * TypeScript sources (tests, tsx) the package itself is required.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import type { HolidayCountry, Policy, PublicHolidays } from '../policy/model.js';

/** The file scripts/build.mjs writes beside the bundles. */
export const HOLIDAYS_BUNDLE = 'holidays.cjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The policy, able to look up its country's holidays (when it names a country). */
export function withPublicHolidays(policy: Policy): Policy {
  if (!policy.holidays.country) return policy;
  return { ...policy, holidays: { ...policy.holidays, publicHolidays } };
}

const calendars = new Map<string, Holidays>();
const years = new Map<string, readonly string[]>();

/** The public holidays of a country (state, region) in a year: sorted local dates, YYYY-MM-DD. */
export const publicHolidays: PublicHolidays = (country, year) => {
  const area = [country.code, country.state, country.region].filter(Boolean).join('.');
  const key = `${area}/${year}`;
  const known = years.get(key);
  if (known) return known;
  let calendar = calendars.get(area);
  if (!calendar) {
    calendar = new (loadLibrary())(toLibrary(country), { types: ['public'] });
    calendars.set(area, calendar);
  }
  // A holiday listed under the year before may run into this one (several days from 30 December).
  const dates = new Set<string>();
  for (const h of [...calendar.getHolidays(year - 1), ...calendar.getHolidays(year)]) {
    if (h.type !== 'public') continue;
    for (const date of wholeDaysOff(h)) if (date.startsWith(`${year}-`)) dates.add(date);
  }
  const sorted = [...dates].sort();
  years.set(key, sorted);
  return sorted;
};

const HOLIDAY_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):\d{2}(?: [-+]\d{4})?$/;

/**
 * The local dates a holiday takes whole. Its `date` is "YYYY-MM-DD hh:mm:ss" in the country's
 * time, with " -0600" when the day begins the evening before; start and end are instants.
 */
export function wholeDaysOff(h: Pick<HolidaysTypes.Holiday, 'date' | 'start' | 'end'>): string[] {
  const m = HOLIDAY_DATE.exec(h.date);
  if (!m) throw new Error(`date-holidays gave the holiday date "${h.date}", which phasegate cannot read`);
  const into = Number(m[2]) * HOUR + Number(m[3]) * 60_000; // how far into its day it starts
  const partDay = into === 0 ? 0 : DAY - into;
  // 2 h of slack: a day with a daylight-saving change lasts 23 or 25 h.
  const days = Math.floor((h.end.getTime() - h.start.getTime() - partDay + 2 * HOUR) / DAY);
  const first = Date.parse(`${m[1]}T00:00:00Z`) + (into === 0 ? 0 : DAY);
  return Array.from({ length: Math.max(0, days) }, (_, i) =>
    new Date(first + i * DAY).toISOString().slice(0, 10),
  );
}

function toLibrary(country: HolidayCountry): HolidaysTypes.Country {
  return { country: country.code, state: country.state, region: country.region };
}

let library: typeof Holidays | undefined;

function loadLibrary(): typeof Holidays {
  if (library) return library;
  const require = createRequire(import.meta.url);
  const beside = join(dirname(fileURLToPath(import.meta.url)), HOLIDAYS_BUNDLE);
  try {
    library = (existsSync(beside) ? require(beside) : require('date-holidays')) as typeof Holidays;
  } catch (e) {
    throw new Error(
      `cannot load the holiday calendar (date-holidays): ${(e as Error).message}; a bundle needs ${HOLIDAYS_BUNDLE} beside it (npm run build writes it)`,
    );
  }
  return library;
}
