import { InputError } from '../input.js';
import { phaseById, phaseIds } from '../policy/model.js';
import { flagDrift } from '../rollout/current.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';

/** Check the policy folder and the current-phase file; returns a one-paragraph summary. */
export function validateCommand(opts: { config: string }): string {
  const loaded = loadPolicyDir(opts.config);
  const current = loadCurrent(loaded);
  const { policy } = loaded;
  const drift = current ? flagDrift(policy, current) : [];
  if (drift.length) {
    throw new InputError(
      `${displayPath(loaded.currentPath)}: flags differ from ${phaseById(policy, current!.phase)!.file}: ${drift.join('; ')}; set them to the phase's values (phasegate advance/rollback rewrites them)`,
    );
  }
  const slos = policy.phases.reduce((n, p) => n + p.slos.length, 0);
  const rules = policy.phases.reduce((n, p) => n + p.rollback.when.length, 0);
  const live = current
    ? `current phase ${current.phase} since ${new Date(current.since).toISOString()}`
    : 'no current.yaml yet';
  return `ok: rollout "${policy.rollout}", phases ${phaseIds(policy).join(' → ')}, ${Object.keys(policy.slis).length} SLIs, ${slos} SLOs, ${rules} rollback rules; ${live}\n`;
}
