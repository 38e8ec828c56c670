/**
 * Collects the wanted SLIs of the wanted windows from every source the policy routes them to,
 * and puts each window back together. Sources that read in bulk go first (local JSONL files in
 * one pass; Prometheus with one range query per run of windows); then window by window the
 * sources that answer per window (HTTP exports, GitHub search), so windows complete in time
 * order and progress can be shown per window.
 */
import type { Policy } from '../../policy/model.js';
import type { SourceSpec } from '../../policy/sources.js';
import type { UnattributedLines } from '../collect.js';
import type { WindowCounts } from '../record.js';
import { expandEnv, sourceLabel } from './config.js';
import { filesStart } from './coverage.js';
import { GithubIssuesSource } from './github-issues.js';
import { retrying, type SourceContext, SourceError } from './http.js';
import { HttpExportSource } from './http-export.js';
import { collectJsonl, resolveSourceFiles, TelemetrySourceError } from './jsonl.js';
import { PrometheusSource } from './prometheus.js';
import { FailureLog, missingPart, type SourceJob, type SourceRunContext, type WindowPart } from './types.js';

export interface CollectSourcesOptions {
  policy: Pick<Policy, 'slis' | 'windowMs' | 'sources'>;
  /** Window start → the SLIs to collect there, in time order. */
  windows: Map<number, string[]>;
  /** `collect --source`: the files of jsonl sources that name neither files nor a URL. */
  files?: string | readonly string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  log: (line: string) => void;
  debug?: (line: string) => void;
  onResponse?: (info: { bytes: number; ms: number }) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  backoffMs?: readonly number[];
  workers?: number;
  /**
   * Scheduled runs (back-fill): an empty window that ends before the local files' first event
   * is missing ("the files do not cover it"), not a window where nothing happened.
   */
  coverage?: boolean;
  /** Told when a bulk source starts, and as each window completes. */
  onStatus?: (text: string) => void;
  onWindow?: (part: WindowPart, done: number, total: number) => void;
}

export interface CollectSourcesResult {
  /** Window start → what was collected there (counts only when an event source ran). */
  windows: Map<number, WindowPart>;
  unattributed: UnattributedLines[];
  /** Local files read, and lines outside the windows. */
  files: string[];
  outside: number;
  /** Non-retryable failures (credentials, queries): the run should fail after writing. */
  failures: string[];
}

/** Thrown before any I/O: a jsonl source needs files and none were given. */
export class NoFilesError extends Error {
  constructor(readonly slis: string[]) {
    super(`SLIs ${slis.join(', ')} read JSONL events and no files were given`);
  }
}

function addCounts(a: WindowCounts | undefined, b: WindowCounts | undefined): WindowCounts | undefined {
  if (!a || !b) return a ?? b;
  return {
    events: a.events + b.events,
    malformed: a.malformed + b.malformed,
    invalid: a.invalid + b.invalid,
    unknown: a.unknown + b.unknown,
  };
}

function absorb(into: WindowPart, part: WindowPart): void {
  for (const [k, v] of part.slis) into.slis.set(k, v);
  for (const [k, v] of part.missing) into.missing.set(k, v);
  into.counts = addCounts(into.counts, part.counts);
}

/** The job of one source: the windows (and SLIs there) it must answer for. */
function jobFor(spec: SourceSpec, o: CollectSourcesOptions): SourceJob {
  const windows = new Map<number, string[]>();
  for (const [start, slis] of o.windows) {
    const mine = slis.filter((s) => o.policy.sources.bySli[s] === spec.name);
    if (mine.length > 0) windows.set(start, mine);
  }
  return { windows, windowMs: o.policy.windowMs, slis: o.policy.slis };
}

export async function collectSources(o: CollectSourcesOptions): Promise<CollectSourcesResult> {
  const env = o.env ?? process.env;
  const cwd = o.cwd ?? process.cwd();
  const failures = new FailureLog();
  const result: CollectSourcesResult = {
    windows: new Map(),
    unattributed: [],
    files: [],
    outside: 0,
    failures: [],
  };
  for (const start of o.windows.keys())
    result.windows.set(start, { start, slis: new Map(), missing: new Map() });
  const ctxOf = (spec: SourceSpec): SourceRunContext => ({
    label: sourceLabel(spec),
    configPath: `sources.${spec.name}`,
    log: o.log,
    debug: o.debug,
    onResponse: o.onResponse,
    sleep: o.sleep,
    now: o.now,
    backoffMs: o.backoffMs,
    env,
    cwd,
  });
  const jobs = o.policy.sources.list
    .map((spec) => ({ spec, job: jobFor(spec, o) }))
    .filter(({ job }) => job.windows.size > 0);
  const fileFree = jobs.filter(({ spec }) => spec.type === 'jsonl' && !spec.url && !spec.files);
  const given = o.files === undefined ? [] : typeof o.files === 'string' ? [o.files] : [...o.files];
  if (fileFree.length > 0 && given.length === 0)
    throw new NoFilesError(fileFree.flatMap(({ spec }) => spec.slis));
  const down = (job: SourceJob, reason: string) => {
    failures.add(reason);
    for (const [start, slis] of job.windows)
      absorb(result.windows.get(start)!, missingPart(start, slis, reason));
  };

  // Bulk sources.
  for (const { spec, job } of jobs) {
    const ctx = ctxOf(spec);
    if (spec.type === 'jsonl' && !spec.url) {
      o.onStatus?.(`reading ${ctx.label}`);
      const parts = await collectFiles(
        spec,
        job,
        spec.files ? spec.files.map((f) => expandEnv(f, env, `sources.${spec.name}.files`)) : given,
        ctx,
        o,
        result,
      );
      for (const p of parts) absorb(result.windows.get(p.start)!, p);
    } else if (spec.type === 'prometheus') {
      o.onStatus?.(`querying ${ctx.label}`);
      let source: PrometheusSource;
      try {
        source = new PrometheusSource(spec, ctx);
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        down(job, `${ctx.label}: ${e.message}`);
        continue;
      }
      for (const p of (await source.collect(job, failures)).values()) absorb(result.windows.get(p.start)!, p);
    }
  }

  // Per-window sources, window by window.
  type PerWindow = {
    collect: (start: number, slis: string[]) => Promise<WindowPart>;
    job: SourceJob;
    dead?: string;
  };
  const perWindow: PerWindow[] = [];
  for (const { spec, job } of jobs) {
    const ctx = ctxOf(spec);
    try {
      if (spec.type === 'jsonl' && spec.url) {
        const src = new HttpExportSource({ ...spec, url: spec.url }, ctx);
        perWindow.push({ job, collect: (start, slis) => src.collectWindow(start, job, slis) });
      } else if (spec.type === 'github-issues') {
        const src = new GithubIssuesSource(spec, ctx);
        perWindow.push({
          job,
          collect: (start, slis) => src.collectWindow(start, job.windowMs, slis, failures),
        });
      }
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      down(job, e.message.startsWith(ctx.label) ? e.message : `${ctx.label}: ${e.message}`);
    }
  }
  let done = 0;
  for (const [start] of o.windows) {
    const window = result.windows.get(start)!;
    for (const pw of perWindow) {
      const slis = pw.job.windows.get(start);
      if (!slis) continue;
      if (pw.dead !== undefined) {
        absorb(window, missingPart(start, slis, pw.dead));
        continue;
      }
      try {
        absorb(window, await pw.collect(start, slis));
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        absorb(window, missingPart(start, slis, e.message));
        if (!e.retryable) failures.add(e.message);
        // Down after the plan's retries (or for good): the later windows are not tried in this
        // run, which keeps a run short when a source is down; the next run tries them again.
        pw.dead = e.retryable ? `${e.message} (given up for this run)` : e.message;
      }
    }
    o.onWindow?.(window, ++done, o.windows.size);
  }
  result.failures = [...failures.fatal];
  return result;
}

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

/** Local JSONL files, read once for the whole span of the wanted windows. */
async function collectFiles(
  spec: Extract<SourceSpec, { type: 'jsonl' }>,
  job: SourceJob,
  patterns: string[],
  ctx: SourceContext & { cwd: string },
  o: CollectSourcesOptions,
  result: CollectSourcesResult,
): Promise<WindowPart[]> {
  const starts = [...job.windows.keys()];
  const from = Math.min(...starts);
  const to = Math.max(...starts) + job.windowMs;
  const files = new Set<string>();
  for (const p of patterns) {
    try {
      for (const f of await resolveSourceFiles(p, ctx.cwd)) files.add(f);
    } catch (e) {
      if (!(e instanceof TelemetrySourceError)) throw e;
      throw new FilesError(spec.files ? `sources.${spec.name}.files` : undefined, e.message);
    }
  }
  const source = [...files].sort();
  try {
    const r = await retrying(ctx, `reading ${source.length} file(s)`, () =>
      collectJsonl({
        policy: { slis: job.slis, windowMs: job.windowMs },
        from,
        to,
        source,
        workers: o.workers,
      }).catch((e: unknown) => {
        throw e instanceof TelemetrySourceError ? new SourceError(e.message, e.retryable) : e;
      }),
    );
    result.files.push(...r.files);
    result.unattributed.push(...r.unattributed);
    result.outside += r.stats.outside;
    const begins = o.coverage ? await filesStart(source) : undefined;
    return r.windows
      .filter((w) => job.windows.has(w.start))
      .map((w) => {
        const want = job.windows.get(w.start)!;
        const c = w.counts;
        if (begins !== undefined && w.end <= begins && c.events + c.malformed + c.invalid + c.unknown === 0) {
          const why = `${ctx.label}: the files begin at ${new Date(begins).toISOString()}, after this window; give the files that hold it (--source)`;
          return missingPart(w.start, want, why);
        }
        return {
          start: w.start,
          counts: w.counts,
          slis: new Map(want.map((id) => [id, w.slis.get(id)!])),
          missing: new Map(),
        };
      });
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    if (!e.retryable) throw new FilesError(spec.files ? `sources.${spec.name}.files` : undefined, e.message);
    return starts.map((s) => missingPart(s, job.windows.get(s)!, e.message));
  }
}
