/**
 * A merged phase change → the notification to send: the Slack text rendered from the policy's
 * template (or the built-in default) and, for a rollback, the lock notice. Pure.
 */
import type { Policy } from '../policy/model.js';
import type { RunbookDailyTemplate } from '../render/runbook-daily.js';
import { DEFAULT_TEMPLATES } from './defaults.js';
import { type ChangeKind, type LockNotice, lockNotice, messageVars, type PhaseChange } from './messages.js';
import {
  parseTemplate,
  renderTemplate,
  type Template,
  type TemplateVariable,
  type TemplateVars,
} from './template.js';

/**
 * Templates the policy names, parsed (load.ts reads them); kinds left out use the defaults. The
 * Runbook's daily record template (`runbook.template`) travels with them.
 */
export type PolicyTemplates = Partial<Record<'rollback' | 'advance' | 'complete', Template>> & {
  runbookDaily?: RunbookDailyTemplate;
};

export interface Notification {
  kind: ChangeKind;
  rollout: string;
  /** Slack mrkdwn, values escaped. */
  text: string;
  /** Where the text's template came from, for logs. */
  template: string;
  vars: TemplateVars;
  /** Present for a rollback when the policy configures `notify.lock`. */
  lock?: LockNotice;
}

const defaults = new Map<ChangeKind, Template>();

/** The template for a kind: the policy's, else the built-in English one. */
export function templateFor(kind: ChangeKind, templates: PolicyTemplates): Template {
  const own = kind === 'restart' ? templates.advance : templates[kind];
  if (own) return own;
  let t = defaults.get(kind);
  if (!t) {
    t = parseTemplate(`built-in ${kind} template`, DEFAULT_TEMPLATES[kind]);
    defaults.set(kind, t);
  }
  return t;
}

export function composeNotification(
  policy: Policy,
  change: PhaseChange,
  templates: PolicyTemplates = {},
): Notification {
  const vars = messageVars(policy, change);
  const template = templateFor(change.kind, templates);
  const lock = lockNotice(policy, change);
  return {
    kind: change.kind,
    rollout: policy.rollout,
    text: renderTemplate(template, vars, { escape: escapeValue }),
    template: template.file,
    vars,
    ...(lock ? { lock } : {}),
  };
}

/** Values are escaped, except a reporter given as a Slack mention (`<@U024BE7LH>`) from the policy. */
function escapeValue(value: string, name: TemplateVariable): string {
  return name === 'reporter' && /^<@[A-Z0-9]+>$/.test(value) ? value : slackEscape(value);
}

/** Slack's three control characters in text (https://api.slack.com/reference/surfaces/formatting). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
