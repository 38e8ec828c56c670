/**
 * The people of a replayed rollout (simulate, the demo): an approver reviews a phase PR
 * `approveAfterMs` after it opens (ticking its QA checklist), and merges it once phasegate/verdict
 * is green. A rollback that needs no approval is phasegate's to merge, not theirs. Pure.
 */
import type { Policy } from '../policy/model.js';
import type { ProposalKind } from '../render/markers.js';

export interface PeoplePull {
  number: number;
  kind: ProposalKind;
  openedAt: number;
  /** Whether the people have approved it yet. */
  approved: boolean;
  /** Whether the rollback needs no approval (phasegate merges it). */
  noApproval: boolean;
  /** The newest phasegate/verdict state on its head. */
  gate: string | null;
}

/** Rollbacks first (they win), then the oldest. */
function byUrgency(a: PeoplePull, b: PeoplePull): number {
  return (
    Number(b.kind === 'rollback') - Number(a.kind === 'rollback') ||
    a.openedAt - b.openedAt ||
    a.number - b.number
  );
}

/** The PRs the people approve now. */
export function dueApprovals(
  pulls: readonly PeoplePull[],
  now: number,
  approveAfterMs: number,
): PeoplePull[] {
  return pulls
    .filter((p) => !p.approved && !p.noApproval && now >= p.openedAt + approveAfterMs)
    .sort(byUrgency);
}

/** The PR a person merges now: approved and green; one a run, as the others are then stale. */
export function dueMerge(pulls: readonly PeoplePull[]): PeoplePull | undefined {
  return pulls.filter((p) => p.approved && p.gate === 'success').sort(byUrgency)[0];
}

/** Logins that stand in for people the policy names only as code owners or teams. */
export const STAND_INS = ['approver-1', 'approver-2', 'approver-3'] as const;

/**
 * Who approves when the replay knows nobody: the policy's named approvers first, then stand-ins,
 * as many as the policy requires. The repository of such a replay makes the stand-ins code owners
 * and team members (so `codeowners` and `org/team` entries resolve to them).
 */
export function standInApprovers(policy: Policy, kind: ProposalKind): string[] {
  const entries = kind === 'rollback' ? policy.github.approvers.rollback : policy.github.approvers.advance;
  const named = entries
    .filter((e) => !e.includes('/') && e.toLowerCase() !== 'codeowners')
    .map((e) => e.replace(/^@/, ''));
  return [...named, ...STAND_INS].slice(0, Math.max(1, policy.github.approvals));
}
