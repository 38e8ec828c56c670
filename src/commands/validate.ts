import { phaseIds } from '../policy/model.js';
import { loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';

/** Check the policy folder and the current-phase file; returns a one-paragraph summary. */
export function validateCommand(opts: { config: string }): string {
  const loaded = loadPolicyDir(opts.config);
  const current = loadCurrent(loaded);
  const { policy } = loaded;
  const slos = policy.phases.reduce((n, p) => n + p.slos.length, 0);
  const rules = policy.phases.reduce((n, p) => n + p.rollback.when.length, 0);
  const live = current
    ? `current phase ${current.phase} since ${new Date(current.since).toISOString()}`
    : 'no current.yaml yet';
  return `ok: rollout "${policy.rollout}", phases ${phaseIds(policy).join(' → ')}, ${Object.keys(policy.slis).length} SLIs, ${slos} SLOs, ${rules} rollback rules; ${live}\n`;
}
