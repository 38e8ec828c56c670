/**
 * A country's public holidays from date-holidays: which types count, which days a holiday takes
 * whole, and the lookup a loaded policy carries.
 */
import { describe, expect, it } from 'vitest';
import { publicHolidays, wholeDaysOff, withPublicHolidays } from '../../../src/holidays/date-holidays.js';
import { policyFromYaml, TEST_SLIS } from '../../support/traces.js';

const holiday = (date: string, start: string, end: string) => ({
  date,
  start: new Date(start),
  end: new Date(end),
});

describe('publicHolidays', () => {
  it('Japan 2027: the national holidays and 振替休日, not bank holidays or observances', () => {
    const jp = publicHolidays({ code: 'JP' }, 2027);
    expect(jp).toEqual([
      '2027-01-01',
      '2027-01-11',
      '2027-02-11',
      '2027-02-23',
      '2027-03-21',
      '2027-03-22', // 春分の日 falls on a Sunday: Monday is its substitute
      '2027-04-29',
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-07-19',
      '2027-08-11',
      '2027-09-20',
      '2027-09-23',
      '2027-10-11',
      '2027-11-03',
      '2027-11-23',
    ]);
    // date-holidays lists 2–3 January and 31 December as bank holidays, 七五三 and Christmas as
    // observances: none counts.
    for (const date of ['2027-01-02', '2027-01-03', '2027-11-15', '2027-12-25', '2027-12-31'])
      expect(jp).not.toContain(date);
  });

  it('a state and a region add theirs: Bavaria’s Epiphany, Augsburg’s Peace Festival', () => {
    const de = publicHolidays({ code: 'DE' }, 2027);
    const by = publicHolidays({ code: 'DE', state: 'BY' }, 2027);
    const augsburg = publicHolidays({ code: 'DE', state: 'BY', region: 'A' }, 2027);
    expect(de).toContain('2027-10-03');
    expect(de).not.toContain('2027-01-06');
    expect(by).toContain('2027-01-06');
    expect(by).not.toContain('2027-08-08');
    expect(augsburg).toContain('2027-08-08');
    // Faschingsdienstag and Christmas Eve are an observance and a bank holiday in DE: business days.
    expect(augsburg).not.toContain('2027-02-09');
    expect(augsburg).not.toContain('2027-12-24');
  });

  it('counts whole days only: several-day holidays each day, half days not', () => {
    // Eid al-Fitr in the UAE: three days, each beginning the evening before.
    expect(publicHolidays({ code: 'AE' }, 2027)).toEqual(
      expect.arrayContaining(['2027-03-09', '2027-03-10', '2027-03-11']),
    );
    // China's International Women's Day is a public holiday from noon: a business day.
    expect(publicHolidays({ code: 'CN' }, 2027)).not.toContain('2027-03-08');
  });

  it('answers a year again from memory', () => {
    const first = publicHolidays({ code: 'JP' }, 2031);
    expect(publicHolidays({ code: 'JP' }, 2031)).toBe(first);
    expect(first).toContain('2031-02-11');
  });
});

describe('wholeDaysOff', () => {
  it('a day from midnight to midnight: that date', () => {
    expect(
      wholeDaysOff(holiday('2027-02-11 00:00:00', '2027-02-10T15:00:00Z', '2027-02-11T15:00:00Z')),
    ).toEqual(['2027-02-11']);
  });

  it('"-0600": the day it names, though it begins the evening before', () => {
    // UAE (UTC+4): from 18:00 on the 8th to 18:00 on the 11th.
    expect(
      wholeDaysOff(holiday('2027-03-09 00:00:00 -0600', '2027-03-08T14:00:00Z', '2027-03-11T14:00:00Z')),
    ).toEqual(['2027-03-09', '2027-03-10', '2027-03-11']);
    // Turkey (UTC+3): 90 hours from the evening of the 8th end at noon on the 12th: three whole days.
    expect(
      wholeDaysOff(holiday('2027-03-09 00:00:00 -0600', '2027-03-08T15:00:00Z', '2027-03-12T09:00:00Z')),
    ).toEqual(['2027-03-09', '2027-03-10', '2027-03-11']);
  });

  it('from noon or 13:00: no whole day, unless it runs on', () => {
    expect(
      wholeDaysOff(holiday('2027-03-08 12:00:00', '2027-03-08T04:00:00Z', '2027-03-08T16:00:00Z')),
    ).toEqual([]);
    expect(
      wholeDaysOff(holiday('2027-12-24 13:00:00', '2027-12-24T13:00:00Z', '2027-12-26T00:00:00Z')),
    ).toEqual(['2027-12-25']);
  });

  it('a day of 23 or 25 hours (daylight saving) is still a day; a run over New Year gives both years', () => {
    // New York springs forward on 2027-03-14.
    expect(
      wholeDaysOff(holiday('2027-03-14 00:00:00', '2027-03-14T05:00:00Z', '2027-03-15T04:00:00Z')),
    ).toEqual(['2027-03-14']);
    expect(
      wholeDaysOff(holiday('2027-12-31 00:00:00', '2027-12-31T00:00:00Z', '2028-01-02T00:00:00Z')),
    ).toEqual(['2027-12-31', '2028-01-01']);
  });

  it('refuses a date it cannot read, naming it', () => {
    expect(() => wholeDaysOff(holiday('31.12.2027', '2027-12-31T00:00:00Z', '2028-01-01T00:00:00Z'))).toThrow(
      /"31\.12\.2027"/,
    );
  });
});

describe('withPublicHolidays', () => {
  const rollout = (holidays: string) =>
    `rollout: t\ntimezone: Asia/Tokyo\nphases: [P0]\n${TEST_SLIS}\nholidays: ${holidays}\n`;
  const phases = { P0: 'id: P0\nname: first\nflags: {}\n' };

  it('gives a policy that names a country the lookup, and leaves a list alone', () => {
    const jp = policyFromYaml(rollout('{ country: JP, extra: [2026-12-29] }'), phases);
    expect(jp.holidays).toEqual({ country: { code: 'JP' }, extra: ['2026-12-29'], publicHolidays });
    const list = policyFromYaml(rollout('[2026-12-29]'), phases);
    expect(list.holidays).toEqual({ extra: ['2026-12-29'] });
    expect(withPublicHolidays(list)).toBe(list);
  });
});
