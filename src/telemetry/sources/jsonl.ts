/**
 * The JSONL telemetry source: event lines from a file or a glob of files, streamed as large
 * Buffers into the Collector. Files are read one after another in sorted path order.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Collector, type CollectResult } from '../collect.js';
import { collectParallel, type ReadOptions } from './collect-parallel.js';
import { collectWorkerUrl } from './collect-threads.js';
import { glob, hasMagic } from './glob.js';
import { READ_CHUNK_BYTES, readChunks } from './read-chunks.js';
import { readError, TelemetrySourceError } from './read-error.js';

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

export interface JsonlSourceOptions extends ReadOptions {
  /** A file path or a glob ("telemetry/*.jsonl", "logs/**\/events-*.jsonl"), or several. */
  source: string | readonly string[];
  cwd?: string;
  /**
   * Threads to parse with, this one included (default 1: this thread only). Files are cut into ranges at line
   * boundaries and merged in order, so the result is identical to one sequential pass. Falls
   * back to this thread when the worker script is not available (e.g. inside a single-file bundle).
   */
  workers?: number;
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
