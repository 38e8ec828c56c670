/**
 * The notification port: the apply step hands a composed Notification to a Notifier. The
 * webhook adapter sends the lock notice (for a rollback) and the Slack message; the dry-run one
 * only logs what it would send.
 */
import type { Notification } from './compose.js';
import { webhookHost } from './http.js';
import { LOCK_SECRET_INPUT, LOCK_URL_INPUT, postLock } from './lock.js';
import { postSlack, SLACK_INPUT } from './slack.js';

export interface NotifyOutcome {
  slack: 'sent' | 'skipped';
  /** not-needed: no lock notice for this change (not a rollback, or no `notify.lock`). */
  lock: 'sent' | 'skipped' | 'not-needed';
  /** The lock delivery's id (X-Phasegate-Delivery), when sent. */
  deliveryId?: string;
  /** What was sent, one line per delivery, for the job log (hosts only, never a URL). */
  lines: string[];
  /** Why something was skipped, for the job log as warnings. */
  warnings: string[];
}

export interface Notifier {
  notify(message: Notification): Promise<NotifyOutcome>;
}

/** One or both deliveries failed; the other was still attempted. */
export class NotifyError extends Error {
  override name = 'NotifyError';
  constructor(
    readonly errors: Error[],
    readonly outcome: NotifyOutcome,
  ) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

export interface WebhookNotifierConfig {
  /** The slack-webhook input; empty or absent: no Slack message (a warning). */
  slackWebhook?: string;
  lockUrl?: string;
  lockSecret?: string;
  /** Also send Slack blocks (default true). */
  blocks?: boolean;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  backoffMs?: readonly number[];
  timeoutMs?: number;
}

export class WebhookNotifier implements Notifier {
  private readonly config: WebhookNotifierConfig;

  /** Checks the inputs now, so a bad URL or a missing secret fails before anything is sent. */
  constructor(config: WebhookNotifierConfig) {
    this.config = {
      ...config,
      slackWebhook: config.slackWebhook?.trim() || undefined,
      lockUrl: config.lockUrl?.trim() || undefined,
    };
    if (this.config.slackWebhook) webhookHost(this.config.slackWebhook, SLACK_INPUT);
    if (this.config.lockUrl) {
      webhookHost(this.config.lockUrl, LOCK_URL_INPUT);
      if (!config.lockSecret) {
        throw new Error(
          `${LOCK_SECRET_INPUT}: required with ${LOCK_URL_INPUT}; the lock notice is always signed. Pass the receiver's shared secret as ${LOCK_SECRET_INPUT}`,
        );
      }
    }
  }

  async notify(message: Notification): Promise<NotifyOutcome> {
    const c = this.config;
    const common = { sleep: c.sleep, log: c.log, backoffMs: c.backoffMs, timeoutMs: c.timeoutMs };
    const outcome: NotifyOutcome = { slack: 'skipped', lock: 'not-needed', lines: [], warnings: [] };
    const errors: Error[] = [];
    // The lock first: it is what stops users writing into a rolled-back feature.
    if (message.lock) {
      if (!c.lockUrl) {
        outcome.lock = 'skipped';
        outcome.warnings.push(
          `${LOCK_URL_INPUT} not set: the UI was not sent ${message.lock.event}; set ${LOCK_URL_INPUT} and ${LOCK_SECRET_INPUT}`,
        );
      } else {
        try {
          const sent = await postLock(message.lock, {
            ...common,
            url: c.lockUrl,
            secret: c.lockSecret ?? '',
          });
          outcome.lock = 'sent';
          outcome.deliveryId = sent.deliveryId;
          outcome.lines.push(
            `sent ${message.lock.event} to ${webhookHost(c.lockUrl, LOCK_URL_INPUT)} (delivery ${sent.deliveryId}, attempt ${sent.attempts})`,
          );
        } catch (err) {
          outcome.lock = 'skipped';
          errors.push(asError(err));
        }
      }
    }
    if (!c.slackWebhook) {
      outcome.warnings.push(`${SLACK_INPUT} not set: no Slack message for the ${message.kind}`);
    } else {
      try {
        const sent = await postSlack(message.text, {
          ...common,
          webhookUrl: c.slackWebhook,
          blocks: c.blocks,
        });
        outcome.slack = 'sent';
        outcome.lines.push(
          `posted the ${message.kind} message to Slack (${webhookHost(c.slackWebhook, SLACK_INPUT)}, attempt ${sent.attempts})`,
        );
      } catch (err) {
        errors.push(asError(err));
      }
    }
    if (errors.length) throw new NotifyError(errors, outcome);
    return outcome;
  }
}

/** Logs what would be sent; sends nothing (the dry-run input, the CLI, the demo). */
export class DryRunNotifier implements Notifier {
  readonly sent: Notification[] = [];

  constructor(private readonly log: (line: string) => void = () => {}) {}

  async notify(message: Notification): Promise<NotifyOutcome> {
    this.sent.push(message);
    const lines = [`dry run: would post to Slack (${message.template}):\n${message.text}`];
    if (message.lock) lines.push(`dry run: would POST the lock notice ${JSON.stringify(message.lock)}`);
    for (const line of lines) this.log(line);
    return { slack: 'skipped', lock: message.lock ? 'skipped' : 'not-needed', lines, warnings: [] };
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
