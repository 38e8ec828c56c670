/**
 * The Octokit client phasegate uses: @actions/github's getOctokit (it honours GITHUB_API_URL)
 * with every request wrapped in the plan's retry (src/retry.ts). Retried: 5xx, dropped
 * connections, 429 and rate limits (primary and secondary, waiting at least `retry-after` or
 * until `x-ratelimit-reset`). Not retried: every other 4xx, which is an answer, not an accident;
 * a wait past the job's deadline (it fails now instead of being killed mid-write); and a create
 * (issue, comment) whose answer was lost or was a 5xx: GitHub may have made it, so a blind retry
 * can make two. The caller looks for it first (createOnce in the GitHub interpreter).
 */
import { getOctokit } from '@actions/github';
import { isNetworkError, parseRetryAfter, type RetryVerdict, realSleep, withRetry } from '../retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Epoch ms the job must be done by: no retry waits past it. */
  deadline?: number;
}

interface ErrorWithResponse {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function classifyGitHubError(err: unknown, now: number): RetryVerdict {
  const e = err as ErrorWithResponse;
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const headers = e?.response?.headers ?? {};
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
  if (status === undefined || !e.response) return { retryable: isNetworkError(err), retryAfterMs };
  if (status >= 500 || status === 429) return { retryable: true, retryAfterMs };
  if (status === 403) {
    if (retryAfterMs !== undefined || /secondary rate limit/i.test(e.message ?? '')) {
      return { retryable: true, retryAfterMs: retryAfterMs ?? 60_000 };
    }
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
      return {
        retryable: true,
        retryAfterMs: Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now),
      };
    }
  }
  return { retryable: false };
}

/** POSTs that make a new thing each time they land: issues and comments. */
const CREATES = /^\/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\}\/comments)?$/;

/**
 * A failure that does not tell whether the write happened: no answer (a dropped connection, a
 * timeout) or a 5xx. Whoever retries such a create must look for it first.
 */
export function isAmbiguousFailure(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined ? isNetworkError(err) : status >= 500;
}

export function createClient(o: ClientOptions): Octokit {
  const octokit = getOctokit(o.token, o.baseUrl ? { baseUrl: o.baseUrl } : {});
  const now = o.now ?? Date.now;
  octokit.hook.wrap('request', (request, options) =>
    withRetry(async () => request(options), {
      classify: (err) =>
        options.method === 'POST' && CREATES.test(String(options.url)) && isAmbiguousFailure(err)
          ? { retryable: false }
          : classifyGitHubError(err, now()),
      maxWaitMs: o.deadline === undefined ? undefined : () => o.deadline! - now(),
      sleep: o.sleep ?? realSleep,
      onAttemptFailed: ({ attempt, error, retrying, delayMs }) => {
        if (!retrying) return;
        const status = (error as ErrorWithResponse).status ?? 'network error';
        const what = `${options.method} ${String(options.url)}`;
        o.log(
          `GitHub ${what}: attempt ${attempt} failed (${status}: ${firstLine(error)}); retrying in ${delayMs / 1000}s`,
        );
      },
    }),
  );
  return octokit;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 200);
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as ErrorWithResponse)?.status;
  return typeof status === 'number' && (err as ErrorWithResponse).response ? status : undefined;
}

/** GitHub's error message including its `errors[].message` details (where "already exists" lives). */
export function messageOf(err: unknown): string {
  const e = err as ErrorWithResponse;
  const data = e?.response?.data as
    | { message?: string; errors?: Array<{ message?: string; code?: string }> }
    | undefined;
  const details = (data?.errors ?? []).map((x) => x.message ?? x.code ?? '').filter(Boolean);
  return [data?.message ?? e?.message ?? String(err), ...details].join(': ');
}

/** A 422 Validation Failed that names one of `fields` among its errors (GitHub's `errors[].field`). */
export function isInvalidField(err: unknown, fields: readonly string[]): boolean {
  if (statusOf(err) !== 422) return false;
  const data = (err as ErrorWithResponse).response?.data as
    | { errors?: Array<{ field?: unknown }> }
    | undefined;
  return (data?.errors ?? []).some((e) => typeof e.field === 'string' && fields.includes(e.field));
}

/** Pushes to a protected branch fail with GH006/GH013: say so, and name the fix. */
export function protectedBranchHint(branch: string, text: string, status: number | undefined): string {
  if (/protected|GH006|GH013|rule/i.test(text) || status === 403) {
    return `cannot commit window records to "${branch}": ${text}. The branch is protected; keep the records on a data branch with the input records-branch (e.g. phasegate-data), see docs/setup.md`;
  }
  return `committing window records to "${branch}" failed: ${text}`;
}
