/**
 * The notifier port: how a run tells people (Slack) and systems (the UI's read-only lock) about a
 * merged phase change. Adapters (src/notify/notifier.ts): webhooks, dry-run (logs only) and
 * recording (keeps what was sent, for the demo, simulate and tests).
 */
import type { LockNotice } from '../notify/messages.js';

export interface SlackMessage {
  /** The change kind, for logs ("rollback"). */
  kind: string;
  /** Slack mrkdwn, values escaped. */
  text: string;
  /** Where the text's template came from ("phases/templates/slack-rollback.ja.md"). */
  template: string;
}

export interface Delivery {
  /** What was done, one line for the job log (hosts only, never a webhook URL). */
  line: string;
  /** Set when nothing was sent because the adapter is not configured for it. */
  skipped?: string;
}

export interface Notifier {
  /** Post to the Slack channel. Throws when the delivery fails after retries. */
  slack(message: SlackMessage): Promise<Delivery>;
  /** POST the signed lock notice; the same notice always carries the same delivery id. */
  lock(notice: LockNotice): Promise<Delivery>;
}
