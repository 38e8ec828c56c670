/** Notifications after a merged phase change: Slack and the UI's read-only lock. */
export {
  composeNotification,
  type Notification,
  type PolicyTemplates,
  slackEscape,
  templateFor,
} from './compose.js';
export { DEFAULT_TEMPLATES } from './defaults.js';
export { WebhookError } from './http.js';
export { loadTemplates } from './load.js';
export { postLock, signBody, verifySignature } from './lock.js';
export {
  CHANGE_KINDS,
  type ChangeKind,
  formatMergeTime,
  type LockNotice,
  lockNotice,
  messageVars,
  type PhaseChange,
  resumeConditions,
} from './messages.js';
export {
  DryRunNotifier,
  type Notifier,
  NotifyError,
  type NotifyOutcome,
  WebhookNotifier,
} from './notifier.js';
export { postSlack, slackPayload } from './slack.js';
export {
  parseTemplate,
  renderTemplate,
  TEMPLATE_VARIABLES,
  TemplateError,
  type TemplateVars,
} from './template.js';
