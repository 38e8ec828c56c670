/**
 * `propose`: turn the decision into pull requests. One open PR per (rollout, kind, target), found
 * by its deterministic branch and updated in place; a race between two runs ends with one PR
 * (GitHub refuses the second with "already exists" and the loser adopts the winner's). Proposals
 * made stale by a rollback or a phase change are closed with a comment. Every open proposal gets
 * a fresh gate, because SLOs move without any PR event.
 */

import { phaseById, phaseIds } from '../policy/model.js';
import type { ProposalKind } from '../render/markers.js';
import { parseProposalMarker } from '../render/markers.js';
import { proposalBranch, renderProposal } from '../render/proposal.js';
import { itemsFor, parseChecklist, renderTaskList } from '../rollout/checklist.js';
import { renderCurrent } from '../rollout/current.js';
import { applyChange } from './apply.js';
import type { PullRequest } from './forge.js';
import { gatePull } from './gate.js';
import {
  evaluateCurrent,
  type LoopContext,
  type PhaseState,
  readWorkspaceFile,
  recentSeries,
} from './loop.js';

const HOUR = 3_600_000;
export const PHASEGATE_LABEL = 'phasegate';

export interface ProposeResult {
  state: PhaseState;
  /** The PR this run opened or updated for the decision, if any. */
  pr: PullRequest | null;
  /** What happened, one line each (also logged). */
  actions: string[];
}

export async function proposeCommand(ctx: LoopContext): Promise<ProposeResult> {
  const state = await evaluateCurrent(ctx);
  const d = state.evaluation.decision;
  const actions: string[] = [];
  const note = (line: string) => {
    actions.push(line);
    ctx.log(line);
  };
  const kind = d.action === 'advance' || d.action === 'rollback' || d.action === 'restart' ? d.action : null;
  let pr: PullRequest | null = null;
  if (kind && d.to) pr = await upsertProposal(ctx, state, kind, d.to, undefined, note);
  else note(`${d.action}: no proposal (${d.reasons[0]})`);

  if (pr && kind === 'rollback') pr = await mergeIfNoApprovalNeeded(ctx, state, pr, causeOf(state), note);
  await refreshOpenProposals(ctx, state, kind === 'rollback' ? pr : null, note);
  return { state, pr, actions };
}

/** Close proposals a rollback or a phase change made stale; re-gate the rest. */
export async function refreshOpenProposals(
  ctx: LoopContext,
  state: PhaseState,
  rollbackPr: PullRequest | null,
  note: (line: string) => void,
): Promise<void> {
  const open = await ctx.forge.openPulls(PHASEGATE_LABEL);
  for (const pr of open) {
    const p = parseProposalMarker(pr.body);
    if (!p || p.rollout !== state.policy.rollout) continue;
    const stale =
      p.from !== state.current.phase
        ? `the live phase is now ${state.current.phase}`
        : rollbackPr && pr.number !== rollbackPr.number && p.kind !== 'rollback'
          ? `a rollback was proposed in #${rollbackPr.number}`
          : null;
    if (stale) {
      if (!ctx.dryRun) {
        await ctx.forge.createComment(pr.number, `phasegate closed this proposal: ${stale}.`);
        await ctx.forge.updatePull(pr.number, { state: 'closed' });
      }
      note(`closed #${pr.number} (${pr.title}): ${stale}`);
      continue;
    }
    await gatePull(ctx, state, pr, p);
  }
}

/** Open the PR for (kind, to), or update the open one in place when its title or body changed. */
export async function upsertProposal(
  ctx: LoopContext,
  state: PhaseState,
  kind: ProposalKind,
  to: string,
  cause: string | undefined,
  note: (line: string) => void,
): Promise<PullRequest | null> {
  const { policy, current, evaluation } = state;
  const branch = proposalBranch(policy.rollout, kind, to);
  const existing = await ctx.forge.findOpenPull(branch);
  const previous = existing ? parseProposalMarker(existing.body) : null;
  const rendered = renderProposal({
    policy,
    kind,
    from: current.phase,
    to,
    evaluation,
    charts: chartsFor(state, kind),
    checklistMarkdown: kind === 'rollback' ? undefined : checklistFor(ctx, state, to),
    cause,
    at: ctx.now,
    currentFile: state.currentFile,
    previousBody: existing?.body,
  });
  if (ctx.dryRun) {
    note(`dry run: would ${existing ? `update #${existing.number}` : 'open a PR'}: ${rendered.title}`);
    return existing;
  }
  const base = await ctx.forge.defaultBranch();
  // A PR opened from another phase (the phase changed since) carries a stale edit: rewrite its branch.
  if (!existing || previous?.from !== current.phase) {
    const why = kind === 'rollback' ? (cause ?? causeOf(state)) : evaluation.decision.reasons[0]!;
    const content = renderCurrent(policy, to, ctx.now, {
      reason: why,
      entered: { by: kind, from: current.phase, ...(kind === 'rollback' ? { cause: why } : {}) },
    });
    await ctx.forge.proposalBranch(branch, base, [{ path: state.currentFile, content }], rendered.title);
  }
  if (existing) {
    if (existing.title !== rendered.title || existing.body !== rendered.body) {
      await ctx.forge.updatePull(existing.number, { title: rendered.title, body: rendered.body });
      note(`updated #${existing.number}: ${rendered.title}`);
    } else note(`#${existing.number} is up to date: ${rendered.title}`);
    return { ...existing, title: rendered.title, body: rendered.body };
  }
  const pr = await ctx.forge.createPull({ branch, base, title: rendered.title, body: rendered.body });
  await ctx.forge.addLabels(pr.number, rendered.labels);
  const refused = await ctx.forge.requestReviewers(pr.number, policy.github.reviewers);
  if (refused)
    ctx.warn(`#${pr.number}: could not request reviewers ${policy.github.reviewers.join(', ')}: ${refused}`);
  note(`opened #${pr.number}: ${rendered.title}`);
  return { ...pr, labels: rendered.labels };
}

/** A rollback the policy lets through without approval (`rollback.approval: none`) is merged now. */
export async function mergeIfNoApprovalNeeded(
  ctx: LoopContext,
  state: PhaseState,
  pr: PullRequest,
  cause: string,
  note: (line: string) => void,
): Promise<PullRequest> {
  if (state.phase.rollback.approval !== 'none' || ctx.dryRun) return pr;
  const fresh = await ctx.forge.getPull(pr.number);
  try {
    const merged = await ctx.forge.mergePull(fresh.number, fresh.headSha, fresh.title);
    note(`merged #${pr.number} at once: ${state.phase.id}'s rollback needs no approval`);
    const proposal = parseProposalMarker(fresh.body)!;
    await applyChange(ctx, {
      kind: 'rollback',
      from: proposal.from,
      to: proposal.to,
      at: ctx.now,
      pr: { ...fresh, merged: true },
      mergeSha: merged.sha,
      cause,
    });
    return { ...fresh, merged: true, state: 'closed' };
  } catch (err) {
    ctx.warn(
      `#${pr.number}: could not merge the rollback (${err instanceof Error ? err.message : String(err)}); it waits for a merge by hand`,
    );
    return fresh;
  }
}

/** Why the evaluation rolls back: the details of the rules that fired. */
export function causeOf(state: PhaseState): string {
  const fired = state.evaluation.rules.filter((r) => r.fired).map((r) => r.detail);
  return fired.length ? fired.join('; ') : state.evaluation.decision.reasons.join('; ');
}

function chartsFor(state: PhaseState, kind: ProposalKind) {
  const { phase, policy } = state;
  if (kind === 'restart' && policy.recovery)
    return recentSeries(state, 2 * policy.recovery.forMs, policy.recovery.watch);
  if (kind === 'rollback') return recentSeries(state, 6 * HOUR);
  const soak = phase.advance?.rule === 'soak' ? phase.advance.forMs : 5 * 24 * HOUR;
  return recentSeries(state, soak);
}

function checklistFor(ctx: LoopContext, state: PhaseState, to: string): string | undefined {
  const file = state.policy.github.checklist;
  const text = readWorkspaceFile(ctx, file);
  if (text === undefined) return undefined;
  const items = itemsFor(parseChecklist(text, { file, phases: phaseIds(state.policy) }), to);
  return items.length ? renderTaskList(items) : undefined;
}

export function requirePhaseBefore(state: PhaseState, target: string): string | null {
  const ids = phaseIds(state.policy);
  if (!phaseById(state.policy, target)) return `unknown phase "${target}"; valid phases: ${ids.join(', ')}`;
  const earlier = ids.slice(0, ids.indexOf(state.current.phase));
  if (!earlier.includes(target)) {
    return `${target} is not before the live phase ${state.current.phase}; a rollback can go to: ${earlier.join(', ') || 'none (this is the first phase)'}`;
  }
  return null;
}
