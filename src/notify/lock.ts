/**
 * The UI's read-only-lock notice after a rollback (the plan's `autosave.lock.readonly`): a JSON
 * POST signed as Standard Webhooks specifies (https://www.standardwebhooks.com), with the
 * `standardwebhooks` package, so any receiver library for the spec verifies it:
 *   webhook-id: <uuid>, the same for every attempt and re-run of this rollback's notice;
 *   webhook-timestamp: <unix seconds of this attempt>;
 *   webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>.
 * The id and the time are signed with the body: a captured notice replayed later fails the
 * receiver's five-minute tolerance, and one replayed at once is a duplicate id. The key is the
 * secret's bytes, or a `whsec_<base64>` secret decoded, as the spec's libraries read it.
 */
import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { type PostResult, postWithRetry, WebhookError } from './http.js';
import type { LockNotice } from './messages.js';

export const LOCK_URL_INPUT = 'lock-webhook-url';
export const LOCK_SECRET_INPUT = 'lock-webhook-secret';

export interface LockOptions {
  url: string;
  secret: string;
  /** Defaults to the notice's own id (noticeId); pass one to resend the same delivery. */
  deliveryId?: string;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  backoffMs?: readonly number[];
  timeoutMs?: number;
  /** The wall clock each attempt is stamped with (default Date.now): receivers check it against theirs. */
  now?: () => number;
}

export interface LockResult extends PostResult {
  deliveryId: string;
  /** The exact body sent and signed. */
  sent: string;
}

/** The spec's verifier for a secret as phasegate's input holds it (`whsec_…` or plain text). */
export function lockWebhook(secret: string): Webhook {
  return secret.startsWith('whsec_')
    ? new Webhook(secret)
    : new Webhook(new Uint8Array(Buffer.from(secret, 'utf8')), { format: 'raw' });
}

/** The three Standard Webhooks headers for one attempt. */
export function signedHeaders(secret: string, id: string, at: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at / 1000)),
    'webhook-signature': lockWebhook(secret).sign(id, new Date(at), body),
  };
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
  const deliveryId = opts.deliveryId ?? noticeId(notice);
  const now = opts.now ?? Date.now;
  const result = await postWithRetry({
    url: opts.url,
    body: Buffer.from(text, 'utf8'),
    // Signed anew per attempt: a retry after a long wait still carries a fresh timestamp.
    headers: () => ({
      'Content-Type': 'application/json',
      'User-Agent': 'phasegate',
      ...signedHeaders(opts.secret, deliveryId, now(), text),
    }),
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
