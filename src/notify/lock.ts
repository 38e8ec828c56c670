/**
 * The UI's read-only-lock notice after a rollback (the plan's `autosave.lock.readonly`): a JSON
 * POST signed like GitHub's webhooks, so receivers can reuse the same check:
 *   X-Phasegate-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body bytes)>
 *   X-Phasegate-Delivery: <uuid>, the same on every retry, for the receiver to drop duplicates.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { type PostResult, postWithRetry, WebhookError } from './http.js';
import type { LockNotice } from './messages.js';

export const LOCK_URL_INPUT = 'lock-webhook-url';
export const LOCK_SECRET_INPUT = 'lock-webhook-secret';
export const SIGNATURE_HEADER = 'X-Phasegate-Signature-256';
export const DELIVERY_HEADER = 'X-Phasegate-Delivery';

export interface LockOptions {
  url: string;
  secret: string;
  /** Defaults to a random UUID; pass one to resend the same delivery. */
  deliveryId?: string;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  backoffMs?: readonly number[];
  timeoutMs?: number;
}

export interface LockResult extends PostResult {
  deliveryId: string;
  /** The exact body sent and signed. */
  sent: string;
}

/** `sha256=<hex>` of the body under the secret. */
export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the signature of `body` under `secret`; constant-time in the signature. */
export function verifySignature(
  secret: string,
  body: string | Uint8Array,
  header: string | null | undefined,
): boolean {
  if (!secret || typeof header !== 'string') return false;
  const expected = Buffer.from(signBody(secret, body), 'utf8');
  const given = Buffer.from(header.trim(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function postLock(notice: LockNotice, opts: LockOptions): Promise<LockResult> {
  if (!opts.secret) {
    throw new WebhookError(
      `${LOCK_SECRET_INPUT}: empty; the lock notice is never sent unsigned. Pass the shared secret (a repository secret) as ${LOCK_SECRET_INPUT}`,
      LOCK_SECRET_INPUT,
      null,
      false,
    );
  }
  const text = JSON.stringify(notice);
  const body = Buffer.from(text, 'utf8');
  const deliveryId = opts.deliveryId ?? noticeId(notice);
  const result = await postWithRetry({
    url: opts.url,
    body,
    headers: {
      'Content-Type': 'application/json',
      [SIGNATURE_HEADER]: signBody(opts.secret, body),
      [DELIVERY_HEADER]: deliveryId,
      'User-Agent': 'phasegate',
    },
    input: LOCK_URL_INPUT,
    target: 'the lock webhook',
    rejected: (status, answer) =>
      `${LOCK_URL_INPUT}: the lock webhook rejected the ${notice.event} notice with ${status} ${answer || '(empty body)'} (not retried): ${
        status === 401 || status === 403
          ? `check that ${LOCK_SECRET_INPUT} is the secret the receiver verifies with`
          : `check ${LOCK_URL_INPUT} points at the receiver's endpoint`
      }`,
    sleep: opts.sleep,
    log: opts.log && ((line) => opts.log!(`lock: ${line}`)),
    backoffMs: opts.backoffMs,
    timeoutMs: opts.timeoutMs,
  });
  return { ...result, deliveryId, sent: text };
}

/**
 * The delivery id of a notice: the same rollback (rollout, PR or time, target) always gets the
 * same id, so a receiver drops the duplicate when a re-run of apply sends it again. UUID-shaped.
 */
export function noticeId(notice: LockNotice): string {
  const key = `${notice.rollout}:${notice.pr ?? notice.at}:${notice.from}->${notice.phase}`;
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
