/**
 * Posting to a Slack incoming webhook: `POST {"text": …}` (plus one mrkdwn section block), and
 * Slack answers 200 `ok`. Its 4xx answers name what is wrong (invalid_payload, no_service, …);
 * those are not retried and the error says how to fix the `slack-webhook` input.
 * https://api.slack.com/messaging/webhooks#handling_errors
 */
import { type PostResult, postWithRetry } from './http.js';

export const SLACK_INPUT = 'slack-webhook';
/** Slack rejects a section block whose text is longer (the top-level text may be 40,000). */
const SECTION_LIMIT = 3000;

export interface SlackOptions {
  webhookUrl: string;
  /** Also send the text as one mrkdwn section block (default true; skipped past 3,000 characters). */
  blocks?: boolean;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  backoffMs?: readonly number[];
  timeoutMs?: number;
}

/** The JSON body Slack receives. */
export function slackPayload(text: string, blocks = true): Record<string, unknown> {
  if (!blocks || text.length > SECTION_LIMIT) return { text };
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

export async function postSlack(text: string, opts: SlackOptions): Promise<PostResult> {
  const body = Buffer.from(JSON.stringify(slackPayload(text, opts.blocks ?? true)), 'utf8');
  return postWithRetry({
    url: opts.webhookUrl,
    body,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    input: SLACK_INPUT,
    target: 'Slack',
    rejected: slackRejected,
    sleep: opts.sleep,
    log: opts.log && ((line) => opts.log!(`slack: ${line}`)),
    backoffMs: opts.backoffMs,
    timeoutMs: opts.timeoutMs,
  });
}

const NEW_WEBHOOK =
  'create a new incoming webhook in Slack (Apps → Incoming WebHooks) and store its URL in the secret passed as the slack-webhook input';

const FIXES: Record<string, string> = {
  invalid_payload:
    'Slack could not read the message; check the template renders plain text, and report a phasegate bug if it does',
  invalid_token: `the webhook's token is no longer valid; ${NEW_WEBHOOK}`,
  no_service: `the webhook is disabled, revoked or mistyped; ${NEW_WEBHOOK}`,
  no_team: `the Slack workspace of this webhook no longer exists; ${NEW_WEBHOOK}`,
  team_disabled: `the Slack workspace of this webhook is disabled; ${NEW_WEBHOOK}`,
  channel_not_found: `the webhook's channel was deleted; ${NEW_WEBHOOK} for the channel to post in`,
  channel_is_archived: `the webhook's channel is archived; unarchive it, or ${NEW_WEBHOOK}`,
  action_prohibited: 'a Slack admin restricted this webhook; ask them to allow it, or use another webhook',
  posting_to_general_channel_denied: `only admins may post to that channel; ${NEW_WEBHOOK} for another channel`,
  user_not_found: `the webhook's user was not found; ${NEW_WEBHOOK}`,
};

function slackRejected(status: number, body: string): string {
  const code = body.split(/\s/)[0] ?? '';
  const fix =
    FIXES[code] ?? `check that the slack-webhook input holds a working incoming-webhook URL; ${NEW_WEBHOOK}`;
  return `${SLACK_INPUT}: Slack rejected the message with ${status} ${body || '(empty body)'} (not retried): ${fix}`;
}
