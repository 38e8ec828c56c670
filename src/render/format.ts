/** Values as people read them: latency in ms or s, ratios as percentages, instants in UTC. */
import type { ValueUnit } from '../policy/model.js';

export function formatValue(value: number | null, unit: ValueUnit): string {
  if (value === null || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'ms':
      return value >= 1000 ? `${trim(value / 1000, 3)} s` : `${trim(value, 1)} ms`;
    case 'percent':
      return `${trim(value * 100, 2)} %`;
    case 'count':
      return String(trim(value, 2));
  }
}

/** "2026-11-20 10:15 UTC" */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function trim(x: number, digits: number): string {
  return String(Math.round(x * 10 ** digits) / 10 ** digits);
}
