/**
 * `gate`: the `phasegate/verdict` status and the sticky verdict comment of one phase PR. Red
 * while the SLOs do not support the change, approvals are missing, or the target phase's QA
 * checklist is not ticked in the PR body. Runs on pull_request and pull_request_review events,
 * and for every open proposal on each scheduled run (SLOs change without PR events).
 */

import { phaseById, phaseIds } from '../policy/model.js';
import { renderVerdictComment } from '../render/comment.js';
import { type ProposalState, parseProposalMarker } from '../render/markers.js';
import {
  countApprovals,
  explainIgnored,
  resolveAllowedReviewers,
  teamsToResolve,
} from '../rollout/approvals.js';
import { checkTicked, itemsFor, parseChecklist } from '../rollout/checklist.js';
import { CODEOWNERS_LOCATIONS, ownersOfAll, parseCodeowners } from '../rollout/codeowners.js';
import { parseCurrent } from '../rollout/current.js';
import { gateVerdict } from '../rollout/gate.js';
import type { PullRequest } from './forge.js';
import { type LoopContext, type PhaseState, readWorkspaceFile } from './loop.js';
import { upsertStickyComment } from './sticky.js';

export const STATUS_CONTEXT = 'phasegate/verdict';

export interface GateOutcome {
  state: 'success' | 'failure' | 'pending';
  description: string;
  reasons: string[];
}

/** The gate for one PR: status on its head commit and the sticky comment. */
export async function gatePull(
  ctx: LoopContext,
  state: PhaseState,
  pr: PullRequest,
  proposal: ProposalState,
): Promise<GateOutcome> {
  const { policy, evaluation, current } = state;
  const kind = proposal.kind;
  const decision = evaluation.decision;
  let agrees: boolean;
  let detail: string;
  if (proposal.from !== current.phase) {
    agrees = false;
    detail = `this PR changes ${proposal.from}, but the live phase is ${current.phase}; it is stale`;
  } else if (kind === 'rollback') {
    agrees = true;
    detail = 'a rollback needs no SLO verdict';
  } else {
    agrees = decision.action === kind && decision.to === proposal.to;
    detail = agrees ? decision.reasons[0]! : `the verdict is ${decision.reasons[0]}`;
  }

  const fromPhase = phaseById(policy, proposal.from);
  const required =
    kind === 'rollback' && fromPhase?.rollback.approval === 'none' ? 0 : policy.github.approvals;
  const entries = kind === 'rollback' ? policy.github.approvers.rollback : policy.github.approvers.advance;
  const codeowners = entries.some((e) => e.toLowerCase() === 'codeowners')
    ? readCodeowners(ctx, state.currentFile)
    : [];
  const teams = new Map<string, string[]>();
  for (const team of teamsToResolve(entries, codeowners)) teams.set(team, await ctx.forge.teamMembers(team));
  const resolved = resolveAllowedReviewers(entries, { codeowners, teams });
  const approvals = countApprovals({
    reviews: await ctx.forge.reviews(pr.number),
    author: pr.author,
    headSha: pr.headSha,
    fromFork: pr.fromFork,
    allowed: resolved.allowed,
  });

  let checklist = { ticked: [] as string[], unticked: [] as string[] };
  if (kind !== 'rollback') {
    const text = readWorkspaceFile(ctx, policy.github.checklist);
    if (text !== undefined) {
      const parsed = parseChecklist(text, { file: policy.github.checklist, phases: phaseIds(policy) });
      checklist = checkTicked(pr.body, itemsFor(parsed, proposal.to));
    } else ctx.warn(`${policy.github.checklist} not found: no QA checklist items are required`);
  }

  const verdict = gateVerdict({
    kind,
    evaluationAgrees: agrees,
    evaluationDetail: detail,
    approvals,
    required,
    checklist,
  });
  // Every review that does not count is shown with why, even when enough others do.
  const reasons = [
    ...new Set([
      ...verdict.reasons,
      ...approvals.ignored.map(explainIgnored),
      ...resolved.unresolved.map((u) => `approver "${u}" resolves to nobody`),
    ]),
  ];
  if (ctx.dryRun) {
    ctx.log(`dry run: would set ${STATUS_CONTEXT}=${verdict.state} on #${pr.number}: ${verdict.description}`);
    return { ...verdict, reasons };
  }
  const shown = await ctx.forge.getStatus(pr.headSha, STATUS_CONTEXT);
  // Statuses are append-only on GitHub: post one only when it would say something new.
  if (shown?.state !== verdict.state || shown.description !== verdict.description) {
    await ctx.forge.setStatus(pr.headSha, {
      context: STATUS_CONTEXT,
      state: verdict.state,
      description: verdict.description,
      url: ctx.runUrl,
    });
  }
  const body = renderVerdictComment({
    policy,
    evaluation,
    sha: pr.headSha,
    at: ctx.now,
    gate: { state: verdict.state, reasons },
  });
  await upsertStickyComment(ctx, pr.number, policy.rollout, body);
  ctx.log(`#${pr.number}: ${STATUS_CONTEXT} ${verdict.state}: ${verdict.description}`);
  return { ...verdict, reasons };
}

/** Owners of the current-phase file by the repository's CODEOWNERS, as logins and org/team. */
function readCodeowners(ctx: LoopContext, currentFile: string): string[] {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = readWorkspaceFile(ctx, location);
    if (text !== undefined) return ownersOfAll(parseCodeowners(text, location), [currentFile]);
  }
  ctx.warn('approvers name "codeowners" but the repository has no CODEOWNERS file');
  return [];
}

/**
 * What a PR proposes: phasegate's marker, or for a PR written by hand, the phase its
 * current.yaml moves to (read at the PR's head). Null when it does not change the phase.
 */
export async function proposalOf(
  ctx: LoopContext,
  state: PhaseState,
  pr: PullRequest,
): Promise<ProposalState | null> {
  const marker = parseProposalMarker(pr.body);
  if (marker && marker.rollout === state.policy.rollout) return marker;
  const text = await ctx.forge.readFile(state.currentFile, pr.headSha);
  if (text === null) return null;
  const head = parseCurrent(state.currentFile, text, state.policy);
  if (head.phase === state.current.phase) return null;
  const ids = phaseIds(state.policy);
  const kind = ids.indexOf(head.phase) < ids.indexOf(state.current.phase) ? 'rollback' : 'advance';
  return { rollout: state.policy.rollout, kind, from: state.current.phase, to: head.phase };
}

/** The `gate` command on a pull_request or pull_request_review event. */
export async function gateCommand(
  ctx: LoopContext,
  state: PhaseState,
  prNumber: number,
): Promise<GateOutcome> {
  const pr = await ctx.forge.getPull(prNumber);
  const proposal = await proposalOf(ctx, state, pr);
  if (!proposal) {
    const outcome: GateOutcome = { state: 'success', description: 'not a phase change', reasons: [] };
    if (!ctx.dryRun)
      await ctx.forge.setStatus(pr.headSha, { context: STATUS_CONTEXT, ...outcome, url: ctx.runUrl });
    ctx.log(`#${pr.number} does not change ${state.currentFile}: ${STATUS_CONTEXT} success`);
    return outcome;
  }
  return gatePull(ctx, state, pr, proposal);
}
