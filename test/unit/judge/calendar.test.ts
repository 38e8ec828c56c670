import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, localDayStart, localTime, nextLocalDayStart } from '../../../src/judge/calendar.js';

const HOUR = 3_600_000;
const ZONES = [
  'Asia/Tokyo',
  'America/New_York',
  'UTC',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
// 2020-01-01 … 2030-12-31
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) });
const zone = fc.constantFrom(...ZONES);

function intlDate(t: number, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(t);
}

describe('calendar days', () => {
  it('localDayStart(t) ≤ t < nextLocalDayStart(t), and both bound the same local date', () => {
    fc.assert(
      fc.property(instant, zone, (t, tz) => {
        const start = localDayStart(t, tz);
        const next = nextLocalDayStart(t, tz);
        expect(start).toBeLessThanOrEqual(t);
        expect(next).toBeGreaterThan(t);
        expect(localDate(start, tz)).toBe(localDate(t, tz));
        expect(localDate(next - 1, tz)).toBe(localDate(t, tz));
        expect(localDate(start - 1, tz)).not.toBe(localDate(t, tz));
        expect(localDate(next, tz)).not.toBe(localDate(t, tz));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: the start of a day is the start of its own day', () => {
    fc.assert(
      fc.property(instant, zone, (t, tz) => {
        const start = localDayStart(t, tz);
        expect(localDayStart(start, tz)).toBe(start);
        expect(localDayStart(nextLocalDayStart(t, tz), tz)).toBe(nextLocalDayStart(t, tz));
        expect(localDayStart(nextLocalDayStart(t, tz) - 1, tz)).toBe(start);
      }),
      { numRuns: 300 },
    );
  });

  it('localDate agrees with Intl', () => {
    fc.assert(
      fc.property(instant, zone, (t, tz) => {
        expect(localDate(t, tz)).toBe(intlDate(t, tz));
      }),
      { numRuns: 500 },
    );
  });

  it('localTime agrees with Intl, near offset changes too (offsets are kept per hour)', () => {
    const wall = (t: number, tz: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: tz,
        hourCycle: 'h23',
        hour: '2-digit',
        minute: '2-digit',
      }).format(t);
    // Zones whose offsets change on the half hour or by 30 min, and instants around 2026's changes.
    const zones = fc.constantFrom(...ZONES, 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu');
    const near = fc
      .tuple(
        fc.constantFrom(
          Date.UTC(2026, 2, 8, 7),
          Date.UTC(2026, 3, 4, 15),
          Date.UTC(2026, 8, 26, 14),
          Date.UTC(2026, 10, 1, 6),
          Date.UTC(2026, 9, 3, 15),
        ),
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
      )
      .map(([t, d]) => t + d);
    fc.assert(
      fc.property(fc.oneof(instant, near), zones, (t, tz) => {
        expect(localTime(t, tz)).toBe(wall(t, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('Asia/Tokyo days start at 15:00 UTC and are always 24 h', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const start = localDayStart(t, 'Asia/Tokyo');
        expect(new Date(start).getUTCHours()).toBe(15);
        expect(new Date(start).getUTCMinutes()).toBe(0);
        expect(nextLocalDayStart(t, 'Asia/Tokyo') - start).toBe(24 * HOUR);
      }),
    );
  });

  it('UTC days are the UTC calendar', () => {
    fc.assert(
      fc.property(instant, (t) => {
        expect(localDayStart(t, 'UTC')).toBe(Math.floor(t / (24 * HOUR)) * 24 * HOUR);
      }),
    );
  });

  it('America/New_York days are 23 h or 25 h exactly on DST transition days', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const tz = 'America/New_York';
        const start = localDayStart(t, tz);
        const length = nextLocalDayStart(t, tz) - start;
        // Offsets at local noon of the previous and next day tell whether the day had a transition.
        const offsetBefore = utcHourOfLocalMidnight(start);
        const offsetAfter = utcHourOfLocalMidnight(nextLocalDayStart(t, tz));
        if (offsetBefore === offsetAfter) expect(length).toBe(24 * HOUR);
        else expect(length).toBe((24 - (offsetAfter - offsetBefore)) * HOUR);
        expect([23 * HOUR, 24 * HOUR, 25 * HOUR]).toContain(length);
      }),
      { numRuns: 500 },
    );
  });

  it('knows the New York DST days of 2026', () => {
    const tz = 'America/New_York';
    // Spring forward 2026-03-08, fall back 2026-11-01.
    const march8 = Date.parse('2026-03-08T12:00:00-04:00');
    expect(localDate(march8, tz)).toBe('2026-03-08');
    expect(localDayStart(march8, tz)).toBe(Date.parse('2026-03-08T00:00:00-05:00'));
    expect(nextLocalDayStart(march8, tz) - localDayStart(march8, tz)).toBe(23 * HOUR);
    const nov1 = Date.parse('2026-11-01T12:00:00-05:00');
    expect(localDayStart(nov1, tz)).toBe(Date.parse('2026-11-01T00:00:00-04:00'));
    expect(nextLocalDayStart(nov1, tz) - localDayStart(nov1, tz)).toBe(25 * HOUR);
    // The repeated hour 01:00–02:00 belongs to the same day.
    expect(localDate(Date.parse('2026-11-01T01:30:00-05:00'), tz)).toBe('2026-11-01');
  });

  it('handles a day whose midnight does not exist (America/Havana springs forward at 00:00)', () => {
    const tz = 'America/Havana';
    const t = Date.parse('2026-03-08T12:00:00-04:00');
    const start = localDayStart(t, tz);
    expect(localDate(start, tz)).toBe('2026-03-08');
    expect(localDate(start - 1, tz)).toBe('2026-03-07');
  });

  it('Tokyo: UTC day boundaries fall inside a Tokyo day', () => {
    const t = Date.parse('2026-11-20T23:59:59.999Z');
    expect(localDate(t, 'Asia/Tokyo')).toBe('2026-11-21');
    expect(localDate(t + 1, 'Asia/Tokyo')).toBe('2026-11-21');
    expect(localDayStart(t, 'Asia/Tokyo')).toBe(Date.parse('2026-11-20T15:00:00Z'));
  });
});

/** UTC offset (hours, negative west) in force at a New York local midnight. */
function utcHourOfLocalMidnight(start: number): number {
  return -new Date(start).getUTCHours();
}
