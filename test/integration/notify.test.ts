/**
 * Slack and the lock webhook over real HTTP: loopback servers on 127.0.0.1 receive what
 * phasegate sends. Retries are timed with a fake sleep that records the plan's delays.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: the example is plain JavaScript, as users copy it
import { lockReceiver } from '../../docs/examples/lock-receiver.mjs';
import { composeNotification } from '../../src/notify/compose.js';
import { WebhookError } from '../../src/notify/http.js';
import { loadTemplates } from '../../src/notify/load.js';
import { noticeId, postLock, signedHeaders } from '../../src/notify/lock.js';
import type { LockNotice, PhaseChange } from '../../src/notify/messages.js';
import { WebhookNotifier } from '../../src/notify/notifier.js';
import { postSlack } from '../../src/notify/slack.js';
import { REFERENCE_DIR, referencePolicy } from '../support/policy.js';

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  seq: number;
}
type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'drop';

let seq = 0;
const servers: Server[] = [];

/** A webhook receiver answering from a script of replies (the last one repeats). */
async function receiver(...replies: Reply[]): Promise<{ url: string; host: string; requests: Received[] }> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method!, path: req.url!, headers: req.headers, body, seq: seq++ });
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? { status: 200, body: 'ok' };
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end(reply.body ?? '');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, requests };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** The error a promise rejects with; fails the test when it resolves. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw err;
  }
  throw new Error('expected the promise to reject');
}

function fakeSleep(): { sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => void sleeps.push(ms) };
}

const SECRET_PATH = '/services/T0001/B0002/s3cr3tHookToken';
const SECRET = 'shared-lock-secret';
const policy = referencePolicy();
const ROLLBACK: PhaseChange = {
  kind: 'rollback',
  from: 'A-1',
  to: 'A-0',
  mergedAt: Date.UTC(2026, 10, 20, 5, 5),
  cause: 'immediate: breached now: save-latency-p95: p95 3.396s > 2.5s',
  pr: { number: 42, url: 'https://github.com/acme/app/pull/42' },
  rcaUrl: 'https://github.com/acme/app/issues/43',
};
const NOTICE: LockNotice = {
  event: 'autosave.lock.readonly',
  rollout: 'autosave',
  phase: 'A-0',
  from: 'A-1',
  at: '2026-11-20T05:05:00.000Z',
  reason: 'immediate: breached now: save-latency-p95: p95 3.396s > 2.5s',
  pr: 42,
};

describe('postSlack', () => {
  it('posts the text and one mrkdwn section as JSON, and takes "ok"', async () => {
    const slack = await receiver({ status: 200, body: 'ok' });
    const text = '*autosave* rolled back: A-1 → A-0 &gt; 日本語';
    const result = await postSlack(text, { webhookUrl: slack.url + SECRET_PATH });
    expect(result).toEqual({ status: 200, body: 'ok', attempts: 1 });
    const [req] = slack.requests;
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe(SECRET_PATH);
    expect(req?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(req!.body.toString('utf8'))).toEqual({
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
    });
    await postSlack('plain', { webhookUrl: slack.url + SECRET_PATH, blocks: false });
    expect(slack.requests[1]?.body.toString('utf8')).toBe('{"text":"plain"}');
  });

  it("retries 503 and 429 on the plan's schedule, honouring a longer Retry-After, and never logs the URL", async () => {
    const slack = await receiver(
      { status: 503, body: 'service_unavailable' },
      { status: 503 },
      { status: 429, body: 'rate_limited', headers: { 'retry-after': '3' } },
      { status: 200, body: 'ok' },
    );
    const { sleep, sleeps } = fakeSleep();
    const logs: string[] = [];
    const result = await postSlack('hi', {
      webhookUrl: slack.url + SECRET_PATH,
      sleep,
      log: (l) => logs.push(l),
    });
    expect(result.attempts).toBe(4);
    expect(sleeps).toEqual([500, 1000, 3000]);
    expect(slack.requests).toHaveLength(4);
    expect(new Set(slack.requests.map((r) => r.body.toString()))).toEqual(
      new Set(['{"text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]}']),
    );
    expect(logs).toHaveLength(3);
    expect(logs[0]).toBe(
      `slack: POST ${slack.host} attempt 1 failed: slack-webhook: Slack (${slack.host}) answered 503 service_unavailable; retrying in 500 ms`,
    );
    expect(logs.join('\n')).not.toContain('s3cr3t');
  });

  it('gives up after 5 retries (0.5 s → 8 s) with a message naming slack-webhook', async () => {
    const slack = await receiver({ status: 500, body: 'rollup_error' });
    const { sleep, sleeps } = fakeSleep();
    const err = await failure(postSlack('hi', { webhookUrl: slack.url + SECRET_PATH, sleep }));
    expect(err).toBeInstanceOf(WebhookError);
    expect(sleeps).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(slack.requests).toHaveLength(6);
    const message = (err as Error).message;
    expect(message).toMatch(
      /^slack-webhook: Slack \(127\.0\.0\.1:\d+\) answered 500 rollup_error; gave up after 6 attempts/,
    );
    expect(message).not.toContain('s3cr3t');
  });

  it('fails at once on 400 invalid_payload and 404 no_service, saying how to fix slack-webhook', async () => {
    const slack = await receiver(
      { status: 400, body: 'invalid_payload' },
      { status: 404, body: 'no_service' },
    );
    const { sleep, sleeps } = fakeSleep();
    const url = slack.url + SECRET_PATH;
    await expect(postSlack('x', { webhookUrl: url, sleep })).rejects.toThrow(
      /^slack-webhook: Slack rejected the message with 400 invalid_payload \(not retried\): Slack could not read the message/,
    );
    expect(slack.requests).toHaveLength(1);
    const err = await failure(postSlack('x', { webhookUrl: url, sleep }));
    expect(err.message).toMatch(
      /^slack-webhook: Slack rejected the message with 404 no_service \(not retried\)/,
    );
    expect(err.message).toContain('store its URL in the secret passed as the slack-webhook input');
    expect(err.message).not.toContain('s3cr3t');
    expect(slack.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });

  it('retries a dropped connection and a refused one', async () => {
    const slack = await receiver('drop', { status: 200, body: 'ok' });
    const { sleep, sleeps } = fakeSleep();
    expect((await postSlack('x', { webhookUrl: slack.url + SECRET_PATH, sleep })).attempts).toBe(2);
    expect(sleeps).toEqual([500]);

    const closed = await receiver();
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const refused = fakeSleep();
    const err = await failure(postSlack('x', { webhookUrl: closed.url + SECRET_PATH, sleep: refused.sleep }));
    expect(refused.sleeps).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(err.message).toMatch(
      /^slack-webhook: request to 127\.0\.0\.1:\d+ failed: .*ECONNREFUSED.*gave up after 6 attempts/s,
    );
    expect(err.message).not.toContain('s3cr3t');
  });
});

describe('postLock', () => {
  it('posts the notice signed as Standard Webhooks: id, timestamp and body under the secret', async () => {
    const ui = await receiver({ status: 202, body: '' });
    const at = Date.parse('2026-11-20T05:06:00Z');
    const result = await postLock(NOTICE, { url: `${ui.url}/hooks/lock`, secret: SECRET, now: () => at });
    const [req] = ui.requests;
    const raw = req!.body.toString('utf8');
    expect(raw).toBe(
      '{"event":"autosave.lock.readonly","rollout":"autosave","phase":"A-0","from":"A-1","at":"2026-11-20T05:05:00.000Z","reason":"immediate: breached now: save-latency-p95: p95 3.396s > 2.5s","pr":42}',
    );
    expect(result.sent).toBe(raw);
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['webhook-id']).toBe(result.deliveryId);
    expect(req?.headers['webhook-timestamp']).toBe(String(at / 1000));
    const signature = req?.headers['webhook-signature'] as string;
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    // The spec's HMAC over "<id>.<timestamp>.<body>", computed here by hand, not by the library.
    const mac = createHmac('sha256', SECRET)
      .update(`${result.deliveryId}.${at / 1000}.${raw}`)
      .digest('base64');
    expect(signature).toBe(`v1,${mac}`);
    expect(result.deliveryId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    // The same rollback always gets the same id: a re-run of apply is a duplicate the receiver can drop.
    expect(noticeId(NOTICE)).toBe(result.deliveryId);
    expect(noticeId({ ...NOTICE, pr: 43 })).not.toBe(result.deliveryId);
    // A whsec_ secret is the spec's base64 key, as receivers' libraries read it.
    const key = `whsec_${Buffer.from('k3y-bytes').toString('base64')}`;
    const h = signedHeaders(key, 'msg_1', at, raw);
    expect(h['webhook-signature']).toBe(
      `v1,${createHmac('sha256', 'k3y-bytes')
        .update(`msg_1.${at / 1000}.${raw}`)
        .digest('base64')}`,
    );
  });

  it('keeps one id across retries and stamps each attempt with its own time', async () => {
    const ui = await receiver({ status: 502 }, 'drop', { status: 200 });
    const { sleep, sleeps } = fakeSleep();
    let t = Date.parse('2026-11-20T05:06:00Z');
    const result = await postLock(NOTICE, { url: ui.url, secret: SECRET, sleep, now: () => (t += 1000) });
    expect(result.attempts).toBe(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(ui.requests).toHaveLength(3);
    expect(new Set(ui.requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([result.deliveryId]));
    expect(new Set(ui.requests.map((r) => r.headers['webhook-timestamp'])).size).toBe(3);
  });

  it('fails at once on 401, pointing at lock-webhook-secret', async () => {
    const ui = await receiver({ status: 401, body: 'bad signature' });
    await expect(
      postLock(NOTICE, { url: ui.url, secret: 'wrong', sleep: fakeSleep().sleep }),
    ).rejects.toThrow(
      'lock-webhook-url: the lock webhook rejected the autosave.lock.readonly notice with 401 bad signature (not retried): check that lock-webhook-secret is the secret the receiver verifies with',
    );
    expect(ui.requests).toHaveLength(1);
    await expect(postLock(NOTICE, { url: ui.url, secret: '' })).rejects.toThrow(
      /^lock-webhook-secret: empty/,
    );
    expect(ui.requests).toHaveLength(1);
  });
});

describe('the lock receiver example (docs/examples/lock-receiver.mjs)', () => {
  async function example() {
    const locked: LockNotice[] = [];
    const server = createServer(
      lockReceiver({ secret: SECRET, onLock: (n: LockNotice) => void locked.push(n) }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lock`, locked };
  }
  const send = (url: string, body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('locks once per notice: a re-sent notice is a duplicate, acknowledged and not acted on', async () => {
    const ui = await example();
    const first = await postLock(NOTICE, { url: ui.url, secret: SECRET });
    expect(first.body).toBe('locked');
    const again = await postLock(NOTICE, { url: ui.url, secret: SECRET });
    expect(again.body).toBe('duplicate: already handled');
    expect(ui.locked).toEqual([NOTICE]);
  });

  it('rejects a captured notice replayed later, a tampered body and a wrong secret', async () => {
    const ui = await example();
    const body = JSON.stringify(NOTICE);
    // Captured ten minutes ago and sent again now, under a fresh id so only the time can catch it.
    const old = signedHeaders(SECRET, 'replayed-id', Date.now() - 10 * 60_000, body);
    const replay = await send(ui.url, body, old);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toBe('rejected: Message timestamp too old\n');
    const fresh = signedHeaders(SECRET, 'tampered-id', Date.now(), body);
    const tampered = await send(ui.url, body.replace('"pr":42', '"pr":43'), fresh);
    expect(tampered.status).toBe(401);
    expect(await tampered.text()).toBe('rejected: No matching signature found\n');
    // Body-only signing would let this through: the same body and signature under another id.
    const moved = await send(ui.url, body, { ...fresh, 'webhook-id': 'another-id' });
    expect(moved.status).toBe(401);
    await expect(
      postLock(NOTICE, { url: ui.url, secret: 'wrong', sleep: fakeSleep().sleep }),
    ).rejects.toThrow(
      /rejected the autosave.lock.readonly notice with 401 rejected: No matching signature found.*check that lock-webhook-secret/,
    );
    expect(ui.locked).toEqual([]);
  });
});

describe('WebhookNotifier', () => {
  const notification = composeNotification(policy, ROLLBACK, loadTemplates(REFERENCE_DIR, policy.notify));

  it('sends the signed lock notice and the Japanese Slack message of a rollback', async () => {
    const slack = await receiver({ status: 200, body: 'ok' });
    const ui = await receiver({ status: 200 });
    const notifier = new WebhookNotifier({
      slackWebhook: slack.url + SECRET_PATH,
      lockUrl: ui.url,
      lockSecret: SECRET,
    });
    const lock = await notifier.lock(notification.lock!);
    const sent = await notifier.slack(notification);
    expect(lock).toEqual({
      line: `sent autosave.lock.readonly to ${ui.host} (delivery ${noticeId(NOTICE)}, attempt 1)`,
    });
    expect(sent).toEqual({ line: `posted the rollback message to Slack (${slack.host}, attempt 1)` });
    expect(JSON.parse(ui.requests[0]!.body.toString())).toEqual(NOTICE);
    const text = JSON.parse(slack.requests[0]!.body.toString()).text as string;
    expect(text).toBe(notification.text);
    expect(text).toContain('ロールバック時刻: 2026-11-20 14:05 JST (05:05 UTC)');
    expect(text).toContain(
      '次回 Canary 日程: A-1 from 2026-11-20 16:05 JST (07:05 UTC) at the earliest, once the recovery watch confirms improvement',
    );
    expect(text).toContain('RCA issue: https://github.com/acme/app/issues/43');
  });

  it('reports a refused Slack message with the fix, and never puts the webhook URL in it', async () => {
    const slack = await receiver({ status: 403, body: 'action_prohibited' });
    const notifier = new WebhookNotifier({ slackWebhook: slack.url + SECRET_PATH });
    const err = await failure(notifier.slack(notification));
    expect((err as Error).message).toMatch(
      /^slack-webhook: Slack rejected the message with 403 action_prohibited/,
    );
    expect((err as Error).message).not.toContain(SECRET_PATH);
  });
});
