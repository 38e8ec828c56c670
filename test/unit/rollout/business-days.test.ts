import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../../src/holidays/date-holidays.js';
import { localDate } from '../../../src/judge/calendar.js';
import type { HolidayCountry, HolidaySpec } from '../../../src/policy/model.js';
import { dueAfterBusinessDays, isBusinessDay, nextBusinessDay } from '../../../src/rollout/business-days.js';
import { referencePolicy } from '../../support/policy.js';

const TOKYO = 'Asia/Tokyo';
const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
// The reference rollout's holidays before it named a country: a hand list that ended 2027-01-11.
const REFERENCE_HOLIDAYS = [
  '2026-11-23',
  '2026-12-29',
  '2026-12-30',
  '2026-12-31',
  '2027-01-01',
  '2027-01-11',
];
// Japan's public holidays (date-holidays), as phases/rollout.yaml names them.
const JAPAN: HolidaySpec = { country: { code: 'JP' }, extra: [], publicHolidays };

describe('dueAfterBusinessDays', () => {
  it('skips the weekend: a Friday-evening rollback in Tokyo is due Monday', () => {
    const due = dueAfterBusinessDays(at('2026-11-27T18:00:00+09:00'), 1, TOKYO, []);
    expect(due.date).toBe('2026-11-30');
    expect(iso(due.startsAt)).toBe('2026-11-29T15:00:00.000Z');
    expect(iso(due.endsAt)).toBe('2026-11-30T14:59:59.999Z');
  });

  it('skips holidays: Thursday 2026-12-31 with New Year’s Day off is due Monday 2027-01-04', () => {
    expect(dueAfterBusinessDays(at('2026-12-31T10:00:00+09:00'), 1, TOKYO, ['2027-01-01']).date).toBe(
      '2027-01-04',
    );
    // Without the holiday it would have been the Friday.
    expect(dueAfterBusinessDays(at('2026-12-31T10:00:00+09:00'), 1, TOKYO, []).date).toBe('2027-01-01');
  });

  it('counts from the local date in the policy’s zone, not the UTC date', () => {
    const t = at('2026-11-26T16:00:00Z'); // Thursday in UTC, already Friday 01:00 in Tokyo
    expect(dueAfterBusinessDays(t, 1, TOKYO, []).date).toBe('2026-11-30');
    expect(dueAfterBusinessDays(t, 1, 'UTC', []).date).toBe('2026-11-27');
  });

  it('uses the reference rollout’s calendar (a hand list here; the country form below)', () => {
    // Friday before Labour Thanksgiving Day (Monday 2026-11-23): due Tuesday.
    expect(dueAfterBusinessDays(at('2026-11-20T12:00:00+09:00'), 1, TOKYO, REFERENCE_HOLIDAYS).date).toBe(
      '2026-11-24',
    );
    // The year-end break: Monday 2026-12-28 → Monday 2027-01-04.
    expect(dueAfterBusinessDays(at('2026-12-28T12:00:00+09:00'), 1, TOKYO, REFERENCE_HOLIDAYS).date).toBe(
      '2027-01-04',
    );
  });

  it('counts several business days across a weekend', () => {
    const thursday = at('2026-11-26T09:00:00+09:00');
    expect(dueAfterBusinessDays(thursday, 2, TOKYO, []).date).toBe('2026-11-30');
    expect(dueAfterBusinessDays(thursday, 3, TOKYO, []).date).toBe('2026-12-01');
    expect(dueAfterBusinessDays(thursday, 10, TOKYO, []).date).toBe('2026-12-10');
  });

  it('with 0 days gives the same day when it is a business day, else the next one', () => {
    expect(dueAfterBusinessDays(at('2026-11-25T09:00:00+09:00'), 0, TOKYO, []).date).toBe('2026-11-25');
    expect(dueAfterBusinessDays(at('2026-11-28T09:00:00+09:00'), 0, TOKYO, []).date).toBe('2026-11-30');
    expect(dueAfterBusinessDays(at('2026-11-23T09:00:00+09:00'), 0, TOKYO, ['2026-11-23']).date).toBe(
      '2026-11-24',
    );
  });

  it('gets the day’s bounds right across daylight-saving changes', () => {
    // New York falls back on Sunday 2026-11-01: Monday 2026-11-02 is in EST (UTC-5).
    const fall = dueAfterBusinessDays(at('2026-10-30T17:00:00-04:00'), 1, NY, []);
    expect(fall.date).toBe('2026-11-02');
    expect(iso(fall.startsAt)).toBe('2026-11-02T05:00:00.000Z');
    expect(iso(fall.endsAt)).toBe('2026-11-03T04:59:59.999Z');
    // … and springs forward on Sunday 2026-03-08: Monday is in EDT (UTC-4).
    const spring = dueAfterBusinessDays(at('2026-03-06T17:00:00-05:00'), 1, NY, []);
    expect(spring.date).toBe('2026-03-09');
    expect(iso(spring.startsAt)).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(spring.endsAt)).toBe('2026-03-10T03:59:59.999Z');
  });

  it('refuses a negative or fractional day count and malformed holidays, naming the value', () => {
    const t = at('2026-11-27T18:00:00+09:00');
    expect(() => dueAfterBusinessDays(t, -1, TOKYO, [])).toThrow(/whole number ≥ 0, got -1/);
    expect(() => dueAfterBusinessDays(t, 1.5, TOKYO, [])).toThrow(RangeError);
    expect(() => dueAfterBusinessDays(t, 1, TOKYO, ['2026-13-01'])).toThrow(/holiday "2026-13-01"/);
    expect(() => dueAfterBusinessDays(t, 1, TOKYO, ['2026-2-1'])).toThrow(/write YYYY-MM-DD/);
    expect(() => dueAfterBusinessDays(t, 1, TOKYO, ['2026-02-30'])).toThrow(/2026-02-30/);
  });
});

describe('with a country’s public holidays (date-holidays)', () => {
  it('a rollback on Wednesday 2027-02-10 in Tokyo is due Friday 2027-02-12: the 11th is 建国記念の日', () => {
    const due = dueAfterBusinessDays(at('2027-02-10T15:00:00+09:00'), 1, TOKYO, JAPAN);
    expect(due.date).toBe('2027-02-12');
    expect(iso(due.startsAt)).toBe('2027-02-11T15:00:00.000Z');
    // The hand list ended 2027-01-11: it made the holiday the due date.
    expect(dueAfterBusinessDays(at('2027-02-10T15:00:00+09:00'), 1, TOKYO, REFERENCE_HOLIDAYS).date).toBe(
      '2027-02-11',
    );
  });

  it('skips Golden Week 2027: 昭和の日 on Thursday, then 3–5 May after the weekend', () => {
    expect(dueAfterBusinessDays(at('2027-04-28T18:00:00+09:00'), 1, TOKYO, JAPAN).date).toBe('2027-04-30');
    // Friday 30 April → Saturday, Sunday, 憲法記念日, みどりの日, こどもの日 → Thursday 6 May.
    expect(dueAfterBusinessDays(at('2027-04-30T10:00:00+09:00'), 1, TOKYO, JAPAN).date).toBe('2027-05-06');
    expect(dueAfterBusinessDays(at('2027-04-30T10:00:00+09:00'), 2, TOKYO, JAPAN).date).toBe('2027-05-07');
  });

  it('knows years no one listed: 2030, with its substitute holiday (振替休日) on Monday 6 May', () => {
    // Thursday 2 May 2030 → Friday 3 May (憲法記念日), the weekend (5 May, こどもの日, is a
    // Sunday), Monday 6 May (its substitute) → Tuesday 7 May.
    expect(dueAfterBusinessDays(at('2030-05-02T12:00:00+09:00'), 1, TOKYO, JAPAN).date).toBe('2030-05-07');
    expect(isBusinessDay('2030-05-06', JAPAN)).toBe(false);
    expect(isBusinessDay('2030-05-07', JAPAN)).toBe(true);
  });

  it('adds the company’s own days; bank holidays (31 December, 2–3 January) are not public ones', () => {
    const yearEnd: HolidaySpec = { ...JAPAN, extra: ['2027-12-29', '2027-12-30', '2027-12-31'] };
    // Tuesday 2027-12-28 → the break, New Year’s Day (a Saturday), Sunday → Monday 2028-01-03,
    // which date-holidays calls a bank holiday: a business day unless the company lists it.
    expect(dueAfterBusinessDays(at('2027-12-28T12:00:00+09:00'), 1, TOKYO, yearEnd).date).toBe('2028-01-03');
    const longer = { ...yearEnd, extra: [...yearEnd.extra, '2028-01-03'] };
    expect(dueAfterBusinessDays(at('2027-12-28T12:00:00+09:00'), 1, TOKYO, longer).date).toBe('2028-01-04');
    expect(dueAfterBusinessDays(at('2027-12-28T12:00:00+09:00'), 1, TOKYO, JAPAN).date).toBe('2027-12-29');
  });

  it('the reference rollout: Japan plus the year-end break, the old hand list’s dates all off', () => {
    const { holidays } = referencePolicy();
    expect(holidays.country).toEqual({ code: 'JP' });
    for (const date of REFERENCE_HOLIDAYS) expect(isBusinessDay(date, holidays)).toBe(false);
    expect(dueAfterBusinessDays(at('2026-11-20T12:00:00+09:00'), 1, TOKYO, holidays).date).toBe('2026-11-24');
    expect(dueAfterBusinessDays(at('2026-12-28T12:00:00+09:00'), 1, TOKYO, holidays).date).toBe('2027-01-04');
    expect(dueAfterBusinessDays(at('2027-02-10T15:00:00+09:00'), 1, TOKYO, holidays).date).toBe('2027-02-12');
  });

  it('looks a country up only for the years a count reaches, once each; a list never', () => {
    const asked: number[] = [];
    const lookup = (_: HolidayCountry, year: number) => {
      asked.push(year);
      return year === 2027 ? ['2027-01-01'] : [];
    };
    const spec: HolidaySpec = { country: { code: 'JP' }, extra: [], publicHolidays: lookup };
    expect(dueAfterBusinessDays(at('2026-12-30T12:00:00+09:00'), 3, TOKYO, spec).date).toBe('2027-01-05');
    expect(asked).toEqual([2026, 2027]);
    expect(dueAfterBusinessDays(at('2026-12-30T12:00:00+09:00'), 3, TOKYO, ['2027-01-01']).date).toBe(
      '2027-01-05',
    );
  });

  it('refuses a country with no lookup attached, saying where to get one', () => {
    const bare: HolidaySpec = { country: { code: 'JP' }, extra: [] };
    expect(() => dueAfterBusinessDays(at('2027-02-10T15:00:00+09:00'), 1, TOKYO, bare)).toThrow(
      /holidays\.country is JP.*withPublicHolidays/,
    );
  });

  it('lands on a business day of Japan’s calendar, `days` business days on, in any year to 2031', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2031-12-20T00:00:00Z') }),
        fc.integer({ min: 1, max: 8 }),
        (t, days) => {
          const due = dueAfterBusinessDays(t, days, TOKYO, JAPAN);
          expect(isBusinessDay(due.date, JAPAN)).toBe(true);
          let count = 0;
          for (let d = nextDate(localDate(t, TOKYO)); d <= due.date; d = nextDate(d)) {
            if (isBusinessDay(d, JAPAN)) count++;
          }
          expect(count).toBe(days);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nextBusinessDay and isBusinessDay', () => {
  it('gives the first business day after the local date', () => {
    expect(nextBusinessDay(at('2026-11-28T12:00:00+09:00'), TOKYO, []).date).toBe('2026-11-30'); // Saturday
    expect(nextBusinessDay(at('2026-11-29T23:59:00+09:00'), TOKYO, []).date).toBe('2026-11-30'); // Sunday
    expect(nextBusinessDay(at('2026-11-30T00:00:00+09:00'), TOKYO, []).date).toBe('2026-12-01'); // Monday
  });

  it('knows weekends and holidays', () => {
    expect(isBusinessDay('2026-11-27', [])).toBe(true);
    expect(isBusinessDay('2026-11-28', [])).toBe(false);
    expect(isBusinessDay('2026-11-29', [])).toBe(false);
    expect(isBusinessDay('2026-11-23', REFERENCE_HOLIDAYS)).toBe(false);
    expect(isBusinessDay('1969-12-31', [])).toBe(true); // a Wednesday before the epoch
    expect(isBusinessDay('1969-12-28', [])).toBe(false); // a Sunday before the epoch
  });
});

describe('properties', () => {
  const zones = ['Asia/Tokyo', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'];
  const holidays = ['2026-03-20', '2026-05-04', '2026-05-05', '2026-11-03', '2026-12-31'];

  it('lands on a business day exactly `days` business days after the local date, with exact bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2026-12-20T00:00:00Z') }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...zones),
        (t, days, tz) => {
          const due = dueAfterBusinessDays(t, days, tz, holidays);
          expect(isBusinessDay(due.date, holidays)).toBe(true);
          expect(localDate(due.startsAt, tz)).toBe(due.date);
          expect(localDate(due.endsAt, tz)).toBe(due.date);
          expect(localDate(due.startsAt - 1, tz) < due.date).toBe(true);
          expect(localDate(due.endsAt + 1, tz) > due.date).toBe(true);
          // Count business days in (local date of t, due.date] by walking local days.
          const start = localDate(t, tz);
          let count = 0;
          for (let d = nextDate(start); d <= due.date; d = nextDate(d)) {
            if (isBusinessDay(d, holidays)) count++;
          }
          if (days > 0) expect(count).toBe(days);
          else expect(due.date >= start).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
