/**
 * Fault injection: a matching request gets the fault instead of its answer, before any
 * handler runs, so nothing is written (as when GitHub fails a request).
 */

export interface RequestMatch {
  method?: string;
  /** Equal to the request path (no query), or tested against it. */
  path?: string | RegExp;
}

export type Fault =
  /** An error status (500, 502, 503 …) with GitHub's body for it. */
  | { status: number; body?: Record<string, unknown> }
  /** 403 with the secondary-rate-limit message and `retry-after: seconds`. */
  | { secondaryRateLimit: number }
  /** The connection is destroyed without an answer. */
  | { drop: true };

interface Rule<T> {
  match: RequestMatch;
  value: T;
  left: number;
}

export function matches(m: RequestMatch, method: string, path: string): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.path === undefined) return true;
  return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}

/** Rules consumed first-come, each a limited number of times. */
export class Rules<T> {
  private rules: Rule<T>[] = [];

  add(match: RequestMatch, value: T, times: number): void {
    this.rules.push({ match, value, left: times });
  }

  take(method: string, path: string): T | undefined {
    const rule = this.rules.find((r) => r.left > 0 && matches(r.match, method, path));
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
  fault: Exclude<Fault, { drop: true }>,
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
