/**
 * GitHub issues as a count SLI (the plan's critical bugs: issues the Reporter files with a
 * label). One search per window and SLI, `repo:o/r is:issue label:"critical" created:A..B`,
 * reading `total_count`: never one request per issue. The search API allows 30 requests a
 * minute; a rate-limited answer waits until x-ratelimit-reset (the plan's retry honours it).
 */
import type { SourceSpec } from '../../policy/sources.js';
import type {
  SourceFailure,
  SourceJob,
  SourceOutcome,
  SourceProgress,
  TelemetrySource,
  WindowPart,
} from '../../ports/source.js';
import { expandEnv } from './config.js';
import { fetchWithRetry, readText, SourceError } from './http.js';
import { alsoMissing, eachWindow, failureKind, unusable } from './outcome.js';
import type { SourceRunContext } from './types.js';

type IssuesSpec = Extract<SourceSpec, { type: 'github-issues' }>;

/** Search dates have whole seconds and both ends inclusive: [start, end) is start..end-1s. */
export function searchQuery(
  repo: string,
  labels: readonly string[],
  extra: string | undefined,
  start: number,
  end: number,
): string {
  const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const label = labels.map((l) => `label:"${l.replace(/"/g, '')}"`).join(' ');
  const more = extra?.trim() ? ` ${extra.trim()}` : '';
  return `repo:${repo} is:issue ${label}${more} created:${at(start)}..${at(end - 1000)}`;
}

export class GithubIssuesSource implements TelemetrySource {
  readonly label: string;
  private repo = '';
  private api = '';
  private headers: Record<string, string> = {};
  /** SLI (or '*': every SLI) → why it is not asked again in this run, and the failure that stopped it. */
  private readonly down = new Map<string, { reason: string; failure: SourceFailure }>();

  constructor(
    private readonly spec: IssuesSpec,
    private readonly ctx: SourceRunContext,
  ) {
    this.label = ctx.label;
  }

  /** One search per window and SLI, in time order. */
  async collect(job: SourceJob, progress?: SourceProgress): Promise<SourceOutcome> {
    try {
      this.setUp();
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      return unusable(this.label, job, e);
    }
    return eachWindow(job, progress, (start, slis, failures) =>
      this.collectWindow(start, job.windowMs, slis, failures),
    );
  }

  private setUp(): void {
    const { spec, ctx } = this;
    const repo = spec.repo ?? ctx.env.GITHUB_REPOSITORY;
    if (!repo) {
      throw new SourceError(
        `${ctx.label}: no repository; set sources.${spec.name}.repo (owner/name) or GITHUB_REPOSITORY`,
        false,
        undefined,
        true,
      );
    }
    this.repo = repo;
    this.api =
      (spec.apiUrl ? expandEnv(spec.apiUrl, ctx.env, `sources.${spec.name}.api_url`) : undefined) ??
      ctx.env.GITHUB_API_URL ??
      'https://api.github.com';
    const token = expandEnv(spec.token, ctx.env, `sources.${spec.name}.token`);
    this.headers = {
      'user-agent': 'phasegate',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      authorization: `Bearer ${token}`,
    };
  }

  private async collectWindow(
    start: number,
    windowMs: number,
    slis: readonly string[],
    failures: SourceFailure[],
  ): Promise<WindowPart> {
    const part: WindowPart = { start, slis: new Map(), missing: new Map() };
    for (const sli of slis) {
      const down = this.down.get('*') ?? this.down.get(sli);
      if (down !== undefined) {
        part.missing.set(sli, down.reason);
        alsoMissing(down.failure, [start]);
        continue;
      }
      const s = this.spec.searches[sli]!;
      const q = searchQuery(this.repo, s.labels, s.query, start, start + windowMs);
      const url = new URL(`${this.api.replace(/\/+$/, '')}/search/issues`);
      url.searchParams.set('q', q);
      url.searchParams.set('per_page', '1');
      try {
        const total = await fetchWithRetry(
          { ...this.ctx, authPath: `sources.${this.spec.name}.token (default \${GITHUB_TOKEN})` },
          `${sli}: search ${q}`,
          { headers: this.headers, timeoutMs: this.spec.timeoutMs },
          url,
          async (res) => {
            const body = JSON.parse(await readText(res)) as {
              total_count?: unknown;
              incomplete_results?: unknown;
            };
            if (typeof body.total_count !== 'number') {
              throw new SourceError(`not a search answer (no total_count)`, false);
            }
            // GitHub stopped searching early: the count may be short, so ask again.
            if (body.incomplete_results === true) throw new SourceError('incomplete_results: true', true);
            return body.total_count;
          },
        );
        part.slis.set(sli, { kind: 'count', count: total });
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        part.missing.set(sli, e.message);
        const failure: SourceFailure = { kind: failureKind(e), reason: e.message, windows: [start] };
        failures.push(failure);
        if (!e.retryable) {
          this.down.set(e.fatal ? '*' : sli, { reason: e.message, failure });
        } else {
          // Still failing after the plan's retries: not tried again in this run.
          this.down.set('*', { reason: `${e.message} (given up for this run)`, failure });
        }
      }
    }
    return part;
  }
}
