/**
 * The phase gate: the `phasegate/verdict` commit status of a phase PR, from the SLO evaluation,
 * the counted approvals and the QA checklist ticks. Pure; the caller gathers the inputs.
 *
 * - advance and restart: the evaluation must agree with the change, `required` approvals must
 *   count, and every checklist item of the target phase must be ticked.
 * - rollback: only approvals, and only when the policy requires some (required > 0); a rollback
 *   never waits on SLOs or the checklist, since it is how a failing phase is left.
 * - A change request by an allowed reviewer blocks while approvals are required, as on GitHub.
 * - A PR from a fork never passes: phase changes come from branches of the repository.
 * - Anything missing is red (failure), not pending: the check must block the merge button.
 *   `pending` is for the caller to post while it works (pendingVerdict).
 */
import { type ApprovalCount, explainIgnored } from './approvals.js';
import type { TickResult } from './checklist.js';

export type ProposalKind = 'advance' | 'rollback' | 'restart';
export type GateState = 'success' | 'failure' | 'pending';

/** GitHub refuses commit status descriptions longer than this. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface GateInput {
  kind: ProposalKind;
  /** Whether the newest evaluation supports this change (for an advance: decision advance). */
  evaluationAgrees: boolean;
  /** One line on the evaluation, e.g. "A-1 soaked 24h with every SLO passing". */
  evaluationDetail: string;
  approvals: ApprovalCount;
  required: number;
  checklist: TickResult;
}

export interface GateCheck {
  name: 'slo' | 'source' | 'approvals' | 'checklist';
  ok: boolean;
  /** False for checks shown for information only (a rollback's SLOs and checklist). */
  required: boolean;
  detail: string;
}

export interface GateVerdict {
  state: GateState;
  /** ≤ 140 characters, for the commit status. */
  description: string;
  /** Why: the failing checks with what to do, or on success what was satisfied. */
  reasons: string[];
  checks: GateCheck[];
}

/** One check's result, and how it reads in the status line when it passes or blocks. */
interface Checked {
  check: GateCheck;
  passed?: string;
  blocked?: string[];
}

export function gateVerdict(input: GateInput): GateVerdict {
  const { required, approvals, checklist } = input;
  if (!Number.isInteger(required) || required < 0) {
    throw new RangeError(`required approvals must be a whole number ≥ 0, got ${required}`);
  }
  const strict = input.kind !== 'rollback';
  const results = [
    sloCheck(input, strict),
    ...(approvals.fromFork ? [forkCheck()] : []),
    approvalsCheck(input),
    ...(strict || checklist.ticked.length + checklist.unticked.length > 0
      ? [checklistCheck(input, strict)]
      : []),
  ];
  const checks = results.map((r) => r.check);
  const failing = checks.filter((c) => c.required && !c.ok);
  if (failing.length === 0) {
    const passed = results.flatMap((r) => (r.passed ? [r.passed] : []));
    return {
      state: 'success',
      description: fitDescription(`Ready to merge: ${passed.join(', ')}`),
      reasons: checks.map((c) => c.detail),
      checks,
    };
  }
  const reasons: string[] = [];
  for (const check of failing) {
    reasons.push(check.detail);
    if (check.name === 'approvals') {
      for (const entry of approvals.ignored) if (entry.why !== 'fork') reasons.push(explainIgnored(entry));
    }
    if (check.name === 'checklist') reasons.push(...checklist.unticked.map((t) => `not ticked: "${t}"`));
  }
  const blocked = results.flatMap((r) => r.blocked ?? []);
  return { state: 'failure', description: fitDescription(`Blocked: ${blocked.join('; ')}`), reasons, checks };
}

/** Advance and restart need the SLOs to agree; a rollback shows them for information only. */
function sloCheck(input: GateInput, strict: boolean): Checked {
  const { kind, evaluationAgrees: ok, evaluationDetail: detail } = input;
  if (!strict) {
    return {
      check: {
        name: 'slo',
        ok,
        required: false,
        detail: `SLO evaluation (a rollback does not wait for it): ${detail}`,
      },
    };
  }
  return {
    check: {
      name: 'slo',
      ok,
      required: true,
      detail: ok ? `SLOs support this ${kind}: ${detail}` : `SLOs do not support this ${kind}: ${detail}`,
    },
    ...(ok ? { passed: 'SLOs agree' } : { blocked: ['SLOs do not agree'] }),
  };
}

function forkCheck(): Checked {
  return {
    check: {
      name: 'source',
      ok: false,
      required: true,
      detail: 'this PR comes from a fork; phase changes must come from a branch of this repository',
    },
    blocked: ['PR from a fork'],
  };
}

function approvalsCheck(input: GateInput): Checked {
  const { kind, approvals, required } = input;
  const count = approvals.approvedBy.length;
  const who = count > 0 ? ` (${approvals.approvedBy.join(', ')})` : '';
  if (required === 0) {
    return {
      check: { name: 'approvals', ok: true, required: false, detail: `no approval required${who}` },
      passed: kind === 'rollback' ? 'rollback needs no approval' : 'no approval needed',
    };
  }
  const changes = approvals.changesRequested;
  const enough = count >= required;
  const ok = enough && changes.length === 0 && !approvals.fromFork;
  const detail = enough
    ? `approvals ${count}/${required}${who}`
    : `needs ${required} ${plural(required, 'approval')} from an allowed reviewer on the head commit ` +
      `(${approvals.headSha.slice(0, 7)}); has ${count}${who}`;
  const blocked = [
    ...(enough ? [] : [`approvals ${count}/${required}`]),
    ...(changes.length > 0 ? [`changes requested by ${changes.join(', ')}`] : []),
  ];
  return {
    check: { name: 'approvals', ok, required: true, detail },
    ...(ok ? { passed: `${count}/${required} ${plural(required, 'approval')}` } : { blocked }),
  };
}

function checklistCheck(input: GateInput, strict: boolean): Checked {
  const total = input.checklist.ticked.length + input.checklist.unticked.length;
  const unticked = input.checklist.unticked.length;
  const ok = unticked === 0;
  const detail =
    total === 0
      ? 'QA checklist: no items for this phase'
      : ok
        ? `QA checklist: ${total}/${total} items ticked`
        : `QA checklist: ${unticked} of ${total} ${plural(total, 'item')} not ticked in the PR body`;
  if (!strict) {
    return {
      check: {
        name: 'checklist',
        ok,
        required: false,
        detail: `${detail} (a rollback does not wait for it)`,
      },
    };
  }
  return {
    check: { name: 'checklist', ok, required: true, detail },
    ...(ok
      ? { passed: total === 0 ? 'no checklist items' : `checklist ${total}/${total}` }
      : { blocked: [`${unticked} checklist ${plural(unticked, 'item')} unticked`] }),
  };
}

/** What the caller posts while it evaluates, so a stale green never lingers. */
export function pendingVerdict(why: string): GateVerdict {
  return { state: 'pending', description: fitDescription(why), reasons: [why], checks: [] };
}

/** Cut to GitHub's status description limit on a code point boundary, marking the cut. */
export function fitDescription(text: string, limit = STATUS_DESCRIPTION_LIMIT): string {
  const points = [...text.replace(/\s+/g, ' ').trim()];
  return points.length <= limit ? points.join('') : `${points.slice(0, limit - 1).join('')}…`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
