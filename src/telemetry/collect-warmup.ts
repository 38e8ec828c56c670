/**
 * Warm-up for a parse thread that waits for its first range: a generic policy's collect over
 * synthetic lines shaped like real events, so V8 has optimized the parse path (split, classify,
 * the aggregates) before the real bytes arrive. A range parsed cold runs ~60 % slower until the
 * optimizing compiler is done, and a worker that boots while the main thread still loads the
 * policy would otherwise idle. The code the JIT optimizes is shared by every collector of the
 * thread, whatever its policy. The main thread runs one round too, once the workers have their
 * ranges (collect-parallel.ts), for the feedback of every kind of line rather than for speed.
 *
 * Pure: no I/O.
 */
import { Buffer } from 'node:buffer';
import type { SliDefinition } from '../policy/schema.js';
import { SegmentCollector, type SegmentResult } from './collect.js';
import { DEFAULT_WINDOW_MS } from './window.js';

const FROM = Date.UTC(2026, 0, 1);
const WINDOWS = 4;

/** One SLI of each kind and option: a latency, ratios with a `where` and a control cohort, a distinct count. */
const SLIS: Record<string, SliDefinition> = {
  latency: { kind: 'latency', event: 'w.save', field: 'duration_ms', unit: 'ms' },
  ratio: {
    kind: 'ratio',
    numerator: { event: 'w.restore', where: { success: true } },
    denominator: { event: 'w.restore' },
    control: { cohort: 'control' },
  },
  mode: {
    kind: 'ratio',
    numerator: { event: 'w.merge', where: { mode: 'auto' } },
    denominator: { event: 'w.merge' },
  },
  count: { kind: 'count', event: 'w.bug', where: { severity: 'critical' }, distinct: 'id' },
};

/** 250 lines over four windows, mostly the common shape, a few of the rare ones (unknown, invalid, broken). */
function lines(): Buffer {
  const out: string[] = [];
  for (let i = 0; i < 250; i++) {
    const ts = new Date(
      FROM + (i % WINDOWS) * DEFAULT_WINDOW_MS + ((i * 7_919) % DEFAULT_WINDOW_MS),
    ).toISOString();
    const common = `"session":"s-${(i * 7919).toString(16)}","app":"${i % 3 ? 'web' : 'desktop'}","version":"4.${i % 5}.0","cohort":"${i % 4 ? 'beta' : 'control'}"`;
    const kind = i % 10;
    if (kind < 6) out.push(`{"ts":"${ts}","event":"w.save","duration_ms":${(i * 37) % 3000},${common}}`);
    else if (kind === 6) out.push(`{"ts":"${ts}","event":"w.restore","success":${i % 3 > 0},${common}}`);
    else if (kind === 7)
      out.push(`{"ts":"${ts}","event":"w.merge","mode":"${i % 2 ? 'auto' : 'manual'}",${common}}`);
    else if (kind === 8)
      out.push(`{"ts":"${ts}","event":"w.bug","severity":"critical","id":"b-${i % 50}",${common}}`);
    else if (i % 7 === 0) out.push(`{"ts":"${ts}","event":"other.event",${common}}`);
    else if (i % 3 === 0)
      out.push(i % 20 < 10 ? `{"ts":"${ts}","event":"w.save","duration_ms":"slow"}` : '{"ts":');
    else out.push(`{"ts":"${ts}","event":"w.session",${common}}`);
  }
  return Buffer.from(`${out.join('\n')}\n`);
}

let text: Buffer | undefined;

/** One round of the warm-up: 250 lines, a quarter of a millisecond once optimized. */
export function warmCollectRound(): SegmentResult {
  text ??= lines();
  const c = new SegmentCollector({
    policy: { slis: SLIS, windowMs: DEFAULT_WINDOW_MS },
    thresholds: { latency: [500] },
    from: FROM,
    to: FROM + WINDOWS * DEFAULT_WINDOW_MS,
  });
  c.beginSegment('warm-up');
  // in chunks, as a file is read, so the split path that carries a line across chunks runs too
  for (let p = 0; p < text.length; p += 8_192) c.push(text.subarray(p, p + 8_192));
  return c.endSegment();
}

/**
 * A round for the threads that parse: false when it threw. The ranges never depend on the
 * warm-up, so a failing round ends the warm-up, never the collect.
 */
export function tryWarmCollectRound(): boolean {
  try {
    warmCollectRound();
    return true;
  } catch {
    return false;
  }
}
