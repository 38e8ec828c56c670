/**
 * `doctor`'s checks of the files beside the policy: the QA checklist `github.checklist` names,
 * and CODEOWNERS owning the policy folder (the "Require review from Code Owners" rule of the
 * ruleset, and `approvers: [codeowners]`, mean nothing without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistProblems } from '../commands/validate.js';
import type { Policy } from '../policy/model.js';
import { parseChecklist } from '../rollout/checklist.js';
import { CODEOWNERS_LOCATIONS, matchingRule, parseCodeowners } from '../rollout/codeowners.js';
import { type Check, ok, problem } from './check.js';

export function checklistCheck(root: string, policy: Policy, config: string): Check {
  const file = policy.github.checklist;
  const problems = checklistProblems(policy, root);
  if (problems.length) {
    return problem(
      'checklist',
      problems.join('; '),
      existsSync(join(root, file))
        ? 'fix those lines of the checklist.'
        : `write ${config}/CHECKLIST.md (\`phasegate init\` writes one) and set github.checklist: ${config}/CHECKLIST.md in rollout.yaml.`,
    );
  }
  const checklist = parseChecklist(readFileSync(join(root, file), 'utf8'), { file });
  const items = policy.phases.map((p) => `${p.id} ${checklist.sections.get(p.id)?.items.length ?? 0}`);
  return ok('checklist', `${file}: QA items per phase: ${items.join(', ')}.`);
}

export function codeownersCheck(root: string, policy: Policy, config: string, line: string): Check {
  const found = CODEOWNERS_LOCATIONS.find((f) => existsSync(join(root, f)));
  const needs =
    policy.github.approvers.advance.includes('codeowners') ||
    policy.github.approvers.rollback.includes('codeowners');
  const why = needs
    ? 'approvers: [codeowners] counts nobody and the ruleset cannot ask code owners'
    : 'the ruleset\'s "Require review from Code Owners" cannot ask anyone';
  if (!found) {
    return problem(
      'CODEOWNERS',
      `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}): ${why}.`,
      `add \`${line}\` to .github/CODEOWNERS (or run \`phasegate init --codeowners\`).`,
    );
  }
  const codeowners = parseCodeowners(readFileSync(join(root, found), 'utf8'), found);
  const paths = [`${config}/current.yaml`, `${config}/rollout.yaml`];
  const unowned = paths.filter((p) => !matchingRule(codeowners, p)?.owners.length);
  const skipped = codeowners.problems.map((p) => p.message);
  if (unowned.length) {
    return problem(
      'CODEOWNERS',
      `${found} gives ${unowned.join(' and ')} no owner: ${why}.${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
      `add \`${line}\` at the end of ${found}.`,
    );
  }
  const rule = matchingRule(codeowners, `${config}/current.yaml`)!;
  return ok(
    'CODEOWNERS',
    `${found}:${rule.line} gives ${config}/ to ${rule.owners.map((o) => `@${o}`).join(' ')}.`,
  );
}
