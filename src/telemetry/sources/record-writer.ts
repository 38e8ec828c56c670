/**
 * Atomic file writes (a temporary file, then a rename) on a thread of their own, so the thread
 * that encodes the records does not wait for the file system: creating a file is most of a
 * record's cost (a 90-day collect writes 8,640), and it runs here while the next records are
 * encoded, on a core the parsing threads have left idle by then.
 */
import { Worker } from 'node:worker_threads';

/**
 * The writer thread: batches of [file, text] in, `{ done }` or the first error out; after an
 * error it writes nothing more. Plain CommonJS evaluated in place, so the bundle needs no file
 * of its own for it. A temporary file is removed when its write or rename fails: nothing
 * half-written is ever left under a record's name.
 */
const WRITER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
let n = 0;
let failed = false;
parentPort.on('message', (batch) => {
  if (!failed) {
    for (const [file, text] of batch) {
      const tmp = path.join(path.dirname(file), '.' + path.basename(file) + '.' + process.pid + '.w' + n++ + '.tmp');
      try {
        fs.writeFileSync(tmp, text, 'utf8');
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        failed = true;
        parentPort.postMessage({ error: { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path } });
        return;
      }
    }
  }
  parentPort.postMessage({ done: batch.length });
});
`;

/** Files handed to the thread at once: one message each, not one per file. */
const BATCH = 64;

/**
 * Files handed in and not written yet, at most: encoding outruns the file system, and without a
 * bound every record's text would wait in memory (~40 MB for 90 days).
 */
const IN_FLIGHT = 4 * BATCH;

type Reply = { done: number } | { error: { message: string } & Partial<NodeJS.ErrnoException> };

export class RecordWriter {
  private readonly worker = new Worker(WRITER_SOURCE, { eval: true });
  private batch: [string, string][] = [];
  private sent = 0;
  private acked = 0;
  private error: NodeJS.ErrnoException | undefined;
  /** Called when a reply comes in (close() and write() wait on it). */
  private replied: (() => void) | undefined;

  constructor() {
    this.worker.on('message', (m: Reply) => {
      if ('error' in m) {
        this.error ??= Object.assign(new Error(m.error.message), m.error);
        this.acked = this.sent; // it writes no more
      } else if (this.error === undefined) {
        this.acked += m.done;
      }
      this.replied?.();
    });
    this.worker.on('error', (e) => {
      this.error ??= e;
      this.acked = this.sent;
      this.replied?.();
    });
  }

  /** A write failed (the ones after it are not made): stop handing in more. */
  get failed(): boolean {
    return this.error !== undefined;
  }

  /** Queues `text` into `file` (through a temporary file and a rename); waits while too many are queued. */
  async write(file: string, text: string): Promise<void> {
    this.batch.push([file, text]);
    if (this.batch.length < BATCH) return;
    this.flush();
    await this.until(IN_FLIGHT);
  }

  /** Waits for every queued write, ends the thread, and throws the first write's error if one failed. */
  async close(): Promise<void> {
    this.flush();
    try {
      await this.until(0);
    } finally {
      await this.worker.terminate();
    }
    if (this.error) throw this.error;
  }

  /** Resolves once at most `pending` handed-in files are not written yet. */
  private async until(pending: number): Promise<void> {
    while (this.sent - this.acked > pending) await new Promise<void>((resolve) => (this.replied = resolve));
  }

  private flush(): void {
    if (this.batch.length === 0 || this.failed) return;
    this.sent += this.batch.length;
    this.worker.postMessage(this.batch);
    this.batch = [];
  }
}
