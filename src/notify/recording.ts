/** The notifier that sends nothing and keeps every message, in order (the demo, simulate, tests). Pure. */
import type { Delivery, Notifier, SlackMessage } from '../ports/notifier.js';
import type { LockNotice } from './messages.js';

export class RecordingNotifier implements Notifier {
  readonly sent: Array<{ slack: SlackMessage } | { lock: LockNotice }> = [];

  async slack(message: SlackMessage): Promise<Delivery> {
    this.sent.push({ slack: message });
    return { line: `Slack message (${message.kind}):\n${message.text}` };
  }

  async lock(notice: LockNotice): Promise<Delivery> {
    this.sent.push({ lock: notice });
    return { line: `lock notice: ${notice.event} ${notice.from} → ${notice.phase}: ${notice.reason}` };
  }
}
