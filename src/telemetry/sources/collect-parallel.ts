/**
 * A parallel collect of JSONL files (jsonl.ts): the files cut into byte ranges at line
 * boundaries, read on this thread and on worker threads (collect-worker.ts), and merged in file
 * order, so the records are those of one sequential pass.
 */
import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { type CollectOptions, Collector, type CollectResult, type SegmentResult } from '../collect.js';
import { tryWarmCollectRound } from '../collect-warmup.js';
import { latencyThresholds } from '../plan.js';
import { MIN_SEGMENT_BYTES, takeCollectThreads } from './collect-threads.js';
import { type CutRequest, collectSegment, type SegmentReply, type SegmentTask } from './collect-worker.js';
import { cutSpan, READ_CHUNK_BYTES, type ReadSpan } from './read-chunks.js';
import { readError } from './read-error.js';

/** How the files are read, on one thread or several (jsonl.ts's options but the files and threads). */
export interface ReadOptions extends CollectOptions {
  /** Bytes read at a time (default READ_CHUNK_BYTES). */
  highWaterMark?: number;
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
 * workers boot) waits idle for the last; with three, whoever is done takes the next, and the last
 * ones are shared by cutting them (Ranges). Time-ordered files cut into more ranges cost little
 * more to merge: a range's windows are its own but at its edges. With the cuts, 2, 6 or 12 per
 * thread were no faster than 3 over 90 days (1.70, 1.65, 1.75 against 1.64 s), nor lighter.
 */
const RANGES_PER_THREAD = 3;

/** Cuts the files into byte ranges of about total / (workers × RANGES_PER_THREAD) bytes (at least minSegmentBytes). */
function segmentTasks(
  files: string[],
  sizes: number[],
  options: ReadOptions,
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
 * The threads reading the ranges: this one and the workers. Each takes the next range, and once
 * they are all handed out, a piece cut from another thread's (Ranges).
 */
class Readers {
  /** Per worker, the cut requests it has not answered yet, in the order asked (it answers in order). */
  private readonly cutReplies = new Map<Worker, ((at: number | null) => void)[]>();

  constructor(
    private readonly ranges: Ranges,
    private readonly done: (task: SegmentTask, result: SegmentResult) => void,
  ) {}

  /** This thread: the caller's own work first, then ranges until there are none to take or cut. */
  async here(meanwhile: (() => void) | undefined): Promise<void> {
    meanwhile?.();
    // One round of the threads' warm-up (collect-warmup.ts) before this thread's first range: V8
    // optimizes the line loop early (Node 24's Maglev after a few hundred lines), and each rare
    // line it had not seen yet (an invalid one, a new kind of SLI) threw that code away. Deopts of
    // the loop in a 7-day collect: 9 -> 3.
    tryWarmCollectRound();
    for (let t = await this.next('here'); t !== undefined; t = await this.next('here')) {
      const span = { pos: t.start, end: t.end };
      this.ranges.start(t, 'here', span);
      let result: SegmentResult;
      try {
        result = await collectSegment(t, span);
      } catch (e) {
        throw readError(t.file, (e as Error).message, (e as NodeJS.ErrnoException).code);
      } finally {
        this.ranges.stop(t);
      }
      this.done(t, result);
    }
  }

  /** A worker thread: a range posted at a time, its result told, until there are none. */
  there(w: Worker): Promise<void> {
    this.cutReplies.set(w, []);
    return new Promise<void>((resolve, reject) => {
      const give = async () => {
        const t = await this.next(w);
        if (t === undefined) resolve();
        else {
          this.ranges.start(t, w);
          w.postMessage(t);
        }
      };
      w.on('message', (m: SegmentReply) => {
        if ('cut' in m) {
          this.cutReplies.get(w)!.shift()?.(m.at);
          return;
        }
        const t = this.ranges.tasks[m.id]!;
        this.ranges.stop(t);
        if (!m.ok) {
          reject(readError(t.file, m.error, m.code));
          return;
        }
        try {
          this.done(t, m.result);
        } catch (e) {
          reject(e); // in a listener, a throw would end the process, not this collect
          return;
        }
        give().catch(reject);
      });
      w.on('error', reject);
      give().catch(reject);
    });
  }

  /** The next range for `reader`; once they are all handed out, a piece of another reader's. */
  private async next(reader: Reader): Promise<SegmentTask | undefined> {
    const planned = this.ranges.take();
    if (planned !== undefined) return planned;
    for (let v = this.ranges.victim(reader); v !== undefined; v = this.ranges.victim(reader)) {
      const at =
        v.reader === 'here'
          ? cutSpan(v.span!, v.task.size, v.task.minCutBytes)
          : await this.askCut(v.reader, v.task.id);
      if (at !== null && at !== undefined) return this.ranges.cut(v.task, at);
      v.uncut = true;
    }
    return undefined;
  }

  private askCut(w: Worker, id: number): Promise<number | null> {
    return new Promise((resolve) => {
      this.cutReplies.get(w)!.push(resolve);
      w.postMessage({ cut: id } satisfies CutRequest);
    });
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
  const readers = new Readers(ranges, done);
  try {
    // The workers take their first ranges before this thread does anything else.
    const there = pool.map((w) => readers.there(w));
    await Promise.all([readers.here(meanwhile), ...there]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The files cut into ranges at line boundaries, collected in parallel, merged in file order: a
 * range is merged as soon as those before it are (between this thread's own ranges), and let go.
 */
export async function collectParallel(
  files: string[],
  options: ReadOptions,
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
