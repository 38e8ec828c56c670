/**
 * Worker thread entry: collects whole lines of one byte range of a file and posts the
 * SegmentResult. A range owns the lines that start inside it: it skips a line cut at its start
 * and finishes a line cut at its end. Until its first range comes, the thread warms up.
 */
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { EventShape } from '../../policy/model.js';
import type { SliDefinition } from '../../policy/schema.js';
import { SegmentCollector, type SegmentResult } from '../collect.js';
import { tryWarmCollectRound } from '../collect-warmup.js';
import { cutSpan, type ReadSpan, readChunks } from './read-chunks.js';

export interface SegmentTask {
  id: number;
  file: string;
  start: number;
  end: number;
  /** The file's size when the ranges were cut (a range to its end has end: Infinity). */
  size: number;
  /** A range is cut in two (cutSpan) only when both pieces would hold at least this many bytes. */
  minCutBytes: number;
  slis: Record<string, SliDefinition>;
  /** Where lines keep their time and name (rollout.yaml `events:`); absent: the canonical shape. */
  events?: EventShape;
  /** SLI id → latency thresholds to count samples above (as the main thread's collector does). */
  thresholds: Record<string, readonly number[]>;
  windowMs: number;
  from: number;
  to: number;
  maxLineBytes?: number;
  chunkBytes: number;
}

/** Asks the thread reading task `cut` to stop halfway through what it has left (collect-parallel.ts). */
export interface CutRequest {
  cut: number;
}

export type SegmentReply =
  | { id: number; ok: true; result: SegmentResult }
  | { id: number; ok: false; error: string; code?: string }
  /** Where task `cut` now ends, the rest being another task's; null when it was not cut. */
  | { cut: number; at: number | null };

/**
 * Collects the lines that start in [task.start, span.end): `span` is where the range is read, and
 * its end may move earlier while it is (a cut, between chunks). The first line is the first that
 * starts at or after task.start, and the last one is read to its end past span.end, so ranges
 * cut anywhere share no line and miss none.
 */
export async function collectSegment(
  task: SegmentTask,
  span: ReadSpan = { pos: task.start, end: task.end },
): Promise<SegmentResult> {
  const c = new SegmentCollector({
    policy: { slis: task.slis, windowMs: task.windowMs, events: task.events },
    thresholds: task.thresholds,
    from: task.from,
    to: task.to,
    maxLineBytes: task.maxLineBytes,
  });
  c.beginSegment(task.file);
  const fh = await open(task.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(task.chunkBytes);
    const peek = (at: number) => readSync(fh.fd, buf, 0, Math.min(buf.length, 1 << 16), at);
    if (span.pos > 0) {
      // the first line starting at or after `start`
      let at = span.pos - 1;
      for (;;) {
        const bytesRead = peek(at);
        if (bytesRead === 0) return c.endSegment();
        const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
        if (nl >= 0) {
          at += nl + 1;
          break;
        }
        at += bytesRead;
      }
      span.pos = at;
    }
    let last = 0x0a;
    for await (const chunk of readChunks(fh.fd, span, task.chunkBytes)) {
      c.push(chunk);
      last = chunk[chunk.length - 1]!;
    }
    if (span.pos < span.end && Number.isFinite(span.end)) return c.endSegment(); // the file ended early
    // finish the line that runs past the end
    let pos = span.pos;
    while (last !== 0x0a) {
      const bytesRead = peek(pos);
      if (bytesRead === 0) break;
      const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
      const take = nl >= 0 ? nl + 1 : bytesRead;
      c.push(buf.subarray(0, take));
      pos += take;
      if (nl >= 0) last = 0x0a;
    }
    return c.endSegment();
  } finally {
    await fh.close();
  }
}

/**
 * A thread started ahead (collect-threads.ts) boots while the main thread still loads the policy,
 * and idles until its first range. It warms the parse path meanwhile (collect-warmup.ts): a range
 * parsed cold took ~190 ms against ~115 ms warm (28 MB of the 7-day trace). At most this many
 * rounds, ~80 ms: V8 has optimized the parse path by then (--trace-opt). On two cores the warm-up
 * shares the CPU with the main thread's start, which ends ~35 ms later, but the parse ends ~70 ms
 * sooner (7-day trace, medians of 14 interleaved runs each).
 */
const WARM_ROUNDS = 24;
/** A range came: the warm-up stops for good (it is not resumed between ranges). */
let taken = false;

/** A round at a time, yielding between rounds so the first range is taken as soon as it comes. */
function warmWhileIdle(round: number): void {
  if (taken || round >= WARM_ROUNDS || !tryWarmCollectRound()) return;
  setImmediate(warmWhileIdle, round + 1);
}

if (parentPort) setImmediate(warmWhileIdle, 0);

/** The task this thread reads now, and where: a cut request moves its end. */
let reading: { task: SegmentTask; span: ReadSpan } | undefined;

parentPort?.on('message', (m: SegmentTask | CutRequest) => {
  if ('cut' in m) {
    const r = reading?.task.id === m.cut ? reading : undefined;
    const at = r && cutSpan(r.span, r.task.size, r.task.minCutBytes);
    parentPort!.postMessage({ cut: m.cut, at: at ?? null } satisfies SegmentReply);
    return;
  }
  const task = m;
  taken = true;
  const span = { pos: task.start, end: task.end };
  reading = { task, span };
  collectSegment(task, span).then(
    (result) => {
      reading = undefined;
      parentPort!.postMessage({ id: task.id, ok: true, result } satisfies SegmentReply);
    },
    (e: unknown) => {
      reading = undefined;
      parentPort!.postMessage({
        id: task.id,
        ok: false,
        error: (e as Error).message,
        code: (e as NodeJS.ErrnoException).code,
      } satisfies SegmentReply);
    },
  );
});
