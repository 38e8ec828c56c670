/**
 * Rules of the scheduled run (and of a rollback asked for by hand): which phase-change PR to open
 * or bring up to date, which open ones are stale, the gate of every open one, and the merge of a
 * rollback that needs no approval. Rules, in the order their intents happen:
 *
 * 1. The decision (or the manual rollback) wants a PR: open it. An open one keeps its text as
 *    proposed (the live verdict is the sticky comment's; rewriting the body would race a person
 *    ticking a box and fire pull_request.edited every run), unless it was made from another phase:
 *    then its branch and text are redone on the live phase, ticked boxes kept. A new PR is gated
 *    in the next pass, once it exists.
 * 2. A proposal made from a phase that is no longer live is closed with a comment.
 * 3. While a rollback from the live phase is open, every other proposal is closed; while one is
 *    about to be opened, the others wait for it (they are closed next pass, naming it).
 * 4. Every other open proposal is gated (gate.ts): SLOs move without any PR event.
 * 5. A rollback from a phase with `rollback.approval: none` is merged once its gate is green,
 *    unless GitHub refused that merge earlier in this run. When branch protection refused it (405:
 *    rules the token cannot bypass, e.g. GITHUB_TOKEN's; not a race's 409), Slack says once that a person must merge it, and
 *    the PR is labelled so later runs (which try the merge again) do not say it again.
 * 6. The change this run merged is announced (announce.ts).
 */
import { slackEscape } from '../notify/compose.js';
import { phaseById, phaseIds } from '../policy/model.js';
import { type ProposalKind, type ProposalState, parseProposalMarker } from '../render/markers.js';
import { proposalBranch, renderProposal } from '../render/proposal.js';
import { itemsFor, parseChecklist, renderTaskList } from '../rollout/checklist.js';
import { renderCurrent, startedAfter } from '../rollout/current.js';
import type { Evaluation } from '../rollout/decide.js';
import { planAnnounce } from './announce.js';
import { changeOf, ourProposal } from './change.js';
import { recentSeries } from './charts.js';
import type { OpenPull, RunFacts } from './facts.js';
import { planGate } from './gate.js';
import { NEEDS_MERGE_LABEL } from './names.js';
import type { PlanOut } from './out.js';
import { TriggerError } from './trigger-error.js';

const HOUR = 3_600_000;

interface Wanted {
  kind: ProposalKind;
  to: string;
  /** Why, for current.yaml and, for a rollback, the PR's cause section. */
  why: string;
  /** A manual rollback's cause, shown instead of the rules that fired. */
  cause?: string;
}

interface Ours {
  pull: OpenPull;
  proposal: ProposalState;
}

export function planProposals(f: RunFacts, ev: Evaluation, out: PlanOut): void {
  const ours = f.pulls
    .map((pull) => ({ pull, proposal: ourProposal(f, pull) }))
    .filter((o): o is Ours => o.proposal !== null);
  const want = wanted(f, ev, out);
  const branch = want && proposalBranch(f.policy.rollout, want.kind, want.to);
  const existing = ours.find((o) => o.pull.headRef === branch);
  const redone = want ? planWanted(f, ev, want, existing, out) : false;
  const open = planStale(
    f,
    ours,
    { existing, redone, rollbackComing: want?.kind === 'rollback' && !existing },
    out,
  );
  for (const o of open) planGateAndMerge(f, ev, o, out);
  // Rule 6: announce what this run merged.
  if (f.merged && f.memory.merged.includes(f.merged.number)) {
    const proposal = parseProposalMarker(f.merged.body);
    if (proposal?.rollout === f.policy.rollout) planAnnounce(f, { ...proposal, pull: f.merged }, out);
  }
}

/** Rule 1: open the wanted proposal, or redo the open one made from another phase. True when redone. */
function planWanted(
  f: RunFacts,
  ev: Evaluation,
  want: Wanted,
  existing: Ours | undefined,
  out: PlanOut,
): boolean {
  const { policy, live } = f;
  const branch = proposalBranch(policy.rollout, want.kind, want.to);
  const key = `proposal:${branch}`;
  if (existing && existing.proposal.from === live.phase) {
    out.notes.push(`#${existing.pull.number} is open: ${existing.pull.title}`);
    return false;
  }
  const text = proposalText(f, ev, want, existing?.pull.body);
  if (!existing) {
    out.intents.push({
      type: 'open-proposal',
      key,
      proposal: { rollout: policy.rollout, kind: want.kind, from: live.phase, to: want.to },
      branch,
      ...text,
      reviewers: policy.github.reviewers,
    });
    return false;
  }
  const { title, body, change } = text;
  out.intents.push({ type: 'update-proposal', key, pr: existing.pull.number, branch, title, body, change });
  return true;
}

/**
 * Rules 2 and 3: close the proposals made stale; returns those left to gate. A redone proposal
 * has a new head, gated next pass on that commit; while a rollback is about to open, the others
 * wait for it (next pass closes them, naming it).
 */
function planStale(
  f: RunFacts,
  ours: Ours[],
  o: { existing: Ours | undefined; redone: boolean; rollbackComing: boolean },
  out: PlanOut,
): Ours[] {
  const { live } = f;
  const rollback = ours.find((x) => x.proposal.kind === 'rollback' && x.proposal.from === live.phase);
  const open: Ours[] = [];
  for (const x of ours) {
    if (x === o.existing) {
      if (!o.redone) open.push(x);
      continue;
    }
    const stale =
      x.proposal.from !== live.phase
        ? `the live phase is now ${live.phase}`
        : rollback && x !== rollback && x.proposal.kind !== 'rollback'
          ? `a rollback was proposed in #${rollback.pull.number}`
          : null;
    if (stale) {
      out.intents.push({
        type: 'close-proposal',
        key: `close:#${x.pull.number}`,
        pr: x.pull.number,
        reason: stale,
        comment: `phasegate closed this proposal: ${stale}.`,
      });
    } else if (!(o.rollbackComing && x.proposal.kind !== 'rollback')) open.push(x);
  }
  return open;
}

/**
 * Rules 4 and 5: gate an open proposal on what its branch changes (change.ts), as its gate event
 * does; merge it when that is a rollback that needs no approval.
 */
function planGateAndMerge(f: RunFacts, ev: Evaluation, o: Ours, out: PlanOut): void {
  const { pull } = o;
  const change = changeOf(f, ev, pull)!;
  const verdict = planGate(f, ev, pull, change, out);
  const key = `merge:#${pull.number}`;
  if (
    change.kind === 'rollback' &&
    change.problem === null &&
    phaseById(f.policy, change.from)?.rollback.approval === 'none' &&
    verdict.state === 'success' &&
    !f.memory.refused.includes(key)
  ) {
    out.intents.push({ type: 'merge', key, pr: pull.number, sha: pull.headSha, title: pull.title });
    out.notes.push(`#${pull.number}: ${change.from}'s rollback needs no approval: merging at once`);
  } else if (f.memory.protected.includes(pull.number) && !pull.labels.includes(NEEDS_MERGE_LABEL)) {
    out.intents.push({
      type: 'send-slack',
      key: `slack:needs-merge:#${pull.number}`,
      kind: 'needs-merge',
      text: needsMergeText(f, change.from, change.to, pull),
      template: 'built-in (needs-merge)',
    });
    out.intents.push({
      type: 'add-label',
      key: `label:#${pull.number}:${NEEDS_MERGE_LABEL}`,
      pr: pull.number,
      label: NEEDS_MERGE_LABEL,
    });
  }
}

/** Slack, when GitHub would not let phasegate merge a rollback: who must act, and where. */
function needsMergeText(f: RunFacts, from: string, to: string, pull: OpenPull): string {
  const link = `<${pull.url}|#${pull.number}>`;
  return `:warning: *${slackEscape(f.policy.rollout)}: the rollback ${slackEscape(from)} → ${slackEscape(to)} needs a person to merge it.* GitHub refused phasegate's merge of ${link} (branch protection its token cannot bypass), so the feature stays at ${slackEscape(from)} until someone with merge rights merges it. To let phasegate merge rollbacks itself, see docs/setup.md, "Rollbacks under protection".`;
}

/** A proposal's title, body and labels, and the current.yaml its branch carries. */
function proposalText(f: RunFacts, ev: Evaluation, want: Wanted, previousBody: string | undefined) {
  const { policy, live } = f;
  const rendered = renderProposal({
    policy,
    kind: want.kind,
    from: live.phase,
    to: want.to,
    evaluation: ev,
    charts: chartsFor(f, ev, want.kind),
    checklistMarkdown: want.kind === 'rollback' ? undefined : checklistFor(f, want.to),
    cause: want.cause,
    at: f.now,
    currentFile: live.file,
    previousBody,
    records: f.records,
  });
  const entered = {
    by: want.kind,
    from: live.phase,
    ...(want.kind === 'rollback' ? { cause: want.why } : {}),
  };
  return {
    title: rendered.title,
    body: rendered.body,
    labels: rendered.labels,
    change: {
      path: live.file,
      content: renderCurrent(policy, want.to, f.now, {
        reason: want.why,
        entered,
        started: startedAfter(policy, live, want.to, f.now),
      }),
    },
  };
}

/** What this run proposes: the manual rollback, else the decision's change, else nothing. */
function wanted(f: RunFacts, ev: Evaluation, out: PlanOut): Wanted | null {
  const t = f.trigger;
  const d = ev.decision;
  if (t.command === 'rollback') {
    // Already there: this run merged it, or another did (a dispatch run twice). Nothing to do.
    if (t.to === f.live.phase) {
      out.notes.push(`${t.to} is the live phase: nothing to roll back`);
      return null;
    }
    const problem = rollbackTargetProblem(f, t.to);
    if (problem) throw new TriggerError('phase', problem);
    if (!t.reason.trim())
      throw new TriggerError('reason', 'required: say why, for the PR, Slack and the RCA issue');
    const cause = `rolled back by hand by @${t.actor}: ${t.reason.trim()}`;
    return { kind: 'rollback', to: t.to, why: cause, cause };
  }
  if ((d.action === 'advance' || d.action === 'rollback' || d.action === 'restart') && d.to) {
    return { kind: d.action, to: d.to, why: d.action === 'rollback' ? causeOf(ev) : d.reasons[0]! };
  }
  out.notes.push(`${d.action}: no proposal (${d.reasons[0]})`);
  return null;
}

/** Why the evaluation rolls back: the details of the rules that fired. */
export function causeOf(ev: Evaluation): string {
  const fired = ev.rules.filter((r) => r.fired).map((r) => r.detail);
  return fired.length ? fired.join('; ') : ev.decision.reasons.join('; ');
}

/** A rollback goes to a phase before the live one; null when `target` is one. */
export function rollbackTargetProblem(f: Pick<RunFacts, 'policy' | 'live'>, target: string): string | null {
  const ids = phaseIds(f.policy);
  if (!phaseById(f.policy, target)) return `unknown phase "${target}"; valid phases: ${ids.join(', ')}`;
  const earlier = ids.slice(0, ids.indexOf(f.live.phase));
  if (!earlier.includes(target)) {
    return `${target} is not before the live phase ${f.live.phase}; a rollback can go to: ${earlier.join(', ') || 'none (this is the first phase)'}`;
  }
  return null;
}

/** The soak period (advance), the breach (rollback), the recovery watch (restart). */
function chartsFor(f: RunFacts, ev: Evaluation, kind: ProposalKind) {
  const { policy } = f;
  const phase = phaseById(policy, ev.phase)!;
  const source = { policy, phase, evaluation: ev, records: f.records };
  if (kind === 'restart' && policy.recovery)
    return recentSeries(source, 2 * policy.recovery.forMs, policy.recovery.watch);
  if (kind === 'rollback') return recentSeries(source, 6 * HOUR);
  const soak = phase.advance?.rule === 'soak' ? phase.advance.forMs : 5 * 24 * HOUR;
  return recentSeries(source, soak);
}

function checklistFor(f: RunFacts, to: string): string | undefined {
  if (!f.checklist) return undefined;
  const file = f.policy.github.checklist;
  const items = itemsFor(parseChecklist(f.checklist.text, { file, phases: phaseIds(f.policy) }), to);
  return items.length ? renderTaskList(items) : undefined;
}
