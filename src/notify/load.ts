/**
 * Reading the Slack templates rollout.yaml names (`notify.slack.templates`, paths relative to the
 * policy folder). Every named template is read and checked up front, so `validate` and the
 * first run both catch a typo in a placeholder, not the first rollback.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { NotifySpec, Policy } from '../policy/model.js';
import { RUNBOOK_DAILY_VARIABLES, type RunbookDailyTemplate } from '../render/runbook-daily.js';
import { displayPath } from '../worktree/policy-dir.js';
import type { PolicyTemplates } from './compose.js';
import { parseTemplate } from './template.js';

const KINDS = ['rollback', 'advance', 'complete'] as const;

/**
 * Read and parse the policy's templates. Throws naming the rollout.yaml field or the template's
 * line. Files are named from `shownDir` (the policy folder as messages show it; default: relative
 * to the working directory).
 */
export function loadTemplates(
  policyDir: string,
  notify: NotifySpec,
  shownDir = displayPath(policyDir),
): PolicyTemplates {
  const out: PolicyTemplates = {};
  const named = notify.slack?.templates ?? {};
  for (const kind of KINDS) {
    const path = named[kind];
    if (!path) continue;
    const field = `${join(shownDir, 'rollout.yaml')}: notify.slack.templates.${kind}`;
    const file = readTemplateFile(policyDir, path, shownDir, field, `templates/slack-${kind}.md`);
    out[kind] = parseTemplate(file.shown, file.text);
  }
  return out;
}

/**
 * The Runbook's daily record template rollout.yaml names (`runbook.template`), read and checked
 * like the Slack ones; undefined when it names none (the built-in English one applies).
 */
export function loadRunbookTemplate(
  policyDir: string,
  runbook: Policy['runbook'],
  shownDir = displayPath(policyDir),
): RunbookDailyTemplate | undefined {
  if (!runbook.template) return undefined;
  const field = `${join(shownDir, 'rollout.yaml')}: runbook.template`;
  const file = readTemplateFile(policyDir, runbook.template, shownDir, field, 'templates/runbook-daily.md');
  return parseTemplate(file.shown, file.text, RUNBOOK_DAILY_VARIABLES);
}

/** A template file inside the policy folder, or an error naming the rollout.yaml field. */
function readTemplateFile(policyDir: string, path: string, shownDir: string, field: string, example: string) {
  const full = resolve(policyDir, path);
  const inside = relative(resolve(policyDir), full);
  if (isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(
      `${field}: "${path}" is outside the policy folder; write a path relative to it, e.g. ${example}`,
    );
  }
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new Error(
      `${field}: template "${path}" not found (looked for ${join(shownDir, inside)}); create it, or remove the entry to use the built-in English template`,
    );
  }
  return {
    shown: join(shownDir, inside).split('\\').join('/'),
    text: readFileSync(full, 'utf8').replace(/^\uFEFF/, ''),
  };
}
