/**
 * Fault injection: a matching request gets the fault instead of its answer, before any
 * handler runs, so nothing is written (as when GitHub fails a request) — except a lost
 * response, where the write happens and only the answer is lost. And the content-creation
 * secondary rate limit, counted on the emulator's clock.
 */

export interface RequestMatch {
  method?: string;
  /** Equal to the request path (no query), or tested against it. */
  path?: string | RegExp;
  /** POST /graphql only: a document that reads (`query`) or writes (`mutation`). */
  graphql?: 'query' | 'mutation';
}

export type Fault =
  /** An error status (500, 502, 503 …) with GitHub's body for it. */
  | { status: number; body?: Record<string, unknown> }
  /** 403 with the secondary-rate-limit message and `retry-after: seconds`. */
  | { secondaryRateLimit: number }
  /** The connection is destroyed without an answer, before the handler runs: nothing is written. */
  | { drop: true }
  /**
   * The handler runs and its write happens, then the connection is destroyed without an answer:
   * GitHub did the work and the client saw a reset (and may retry a write that already landed).
   */
  | { lostResponse: true };

interface Rule<T> {
  match: RequestMatch;
  value: T;
  left: number;
}

export function matches(
  m: RequestMatch,
  method: string,
  path: string,
  graphql?: 'query' | 'mutation',
): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.graphql && m.graphql !== graphql) return false;
  if (m.path === undefined) return true;
  return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}

/** Rules consumed first-come, each a limited number of times. */
export class Rules<T> {
  private rules: Rule<T>[] = [];

  add(match: RequestMatch, value: T, times: number): void {
    this.rules.push({ match, value, left: times });
  }

  take(method: string, path: string, graphql?: 'query' | 'mutation'): T | undefined {
    const rule = this.rules.find((r) => r.left > 0 && matches(r.match, method, path, graphql));
    if (!rule) return undefined;
    rule.left -= 1;
    this.rules = this.rules.filter((r) => r.left > 0);
    return rule.value;
  }

  get pending(): number {
    return this.rules.reduce((n, r) => n + r.left, 0);
  }

  clear(): void {
    this.rules = [];
  }
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID';

export function faultResponse(
  fault: Exclude<Fault, { drop: true } | { lostResponse: true }>,
  requestId: string,
): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  if ('secondaryRateLimit' in fault) {
    return {
      status: 403,
      headers: { 'retry-after': String(fault.secondaryRateLimit) },
      body: {
        message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`,
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    };
  }
  const message =
    fault.status === 503 ? 'Service Unavailable' : fault.status === 502 ? 'Bad Gateway' : 'Server Error';
  return { status: fault.status, headers: {}, body: fault.body ?? { message } };
}

/**
 * GitHub's answer once content creation is blocked: 403 with this message and no `retry-after`
 * (the example response of "Secondary rate limits" in github/docs
 * content/rest/overview/resources-in-the-rest-api.md, as kept in its translations; the missing
 * header as go-github's TestDo_rateLimit_abuseRateLimitError records it). Clients wait at least a
 * minute (content/rest/using-the-rest-api/rate-limits-for-the-rest-api.md).
 */
export const CONTENT_CREATION_MESSAGE =
  'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. ' +
  'Please retry your request again later.';

/**
 * GitHub's figures: "In general, no more than 80 content-generating requests per minute and no
 * more than 500 content-generating requests per hour are allowed" (github/docs
 * data/reusables/rest-api/secondary-rate-limit-rest-graphql.md).
 */
export const GITHUB_CONTENT_CREATION_LIMIT = { perMinute: 80, perHour: 500 };

export interface ContentCreationLimit {
  perMinute?: number;
  perHour?: number;
}

/** Content-creating requests per login, on the emulator's clock. */
export class ContentCreation {
  private readonly made = new Map<string, number[]>();

  constructor(
    private readonly limit: ContentCreationLimit,
    private readonly now: () => number,
  ) {}

  /** Whether `login` may create content now. */
  allows(login: string): boolean {
    const t = this.now();
    const times = (this.made.get(login) ?? []).filter((at) => at > t - 3_600_000);
    this.made.set(login, times);
    const lastMinute = times.filter((at) => at > t - 60_000).length;
    const { perMinute, perHour } = this.limit;
    return !(
      (perMinute !== undefined && lastMinute >= perMinute) ||
      (perHour !== undefined && times.length >= perHour)
    );
  }

  record(login: string): void {
    this.made.set(login, [...(this.made.get(login) ?? []), this.now()]);
  }
}

export function contentCreationBlocked(): {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
} {
  return {
    status: 403,
    headers: {},
    body: {
      message: CONTENT_CREATION_MESSAGE,
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}
