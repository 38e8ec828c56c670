/**
 * The worker threads a parallel collect parses on (collect-worker.ts). A thread takes ~100 ms to
 * boot, during which the collect's own thread parses alone; a command that knows early that it
 * will read a large file starts them first (prestartCollectThreads), before it loads the policy,
 * and the collect takes them when it begins.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { hasMagic } from './glob.js';

/** Threads a command parses a large input on, its own included. */
export function collectThreadCount(): number {
  return Math.min(availableParallelism(), 4);
}

/** Below this, a file is not worth cutting for threads. */
export const MIN_SEGMENT_BYTES = 8 << 20;

/** The worker script beside this module, or undefined (e.g. inside a single-file bundle). */
export function collectWorkerUrl(): URL | undefined {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const url = new URL(`./collect-worker${ext}`, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

function startThread(url: URL): Worker {
  return url.pathname.endsWith('.ts')
    ? // running from TypeScript sources (tests, bench): load the worker through tsx
      new Worker(
        `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`,
        { eval: true },
      )
    : new Worker(url);
}

/** Threads started ahead, not taken yet; unref'd, so one never taken does not keep the process alive. */
const waiting: Worker[] = [];

/**
 * Starts the threads the next parallel collect of `source` will take, when it names one file
 * (not a glob, not a URL) that will be cut in ranges: a smaller one is read on one thread, and a
 * thread started for nothing costs a core ~100 ms and ~10 MiB. Does nothing when the file cannot
 * be read (the collect says why).
 */
export function prestartCollectThreads(source: string | undefined, cwd = process.cwd()): void {
  const url = collectWorkerUrl();
  const count = collectThreadCount() - 1;
  if (url === undefined || count < 1 || !source || hasMagic(source) || /^https?:\/\//i.test(source)) return;
  try {
    // collect-parallel.ts cuts a file into round(size / MIN_SEGMENT_BYTES) ranges or more
    if (statSync(path.resolve(cwd, source)).size < 1.5 * MIN_SEGMENT_BYTES) return;
  } catch {
    return;
  }
  for (let i = 0; i < count; i++) {
    const w = startThread(url);
    w.unref();
    // A thread that fails to boot is dropped here; the collect starts a new one in its place.
    w.once('error', () => {
      const at = waiting.indexOf(w);
      if (at >= 0) waiting.splice(at, 1);
    });
    waiting.push(w);
  }
}

/** `count` threads: those started ahead first, then new ones. The caller terminates them. */
export function takeCollectThreads(count: number, url: URL): Worker[] {
  const taken = waiting.splice(0, count);
  for (const w of taken) {
    w.removeAllListeners('error');
    w.ref();
  }
  while (taken.length < count) taken.push(startThread(url));
  return taken;
}

/** How many threads started ahead wait to be taken. */
export function waitingCollectThreads(): number {
  return waiting.length;
}

/** Ends the threads started ahead and never taken (the collect read its input on one thread). */
export async function endWaitingCollectThreads(): Promise<void> {
  await Promise.all(waiting.splice(0).map((w) => w.terminate()));
}

/** Runs `work` with the threads for `source` started ahead, and ends those it did not take. */
export async function withCollectThreads<T>(source: string | undefined, work: () => Promise<T>): Promise<T> {
  prestartCollectThreads(source);
  try {
    return await work();
  } finally {
    await endWaitingCollectThreads();
  }
}
