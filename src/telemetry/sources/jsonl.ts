/**
 * The JSONL telemetry source: event lines from a file or a glob of files, streamed as large
 * Buffers into the Collector. Files are read one after another in sorted path order.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { type CollectOptions, Collector, type CollectResult, type SegmentResult } from '../collect.js';
import { tryWarmCollectRound } from '../collect-warmup.js';
import { latencyThresholds } from '../plan.js';
import { collectWorkerUrl, MIN_SEGMENT_BYTES, takeCollectThreads } from './collect-threads.js';
import { collectSegment, type SegmentReply, type SegmentTask } from './collect-worker.js';
import { glob, hasMagic } from './glob.js';
import { readChunks } from './read-chunks.js';

export class TelemetrySourceError extends Error {
  constructor(
    message: string,
    /** Worth retrying (a transient read error) or not (a missing file, a bad pattern). */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'TelemetrySourceError';
  }
}

/** A failed read; transient conditions (EAGAIN, EIO, EBUSY, EMFILE) are worth a retry. */
function readError(file: string, message: string, code: string | undefined): TelemetrySourceError {
  const retryable = code === 'EAGAIN' || code === 'EIO' || code === 'EBUSY' || code === 'EMFILE';
  return new TelemetrySourceError(`reading ${file} failed: ${message}`, retryable);
}

/**
 * Bytes read at a time, by each thread into a buffer it reuses (read-chunks.ts). 256 KiB keeps
 * ~5 MiB less resident than 1 MiB in a two-thread collect of 1M events over 7 days (median peak
 * RSS 127.8 against 133.4 MiB) for ~2 % more time (0.71 against 0.70 s; medians of 8 runs each).
 */
export const READ_CHUNK_BYTES = 1 << 18;

/** The files a source names: the file itself, or the sorted matches of a glob. */
export async function resolveSourceFiles(source: string, cwd: string = process.cwd()): Promise<string[]> {
  if (!hasMagic(source)) {
    const file = path.resolve(cwd, source);
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new TelemetrySourceError(`telemetry source ${source} is not a file`, false);
    } catch (e) {
      if (e instanceof TelemetrySourceError) throw e;
      throw new TelemetrySourceError(
        `telemetry source ${source} cannot be read: ${(e as Error).message}`,
        false,
      );
    }
    return [file];
  }
  const files = await glob(source, cwd);
  if (files.length === 0) throw new TelemetrySourceError(`no telemetry files match ${source}`, false);
  return files;
}

/** Streams one file into the collector as one input. */
export async function feedFile(
  collector: Collector,
  file: string,
  highWaterMark = READ_CHUNK_BYTES,
  onChunk?: (bytes: number) => void,
): Promise<void> {
  collector.beginSource(file);
  try {
    const fh = await open(file, 'r');
    try {
      for await (const chunk of readChunks(fh.fd, 0, Number.POSITIVE_INFINITY, highWaterMark)) {
        collector.push(chunk);
        onChunk?.(chunk.length);
      }
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw readError(file, (e as Error).message, (e as NodeJS.ErrnoException).code);
  }
  collector.endSource();
}

export interface JsonlSourceOptions extends CollectOptions {
  /** A file path or a glob ("telemetry/*.jsonl", "logs/**\/events-*.jsonl"), or several. */
  source: string | readonly string[];
  cwd?: string;
  highWaterMark?: number;
  /**
   * Threads to parse with, this one included (default 1: this thread only). Files are cut into ranges at line
   * boundaries and merged in order, so the result is identical to one sequential pass. Falls
   * back to this thread when the worker script is not available (e.g. inside a single-file bundle).
   */
  workers?: number;
  /** With workers: the smallest byte range worth a task (default 8 MiB). */
  minSegmentBytes?: number;
  /** Told the bytes read so far and in all, as chunks (one thread) or ranges (workers) are done. */
  onBytes?: (done: number, total: number) => void;
  /**
   * Work of the caller's own for this thread to do during the collect, once the worker threads
   * have their first ranges: it runs beside their parsing instead of after it (simulate loads the
   * holiday calendar its replay needs). Without workers, it runs before the first read.
   */
  meanwhile?: () => void;
}

/**
 * Ranges per thread: with one range each, the thread that started first (this one, while the
 * workers boot) waits idle for the last; with three, whoever is done takes the next. Time-ordered
 * files cut into more ranges cost little more to merge: a range's windows are its own but at its edges.
 */
const RANGES_PER_THREAD = 3;

/** Cuts the files into byte ranges of about total / (workers × RANGES_PER_THREAD) bytes (at least minSegmentBytes). */
function segmentTasks(
  files: string[],
  sizes: number[],
  options: JsonlSourceOptions,
  workers: number,
): { tasks: SegmentTask[]; fileOf: number[] } {
  const total = sizes.reduce((a, b) => a + b, 0);
  const segBytes = Math.max(
    options.minSegmentBytes ?? MIN_SEGMENT_BYTES,
    Math.ceil(total / (workers * RANGES_PER_THREAD)),
    1,
  );
  const tasks: SegmentTask[] = [];
  const fileOf: number[] = [];
  const thresholds = options.thresholds ?? latencyThresholds(options.policy);
  files.forEach((file, fi) => {
    const size = sizes[fi]!;
    const n = Math.max(1, Math.round(size / segBytes));
    for (let k = 0; k < n; k++) {
      tasks.push({
        id: tasks.length,
        file,
        start: Math.floor((size * k) / n),
        end: k === n - 1 ? Number.POSITIVE_INFINITY : Math.floor((size * (k + 1)) / n),
        slis: options.policy.slis,
        events: options.policy.events,
        thresholds,
        windowMs: options.policy.windowMs,
        from: options.from,
        to: options.to,
        maxLineBytes: options.maxLineBytes,
        chunkBytes: options.highWaterMark ?? READ_CHUNK_BYTES,
      });
      fileOf.push(fi);
    }
  });
  return { tasks, fileOf };
}

/**
 * Runs the tasks on this thread and on workers - 1 worker threads, telling `done` each task's
 * result as it comes in.
 */
async function runTasks(
  tasks: SegmentTask[],
  workers: number,
  url: URL,
  done: (task: SegmentTask, result: SegmentResult) => void,
  meanwhile: (() => void) | undefined,
): Promise<void> {
  let next = 0;
  const pool = takeCollectThreads(Math.min(workers - 1, tasks.length - 1), url);
  const here = async (): Promise<void> => {
    meanwhile?.();
    // One round of the threads' warm-up (collect-warmup.ts) before this thread's first range: V8
    // optimizes the line loop early (Node 24's Maglev after a few hundred lines), and each rare
    // line it had not seen yet (an invalid one, a new kind of SLI) threw that code away. Deopts of
    // the loop in a 7-day collect: 9 -> 3.
    tryWarmCollectRound();
    for (let t = tasks[next++]; t !== undefined; t = tasks[next++]) {
      let result: SegmentResult;
      try {
        result = await collectSegment(t);
      } catch (e) {
        throw readError(t.file, (e as Error).message, (e as NodeJS.ErrnoException).code);
      }
      done(t, result);
    }
  };
  try {
    // The workers take their first ranges before this thread does anything else.
    const there = pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            const t = tasks[next++];
            if (t === undefined) resolve();
            else w.postMessage(t);
          };
          w.on('message', (m: SegmentReply) => {
            if (m.ok) {
              try {
                done(tasks[m.id]!, m.result);
              } catch (e) {
                reject(e); // in a listener, a throw would end the process, not this collect
                return;
              }
              give();
            } else {
              reject(readError(tasks[m.id]!.file, m.error, m.code));
            }
          });
          w.on('error', reject);
          give();
        }),
    );
    await Promise.all([here(), ...there]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The files cut into ranges at line boundaries, collected in parallel, merged in input order: a
 * range is merged as soon as those before it are (between this thread's own ranges), and let go.
 */
async function collectParallel(
  files: string[],
  options: JsonlSourceOptions,
  workers: number,
  url: URL,
): Promise<CollectResult> {
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const { tasks, fileOf } = segmentTasks(files, sizes, options, workers);
  const total = sizes.reduce((a, b) => a + b, 0);
  const collector = new Collector(options);
  const results: (SegmentResult | undefined)[] = new Array(tasks.length);
  let read = 0;
  let merged = 0;
  // This thread takes tasks too, so `workers` counts it.
  await runTasks(
    tasks,
    workers,
    url,
    (t, result) => {
      results[t.id] = result;
      read += Math.min(t.end, sizes[fileOf[t.id]!]!) - t.start;
      options.onBytes?.(read, total);
      while (results[merged] !== undefined) {
        const i = merged++;
        if (i === 0 || fileOf[i - 1] !== fileOf[i]) collector.beginSource(tasks[i]!.file);
        collector.absorbSegment(results[i]!);
        results[i] = undefined;
        if (i === tasks.length - 1 || fileOf[i + 1] !== fileOf[i]) collector.endSource();
      }
    },
    options.meanwhile,
  );
  return collector.finish();
}

/** Reads every file of the source and aggregates the windows of [from, to). */
export async function collectJsonl(
  options: JsonlSourceOptions,
): Promise<CollectResult & { files: string[] }> {
  const sources = typeof options.source === 'string' ? [options.source] : options.source;
  const files = new Set<string>();
  for (const s of sources) for (const f of await resolveSourceFiles(s, options.cwd)) files.add(f);
  const sorted = [...files].sort();
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const url = workers > 1 ? collectWorkerUrl() : undefined;
  if (url !== undefined) return { ...(await collectParallel(sorted, options, workers, url)), files: sorted };
  const collector = new Collector(options);
  options.meanwhile?.();
  const onBytes = options.onBytes;
  let read = 0;
  let total = 0;
  if (onBytes) for (const f of sorted) total += (await stat(f)).size;
  const onChunk =
    onBytes &&
    ((bytes: number) => {
      read += bytes;
      onBytes(read, total);
    });
  for (const f of sorted) await feedFile(collector, f, options.highWaterMark, onChunk);
  return { ...collector.finish(), files: sorted };
}
