/**
 * JSONL over HTTP(S): an export endpoint answering NDJSON for one window (URL template with
 * {from}/{to}), paged by cursor header or `Link: rel="next"`, gzip accepted. Each page streams
 * through the byte parser into its own segment, which joins the window only once the page was
 * read whole; a page that fails half-way is fetched again (the plan's retry), never counted
 * twice. Memory stays flat however many events a window holds.
 */
import type { SourceSpec } from '../../policy/sources.js';
import type {
  SourceJob,
  SourceOutcome,
  SourceProgress,
  TelemetrySource,
  WindowPart,
} from '../../ports/source.js';
import { Collector, SegmentCollector } from '../collect.js';
import { failureReason, judgeLines, lineWarning } from '../line-report.js';
import { LineTally } from '../line-tally.js';
import { expandEnv, sourceHeaders } from './config.js';
import { fetchWithRetry, type HttpResponse, SourceError } from './http.js';
import { eachWindow, unusable } from './outcome.js';
import type { SourceRunContext } from './types.js';

type ExportSpec = Extract<SourceSpec, { type: 'jsonl' }> & { url: string };

/** Stop following pages after this many: a server that never ends its pagination. */
const MAX_PAGES = 100_000;

export function windowUrl(template: string, start: number, end: number): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const values: Record<string, string> = {
    from: iso(start),
    to: iso(end),
    from_ms: String(start),
    to_ms: String(end),
    from_s: String(start / 1000),
    to_s: String(end / 1000),
  };
  return template.replace(/\{(from|to)(_ms|_s)?\}/g, (m) => encodeURIComponent(values[m.slice(1, -1)]!));
}

function nextLink(res: HttpResponse, current: URL): URL | undefined {
  const raw = res.headers.link;
  const link = Array.isArray(raw) ? raw.join(',') : raw;
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /\brel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(m[2]!)) return new URL(m[1]!, current);
  }
  return undefined;
}

export class HttpExportSource implements TelemetrySource {
  readonly label: string;
  private headers: Record<string, string> = {};
  private template = '';
  /** What this run's answers held: non-blank lines, and those that are not events (line-report.ts). */
  private read = { lines: 0, tally: new LineTally(), failed: false };

  constructor(
    private readonly spec: ExportSpec,
    private readonly ctx: SourceRunContext,
  ) {
    this.label = ctx.label;
  }

  /** Window by window, in time order (outcome.ts: a window that fails stops the source for this run). */
  async collect(job: SourceJob, progress?: SourceProgress): Promise<SourceOutcome> {
    try {
      this.headers = sourceHeaders(this.spec, this.ctx.env);
      // `${VAR}` in the URL (a host or a key) is expanded once; the window fields per request.
      this.template = expandEnv(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      return unusable(this.label, job, e);
    }
    this.read = { lines: 0, tally: new LineTally(), failed: false };
    const outcome = await eachWindow(job, progress, (start, slis) => this.collectWindow(start, job, slis));
    // Lines that are not events, over the whole run: said loudly when most are (line-report.ts).
    const { lines, tally, failed } = this.read;
    const health = { lines, ...tally.toJSON() };
    const warning = failed ? undefined : lineWarning(this.label, health);
    if (warning) this.ctx.log(`warning: ${warning}\n`);
    return outcome;
  }

  /** Collects one window: every page of the export for [start, start + windowMs). */
  private async collectWindow(start: number, job: SourceJob, slis: readonly string[]): Promise<WindowPart> {
    const end = start + job.windowMs;
    const options = {
      policy: { slis: job.slis, windowMs: job.windowMs, events: this.ctx.events },
      thresholds: job.thresholds,
      from: start,
      to: end,
    };
    const window = new Collector(options);
    const first = new URL(windowUrl(this.template, start, end));
    // Named by its window, not its URL: a URL may carry a key, and examples of lines name it.
    const name = `the answer for window ${iso(start)}`;
    window.beginSource(name);
    const target = { headers: this.headers, timeoutMs: this.spec.timeoutMs };
    const seen = new Set<string>();
    let url: URL | undefined = first;
    for (let page = 1; url !== undefined; page++) {
      if (page > MAX_PAGES || seen.has(url.href)) {
        throw new SourceError(
          `${this.ctx.label}: pagination does not end (page ${page}: ${url.href}); check sources.${this.spec.name}.pagination`,
          false,
          undefined,
          true,
        );
      }
      seen.add(url.href);
      const at: URL = url;
      const what = `window ${iso(start)} page ${page}`;
      const { segment, next } = await fetchWithRetry(this.ctx, what, target, at, async (res) => {
        const seg = new SegmentCollector(options);
        seg.beginSegment(at.href);
        for await (const chunk of res.body) seg.push(chunk);
        return { segment: seg.endSegment(), next: this.next(res, at, first) };
      });
      window.absorbSegment(segment);
      url = next;
    }
    const { windows, stats } = window.finish();
    this.read.lines += stats.lines;
    this.read.tally.absorb(stats, name, 0);
    // Every line of the answer malformed or invalid: the window is missing, never zero, and the
    // source is not asked again in this run (its shape is wrong); the run fails after writing.
    const health = { lines: stats.lines, unusable: stats.unusable, unknown: stats.unknown };
    if (judgeLines(health) === 'all-unusable') {
      this.read.failed = true;
      this.ctx.log(`warning: ${lineWarning(this.label, health)}\n`);
      throw new SourceError(failureReason(this.label, health), false);
    }
    const record = windows[0]!;
    return {
      start,
      slis: new Map(slis.map((id) => [id, record.slis.get(id)!])),
      counts: record.counts,
      missing: new Map(),
    };
  }

  private next(res: HttpResponse, current: URL, first: URL): URL | undefined {
    const p = this.spec.pagination;
    if (p === 'link') return nextLink(res, current);
    if (p === undefined) return undefined;
    const raw = res.headers[p.cursor.header.toLowerCase()];
    const cursor = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!cursor) return undefined;
    const u = new URL(first.href);
    u.searchParams.set(p.cursor.param, cursor);
    return u;
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(':00.000Z', 'Z');
}
