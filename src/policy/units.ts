/**
 * Quantities in the policy carry their unit ("2.5s", "99.5%", "2h"), so a bare "2.5" is an
 * error instead of a silent guess. Every parser returns a plain number in a base unit:
 * milliseconds for durations and latencies, a fraction (0..1) for percentages.
 */

const DURATION_UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/;
const PERCENT_RE = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/;
const COUNT_RE = /^\s*(\d+)\s*$/;

/** "15m" → 900000. Returns undefined when the text is not a number with a duration unit. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * DURATION_UNITS_MS[m[2]!]!;
}

/** "99.5%" → 0.995, "+5%" → 0.05. */
export function parsePercent(text: string): number | undefined {
  const m = PERCENT_RE.exec(text);
  if (!m) return undefined;
  return Number(m[1]) / 100;
}

/** "3" → 3 (whole, non-negative counts only). */
export function parseCount(text: string): number | undefined {
  const m = COUNT_RE.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** 900000 → "15m", 2500 → "2.5s": the shortest exact spelling, for messages and tables. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  if (ms >= 1000) return `${round(ms / 1000, 3)}s`;
  return `${round(ms, 1)}ms`;
}

export function formatPercent(fraction: number, digits = 2): string {
  return `${round(fraction * 100, digits)}%`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
