/**
 * Where local event files begin and end. A window that ends before the first event of the files
 * (a file rotated daily, then a late run), or starts after they were last written (an export
 * that stopped, a stale file), would otherwise read as "nothing happened"; it is "not
 * collected". Files are assumed to be written in time order: the first line with a timestamp is
 * where a file starts; its last write is where it ends.
 */
import { open, stat } from 'node:fs/promises';

const HEAD_BYTES = 1 << 16;

async function firstTs(file: string): Promise<number | undefined> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    const lines = buf.toString('utf8', 0, bytesRead).split('\n');
    if (bytesRead === HEAD_BYTES) lines.pop(); // cut short
    for (const line of lines) {
      try {
        const ts = (JSON.parse(line) as { ts?: unknown }).ts;
        const t = typeof ts === 'string' ? Date.parse(ts) : Number.NaN;
        if (Number.isFinite(t)) return t;
      } catch {
        // not a usable line: the next one
      }
    }
    return undefined;
  } finally {
    await fh.close();
  }
}

/** The earliest first timestamp of the files, or undefined when none has one. */
export async function filesStart(files: readonly string[]): Promise<number | undefined> {
  let min: number | undefined;
  for (const f of files) {
    const t = await firstTs(f);
    if (t !== undefined && (min === undefined || t < min)) min = t;
  }
  return min;
}

/**
 * When the files were last written (the latest mtime): what they can say anything about. Not
 * their last event: a file of rare events (bug reports) rightly ends long before a quiet window.
 */
export async function filesEnd(files: readonly string[]): Promise<number | undefined> {
  let max: number | undefined;
  for (const f of files) {
    const t = (await stat(f)).mtimeMs;
    if (max === undefined || t > max) max = t;
  }
  return max;
}
