/**
 * The Prometheus query API (`/api/v1/query`, `/api/v1/query_range`), which Thanos, Grafana Mimir,
 * Cortex, VictoriaMetrics and the managed Prometheus services answer too. The query engine does
 * the aggregation: per window, a counter's `increase()` over the window (ratios, counts) and a
 * classic histogram's bucket increases (latency, kept mergeable as a sketch: histogram.ts),
 * evaluated at the window's end. One window is an instant query; a run of windows (back-fill)
 * is one range query with the window as its step.
 *
 * `increase()` extrapolates when samples do not sit on the window's edges, so counts are whole
 * numbers rounded from estimates; with Prometheus 2.x and a sample on each window boundary they
 * are exact. An empty answer counts as zero (a counter not created yet) and is logged.
 */
import type { PromQuerySpec, SourceSpec } from '../../policy/sources.js';
import type {
  SourceFailure,
  SourceJob,
  SourceOutcome,
  SourceProgress,
  TelemetrySource,
  WindowPart,
} from '../../ports/source.js';
import type { SliAggregate } from '../record.js';
import { expandEnv, sourceHeaders } from './config.js';
import { latencyFromBuckets, parseLe } from './histogram.js';
import { fetchWithRetry, readText, SourceError } from './http.js';
import { alsoMissing, failureKind, unusable } from './outcome.js';
import type { SourceRunContext } from './types.js';

type PromSpec = Extract<SourceSpec, { type: 'prometheus' }>;

/** A range query covers at most this many windows (Prometheus refuses > 11,000 points). */
const MAX_POINTS = 1000;
const FATAL_STATUS = /HTTP (401|403|404)\b/;

interface Sample {
  labels: Record<string, string>;
  value: number;
}
/** Window end (ms) → the samples of that instant. */
type Answer = Map<number, Sample[]>;

interface PromBody {
  status?: string;
  errorType?: string;
  error?: string;
  warnings?: unknown[];
  data?: { resultType?: string; result?: unknown };
}

function num(v: unknown): number {
  const n = typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Why the source (or one SLI) is not asked again in this run, and the failure that stopped it. */
interface Down {
  reason: string;
  failure: SourceFailure;
}

/** Consecutive windows, in runs of at most MAX_POINTS. */
function runsOf(starts: number[], windowMs: number): number[][] {
  const runs: number[][] = [];
  for (const s of starts) {
    const run = runs[runs.length - 1];
    if (run && s === run[run.length - 1]! + windowMs && run.length < MAX_POINTS) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

export class PrometheusSource implements TelemetrySource {
  readonly label: string;
  private headers: Record<string, string> = {};
  private base = '';
  private readonly warned = new Set<string>();

  constructor(
    private readonly spec: PromSpec,
    private readonly ctx: SourceRunContext,
  ) {
    this.label = ctx.label;
  }

  /** Every wanted SLI of every window, one range query per run of windows; failures are data. */
  async collect(job: SourceJob, progress?: SourceProgress): Promise<SourceOutcome> {
    progress?.status(`querying ${this.label}`);
    try {
      this.headers = sourceHeaders(this.spec, this.ctx.env);
      this.base = expandEnv(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`).replace(/\/+$/, '');
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      return unusable(this.label, job, e);
    }
    const parts = new Map<number, WindowPart>();
    for (const start of job.windows.keys()) parts.set(start, { start, slis: new Map(), missing: new Map() });
    const failures: SourceFailure[] = [];
    let sourceDown: Down | undefined;
    for (const sli of this.spec.slis) {
      const starts = [...job.windows].filter(([, ids]) => ids.includes(sli)).map(([s]) => s);
      let sliDown: Down | undefined;
      for (const run of runsOf(starts, job.windowMs)) {
        const down = sourceDown ?? sliDown;
        if (down !== undefined) {
          for (const s of run) parts.get(s)!.missing.set(sli, down.reason);
          alsoMissing(down.failure, run);
          continue;
        }
        try {
          const values = await this.sliValues(sli, this.spec.queries[sli]!, run, job.windowMs);
          run.forEach((s, i) => {
            parts.get(s)!.slis.set(sli, values[i]!);
          });
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
          for (const s of run) parts.get(s)!.missing.set(sli, e.message);
          const failure: SourceFailure = { kind: failureKind(e), reason: e.message, windows: [...run] };
          failures.push(failure);
          if (e.retryable) {
            // Still failing after the plan's retries: do not try the rest in this run.
            sourceDown = { reason: `${e.message} (given up for this run)`, failure };
          } else if (e.fatal || FATAL_STATUS.test(e.message)) {
            sourceDown = { reason: e.message, failure };
          } else {
            sliDown = { reason: e.message, failure };
          }
        }
      }
    }
    return { parts: [...parts.values()], failures };
  }

  private async sliValues(
    sli: string,
    q: PromQuerySpec,
    run: number[],
    windowMs: number,
  ): Promise<SliAggregate[]> {
    const ends = run.map((s) => s + windowMs);
    const get = (query: string) => this.query(sli, query, ends, windowMs);
    if (q.kind === 'ratio') {
      const [a, b] = [await get(q.numerator), await get(q.denominator)];
      return ends.map((t) => ({ kind: 'ratio', numerator: total(a, t), denominator: total(b, t) }));
    }
    if (q.kind === 'count') {
      const a = await get(q.count);
      return ends.map((t) => ({ kind: 'count', count: total(a, t) }));
    }
    const buckets = await get(q.buckets);
    const sums = q.sum === undefined ? undefined : await get(q.sum);
    const unitMs = q.unit === 's' ? 1000 : 1;
    return ends.map((t) => {
      const list = (buckets.get(t) ?? []).map((x) => {
        const le = parseLe(x.labels.le);
        if (le === undefined) {
          throw new SourceError(
            `${this.ctx.label}: ${sli}: a bucket series without a valid \`le\` label (${JSON.stringify(x.labels)}); the buckets query must keep le, e.g. sum by (le) (…)`,
            false,
          );
        }
        return { le, count: x.value };
      });
      try {
        return latencyFromBuckets(list, unitMs, sums === undefined ? undefined : total(sums, t, false));
      } catch (e) {
        throw new SourceError(`${this.ctx.label}: ${sli}: ${(e as Error).message}`, false);
      }
    });
  }

  /** One query over the window ends (an instant query for one, a range query for a run). */
  private async query(sli: string, template: string, ends: number[], windowMs: number): Promise<Answer> {
    const query = template.replaceAll('$window', `${windowMs / 1000}s`);
    const single = ends.length === 1;
    const url = new URL(`${this.base}/api/v1/${single ? 'query' : 'query_range'}`);
    const params: Record<string, string> = single
      ? { query, time: String(ends[0]! / 1000) }
      : {
          query,
          start: String(ends[0]! / 1000),
          end: String(ends[ends.length - 1]! / 1000),
          step: `${windowMs / 1000}s`,
        };
    const form = new URLSearchParams(params).toString();
    const ctx = { ...this.ctx, requestPath: `sources.${this.spec.name}.slis.${sli}` };
    const what = `${sli}: ${single ? 'query' : `query_range (${ends.length} windows)`} ${query}`;
    const target = {
      headers: {
        ...this.headers,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      timeoutMs: this.spec.timeoutMs,
    };
    const body = await fetchWithRetry(
      ctx,
      what,
      target,
      url,
      async (res) => parseBody(await readText(res)),
      form,
    );
    if (body.status !== 'success') {
      const retryable = ['timeout', 'canceled', 'unavailable', 'internal'].includes(String(body.errorType));
      throw new SourceError(
        `${this.ctx.label}: ${what}: ${body.errorType ?? 'error'}: ${body.error ?? 'no reason given'}`,
        retryable,
      );
    }
    for (const w of body.warnings ?? []) this.warnOnce(`${sli}: warning from the query engine: ${String(w)}`);
    const answer = toAnswer(body, single ? ends[0]! : undefined, (msg) => {
      throw new SourceError(`${this.ctx.label}: ${what}: ${msg}`, false);
    });
    if (answer.size === 0)
      this.warnOnce(`${sli}: no series for ${query}; counted as 0 (check the metric name if this persists)`);
    return answer;
  }

  private warnOnce(text: string): void {
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.ctx.log(`${this.ctx.label}: ${text}\n`);
  }
}

function parseBody(text: string): PromBody {
  try {
    const v = JSON.parse(text);
    if (v && typeof v === 'object') return v as PromBody;
  } catch {
    // below
  }
  throw new SourceError(`not a Prometheus API answer: ${text.slice(0, 120)}`, false);
}

function toAnswer(body: PromBody, time: number | undefined, fail: (msg: string) => never): Answer {
  const out: Answer = new Map();
  const add = (t: number, labels: Record<string, string>, value: unknown) => {
    const list = out.get(t) ?? [];
    if (list.length === 0) out.set(t, list);
    list.push({ labels, value: num(value) });
  };
  const type = body.data?.resultType;
  const result = body.data?.result;
  const ms = (seconds: unknown) => Math.round(Number(seconds) * 1000);
  if (type === 'scalar' && Array.isArray(result)) add(time ?? ms(result[0]), {}, result[1]);
  else if (type === 'vector' && Array.isArray(result)) {
    for (const r of result as { metric?: Record<string, string>; value?: unknown[] }[]) {
      add(time ?? ms(r.value?.[0]), r.metric ?? {}, r.value?.[1]);
    }
  } else if (type === 'matrix' && Array.isArray(result)) {
    if (time !== undefined)
      fail('the query returns a range vector; wrap its [range] in increase(…) or sum(…)');
    for (const r of result as { metric?: Record<string, string>; values?: unknown[][] }[]) {
      for (const [t, v] of r.values ?? []) add(ms(t), r.metric ?? {}, v);
    }
  } else {
    fail(
      `resultType ${JSON.stringify(type)} is not a number per window; the query must give a vector or scalar`,
    );
  }
  return out;
}

/** The sum over the series at time `t`, as whole events (or as is, for sums of durations). */
function total(answer: Answer, t: number, whole = true): number {
  const sum = (answer.get(t) ?? []).reduce((acc, s) => acc + s.value, 0);
  return whole ? Math.round(sum) : sum;
}
