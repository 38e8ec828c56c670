import { Buffer } from 'node:buffer';
import { readSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';

/**
 * Bytes read at a time, by each thread into a buffer it reuses (readChunks below). 256 KiB keeps
 * ~5 MiB less resident than 1 MiB in a two-thread collect of 1M events over 7 days (median peak
 * RSS 127.8 against 133.4 MiB) for ~2 % more time (0.71 against 0.70 s; medians of 8 runs each).
 */
export const READ_CHUNK_BYTES = 1 << 18;

/**
 * Reads bytes [span.pos, span.end) of an open file as chunks into one buffer allocated once, so memory
 * stays flat however large the file is: a chunk is valid only until the next one is asked for
 * (copy what must outlive it).
 *
 * The reads are synchronous, with a turn of the event loop after each chunk (a worker's reply, a
 * progress line, another source's request go on meanwhile). An asynchronous read is a round trip
 * through libuv's thread pool, whose threads then compete with the parse threads for the cores:
 * two threads parsing the halves of a 169 MB file, warmed up, took ~8 % longer reading
 * asynchronously than synchronously, and as long synchronously as from memory. The copy out of the
 * page cache is short next to the parse of the chunk.
 */
export async function* readChunks(fd: number, span: ReadSpan, chunkBytes: number): AsyncGenerator<Buffer> {
  const buf = Buffer.allocUnsafe(chunkBytes);
  while (span.pos < span.end) {
    const bytesRead = readSync(fd, buf, 0, Math.min(buf.length, span.end - span.pos), span.pos);
    if (bytesRead === 0) return;
    span.pos += bytesRead;
    yield buf.subarray(0, bytesRead);
    await turn();
  }
}

/**
 * A byte range being read: `pos` is where the next chunk starts. Its end may move earlier
 * between chunks (cutSpan), and the reading stops there.
 */
export interface ReadSpan {
  pos: number;
  end: number;
}

/**
 * Cuts what is left of `span` in two when at least 2 × `minBytes` is left: its end moves to the
 * middle, which is returned, and the bytes from there to the old end are another thread's to
 * read. `size` is the file's size, for a span that reads to the end of the file (end: Infinity).
 */
export function cutSpan(span: ReadSpan, size: number, minBytes: number): number | undefined {
  const left = Math.min(span.end, size) - span.pos;
  if (!(left >= 2 * minBytes)) return undefined;
  const at = span.pos + Math.floor(left / 2);
  span.end = at;
  return at;
}
