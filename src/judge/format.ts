/** Numbers in messages: values in the SLO's unit, comparison signs, and the tolerant comparison. */
import type { Comparison, Condition, ValueUnit } from '../policy/model.js';
import { formatDuration, formatPercent } from '../policy/units.js';

/** Round to 12 significant digits so 995/1000 and "99.5%" compare equal. */
export function round12(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/**
 * round12(a) === round12(b), without rounding (toPrecision) when a and b differ by more than a
 * part in 10^10: numbers that agree to 12 significant digits differ by at most a part in 10^11.
 */
function sameTo12Digits(a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (Number.isFinite(scale) && Math.abs(a - b) > 1e-10 * scale) return false;
  return round12(a) === round12(b);
}

/**
 * `value op threshold`, inclusive ops inclusive, tolerant of floating-point noise: values within
 * one part in 10^12 of the threshold count as equal (995/1000 meets "99.5%").
 */
export function holds(value: number, c: Pick<Condition, 'op' | 'threshold'>): boolean {
  const t = c.threshold;
  const equal = value === t || Math.abs(value - t) <= 1e-12 * Math.max(Math.abs(value), Math.abs(t));
  switch (c.op) {
    case '<':
      return !equal && value < t;
    case '<=':
      return equal || value < t;
    case '>':
      return !equal && value > t;
    case '>=':
      return equal || value > t;
  }
}

const NEGATION: Record<Comparison, Comparison> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** The sign to print between value and threshold: the op when it holds, its negation when not. */
export function sign(op: Comparison, held: boolean): Comparison {
  return held ? op : NEGATION[op];
}

export interface FormatOptions {
  /** Print a + on positive values (increases). */
  signed?: boolean;
  digits?: number;
}

export function formatValue(value: number, unit: ValueUnit, opts: FormatOptions = {}): string {
  if (unit === 'ms') return formatDuration(value);
  if (unit === 'count') return String(round12(value));
  const text = formatPercent(value, opts.digits ?? 2);
  return opts.signed && value >= 0 ? `+${text}` : text;
}

/**
 * A value printed with enough digits that it does not look equal to the threshold when the
 * comparison says it differs (99.4999% is not shown as "99.5% < 99.5%").
 */
export function formatAgainst(value: number, threshold: number, unit: ValueUnit, signed = false): string {
  if (unit === 'count' || sameTo12Digits(value, threshold)) return formatValue(value, unit, { signed });
  if (unit === 'ms') {
    const text = formatDuration(value);
    return text === formatDuration(threshold) ? `${round12(value)}ms` : text;
  }
  let text = '';
  for (let digits = 2; digits <= 8; digits++) {
    text = formatValue(value, unit, { signed, digits });
    if (text !== formatValue(threshold, unit, { signed, digits })) break;
  }
  return text;
}

/** A span of time for messages: "15m", "1h45m", "24h", "72h", "7d". */
export function formatSpan(ms: number): string {
  const DAY = 86_400_000;
  if (ms > 3 * DAY && ms % DAY === 0) return `${ms / DAY}d`;
  if (ms <= 0 || ms % 60_000 !== 0) return formatDuration(Math.max(0, ms));
  const h = Math.floor(ms / 3_600_000);
  const m = (ms % 3_600_000) / 60_000;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
}
