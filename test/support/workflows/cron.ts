/**
 * POSIX cron (minute hour day-of-month month day-of-week), in UTC, as `on.schedule` reads it
 * (github/docs data/reusables/repositories/actions-scheduled-workflow-example.md: "You can
 * schedule a workflow to run at specific UTC times using POSIX cron syntax"). Lists, ranges,
 * steps and the month and day names; `@daily` and the like are refused, as GitHub does
 * ("does not support the non-standard syntax @yearly, …"). When both day fields are restricted,
 * a day matching either runs, as POSIX says.
 */

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: 'jan feb mar apr may jun jul aug sep oct nov dec' },
  { name: 'day of week', min: 0, max: 6, names: 'sun mon tue wed thu fri sat' },
] as const;

interface Field {
  values: Set<number>;
  star: boolean;
}

function value(text: string, f: (typeof FIELDS)[number]): number {
  const names = 'names' in f ? f.names.split(' ') : [];
  const named = names.indexOf(text.toLowerCase());
  const n = named >= 0 ? named + f.min : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  // Day of week 7 is Sunday too, in most crons.
  const v = f.name === 'day of week' && n === 7 ? 0 : n;
  if (!(v >= f.min && v <= f.max)) throw new Error(`cron ${f.name}: "${text}" is out of range`);
  return v;
}

function field(text: string, f: (typeof FIELDS)[number]): Field {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!(step >= 1)) throw new Error(`cron ${f.name}: bad step in "${part}"`);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [f.min, f.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-') as [string, string];
      [lo, hi] = [value(a, f), value(b, f)];
    } else {
      lo = value(range, f);
      hi = stepText === undefined ? lo : f.max;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star: text === '*' || text.startsWith('*/') };
}

export function parseCron(cron: string): Field[] {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5)
    throw new Error(`cron "${cron}": GitHub takes five fields (minute hour day month weekday)`);
  return parts.map((p, i) => field(p, FIELDS[i]!));
}

/** Whether the cron fires in the UTC minute of `at`. */
export function cronMatches(cron: string, at: Date): boolean {
  const [minute, hour, dom, month, dow] = parseCron(cron) as [Field, Field, Field, Field, Field];
  if (!minute.values.has(at.getUTCMinutes()) || !hour.values.has(at.getUTCHours())) return false;
  if (!month.values.has(at.getUTCMonth() + 1)) return false;
  const byDom = dom.values.has(at.getUTCDate());
  const byDow = dow.values.has(at.getUTCDay());
  if (dom.star || dow.star) return (dom.star || byDom) && (dow.star || byDow);
  return byDom || byDow;
}
