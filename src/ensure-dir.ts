/**
 * Creates a folder and its missing parents, one level at a time. Node's `mkdir(…, { recursive:
 * true })` spins at 100 % CPU forever on paths such as /proc/self/x (the kernel answers ENOENT
 * for the new entry while its parent exists, and Node retries); here that is an error at once.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      const s = await stat(at);
      if (!s.isDirectory()) throw Object.assign(new Error(`${at} is a file`), { code: 'ENOTDIR', path: at });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(at);
      const up = path.dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
