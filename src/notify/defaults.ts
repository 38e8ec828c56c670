/**
 * The built-in English Slack templates, used when rollout.yaml names no template for a kind
 * (`notify.slack.templates`). Slack mrkdwn: *bold*, bullets as text. A restart uses the advance
 * template when the policy gives one (it is a move forward), else its own default here.
 */
import type { ChangeKind } from './messages.js';

export const DEFAULT_ROLLBACK_TEMPLATE = `:rotating_light: *{{rollout}} rolled back: {{from}} → {{to}} ({{phase_name}})*
• Rolled back at: {{time}}
• Cause: {{cause}}
• To resume: {{resume}}
• Next canary: {{next_canary}}
• Pull request: {{pr_url}}
• Root-cause analysis: {{rca_url}}, owner {{reporter}}, due within 1 business day
`;

export const DEFAULT_ADVANCE_TEMPLATE = `:arrow_forward: *{{rollout}} advanced: {{from}} → {{to}} ({{phase_name}})*
• Merged at: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;

export const DEFAULT_RESTART_TEMPLATE = `:repeat: *{{rollout}} restarted from {{to}} ({{phase_name}}) after the rollback to {{from}}*
• Merged at: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;

export const DEFAULT_COMPLETE_TEMPLATE = `:tada: *{{rollout}} is complete: {{to}} ({{phase_name}}) met its goal*
• At: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;

export const DEFAULT_TEMPLATES: Readonly<Record<ChangeKind, string>> = {
  rollback: DEFAULT_ROLLBACK_TEMPLATE,
  advance: DEFAULT_ADVANCE_TEMPLATE,
  restart: DEFAULT_RESTART_TEMPLATE,
  complete: DEFAULT_COMPLETE_TEMPLATE,
};
