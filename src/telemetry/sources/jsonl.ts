/**
 * The JSONL telemetry source: event lines from a file or a glob of files, streamed as large
 * Buffers into the Collector. Files are read one after another in sorted path order.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { type CollectOptions, Collector, type CollectResult, type SegmentResult } from '../collect.js';
import { tryWarmCollectRound } from '../collect-warmup.js';
import { latencyThresholds } from '../plan.js';
import { collectWorkerUrl, MIN_SEGMENT_BYTES, takeCollectThreads } from './collect-threads.js';
import { type CutRequest, collectSegment, type SegmentReply, type SegmentTask } from './collect-worker.js';
import { glob, hasMagic } from './glob.js';
import { cutSpan, type ReadSpan, readChunks } from './read-chunks.js';

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
      for await (const chunk of readChunks(fh.fd, { pos: 0, end: Number.POSITIVE_INFINITY }, highWaterMark)) {
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
): SegmentTask[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const minBytes = options.minSegmentBytes ?? MIN_SEGMENT_BYTES;
  const segBytes = Math.max(minBytes, Math.ceil(total / (workers * RANGES_PER_THREAD)), 1);
  const tasks: SegmentTask[] = [];
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
        size,
        minCutBytes: Math.max(1, Math.floor(minBytes / CUT_FRACTION)),
        slis: options.policy.slis,
        events: options.policy.events,
        thresholds,
        windowMs: options.policy.windowMs,
        from: options.from,
        to: options.to,
        maxLineBytes: options.maxLineBytes,
        chunkBytes: options.highWaterMark ?? READ_CHUNK_BYTES,
      });
    }
  });
  return tasks;
}

/**
 * A cut leaves both pieces at least minSegmentBytes / CUT_FRACTION bytes (1 MiB by default, ~3 ms
 * of parsing, against a message there and back to ask for the cut).
 */
const CUT_FRACTION = 8;

/** Who reads a task: this thread, or a worker thread. */
type Reader = Worker | 'here';

/** A task being read, and by whom. This thread's span is here to cut; a worker cuts its own. */
interface Running {
  task: SegmentTask;
  reader: Reader;
  span?: ReadSpan;
  /** It said no to a cut (too little left, or done): not asked again. */
  uncut?: boolean;
}

/**
 * The ranges of a parallel collect: handed out in file order while there are any, then cut. A
 * thread with none left takes the second half of what another thread has left of its range, so
 * the threads end together instead of one waiting for the other's last range: the parse of the
 * 90-day trace ended ~90 ms sooner (a range there is 56 MB), of the 7-day one ~12 ms. A cut's
 * piece is read and merged right after the range it was cut from, so the records are the same.
 */
class Ranges {
  /** Every task by id; cut pieces are added at the end. */
  readonly tasks: SegmentTask[];
  /** Task ids in file order: the order their results merge in. */
  readonly order: number[];
  private readonly running = new Map<number, Running>();
  private next = 0;
  private readonly planned: number;

  constructor(tasks: SegmentTask[]) {
    this.tasks = tasks;
    this.order = tasks.map((t) => t.id);
    this.planned = tasks.length;
  }

  /** The next range not handed out yet. */
  take(): SegmentTask | undefined {
    return this.next < this.planned ? this.tasks[this.next++] : undefined;
  }

  start(task: SegmentTask, reader: Reader, span?: ReadSpan): void {
    this.running.set(task.id, { task, reader, span });
  }

  stop(task: SegmentTask): void {
    this.running.delete(task.id);
  }

  /** The range another reader than `asker` reads with the most bytes planned, not refused yet. */
  victim(asker: Reader): Running | undefined {
    let best: Running | undefined;
    let most = 0;
    for (const r of this.running.values()) {
      if (r.reader === asker || r.uncut) continue;
      const bytes = Math.min(r.task.end, r.task.size) - r.task.start;
      if (bytes > most) {
        most = bytes;
        best = r;
      }
    }
    return best;
  }

  /** `task` now ends at `at`: the rest is a new task, read after it in file order. */
  cut(task: SegmentTask, at: number): SegmentTask {
    const piece = { ...task, id: this.tasks.length, start: at };
    task.end = at;
    this.tasks.push(piece);
    this.order.splice(this.order.indexOf(task.id) + 1, 0, piece.id);
    return piece;
  }
}

/**
 * Runs the ranges on this thread and on workers - 1 worker threads, telling `done` each task's
 * result as it comes in.
 */
async function runTasks(
  ranges: Ranges,
  workers: number,
  url: URL,
  done: (task: SegmentTask, result: SegmentResult) => void,
  meanwhile: (() => void) | undefined,
): Promise<void> {
  const pool = takeCollectThreads(Math.min(workers - 1, ranges.tasks.length - 1), url);
  /** Per worker, the cut requests it has not answered yet, in the order asked (it answers in order). */
  const cutReplies = new Map<Worker, ((at: number | null) => void)[]>(pool.map((w) => [w, []]));
  const askCut = (w: Worker, id: number) =>
    new Promise<number | null>((resolve) => {
      cutReplies.get(w)!.push(resolve);
      w.postMessage({ cut: id } satisfies CutRequest);
    });
  /** A piece of another reader's range for `asker`, once the ranges are all handed out. */
  const steal = async (asker: Reader): Promise<SegmentTask | undefined> => {
    for (let v = ranges.victim(asker); v !== undefined; v = ranges.victim(asker)) {
      const at =
        v.reader === 'here'
          ? cutSpan(v.span!, v.task.size, v.task.minCutBytes)
          : await askCut(v.reader, v.task.id);
      if (at !== null && at !== undefined) return ranges.cut(v.task, at);
      v.uncut = true;
    }
    return undefined;
  };
  const here = async (): Promise<void> => {
    meanwhile?.();

    // optimizes the line loop early (Node 24's Maglev after a few hundred lines), and each rare
    // line it had not seen yet (an invalid one, a new kind of SLI) threw that code away. Deopts of
    // the loop in a 7-day collect: 9 -> 3.
    tryWarmCollectRound();
    for (
      let t = ranges.take() ?? (await steal('here'));
      t !== undefined;
      t = ranges.take() ?? (await steal('here'))
    ) {
      const span = { pos: t.start, end: t.end };
      ranges.start(t, 'here', span);
      let result: SegmentResult;
      try {
        result = await collectSegment(t, span);
      } catch (e) {
        throw readError(t.file, (e as Error).message, (e as NodeJS.ErrnoException).code);
      } finally {
        ranges.stop(t);
      }
      done(t, result);
    }
  };
  try {
    // The workers take their first ranges before this thread does anything else.
    const there = pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const give = async () => {
            const t = ranges.take() ?? (await steal(w));
            if (t === undefined) resolve();
            else {
              ranges.start(t, w);
              w.postMessage(t);
            }
          };
          w.on('message', (m: SegmentReply) => {
            if ('cut' in m) {
              cutReplies.get(w)!.shift()?.(m.at);
              return;
            }
            const t = ranges.tasks[m.id]!;
            ranges.stop(t);
            if (!m.ok) {
              reject(readError(t.file, m.error, m.code));
              return;
            }
            try {
              done(t, m.result);
            } catch (e) {
              reject(e); // in a listener, a throw would end the process, not this collect
              return;
            }
            give().catch(reject);
          });
          w.on('error', reject);
          give().catch(reject);
        }),
    );
    await Promise.all([here(), ...there]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The files cut into ranges at line boundaries, collected in parallel, merged in file order: a
 * range is merged as soon as those before it are (between this thread's own ranges), and let go.
 */
async function collectParallel(
  files: string[],
  options: JsonlSourceOptions,
  workers: number,
  url: URL,
): Promise<CollectResult> {
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const ranges = new Ranges(segmentTasks(files, sizes, options, workers));
  const total = sizes.reduce((a, b) => a + b, 0);
  const collector = new Collector(options);
  const results = new Map<number, SegmentResult>();
  let read = 0;
  /** How many of ranges.order are merged. A finished task is cut no more, so what follows it in the order is known. */
  let merged = 0;
  // This thread takes tasks too, so `workers` counts it.
  await runTasks(
    ranges,
    workers,
    url,
    (t, result) => {
      results.set(t.id, result);
      read += Math.min(t.end, t.size) - t.start;
      options.onBytes?.(read, total);
      const { order, tasks } = ranges;
      for (let id = order[merged]; id !== undefined && results.has(id); id = order[merged]) {
        const task = tasks[id]!;
        if (merged === 0 || tasks[order[merged - 1]!]!.file !== task.file) collector.beginSource(task.file);
        collector.absorbSegment(results.get(id)!);
        results.delete(id);
        merged++;
        const after = order[merged];
        if (after === undefined || tasks[after]!.file !== task.file) collector.endSource();
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
