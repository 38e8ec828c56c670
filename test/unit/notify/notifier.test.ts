/** The notifiers' behaviour that needs no network: configuration checks, skipping, dry runs. */
import { describe, expect, it } from 'vitest';
import { composeNotification } from '../../../src/notify/compose.js';
import type { PhaseChange } from '../../../src/notify/messages.js';
import { DryRunNotifier, WebhookNotifier } from '../../../src/notify/notifier.js';
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
    const outcome = await new WebhookNotifier({}).notify(notification);
    expect(outcome).toMatchObject({ slack: 'skipped', lock: 'skipped', lines: [] });
    expect(outcome.warnings).toEqual([
      'lock-webhook-url not set: the UI was not sent autosave.lock.readonly; set lock-webhook-url and lock-webhook-secret',
      'slack-webhook not set: no Slack message for the rollback',
    ]);
    expect(() => new WebhookNotifier({ lockUrl: 'https://ui.example/lock' })).toThrow(
      /^lock-webhook-secret: required with lock-webhook-url/,
    );
    expect(() => new WebhookNotifier({ slackWebhook: 'hooks.slack.com/services/s3cr3t' })).toThrow(
      "slack-webhook: the value is not a URL; set it to the webhook's https:// URL",
    );
  });
});

describe('DryRunNotifier', () => {
  it('logs what it would send and sends nothing', async () => {
    const logs: string[] = [];
    const dry = new DryRunNotifier((l) => logs.push(l));
    const n = composeNotification(policy, ROLLBACK);
    const outcome = await dry.notify(n);
    expect(outcome).toMatchObject({ slack: 'skipped', lock: 'skipped' });
    expect(dry.sent).toEqual([n]);
    expect(logs[0]).toBe(`dry run: would post to Slack (built-in rollback template):\n${n.text}`);
    expect(logs[1]).toBe(
      'dry run: would POST the lock notice {"event":"autosave.lock.readonly","rollout":"autosave","phase":"A-0","from":"A-1","at":"2026-11-20T05:05:00.000Z","reason":"restore-success: 99.1% < 99.5%","pr":42}',
    );
    expect(
      await dry.notify(composeNotification(policy, { ...ROLLBACK, kind: 'advance', from: 'A-0', to: 'A-1' })),
    ).toMatchObject({ lock: 'not-needed' });
  });
});
