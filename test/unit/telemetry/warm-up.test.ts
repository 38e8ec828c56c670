/**
 * The classifier's warm-up (classify-warmup.ts, run by every LineParser): it only pays off when it
 * reaches the paths real data takes.
 */
import { describe, expect, it } from 'vitest';
import { warmUpLines } from '../../../src/telemetry/classify-warmup.js';
import { compilePlan } from '../../../src/telemetry/plan.js';
import { SLIS } from './fixtures.js';

describe("the classifier's warm-up lines", () => {
  const lines = warmUpLines(compilePlan(SLIS, {}));

  it('hold JSON escapes in a key, an event name and a value, as the classifier will meet them', () => {
    // the strings as JSON text: a backslash before u or ", not the characters they stand for
    const escaped = lines.filter((l) => /\\u00|\\"/.test(l));
    expect(escaped.some((l) => l.startsWith('{"t\\u0073":'))).toBe(true);
    expect(escaped.some((l) => l.includes('"event":"\\u0061"'))).toBe(true);
    expect(escaped.some((l) => l.includes('"y":"\\"\\u00e9\\n"'))).toBe(true);
    // and each stays one line: a raw newline would cut it in two malformed halves
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]);
    for (const l of escaped) expect(() => JSON.parse(l), l).not.toThrow();
  });
});
