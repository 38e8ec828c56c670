/**
 * The apply step's notification sink on the Action's inputs: webhooks when configured, and a
 * warning line for each delivery that is not.
 */
import type { NotificationSink } from '../commands/apply.js';
import { WebhookNotifier } from './notifier.js';

export function webhookSink(o: {
  slack: string;
  lockUrl: string;
  lockSecret: string;
  log: (line: string) => void;
}): NotificationSink {
  let notifier: WebhookNotifier | undefined;
  return {
    async send(n) {
      // Built on first use, so a run that notifies nobody never trips over an unrelated input.
      notifier ??= new WebhookNotifier({
        slackWebhook: o.slack,
        lockUrl: o.lockUrl,
        lockSecret: o.lockSecret,
        log: o.log,
      });
      const outcome = await notifier.notify(n);
      return [...outcome.lines, ...outcome.warnings.map((w) => `warning: ${w}`)];
    },
  };
}
