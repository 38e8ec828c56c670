/**
 * The notifier port's adapters (src/ports/notifier.ts): webhooks (Slack's incoming webhook and
 * the UI's lock receiver) and dry-run (logs what it would send); recording.ts keeps what it is
 * given (the demo, simulate, tests). Nothing module-wide: whoever builds the run's context picks one.
 */
import type { Delivery, Notifier, SlackMessage } from '../ports/notifier.js';
import { webhookHost } from './http.js';
import { LOCK_SECRET_INPUT, LOCK_URL_INPUT, noticeId, postLock } from './lock.js';
import type { LockNotice } from './messages.js';
import { postSlack, SLACK_INPUT } from './slack.js';

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

  /** A notifier that checks the inputs and builds itself on its first message. */
  static lazy(config: WebhookNotifierConfig): Notifier {
    let built: WebhookNotifier | undefined;
    const get = () => {
      built ??= new WebhookNotifier(config);
      return built;
    };
    return { slack: async (m) => get().slack(m), lock: async (n) => get().lock(n) };
  }

  private get common() {
    const c = this.config;
    return { sleep: c.sleep, log: c.log, backoffMs: c.backoffMs, timeoutMs: c.timeoutMs };
  }

  async slack(message: SlackMessage): Promise<Delivery> {
    const url = this.config.slackWebhook;
    if (!url) {
      const why = `${SLACK_INPUT} not set: no Slack message for the ${message.kind}`;
      return { line: why, skipped: why };
    }
    const sent = await postSlack(message.text, {
      ...this.common,
      webhookUrl: url,
      blocks: this.config.blocks,
    });
    return {
      line: `posted the ${message.kind} message to Slack (${webhookHost(url, SLACK_INPUT)}, attempt ${sent.attempts})`,
    };
  }

  async lock(notice: LockNotice): Promise<Delivery> {
    const url = this.config.lockUrl;
    if (!url) {
      const why = `${LOCK_URL_INPUT} not set: the UI was not sent ${notice.event}; set ${LOCK_URL_INPUT} and ${LOCK_SECRET_INPUT}`;
      return { line: why, skipped: why };
    }
    const sent = await postLock(notice, { ...this.common, url, secret: this.config.lockSecret ?? '' });
    return {
      line: `sent ${notice.event} to ${webhookHost(url, LOCK_URL_INPUT)} (delivery ${sent.deliveryId}, attempt ${sent.attempts})`,
    };
  }
}

/** Logs what would be sent; sends nothing (the dry-run input). */
export class DryRunNotifier implements Notifier {
  constructor(private readonly log: (line: string) => void = () => {}) {}

  async slack(message: SlackMessage): Promise<Delivery> {
    const line = `dry run: would post to Slack (${message.template}):\n${message.text}`;
    this.log(line);
    return { line, skipped: 'dry run' };
  }

  async lock(notice: LockNotice): Promise<Delivery> {
    const line = `dry run: would POST the lock notice ${JSON.stringify(notice)} (delivery ${noticeId(notice)})`;
    this.log(line);
    return { line, skipped: 'dry run' };
  }
}
