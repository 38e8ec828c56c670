import type { FileHandle } from 'node:fs/promises';

/**
 * Reads bytes [start, end) of an open file as chunks, reading the next chunk while the caller
 * works on the current one. Two buffers are allocated once and reused, so memory stays flat
 * however large the file is: a chunk is valid only until the next one is asked for (copy what
 * must outlive it).
 */
export async function* readChunks(
  fh: FileHandle,
  start: number,
  end: number,
  chunkBytes: number,
): AsyncGenerator<Buffer> {
  let cur = Buffer.allocUnsafe(chunkBytes);
  let next = Buffer.allocUnsafe(chunkBytes);
  const readAt = (into: Buffer, at: number) =>
    at < end ? fh.read(into, 0, Math.min(into.length, end - at), at) : Promise.resolve({ bytesRead: 0 });
  let pos = start;
  let pending = readAt(cur, pos);
  for (;;) {
    const { bytesRead } = await pending;
    if (bytesRead === 0) return;
    pos += bytesRead;
    pending = readAt(next, pos);
    yield cur.subarray(0, bytesRead);
    [cur, next] = [next, cur];
  }
}
