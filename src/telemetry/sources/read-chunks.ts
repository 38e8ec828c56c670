import { Buffer } from 'node:buffer';
import { readSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';

/**
 * Reads bytes [start, end) of an open file as chunks into one buffer allocated once, so memory
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
export async function* readChunks(
  fd: number,
  start: number,
  end: number,
  chunkBytes: number,
): AsyncGenerator<Buffer> {
  const buf = Buffer.allocUnsafe(chunkBytes);
  let pos = start;
  while (pos < end) {
    const bytesRead = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
    if (bytesRead === 0) return;
    pos += bytesRead;
    yield buf.subarray(0, bytesRead);
    await turn();
  }
}
