/** Values as people read them, the same way the verdict's reasons print them; instants in UTC. */
import { formatValue as formatNumber } from '../judge/format.js';
import type { ValueUnit } from '../policy/model.js';

export { formatSpan } from '../judge/format.js';

/** "3.396s", "99.74%", "3"; an em dash when there is no value. */
export function formatValue(value: number | null, unit: ValueUnit): string {
  return value === null || Number.isNaN(value) ? '—' : formatNumber(value, unit);
}

/** "2026-11-20 10:15 UTC" */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
