/** Checking what the user typed: every error names the flag and how to fix it. */

/** Bad input from the user: the CLI prints the message as one line and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 instant. A date or time without a zone is read as UTC, so runs agree everywhere. */
export function parseInstant(text: string, flag: string): number {
  const t = text.trim();
  if (!ISO_RE.test(t)) {
    throw new InputError(`${flag}: "${text}" is not an ISO 8601 time; write e.g. 2026-11-20T10:15:00Z`);
  }
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(t) && t.includes('T');
  const ms = Date.parse(hasZone ? t : t.includes('T') ? `${t}Z` : `${t}T00:00:00Z`);
  if (Number.isNaN(ms))
    throw new InputError(`${flag}: "${text}" is not a valid date; write e.g. 2026-11-20T10:15:00Z`);
  return ms;
}

export function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new InputError(`${flag}: "${text}" is not one of ${allowed.join(', ')}`);
}

/** A number above zero, or an InputError naming the flag. */
export function positiveNumber(text: string, flag: string): number {
  const n = Number(text.trim());
  if (!Number.isFinite(n) || n <= 0)
    throw new InputError(`${flag}: "${text}" is not a number above zero (for example 10)`);
  return n;
}
