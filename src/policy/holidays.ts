/**
 * rollout.yaml `holidays`, compiled. The list form is the company's own days off; the object form
 * adds a country's public holidays (from date-holidays, looked up when a due date needs them:
 * src/holidays/). The country, state and region are checked here against the codes date-holidays
 * knows (holiday-countries.generated.ts, written from the installed package by `npm run
 * generate`), so a typo fails `phasegate validate` instead of silently counting no holidays, and
 * validating does not load the library.
 */
import type { PolicyIssue } from './errors.js';
import { HOLIDAY_COUNTRIES, HOLIDAY_COUNTRIES_FROM } from './holiday-countries.generated.js';
import type { HolidayCountry, HolidaySpec } from './model.js';
import type { HolidaysSection } from './schema.js';

const ALL_CODES = 'All codes: date-holidays\' README, section "Supported Countries, States, Regions".';

export function compileHolidays(
  section: HolidaysSection | undefined,
  issue: (path: PropertyKey[], message: string) => PolicyIssue,
  issues: PolicyIssue[],
): HolidaySpec {
  if (section === undefined) return { extra: [] };
  if (Array.isArray(section)) return { extra: [...section] };
  const extra = [...(section.extra ?? [])];
  const { country, state, region } = section;
  if (country === undefined) {
    for (const field of ['state', 'region'] as const) {
      if (section[field] !== undefined)
        issues.push(
          issue([field], `${field} needs a country: set country too (e.g. country: DE, state: BY)`),
        );
    }
    return { extra };
  }
  const checked = checkHolidayCountry(country, state, region);
  if ('field' in checked) {
    issues.push(issue([checked.field], checked.message));
    return { extra };
  }
  return { country: checked, extra };
}

export type CountryProblem = { field: 'country' | 'state' | 'region'; message: string };

/**
 * The country, state and region as date-holidays spells them (codes match in any case), or what
 * is wrong with them and how to fix it.
 */
export function checkHolidayCountry(
  country: string,
  state?: string,
  region?: string,
): HolidayCountry | CountryProblem {
  const code = findKey(HOLIDAY_COUNTRIES, country);
  if (code === undefined) return { field: 'country', message: unknownCountry(country) };
  const entry = HOLIDAY_COUNTRIES[code]!;
  if (state === undefined) {
    if (region !== undefined)
      return { field: 'region', message: `region needs a state: set state to the state "${region}" is in` };
    return { code };
  }
  const states = entry.states ?? {};
  const stateCode = findKey(states, state);
  if (stateCode === undefined) {
    const names = Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v.name]));
    return {
      field: 'state',
      message: Object.keys(states).length
        ? `${code} (${entry.name}) has no state "${state}" in ${HOLIDAY_COUNTRIES_FROM}; use one of ${listed(names)}, or remove state for the nationwide holidays only`
        : `${code} (${entry.name}) has no states in ${HOLIDAY_COUNTRIES_FROM}; remove state`,
    };
  }
  if (region === undefined) return { code, state: stateCode };
  const regions = states[stateCode]!.regions ?? {};
  const regionCode = findKey(regions, region);
  if (regionCode === undefined) {
    return {
      field: 'region',
      message: Object.keys(regions).length
        ? `${code} ${stateCode} has no region "${region}" in ${HOLIDAY_COUNTRIES_FROM}; use one of ${listed(regions)}, or remove region`
        : `${code} ${stateCode} has no regions in ${HOLIDAY_COUNTRIES_FROM}; remove region`,
    };
  }
  return { code, state: stateCode, region: regionCode };
}

function unknownCountry(given: string): string {
  const byName = Object.entries(HOLIDAY_COUNTRIES).find(
    ([, c]) => c.name.toLowerCase() === given.trim().toLowerCase(),
  );
  if (byName) return `"${given}" is a name; write its code: ${byName[0]}`;
  const initial = given.trim().charAt(0).toUpperCase();
  const alike = Object.fromEntries(
    Object.entries(HOLIDAY_COUNTRIES)
      .filter(([code]) => code.startsWith(initial))
      .map(([code, c]) => [code, c.name]),
  );
  const hint = Object.keys(alike).length ? ` Known codes starting with ${initial}: ${listed(alike)}.` : '';
  return `unknown country "${given}" (not a code ${HOLIDAY_COUNTRIES_FROM} knows); write an ISO 3166-1 alpha-2 code such as JP, US or DE.${hint} ${ALL_CODES}`;
}

function findKey(table: Record<string, unknown>, given: string): string | undefined {
  const wanted = given.trim().toLowerCase();
  return Object.keys(table).find((k) => k.toLowerCase() === wanted);
}

/** "A (Stadt Augsburg), KATH (…)"; codes alone when there are many. */
function listed(names: Record<string, string>): string {
  const entries = Object.entries(names);
  return entries.length > 20
    ? entries.map(([k]) => k).join(', ')
    : entries.map(([k, name]) => `${k} (${name})`).join(', ');
}

/** What a business-day count skips, for messages: "weekends, public holidays in Japan and …". */
export function skippedDays(holidays: HolidaySpec): string {
  const { country, extra } = holidays;
  if (!country) return extra.length ? "weekends and the policy's holidays" : 'weekends';
  const where = [country.state, country.region].filter(Boolean).join(' ');
  const name = HOLIDAY_COUNTRIES[country.code]?.name ?? country.code;
  const pub = `public holidays in ${name}${where ? ` (${where})` : ''}`;
  return extra.length ? `weekends, ${pub} and the policy's own days off` : `weekends and ${pub}`;
}
