/**
 * The one retry policy phasegate uses for every outside system (telemetry sources, GitHub), as the
 * operating plan states it: back-off 0.5 s → 1 s → 2 s → 4 s → 8 s, at most 5 retries; a longer
 * `Retry-After` is honoured; a non-retryable failure fails at once. The clock is injected so tests
 * check the delays without sleeping.
 */

/** The plan's schedule (SPEC.md section 3): the delay before retry 1, 2, … in milliseconds. */
export const PLAN_BACKOFF_MS: readonly number[] = [500, 1000, 2000, 4000, 8000];

/** What a failed attempt means for the next one. */
export interface RetryVerdict {
  retryable: boolean;
  /** The server's Retry-After in ms, when it sent one. */
  retryAfterMs?: number;
}

export interface RetryOptions {
  /** Delays before each retry; its length is the maximum number of retries. */
  backoffMs?: readonly number[];
  classify: (err: unknown) => RetryVerdict;
  sleep?: (ms: number) => Promise<void>;
  /** Told about every failed attempt, before the wait (attempt counts from 1). */
  onAttemptFailed?: (info: { attempt: number; error: unknown; retrying: boolean; delayMs: number }) => void;
  /** The longest wait allowed now (the job's remaining time); a longer one fails at once. */
  maxWaitMs?: () => number;
}

/** A retry that would wait past the time the run has left: failing now beats a killed job. */
export class WaitTooLongError extends Error {
  constructor(
    readonly delayMs: number,
    readonly leftMs: number,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(
      `a retry would wait ${Math.ceil(delayMs / 1000)}s (after: ${why}) but the job has ${Math.max(0, Math.floor(leftMs / 1000))}s left; stopping now so the next run starts clean (the job's time is the input "timeout-minutes")`,
      { cause },
    );
    this.name = 'WaitTooLongError';
  }
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `attempt` until it succeeds, a failure is not retryable, or the retries are used up. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const backoff = options.backoffMs ?? PLAN_BACKOFF_MS;
  const sleep = options.sleep ?? realSleep;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const verdict = options.classify(error);
      const retrying = verdict.retryable && n <= backoff.length;
      const delayMs = retrying ? Math.max(backoff[n - 1] ?? 0, verdict.retryAfterMs ?? 0) : 0;
      const leftMs = options.maxWaitMs?.() ?? Number.POSITIVE_INFINITY;
      if (retrying && delayMs > leftMs) throw new WaitTooLongError(delayMs, leftMs, error);
      options.onAttemptFailed?.({ attempt: n, error, retrying, delayMs });
      if (!retrying) throw error;
      await sleep(delayMs);
    }
  }
}

/** Parse an HTTP Retry-After header (seconds or an HTTP date) into ms from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Network-level failures worth another attempt: resets, refused or dropped connections, timeouts. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** True for errors (or their `cause` chain) that are a network failure rather than an answer. */
export function isNetworkError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_CODES.has(code)) return true;
    const name = (e as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    const message = (e as { message?: unknown }).message;
    if (
      typeof message === 'string' &&
      /fetch failed|socket hang up|other side closed|terminated/i.test(message)
    )
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
