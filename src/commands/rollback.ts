/**
 * `rollback` (workflow_dispatch with `phase` and `reason`): a rollback asked for by hand, e.g.
 * B-1's "major incident". Opens the revert PR at once; when the live phase's rollback needs no
 * approval it is merged and applied in the same run.
 */

import type { PullRequest } from './forge.js';
import { InputError } from './input.js';
import { evaluateCurrent, type LoopContext, type PhaseState } from './loop.js';
import {
  mergeIfNoApprovalNeeded,
  refreshOpenProposals,
  requirePhaseBefore,
  upsertProposal,
} from './propose.js';

export async function rollbackCommand(
  ctx: LoopContext,
  o: { phase: string; reason: string },
): Promise<{ state: PhaseState; pr: PullRequest | null }> {
  const state = await evaluateCurrent(ctx);
  if (!o.phase) throw new InputError(`input "phase" is required: the phase to roll back to`);
  const problem = requirePhaseBefore(state, o.phase);
  if (problem) throw new InputError(`input "phase": ${problem}`);
  if (!o.reason.trim())
    throw new InputError('input "reason" is required: say why, for the PR, Slack and the RCA issue');
  const cause = `rolled back by hand by @${ctx.actor}: ${o.reason.trim()}`;
  const note = (line: string) => ctx.log(line);
  let pr = await upsertProposal(ctx, state, 'rollback', o.phase, cause, note);
  if (pr) pr = await mergeIfNoApprovalNeeded(ctx, state, pr, cause, note);
  await refreshOpenProposals(ctx, state, pr, note);
  return { state, pr };
}
