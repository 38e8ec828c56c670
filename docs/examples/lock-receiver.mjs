/**
 * A receiver for phasegate's lock notice, to copy into the service that turns the UI read-only.
 * It verifies the notice as Standard Webhooks specifies (https://www.standardwebhooks.com) with
 * the spec's own library (`npm i standardwebhooks`) and refuses replays:
 * - a bad or missing signature, or a timestamp more than five minutes from this server's clock
 *   (a captured notice sent again later), is answered 401 and does nothing;
 * - an id already handled (phasegate's retry after a lost answer, or a replay within the five
 *   minutes) is answered 200 "duplicate" and does nothing, so phasegate stops retrying.
 *
 *   LOCK_WEBHOOK_SECRET=… PORT=8080 node lock-receiver.mjs
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';

/** How long an id is remembered: past the spec's five-minute tolerance on either side. */
const REMEMBER_MS = 10 * 60 * 1000;

/** The secret as phasegate's `lock-webhook-secret` holds it: `whsec_<base64>` or plain text. */
function webhookFor(secret) {
  return secret.startsWith('whsec_')
    ? new Webhook(secret)
    : new Webhook(new Uint8Array(Buffer.from(secret, 'utf8')), { format: 'raw' });
}

/**
 * A `node:http` request handler. `onLock(notice)` does the locking (it runs once per notice id);
 * `now` is the clock the remembered ids expire on (the signature's tolerance uses the wall clock).
 */
export function lockReceiver({ secret, onLock, now = Date.now }) {
  const webhook = webhookFor(secret);
  const seen = new Map(); // webhook-id → forget after (ms)
  return (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let notice;
      try {
        notice = webhook.verify(body, req.headers);
      } catch (err) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end(`rejected: ${err.message}\n`);
        return;
      }
      for (const [id, until] of seen) if (until < now()) seen.delete(id);
      const id = String(req.headers['webhook-id']);
      if (seen.has(id)) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('duplicate: already handled\n');
        return;
      }
      seen.set(id, now() + REMEMBER_MS);
      try {
        await onLock(notice);
      } catch (err) {
        seen.delete(id); // not done: let phasegate's retry try again
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`failed: ${err.message}\n`);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('locked\n');
    });
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.LOCK_WEBHOOK_SECRET;
  if (!secret) throw new Error('LOCK_WEBHOOK_SECRET: empty; set it to the lock-webhook-secret phasegate signs with');
  const handler = lockReceiver({
    secret,
    onLock: (n) => console.log(`lock ${n.rollout}: read-only at ${n.phase} (from ${n.from}): ${n.reason}`),
  });
  createServer(handler).listen(Number(process.env.PORT ?? 8080));
}
