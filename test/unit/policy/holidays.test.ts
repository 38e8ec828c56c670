/**
 * rollout.yaml `holidays`: the list form (the company's own days) and the country form, checked
 * at validation against the codes date-holidays knows, with errors that say how to fix them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_COUNTRIES_MODULE, holidayCountriesModuleText } from '../../../scripts/holiday-countries.js';
import { PolicyError } from '../../../src/policy/errors.js';
import { HOLIDAY_COUNTRIES } from '../../../src/policy/holiday-countries.generated.js';
import { checkHolidayCountry, skippedDays } from '../../../src/policy/holidays.js';
import { REPO_ROOT } from '../../support/policy.js';
import { policyFromYaml, TEST_SLIS } from '../../support/traces.js';

const PHASES = { P0: 'id: P0\nname: first\nflags: {}\n' };
const rollout = (holidays: string) =>
  `rollout: t\ntimezone: Asia/Tokyo\nphases: [P0]\n${TEST_SLIS}\nholidays:${holidays}\n`;
const holidaysOf = (yaml: string) => {
  const { publicHolidays: _, ...spec } = policyFromYaml(rollout(yaml), PHASES).holidays;
  return spec;
};

function errorOf(yaml: string): string {
  try {
    policyFromYaml(rollout(yaml), PHASES);
  } catch (e) {
    if (e instanceof PolicyError) return e.message;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

describe('holidays in rollout.yaml', () => {
  it('a list is the company’s own days, as before', () => {
    expect(holidaysOf(' [2026-12-29, 2026-12-30]')).toEqual({ extra: ['2026-12-29', '2026-12-30'] });
    expect(policyFromYaml(rollout(' []'), PHASES).holidays).toEqual({ extra: [] });
  });

  it('a country, optionally a state and region, plus the company’s days; codes in any case', () => {
    expect(holidaysOf('\n  country: JP\n  extra: [2026-12-29]')).toEqual({
      country: { code: 'JP' },
      extra: ['2026-12-29'],
    });
    expect(holidaysOf('\n  country: de\n  state: by\n  region: a')).toEqual({
      country: { code: 'DE', state: 'BY', region: 'A' },
      extra: [],
    });
  });

  it('an unknown country names rollout.yaml, the field, and how to find the code', () => {
    const message = errorOf('\n  country: JA');
    expect(message).toMatch(/phases\/rollout\.yaml:\d+:\d+: holidays\.country: unknown country "JA"/);
    expect(message).toContain('write an ISO 3166-1 alpha-2 code such as JP, US or DE');
    expect(message).toContain('Known codes starting with J: JE (Jersey), JM (Jamaica), JP (Japan).');
    expect(message).toContain('"Supported Countries, States, Regions"');
    expect(errorOf('\n  country: Japan')).toMatch(/holidays\.country: "Japan" is a name; write its code: JP/);
  });

  it('an unknown state or region lists the known ones', () => {
    expect(errorOf('\n  country: DE\n  state: Bavaria')).toMatch(
      /holidays\.state: DE \(Germany\) has no state "Bavaria" in date-holidays [\d.]+; use one of BB \(Brandenburg\), .*BY \(Bayern\), .*or remove state/,
    );
    expect(errorOf('\n  country: DE\n  state: BY\n  region: Q')).toMatch(
      /holidays\.region: DE BY has no region "Q" .*use one of A \(Stadt Augsburg\), KATH/,
    );
    expect(errorOf('\n  country: JP\n  state: "13"')).toMatch(
      /holidays\.state: JP \(Japan\) has no states .*remove state/,
    );
    // The United States have too many states to name: the codes alone.
    expect(errorOf('\n  country: US\n  state: XX')).toMatch(/use one of AL, AK, AZ, /);
  });

  it('a state needs its country, a region its state', () => {
    expect(errorOf('\n  state: BY')).toMatch(/holidays\.state: state needs a country/);
    expect(errorOf('\n  country: DE\n  region: A')).toMatch(/holidays\.region: region needs a state/);
  });

  it('refuses anything but a list or the object, and bad dates in extra', () => {
    expect(errorOf(' JP')).toMatch(
      /holidays: expected a list of dates, or \{ country, state, region, extra \}/,
    );
    expect(errorOf('\n  country: JP\n  extra: [2026-02-30]')).toMatch(/holidays\.extra\[0\]/);
    expect(errorOf('\n  country: JP\n  types: [bank]')).toMatch(/holidays\.types: unknown field "types"/);
  });
});

describe('checkHolidayCountry', () => {
  it('accepts every code date-holidays lists, as it spells them', () => {
    for (const [code, country] of Object.entries(HOLIDAY_COUNTRIES)) {
      expect(checkHolidayCountry(code.toLowerCase())).toEqual({ code });
      for (const [state, { regions }] of Object.entries(country.states ?? {})) {
        expect(checkHolidayCountry(code, state)).toEqual({ code, state });
        for (const region of Object.keys(regions ?? {}))
          expect(checkHolidayCountry(code, state, region)).toEqual({ code, state, region });
      }
    }
  });
});

describe('skippedDays (the RCA issue’s note)', () => {
  it('says what a count skips', () => {
    expect(skippedDays({ extra: [] })).toBe('weekends');
    expect(skippedDays({ extra: ['2026-12-29'] })).toBe("weekends and the policy's holidays");
    expect(skippedDays({ country: { code: 'JP' }, extra: [] })).toBe('weekends and public holidays in Japan');
    expect(skippedDays({ country: { code: 'DE', state: 'BY', region: 'A' }, extra: ['2026-12-29'] })).toBe(
      "weekends, public holidays in Germany (BY A) and the policy's own days off",
    );
  });
});

describe(`${HOLIDAY_COUNTRIES_MODULE}`, () => {
  it('is up to date with node_modules/date-holidays (npm run generate)', () => {
    const expected = holidayCountriesModuleText();
    expect(readFileSync(join(REPO_ROOT, HOLIDAY_COUNTRIES_MODULE), 'utf8') === expected).toBe(true);
  });
});
