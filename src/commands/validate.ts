import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../input.js';
import { type Policy, phaseById, phaseIds } from '../policy/model.js';
import { parseChecklist } from '../rollout/checklist.js';
import { flagDrift } from '../rollout/current.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';
import { repoRootOf } from '../worktree/repo-root.js';
import { findRollouts } from '../worktree/rollouts.js';

/**
 * Check the policy folder and the current-phase file; returns a one-paragraph summary. What the
 * gate would only warn about (a QA checklist that is missing or names unknown phases) goes to
 * `warn`, one line each, and does not fail.
 */
export function validateCommand(opts: {
  config: string;
  /** The repository root the checklist path is relative to (default: the one holding `config`). */
  root?: string;
  warn?: (line: string) => void;
}): string {
  const loaded = loadPolicyDir(opts.config);
  const current = loadCurrent(loaded);
  const { policy } = loaded;
  const drift = current ? flagDrift(policy, current) : [];
  if (drift.length) {
    throw new InputError(
      `${displayPath(loaded.currentPath)}: flags differ from ${phaseById(policy, current!.phase)!.file}: ${drift.join('; ')}; set them to the phase's values (phasegate advance/rollback rewrites them)`,
    );
  }
  for (const line of checklistProblems(policy, opts.root ?? repoRootOf(opts.config)))
    opts.warn?.(`warning: ${line}\n`);
  const slos = policy.phases.reduce((n, p) => n + p.slos.length, 0);
  const rules = policy.phases.reduce((n, p) => n + p.rollback.when.length, 0);
  const live = current
    ? `current phase ${current.phase} since ${new Date(current.since).toISOString()}`
    : 'no current.yaml yet';
  return `ok: rollout "${policy.rollout}", phases ${phaseIds(policy).join(' → ')}, ${Object.keys(policy.slis).length} SLIs, ${slos} SLOs, ${rules} rollback rules; ${live}\n`;
}

/**
 * Check every rollout of the policy folder: the folder itself, or each phases/<rollout>/ (whose
 * rollout.yaml must name its folder). Every invalid rollout is reported, not only the first.
 */
export function validateAllCommand(opts: Parameters<typeof validateCommand>[0]): string {
  const layout = findRollouts('', opts.config, '');
  if (layout.kind === 'single') return validateCommand(opts);
  const ok: string[] = [];
  const failed: string[] = [];
  for (const r of layout.rollouts) {
    try {
      ok.push(validateCommand({ ...opts, config: r.config, root: opts.root ?? repoRootOf(opts.config) }));
    } catch (err) {
      failed.push(`${r.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed.length)
    throw new InputError(
      `${failed.length} of ${layout.rollouts.length} rollouts in ${displayPath(opts.config)}/ are invalid:\n${failed.join('\n')}`,
    );
  return ok.join('');
}

/**
 * The QA checklist `github.checklist` names (repository-relative), read as the gate reads it. A
 * missing file is legal (the gate warns and requires no items), which is how a copied policy
 * whose checklist stayed behind lost its QA items without a word: say so here.
 */
export function checklistProblems(policy: Policy, root: string): string[] {
  const file = policy.github.checklist;
  const path = join(root, file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return [
      `github.checklist: ${file} does not exist in the repository (${displayPath(root) || '.'}): phase PRs will require no QA items; create it with a "## <phase id>" section of "- [ ] item" lines per phase, or point github.checklist at yours`,
    ];
  }
  return parseChecklist(readFileSync(path, 'utf8'), { file, phases: phaseIds(policy) }).problems;
}
