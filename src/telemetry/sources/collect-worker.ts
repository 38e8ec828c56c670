/**
 * Worker thread entry: collects whole lines of one byte range of a file and posts the
 * SegmentResult. A range owns the lines that start inside it: it skips a line cut at its start
 * and finishes a line cut at its end.
 */
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { SliDefinition } from '../../policy/schema.js';
import { SegmentCollector, type SegmentResult } from '../collect.js';

export interface SegmentTask {
  id: number;
  file: string;
  start: number;
  end: number;
  slis: Record<string, SliDefinition>;
  windowMs: number;
  from: number;
  to: number;
  maxLineBytes?: number;
  chunkBytes: number;
}

export type SegmentReply =
  | { id: number; ok: true; result: SegmentResult }
  | { id: number; ok: false; error: string; code?: string };

export async function collectSegment(task: SegmentTask): Promise<SegmentResult> {
  const c = new SegmentCollector({
    policy: { slis: task.slis, windowMs: task.windowMs },
    from: task.from,
    to: task.to,
    maxLineBytes: task.maxLineBytes,
  });
  c.beginSegment(task.file);
  const fh = await open(task.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(task.chunkBytes);
    let pos = task.start;
    if (pos > 0) {
      // the first line starting at or after `start`
      pos -= 1;
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, 1 << 16), pos);
        if (bytesRead === 0) return c.endSegment();
        const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
        if (nl >= 0) {
          pos += nl + 1;
          break;
        }
        pos += bytesRead;
      }
    }
    if (pos >= task.end) return c.endSegment();
    let last = 0x0a;
    // double buffering: read the next chunk while this one is parsed
    const spare = Buffer.allocUnsafe(task.chunkBytes);
    const readAt = (into: Buffer, at: number) =>
      at < task.end
        ? fh.read(into, 0, Math.min(into.length, task.end - at), at)
        : Promise.resolve({ bytesRead: 0, buffer: into });
    let cur = buf;
    let other = spare;
    let pending = readAt(cur, pos);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const chunk = cur;
      pos += bytesRead;
      pending = readAt(other, pos);
      c.push(chunk.subarray(0, bytesRead));
      last = chunk[bytesRead - 1]!;
      cur = other;
      other = chunk;
    }
    if (pos < task.end && Number.isFinite(task.end)) return c.endSegment(); // the file ended early
    // finish the line that runs past `end`
    while (last !== 0x0a) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, 1 << 16), pos);
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

parentPort?.on('message', (task: SegmentTask) => {
  collectSegment(task).then(
    (result) => parentPort!.postMessage({ id: task.id, ok: true, result } satisfies SegmentReply),
    (e: unknown) =>
      parentPort!.postMessage({
        id: task.id,
        ok: false,
        error: (e as Error).message,
        code: (e as NodeJS.ErrnoException).code,
      } satisfies SegmentReply),
  );
});
