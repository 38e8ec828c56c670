/**
 * What each phasegate command needs of its token (docs/setup.md, section 3, "Permissions"), and
 * whether a job's `permissions:` block and its App token's `permission-*` inputs grant it. Pure.
 */
import type { Job, Level, PhasegateStep } from './workflow-model.js';

type Needs = Record<string, Exclude<Level, 'none'>>;

/** The least-privilege table of docs/setup.md, by command. */
export const NEEDS: Record<string, Needs> = {
  // Collect reads when the live phase began (the PR of current.yaml's last change) to keep its
  // baseline days out of the archive.
  collect: { contents: 'write', 'pull-requests': 'read' },
  evaluate: { contents: 'read', 'pull-requests': 'read' },
  propose: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
  status: { contents: 'read', 'pull-requests': 'read', issues: 'write' },
  gate: { contents: 'read', 'pull-requests': 'write', statuses: 'write' },
  rollback: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
  apply: { contents: 'read', 'pull-requests': 'read', issues: 'write' },
  validate: {},
};

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** What a job's phasegate steps need together. */
export function jobNeeds(steps: readonly PhasegateStep[]): Needs {
  const out: Needs = {};
  for (const s of steps) {
    for (const [scope, level] of Object.entries(NEEDS[s.command] ?? {})) {
      if (!out[scope] || RANK[level] > RANK[out[scope]]) out[scope] = level;
    }
  }
  return out;
}

/** What the job's GITHUB_TOKEN lacks, as `scope: level` to add; undefined when it has no block at all. */
export function missingFromBlock(job: Job, needs: Needs): string[] | undefined {
  const p = job.permissions;
  if (p === undefined) return undefined;
  return Object.entries(needs)
    .filter(([scope, level]) => {
      const has = p[scope] ?? p['*'] ?? 'none';
      return has !== 'unknown' && RANK[has] < RANK[level];
    })
    .map(([scope, level]) => `${scope}: ${level}`);
}

/**
 * What the job's App token step (actions/create-github-app-token) asks for too little of. A step
 * with no `permission-*` input gets all the installation has, and an expression is not judged.
 */
export function missingFromApp(job: Job, needs: Needs): string[] {
  const app = job.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
  if (!app) return [];
  const asked = Object.entries(app.with).filter(([k]) => k.startsWith('permission-'));
  if (!asked.length) return [];
  const levels = Object.fromEntries(asked.map(([k, v]) => [k.slice('permission-'.length), v]));
  return Object.entries({ ...needs, metadata: 'read' as const })
    .filter(([scope, level]) => {
      const has = levels[scope] ?? 'none';
      if (has.includes('${{')) return false;
      return RANK[(has as Level) in RANK ? (has as Level) : 'none'] < RANK[level];
    })
    .map(([scope, level]) => `permission-${scope}: ${level}`);
}
