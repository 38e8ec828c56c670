/**
 * Local JSONL files as a telemetry source: the files (or globs) the policy names, or those of
 * `collect --source`, read once for the whole span of the wanted windows (jsonl.ts, on several
 * threads for large files). A read that still fails after the plan's retries leaves every window
 * missing; files that are not there are bad input (FilesError), raised before anything is written.
 */
import { isAbsolute, relative } from 'node:path';
import { maxOf, minOf } from '../../extent.js';
import type { SourceSpec } from '../../policy/sources.js';
import type {
  SourceJob,
  SourceOutcome,
  SourceProgress,
  TelemetrySource,
  WindowPart,
} from '../../ports/source.js';
import { failureReason, judgeLines, type LineHealth, lineWarning, missingReason } from '../line-report.js';
import type { ReasonCount } from '../line-tally.js';
import type { WindowRecord } from '../record.js';
import { filesEnd, filesStart } from './coverage.js';
import { retrying, SourceError } from './http.js';
import { collectJsonl, resolveSourceFiles } from './jsonl.js';
import { missingPart } from './outcome.js';
import { TelemetrySourceError } from './read-error.js';
import { sniffEventsFile, type Unreadable } from './sniff.js';
import type { SourceRunContext } from './types.js';

/** Local files that are not there (or a glob matching none): bad input, named by its flag or field. */
export class FilesError extends Error {
  constructor(
    /** `sources.<name>.files`, or undefined for `collect --source`. */
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface JsonlFilesOptions {
  /** Threads to parse with (jsonl.ts). */
  workers?: number;
  /**
   * Scheduled runs (back-fill): an empty window that ends before the files' first event is
   * missing ("the files do not cover it"), not a window where nothing happened.
   */
  coverage?: boolean;
}

export class JsonlFilesSource implements TelemetrySource {
  readonly label: string;

  constructor(
    private readonly spec: Extract<SourceSpec, { type: 'jsonl' }>,
    private readonly ctx: SourceRunContext,
    /** Files or globs, `${VAR}` already expanded. */
    private readonly patterns: readonly string[],
    private readonly options: JsonlFilesOptions = {},
  ) {
    this.label = ctx.label;
  }

  async collect(job: SourceJob, progress?: SourceProgress): Promise<SourceOutcome> {
    progress?.status(`reading ${this.label}`);
    const starts = [...job.windows.keys()];
    const { readable, unreadable } = await this.sniffed(await this.files());
    if (readable.length === 0) return this.nothingReadable(job, unreadable);
    const source = readable;
    try {
      const r = await retrying(this.ctx, `reading ${source.length} file(s)`, () =>
        collectJsonl({
          policy: { slis: job.slis, windowMs: job.windowMs, events: this.ctx.events },
          thresholds: job.thresholds,
          from: minOf(starts),
          to: maxOf(starts) + job.windowMs,
          source,
          workers: this.options.workers,
        }).catch((e: unknown) => {
          throw e instanceof TelemetrySourceError ? new SourceError(e.message, e.retryable) : e;
        }),
      );
      // Lines that are not events: said loudly when most are (the reasons, a fix, an example);
      // when every line is malformed or invalid (CSV, garbage, epoch times not mapped), the
      // windows are missing, never zero, and the run fails (line-report.ts).
      const { lines, unusable, unknown } = r.stats;
      const health = { lines, unusable: this.shown(unusable), unknown: this.shown(unknown) };
      const verdict = judgeLines(health);
      const warning = lineWarning(this.label, health, verdict);
      if (warning) this.ctx.log(`warning: ${warning}\n`);
      if (verdict === 'all-unusable') return this.noUsableLine(job, r.files, health);
      // Lines counted unlike an operator may expect (a `where` value no SLI accepts, an event
      // without its SLI's `distinct` field): said, with counts, never silently dropped.
      for (const [note, n] of Object.entries(r.stats.notes))
        this.ctx.log(`warning: ${this.label}: ${n} ${note}\n`);
      const span = this.options.coverage
        ? { begins: await filesStart(source), ends: await filesEnd(source) }
        : {};
      return {
        parts: r.windows.filter((w) => job.windows.has(w.start)).map((w) => this.part(w, job, span)),
        failures: [],
        read: { files: r.files, unattributed: r.unattributed, outside: r.stats.outside },
      };
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      if (!e.retryable) throw new FilesError(this.field(), e.message);
      return {
        parts: starts.map((s) => missingPart(s, job.windows.get(s)!, e.message)),
        failures: [{ kind: 'retryable', reason: e.message, windows: starts }],
      };
    }
  }

  /**
   * The files split into those that may be JSONL text and those that cannot be (empty,
   * compressed, UTF-16, binary); each of the latter is warned about, with the reason and the fix.
   */
  private async sniffed(files: string[]) {
    const readable: string[] = [];
    const unreadable: ({ file: string } & Unreadable)[] = [];
    for (const file of files) {
      const bad = await sniffEventsFile(file).catch(() => undefined); // the read reports it
      if (bad === undefined) readable.push(file);
      else {
        unreadable.push({ file, ...bad });
        this.ctx.log(`warning: ${this.show(file)} ${bad.why}: none of its events are counted; ${bad.fix}\n`);
      }
    }
    return { readable, unreadable };
  }

  /**
   * No file yields a readable line: every window is missing (never "0 events"), and the run
   * fails once its records are written, so a person looks and the next run tries again.
   */
  private nothingReadable(job: SourceJob, bad: ({ file: string } & Unreadable)[]): SourceOutcome {
    const first = bad[0]!;
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more file(s))` : '';
    const reason = `${this.label}: nothing readable: ${this.show(first.file)} ${first.why}${more}`;
    const starts = [...job.windows.keys()];
    return {
      parts: starts.map((s) => missingPart(s, job.windows.get(s)!, reason)),
      failures: [
        {
          kind: 'fatal',
          reason: `${reason}; its windows are missing, not zero; ${first.fix}`,
          windows: starts,
        },
      ],
    };
  }

  /** No line of the files is a usable event: every window missing, the run failed (after writing). */
  private noUsableLine(job: SourceJob, files: string[], health: LineHealth): SourceOutcome {
    const starts = [...job.windows.keys()];
    const reason = missingReason(this.label, health);
    return {
      parts: starts.map((s) => missingPart(s, job.windows.get(s)!, reason)),
      failures: [{ kind: 'fatal', reason: failureReason(this.label, health), windows: starts }],
      read: { files, unattributed: [], outside: 0 },
    };
  }

  /** The reasons with the files of their examples as the user named them. */
  private shown(list: readonly ReasonCount[]): ReasonCount[] {
    return list.map((r) => ({ ...r, example: { ...r.example, source: this.show(r.example.source) } }));
  }

  /** A file as the user named it: relative to the working folder when inside it. */
  private show(file: string): string {
    const rel = relative(this.ctx.cwd, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  }

  /** The files the patterns name, sorted. */
  private async files(): Promise<string[]> {
    const files = new Set<string>();
    for (const p of this.patterns) {
      try {
        for (const f of await resolveSourceFiles(p, this.ctx.cwd)) files.add(f);
      } catch (e) {
        if (!(e instanceof TelemetrySourceError)) throw e;
        throw new FilesError(this.field(), e.message);
      }
    }
    return [...files].sort();
  }

  private part(w: WindowRecord, job: SourceJob, span: { begins?: number; ends?: number }): WindowPart {
    const want = job.windows.get(w.start)!;
    const c = w.counts;
    const empty = c.events + c.malformed + c.invalid + c.unknown === 0;
    const { begins, ends } = span;
    if (empty && begins !== undefined && w.end <= begins) {
      const why = `${this.label}: the files begin at ${new Date(begins).toISOString()}, after this window; give the files that hold it (--source)`;
      return missingPart(w.start, want, why);
    }
    // An export that stopped (or a stale file) says nothing of the windows after it: not zero.
    if (empty && ends !== undefined && w.start > ends) {
      const why = `${this.label}: the files were last written at ${new Date(ends).toISOString()}, before this window began; export the events again (--source)`;
      return missingPart(w.start, want, why);
    }
    return {
      start: w.start,
      counts: w.counts,
      slis: new Map(want.map((id) => [id, w.slis.get(id)!])),
      missing: new Map(),
    };
  }

  private field(): string | undefined {
    return this.spec.files ? `sources.${this.spec.name}.files` : undefined;
  }
}
