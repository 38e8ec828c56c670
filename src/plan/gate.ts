/**
 * Rules of the gate: the `phasegate/verdict` status and the sticky verdict comment of one phase
 * PR. Red while the SLOs do not support the change, approvals are missing, or the target phase's
 * QA checklist is not ticked in the PR body (rollout/gate.ts decides; here are the inputs and the
 * writes). A status is posted only when it would say something new (statuses are append-only on
 * GitHub); the comment is written only when its text changed.
 */
import { phaseById, phaseIds } from '../policy/model.js';
import { renderVerdictComment } from '../render/comment.js';
import { verdictMarker } from '../render/markers.js';
import { countApprovals, explainIgnored, resolveAllowedReviewers } from '../rollout/approvals.js';
import { checkTicked, itemsFor, parseChecklist, type TickResult } from '../rollout/checklist.js';
import { ownersOfAll, parseCodeowners } from '../rollout/codeowners.js';
import type { Evaluation } from '../rollout/decide.js';
import { type GateVerdict, gateVerdict } from '../rollout/gate.js';
import type { PhaseChange } from './change.js';
import type { OpenPull, RunFacts } from './facts.js';
import type { PlanOut } from './out.js';

/** Gate one open phase PR, on what it changes (change.ts); returns the verdict (a merge waits for success). */
export function planGate(
  f: RunFacts,
  ev: Evaluation,
  pull: OpenPull,
  change: PhaseChange,
  out: PlanOut,
): GateVerdict & { allReasons: string[] } {
  const { policy } = f;
  const { kind } = change;
  const d = ev.decision;
  let agrees: boolean;
  let detail: string;
  if (change.problem) {
    agrees = false;
    detail = change.problem;
  } else if (kind === 'rollback') {
    agrees = true;
    detail = 'a rollback needs no SLO verdict';
  } else {
    agrees = d.action === kind && d.to === change.to;
    detail = agrees ? d.reasons[0]! : `the verdict is ${d.reasons[0]}`;
  }

  const fromPhase = phaseById(policy, change.from);
  const required =
    kind === 'rollback' && fromPhase?.rollback.approval === 'none' ? 0 : policy.github.approvals;
  const entries = kind === 'rollback' ? policy.github.approvers.rollback : policy.github.approvers.advance;
  const codeowners = entries.some((e) => e.toLowerCase() === 'codeowners') ? ownersOfLive(f, out) : [];
  const teams = new Map(Object.entries(f.teams).map(([k, v]) => [k.toLowerCase(), v]));
  const resolved = resolveAllowedReviewers(entries, { codeowners, teams });
  const approvals = countApprovals({
    reviews: pull.reviews,
    author: pull.author,
    headSha: pull.headSha,
    fromFork: pull.fromFork,
    allowed: resolved.allowed,
  });
  const checklist = kind === 'rollback' ? { ticked: [], unticked: [] } : ticks(f, pull, change.to, out);
  const verdict = gateVerdict({
    kind,
    evaluationAgrees: agrees,
    evaluationDetail: detail,
    approvals,
    required,
    checklist,
  });
  // Every review that does not count is shown with why, even when enough others do.
  const allReasons = [
    ...new Set([
      ...verdict.reasons,
      ...approvals.ignored.map(explainIgnored),
      ...resolved.unresolved.map((u) => `approver "${u}" resolves to nobody`),
    ]),
  ];
  setStatus(pull, verdict.state, verdict.description, out);
  const body = renderVerdictComment({
    policy,
    evaluation: ev,
    sha: pull.headSha,
    at: f.now,
    gate: { state: verdict.state, reasons: allReasons },
    records: f.records,
  });
  if (pull.verdictComment?.body !== body) {
    out.intents.push({
      type: 'upsert-verdict',
      key: `verdict:#${pull.number}`,
      pr: pull.number,
      comment: pull.verdictComment?.id ?? null,
      marker: verdictMarker(policy.rollout),
      body,
    });
  }
  return { ...verdict, allReasons };
}

/** A PR that does not change the phase passes: the required check must not block ordinary PRs. */
export function planNotAPhaseChange(f: RunFacts, pull: OpenPull, out: PlanOut): void {
  setStatus(pull, 'success', 'not a phase change', out);
  out.notes.push(`#${pull.number} does not change ${f.live.file}: not a phase change`);
}

function setStatus(pull: OpenPull, state: GateVerdict['state'], description: string, out: PlanOut): void {
  if (pull.status?.state === state && pull.status.description === description) return;
  out.intents.push({
    type: 'set-gate',
    key: `gate:#${pull.number}@${pull.headSha}`,
    pr: pull.number,
    sha: pull.headSha,
    state,
    description,
  });
}

/** Owners of the current-phase file by the repository's CODEOWNERS, as logins and org/team. */
function ownersOfLive(f: RunFacts, out: PlanOut): string[] {
  if (!f.codeowners) {
    out.warnings.push('approvers name "codeowners" but the repository has no CODEOWNERS file');
    return [];
  }
  return ownersOfAll(parseCodeowners(f.codeowners.text, f.codeowners.path), [f.live.file]);
}

function ticks(f: RunFacts, pull: OpenPull, to: string, out: PlanOut): TickResult {
  const file = f.policy.github.checklist;
  if (!f.checklist) {
    out.warnings.push(`${file} not found: no QA checklist items are required`);
    return { ticked: [], unticked: [] };
  }
  const parsed = parseChecklist(f.checklist.text, { file, phases: phaseIds(f.policy) });
  return checkTicked(pull.body, itemsFor(parsed, to));
}
