/**
 * HTTP for telemetry sources: node:http(s) with keep-alive, an idle timeout (no answer, or no
 * byte of the body, for `timeoutMs` is a retryable failure), gzip through a zlib stream, and the
 * plan's retry (src/retry.ts) around each request and the reading of its body. Every failed
 * attempt is logged, and so is a success that needed retries; with `debug` every request too.
 *
 * Failures are classified once, here: resets, timeouts, 408, 429, 5xx and a body saying
 * `"retryable": true` are retried (a longer Retry-After is honoured, and so is GitHub's
 * x-ratelimit-reset); 400, 401, 403 without a rate limit, 404 and other answers fail at once
 * with a message naming the source and the fix.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { isNetworkError, parseRetryAfter, withRetry } from '../../retry.js';
import type { SourceContext } from './types.js';

/** A failed source request, already classified. `fatal`: the whole source is unusable (auth, URL). */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly fatal = false,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface HttpTarget {
  headers: Record<string, string>;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The decoded body (gunzipped when the server compressed it). */
  body: AsyncIterable<Buffer>;
  /** Bytes received on the wire so far (compressed when gzip). */
  wireBytes: () => number;
  /** Drops the rest of the answer (and its connection). */
  destroy: () => void;
}

/**
 * node:http, node:https and node:zlib, with a keep-alive agent each, loaded on the first request:
 * a collect of files makes none, and loading node:https (TLS with it) was ~20 ms of its start.
 */
let network:
  | Promise<{
      http: typeof import('node:http');
      https: typeof import('node:https');
      createGunzip: typeof import('node:zlib').createGunzip;
      agents: { http: import('node:http').Agent; https: import('node:https').Agent };
    }>
  | undefined;

function loadNetwork() {
  network ??= Promise.all([import('node:http'), import('node:https'), import('node:zlib')]).then(
    ([http, https, zlib]) => ({
      http,
      https,
      createGunzip: zlib.createGunzip,
      agents: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
    }),
  );
  return network;
}

function timeoutError(ms: number): Error {
  return Object.assign(new Error(`no answer for ${ms / 1000}s (timeout)`), { code: 'ETIMEDOUT' });
}

/** One request, no retry. The caller must consume or destroy the body. */
export async function send(
  url: URL,
  target: HttpTarget,
  method = 'GET',
  payload?: string,
): Promise<HttpResponse> {
  const { http, https, createGunzip, agents } = await loadNetwork();
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let res: IncomingMessage | undefined;
    const headers: Record<string, string> = { 'accept-encoding': 'gzip', ...target.headers };
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const req = mod.request(url, {
      method,
      headers,
      agent: url.protocol === 'https:' ? agents.https : agents.http,
      timeout: target.timeoutMs,
    });
    req.on('timeout', () => {
      const err = timeoutError(target.timeoutMs);
      res?.destroy(err);
      req.destroy(err);
    });
    req.on('error', reject);
    req.on('response', (r) => {
      res = r;
      let bytes = 0;
      let body: AsyncIterable<Buffer>;
      if (/\bgzip\b/i.test(String(r.headers['content-encoding'] ?? ''))) {
        const gz = createGunzip();
        // pipe() already reads in flowing mode, so one more 'data' listener only counts
        r.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        r.on('error', (e) => gz.destroy(e));
        r.pipe(gz);
        body = gz;
      } else {
        body = (async function* () {
          for await (const c of r) {
            bytes += (c as Buffer).length;
            yield c as Buffer;
          }
        })();
      }
      resolve({
        status: r.statusCode ?? 0,
        headers: r.headers,
        body,
        wireBytes: () => bytes,
        destroy: () => {
          r.destroy();
          req.destroy();
        },
      });
    });
    req.end(payload);
  });
}

/** Reads a (small) body as text, at most `limit` bytes. */
export async function readText(res: HttpResponse, limit = 16 << 20): Promise<string> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of res.body) {
    n += c.length;
    if (n > limit) throw new SourceError(`answer larger than ${limit >> 20} MiB`, false);
    parts.push(c);
  }
  return Buffer.concat(parts).toString('utf8');
}

const header = (h: IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/** What a non-2xx answer means: retry or not, how long to wait, and the message. */
export function classifyStatus(
  ctx: SourceContext,
  what: string,
  status: number,
  headers: IncomingHttpHeaders,
  bodyText: string,
  now: number,
): SourceError {
  let body: { retryable?: unknown; error?: unknown; message?: unknown } | undefined;
  try {
    const v = JSON.parse(bodyText);
    if (v && typeof v === 'object') body = v;
  } catch {
    // not JSON: only the status speaks
  }
  const said = [body?.error, body?.message].find((x) => typeof x === 'string') as string | undefined;
  const detail = said ?? bodyText.trim().slice(0, 200);
  const head = `${ctx.label}: ${what}: HTTP ${status}${detail ? ` (${detail})` : ''}`;
  const retryAfter = parseRetryAfter(header(headers, 'retry-after'), now);
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  const rateLimited =
    status === 429 ||
    header(headers, 'x-ratelimit-remaining') === '0' ||
    (status === 403 && (retryAfter !== undefined || /rate limit/i.test(detail)));
  const resetMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
  if (typeof body?.retryable === 'boolean') {
    return new SourceError(head, body.retryable, retryAfter ?? resetMs);
  }
  if (rateLimited) return new SourceError(`${head}: rate limited`, true, retryAfter ?? resetMs);
  if (status === 408 || status >= 500) return new SourceError(head, true, retryAfter);
  const fix: Record<number, string> = {
    401: `the credentials were refused; check ${ctx.authPath ?? `${ctx.configPath}.auth`} and that the secret it names is set`,
    403: `the credentials may not read this; give the token access or change ${ctx.configPath}`,
    404: `nothing at this address; check ${ctx.configPath}.url`,
  };
  const f = fix[status];
  return new SourceError(
    `${head}; ${f ?? `the request was refused; check ${ctx.requestPath ?? ctx.configPath} in rollout.yaml`}`,
    false,
    undefined,
    f !== undefined,
  );
}

function describe(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  const e = err as { code?: string; message?: string };
  return e.code && !String(e.message).includes(e.code)
    ? `${e.message} (${e.code})`
    : String(e.message ?? err);
}

/**
 * Runs `attempt` with the plan's retry, logging every failed attempt. A network failure becomes a
 * retryable SourceError naming the source; the final error is a SourceError.
 */
export async function retrying<T>(ctx: SourceContext, what: string, attempt: () => Promise<T>): Promise<T> {
  let failures = 0;
  try {
    const out = await withRetry(attempt, {
      backoffMs: ctx.backoffMs,
      sleep: ctx.sleep,
      classify: (err) =>
        err instanceof SourceError
          ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
          : { retryable: isNetworkError(err) },
      onAttemptFailed: ({ attempt: n, error, retrying: again, delayMs }) => {
        failures = n;
        const msg = describe(error).replace(`${ctx.label}: ${what}: `, '');
        const next = again
          ? `retrying in ${delayMs / 1000}s`
          : error instanceof SourceError && !error.retryable
            ? 'not retryable'
            : 'giving up';
        ctx.log(`${ctx.label}: ${what}: attempt ${n} failed: ${msg}; ${next}\n`);
      },
    });
    if (failures > 0) ctx.log(`${ctx.label}: ${what}: attempt ${failures + 1} succeeded\n`);
    return out;
  } catch (err) {
    if (err instanceof SourceError) {
      if (err.message.startsWith(ctx.label)) throw err;
      throw new SourceError(`${ctx.label}: ${what}: ${err.message}`, err.retryable, undefined, err.fatal);
    }
    const tries = failures > 1 ? ` after ${failures} attempts` : '';
    throw new SourceError(`${ctx.label}: ${what}: ${describe(err)}${tries}`, isNetworkError(err));
  }
}

/**
 * GET (or POST) `url` and hand a 2xx answer to `read`, with the plan's retry around both: a
 * connection reset or a stall in the middle of the body retries the request.
 */
export async function fetchWithRetry<T>(
  ctx: SourceContext,
  what: string,
  target: HttpTarget,
  url: URL,
  read: (res: HttpResponse) => Promise<T>,
  form?: string,
): Promise<T> {
  const now = ctx.now ?? Date.now;
  return retrying(ctx, what, async () => {
    const t0 = now();
    const res = await send(url, target, form === undefined ? 'GET' : 'POST', form);
    if (res.status < 200 || res.status >= 300) {
      const text = await readText(res, 1 << 20).catch(() => '');
      throw classifyStatus(ctx, what, res.status, res.headers, text, now());
    }
    let out: T;
    try {
      out = await read(res);
    } catch (e) {
      res.destroy();
      throw e;
    }
    const ms = now() - t0;
    ctx.onResponse?.({ bytes: res.wireBytes(), ms });
    ctx.debug?.(`${ctx.label}: ${what}: HTTP ${res.status}, ${res.wireBytes()} bytes in ${ms} ms\n`);
    return out;
  });
}
