/** The notifiers' behaviour that needs no network: configuration checks, skipping, dry runs. */
import { describe, expect, it } from 'vitest';
import { composeNotification } from '../../../src/notify/compose.js';
import { noticeId } from '../../../src/notify/lock.js';
import type { PhaseChange } from '../../../src/notify/messages.js';
import { DryRunNotifier, WebhookNotifier } from '../../../src/notify/notifier.js';
import { RecordingNotifier } from '../../../src/notify/recording.js';
import { referencePolicy } from '../../support/policy.js';

const policy = referencePolicy();
const ROLLBACK: PhaseChange = {
  kind: 'rollback',
  from: 'A-1',
  to: 'A-0',
  mergedAt: Date.UTC(2026, 10, 20, 5, 5),
  cause: 'restore-success: 99.1% < 99.5%',
  pr: { number: 42, url: 'https://github.com/acme/app/pull/42' },
};
const notification = composeNotification(policy, ROLLBACK);

describe('WebhookNotifier', () => {
  it('skips what is not configured with a warning, and checks inputs before sending anything', async () => {
    const notifier = new WebhookNotifier({});
    expect(await notifier.lock(notification.lock!)).toEqual({
      line: 'lock-webhook-url not set: the UI was not sent autosave.lock.readonly; set lock-webhook-url and lock-webhook-secret',
      skipped:
        'lock-webhook-url not set: the UI was not sent autosave.lock.readonly; set lock-webhook-url and lock-webhook-secret',
    });
    expect((await notifier.slack(notification)).skipped).toBe(
      'slack-webhook not set: no Slack message for the rollback',
    );
    expect(() => new WebhookNotifier({ lockUrl: 'https://ui.example/lock' })).toThrow(
      /^lock-webhook-secret: required with lock-webhook-url/,
    );
    expect(() => new WebhookNotifier({ slackWebhook: 'hooks.slack.com/services/s3cr3t' })).toThrow(
      "slack-webhook: the value is not a URL; set it to the webhook's https:// URL",
    );
  });

  it('lazy: a bad input fails the first message, not the run that sends none', async () => {
    const lazy = WebhookNotifier.lazy({ slackWebhook: 'hooks.slack.com/services/s3cr3t' });
    await expect(lazy.slack(notification)).rejects.toThrow(/^slack-webhook: the value is not a URL/);
  });
});

describe('DryRunNotifier', () => {
  it('logs what it would send and sends nothing', async () => {
    const logs: string[] = [];
    const dry = new DryRunNotifier((l) => logs.push(l));
    const n = composeNotification(policy, ROLLBACK);
    expect(await dry.lock(n.lock!)).toMatchObject({ skipped: 'dry run' });
    expect(await dry.slack(n)).toMatchObject({ skipped: 'dry run' });
    expect(logs[0]).toBe(
      'dry run: would POST the lock notice {"event":"autosave.lock.readonly","rollout":"autosave","phase":"A-0","from":"A-1","at":"2026-11-20T05:05:00.000Z","reason":"restore-success: 99.1% < 99.5%","pr":42} (delivery ' +
        noticeId(n.lock!) +
        ')',
    );
    expect(logs[1]).toBe(`dry run: would post to Slack (built-in rollback template):\n${n.text}`);
  });
});

describe('RecordingNotifier', () => {
  it('keeps what it was given, in order', async () => {
    const rec = new RecordingNotifier();
    await rec.lock(notification.lock!);
    await rec.slack(notification);
    expect(rec.sent).toEqual([{ lock: notification.lock }, { slack: notification }]);
  });
});
