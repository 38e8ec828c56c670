/**
 * What the collector notes about an event line beyond its counts, read from the fields the line
 * classifier (classify.ts) captured: the value of a count SLI's `distinct` field, and the `where`
 * value that made a line of a mapped event count for no SLI (reported, never silently dropped).
 * Off the hot path: only count SLIs with `distinct` and lines no SLI counts come here.
 *
 * Pure: no I/O.
 */
import type { Buffer } from 'node:buffer';
import type { LineParser } from './classify.js';
import { T_ABSENT, T_NUMBER, T_STRING } from './line-class.js';

/** Notes beyond which further ones are lumped together, so a flood of values cannot grow memory. */
export const MAX_NOTES = 100;
export const MORE_NOTES = 'more lines noted (over 100 kinds of note; the first 100 are listed)';

/**
 * The value of a `distinct` field on the last event line, as a string (a number as JSON.parse
 * gives it, so 42 and "42" are one value); null when absent or of another type.
 */
export function distinctKey(p: LineParser, b: Buffer, slot: number): string | null {
  const t = p.type[slot];
  if (t !== T_STRING && t !== T_NUMBER) return null;
  return String(p.fieldValue(b, slot));
}

/**
 * For an event line counted by no SLI: the first `where` field (of its event's SLIs) whose value
 * no SLI's `where` accepts, as `severity "crit"` or `no severity`; null when there is none.
 * String values compare as the classifier does, case-insensitively.
 */
export function unmatchedWhere(p: LineParser, b: Buffer): string | null {
  const rule = p.plan.events[p.eventIndex]!;
  for (const slot of rule.whereSlots) {
    const name = p.plan.fields[slot]!;
    const t = p.type[slot];
    if (t !== T_STRING) return t === T_ABSENT ? `no ${name}` : `a non-string ${name}`;
    const value = String(p.fieldValue(b, slot));
    const lower = value.toLowerCase();
    if (!rule.actions.some((a) => a.conditions.some((c) => c.slot === slot && c.value === lower))) {
      return `${name} ${JSON.stringify(value)}`;
    }
  }
  return null;
}

/** notes[key] += n, keeping at most MAX_NOTES keys (the rest count under MORE_NOTES). */
export function addNote(notes: Record<string, number>, key: string, n = 1): void {
  const have = notes[key];
  if (have !== undefined) notes[key] = have + n;
  else if (Object.keys(notes).length < MAX_NOTES || key === MORE_NOTES) notes[key] = n;
  else notes[MORE_NOTES] = (notes[MORE_NOTES] ?? 0) + n;
}
