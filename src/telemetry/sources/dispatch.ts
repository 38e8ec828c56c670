/**
 * Collects the wanted SLIs of the wanted windows from every source the policy routes them to,
 * and puts each window back together. Every source has one call shape (src/ports/source.ts):
 * collect(job) resolves with its parts and its failures as data. Sources that read in bulk go
 * first (local JSONL files in one pass; Prometheus with one range query per run of windows), then
 * the sources that answer window by window (HTTP exports, GitHub search), so windows complete in
 * time order while those run and progress can be shown per window.
 */
import type { Policy } from '../../policy/model.js';
import type { SourceSpec } from '../../policy/sources.js';
import type { SourceJob, TelemetrySource, WindowPart } from '../../ports/source.js';
import type { UnattributedLines } from '../attribution.js';
import { latencyThresholds } from '../plan.js';
import { expandEnv, sourceLabel } from './config.js';
import { GithubIssuesSource } from './github-issues.js';
import { HttpExportSource } from './http-export.js';
import { JsonlFilesSource } from './jsonl-files.js';
import { mergePart } from './outcome.js';
import { PrometheusSource } from './prometheus.js';
import type { SourceRunContext, SourceRuntime } from './types.js';
import { type OnWindow, WindowsDone } from './windows-done.js';

export interface CollectSourcesOptions extends SourceRuntime {
  policy: Pick<Policy, 'slis' | 'windowMs' | 'sources'> & Partial<Pick<Policy, 'phases' | 'events'>>;
  /** Window start → the SLIs to collect there, in time order. */
  windows: Map<number, string[]>;
  /** `collect --source`: the files of jsonl sources that name neither files nor a URL. */
  files?: string | readonly string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  workers?: number;
  /**
   * Scheduled runs (back-fill): an empty window that ends before the local files' first event
   * is missing ("the files do not cover it"), not a window where nothing happened.
   */
  coverage?: boolean;
  /** Told when a bulk source starts, and as each window completes. */
  onStatus?: (text: string) => void;
  onWindow?: OnWindow;
}

export interface CollectSourcesResult {
  /** Window start → what was collected there (counts only when an event source ran). */
  windows: Map<number, WindowPart>;
  unattributed: UnattributedLines[];
  /** Local files read, and lines outside the windows. */
  files: string[];
  outside: number;
  /** Fatal failures (credentials, queries), each once: the run should fail after writing. */
  failures: string[];
}

/** Thrown before any I/O: a jsonl source needs files and none were given. */
export class NoFilesError extends Error {
  constructor(readonly slis: string[]) {
    super(`SLIs ${slis.join(', ')} read JSONL events and no files were given`);
  }
}

/** The job of one source: the windows (and SLIs there) it must answer for. */
function jobFor(spec: SourceSpec, o: CollectSourcesOptions): SourceJob {
  const windows = new Map<number, string[]>();
  for (const [start, slis] of o.windows) {
    const mine = slis.filter((s) => o.policy.sources.bySli[s] === spec.name);
    if (mine.length > 0) windows.set(start, mine);
  }
  return {
    windows,
    windowMs: o.policy.windowMs,
    slis: o.policy.slis,
    thresholds: latencyThresholds(o.policy),
  };
}

const readsInBulk = (spec: SourceSpec) => spec.type === 'prometheus' || (spec.type === 'jsonl' && !spec.url);

/**
 * The sources with work in this run, bulk readers first. Throws before any I/O when files are
 * needed and none were given, or a `files:` entry names a `${VAR}` that is not set.
 */
function sourcesFor(o: CollectSourcesOptions): { source: TelemetrySource; job: SourceJob }[] {
  const env = o.env ?? process.env;
  const cwd = o.cwd ?? process.cwd();
  const jobs = o.policy.sources.list
    .map((spec) => ({ spec, job: jobFor(spec, o) }))
    .filter(({ job }) => job.windows.size > 0);
  const fileFree = jobs.filter(({ spec }) => spec.type === 'jsonl' && !spec.url && !spec.files);
  const given = o.files === undefined ? [] : typeof o.files === 'string' ? [o.files] : [...o.files];
  if (fileFree.length > 0 && given.length === 0)
    throw new NoFilesError(fileFree.flatMap(({ spec }) => spec.slis));
  const ordered = [
    ...jobs.filter(({ spec }) => readsInBulk(spec)),
    ...jobs.filter(({ spec }) => !readsInBulk(spec)),
  ];
  return ordered.map(({ spec, job }) => ({ job, source: sourceFor(spec, o, env, cwd, given) }));
}

/** The adapter of one source of the policy. */
function sourceFor(
  spec: SourceSpec,
  o: CollectSourcesOptions,
  env: Record<string, string | undefined>,
  cwd: string,
  given: string[],
): TelemetrySource {
  const ctx: SourceRunContext = {
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
    events: o.policy.events,
  };
  switch (spec.type) {
    case 'jsonl': {
      if (spec.url) return new HttpExportSource({ ...spec, url: spec.url }, ctx);
      const files = spec.files ? spec.files.map((f) => expandEnv(f, env, `${ctx.configPath}.files`)) : given;
      return new JsonlFilesSource(spec, ctx, files, { workers: o.workers, coverage: o.coverage });
    }
    case 'prometheus':
      return new PrometheusSource(spec, ctx);
    case 'github-issues':
      return new GithubIssuesSource(spec, ctx);
  }
}

export async function collectSources(o: CollectSourcesOptions): Promise<CollectSourcesResult> {
  const runs = sourcesFor(o);
  const result: CollectSourcesResult = {
    windows: new Map(),
    unattributed: [],
    files: [],
    outside: 0,
    failures: [],
  };
  for (const start of o.windows.keys())
    result.windows.set(start, { start, slis: new Map(), missing: new Map() });
  const fatal = new Set<string>();
  const done = new WindowsDone(
    result.windows,
    runs.map((r) => r.job),
    o.onWindow,
    o.onStatus,
  );
  for (const { source, job } of runs) {
    const outcome = await source.collect(job, done.progress);
    for (const part of outcome.parts) mergePart(result.windows.get(part.start)!, part);
    for (const f of outcome.failures) if (f.kind === 'fatal') fatal.add(f.reason);
    if (outcome.read) {
      // Loops, not push(...): a spread of 125k+ files overflows the call stack.
      for (const f of outcome.read.files) result.files.push(f);
      for (const u of outcome.read.unattributed) result.unattributed.push(u);
      result.outside += outcome.read.outside;
    }
    done.sourceDone(job);
  }
  done.finish();
  result.failures = [...fatal];
  return result;
}
