/**
 * One POST to a webhook, retried the plan's way (src/retry.ts): 408, 429, 5xx and network
 * failures are retried with back-off (Retry-After honoured), any other answer fails at once.
 * Webhook URLs are secrets (a Slack webhook URL is its own credential), so only the host is
 * ever logged or put in an error.
 */
import { isNetworkError, parseRetryAfter, withRetry } from '../retry.js';

export interface PostOptions {
  url: string;
  body: Uint8Array;
  /** A function is called per attempt (headers signed with the attempt's time). */
  headers: Record<string, string> | (() => Record<string, string>);
  /** The action input the URL came from, named in every error ("slack-webhook"). */
  input: string;
  /** What is being posted to, for logs and errors ("Slack", "the lock webhook"). */
  target: string;
  /** The error message for an answer that is not retried (4xx): say what it means and the fix. */
  rejected: (status: number, body: string) => string;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  backoffMs?: readonly number[];
  /** Per attempt; a timeout counts as a network failure and is retried. */
  timeoutMs?: number;
  now?: () => number;
}

export interface PostResult {
  status: number;
  body: string;
  attempts: number;
}

/** A webhook failure; the message already names the input and the fix. */
export class WebhookError extends Error {
  override name = 'WebhookError';
  constructor(
    message: string,
    readonly input: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** The host of a webhook URL, the only part safe to print. Throws naming the input when it is no URL. */
export function webhookHost(url: string, input: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookError(
      `${input}: the value is not a URL; set it to the webhook's https:// URL`,
      input,
      null,
      false,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new WebhookError(
      `${input}: only http(s) URLs are supported, got ${parsed.protocol}`,
      input,
      null,
      false,
    );
  }
  return parsed.host;
}

export async function postWithRetry(opts: PostOptions): Promise<PostResult> {
  const host = webhookHost(opts.url, opts.input);
  const log = opts.log ?? (() => {});
  const now = opts.now ?? Date.now;
  let attempts = 0;
  const once = async (): Promise<PostResult> => {
    attempts++;
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: typeof opts.headers === 'function' ? opts.headers() : opts.headers,
        body: typeof opts.body === 'string' ? opts.body : new Uint8Array(opts.body), // an ArrayBuffer-backed copy, as BodyInit wants
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
    } catch (err) {
      const retryable = isNetworkError(err);
      throw new WebhookError(`${opts.input}: ${describe(err, opts.url, host)}`, opts.input, null, retryable);
    }
    const body = (await res.text().catch(() => '')).slice(0, 500).trim();
    if (res.status >= 200 && res.status < 300) return { status: res.status, body, attempts };
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    const message = retryable
      ? `${opts.input}: ${opts.target} (${host}) answered ${res.status} ${body}`.trim()
      : res.status >= 300 && res.status < 400
        ? `${opts.input}: ${opts.target} (${host}) answered ${res.status}, a redirect; set the input to the final URL`
        : opts.rejected(res.status, body);
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
    throw new WebhookError(message, opts.input, res.status, retryable, retryAfterMs);
  };
  try {
    return await withRetry(once, {
      backoffMs: opts.backoffMs,
      sleep: opts.sleep,
      classify: (err) =>
        err instanceof WebhookError
          ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
          : { retryable: false },
      onAttemptFailed: ({ attempt, error, retrying, delayMs }) => {
        const why = error instanceof Error ? error.message : String(error);
        log(`POST ${host} attempt ${attempt} failed: ${why}${retrying ? `; retrying in ${delayMs} ms` : ''}`);
      },
    });
  } catch (err) {
    if (err instanceof WebhookError && err.retryable) {
      throw new WebhookError(
        `${err.message}; gave up after ${attempts} attempts. The phase change itself is merged: re-run the job to send it again`,
        err.input,
        err.status,
        true,
      );
    }
    throw err;
  }
}

/** A network error's message and code, with the URL (if the runtime put it in) cut down to the host. */
function describe(err: unknown, url: string, host: string): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const msg = (e as { message?: unknown }).message;
    const code = (e as { code?: unknown }).code;
    if (typeof msg === 'string' && msg)
      parts.push(typeof code === 'string' && !msg.includes(code) ? `${msg} (${code})` : msg);
    e = (e as { cause?: unknown }).cause;
  }
  const text = parts.join(': ') || String(err);
  return `request to ${host} failed: ${text.split(url).join(host)}`;
}
