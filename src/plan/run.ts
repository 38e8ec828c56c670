/**
 * The planner: from what one run knows (facts.ts) to what it must do (intents.ts), in order.
 * Pure: no I/O, no clock; the same facts always give the same plan. Every rule of the loop lives
 * here or in the modules it calls, each with its rules listed in its header:
 *
 *   collect  → runbook.ts     window records, the run log line and the 観測 row in one commit
 *   propose  → proposals.ts   open, update, close, gate, merge; then announce.ts
 *   rollback → proposals.ts   the same, for a rollback asked for by hand
 *   gate     → gate.ts        the status and verdict comment of one PR
 *   apply    → announce.ts    lock notice, RCA issue, Slack, the Runbook, the applied label
 *   status   → status.ts      the dashboard issue, the daily note and the Runbook's daily record
 *   evaluate                   nothing: the evaluation alone
 *
 * A run may plan more than once: after it opens a PR, merges one or opens an issue, a second pass
 * plans what depends on it (gate the new PR, announce the merge, link the RCA issue), with the
 * run's memory saying what the earlier passes did.
 */
import { type Evaluation, evaluate } from '../rollout/decide.js';
import { planAnnounce } from './announce.js';
import { changeOf, kindOfMove } from './change.js';
import type { RunFacts } from './facts.js';
import { planGate, planNotAPhaseChange } from './gate.js';
import type { Intent } from './intents.js';
import { newOut } from './out.js';
import { planProposals } from './proposals.js';
import { planCollect } from './runbook.js';
import { planStatus } from './status.js';

export interface RunPlan {
  evaluation: Evaluation;
  intents: Intent[];
  /** What was decided without a write, one line each. */
  notes: string[];
  /** Problems a person should fix that do not stop the run. */
  warnings: string[];
  /** Plan again after carrying these out: something they create is what later rules act on. */
  again: boolean;
}

/** Intents after which the run looks again: what they create, later rules act on. */
const CREATES: ReadonlySet<Intent['type']> = new Set(['open-proposal', 'merge', 'open-rca']);

export function planRun(f: RunFacts): RunPlan {
  const ev = evaluate({
    policy: f.policy,
    phase: f.live.phase,
    since: f.live.since,
    records: f.records,
    at: Math.max(f.now, f.live.since),
    entered: f.live.entered,
    started: f.live.started,
  });
  const out = newOut();
  const t = f.trigger;
  switch (t.command) {
    case 'collect':
      planCollect(f, ev, t, out);
      break;
    case 'propose':
    case 'rollback':
      planProposals(f, ev, out);
      break;
    case 'gate':
      planGateOf(f, ev, t.pr, out);
      break;
    case 'apply':
      planApply(f, out);
      break;
    case 'status':
      planStatus(f, ev, out);
      break;
    case 'evaluate':
      break;
  }
  const again =
    out.intents.some((i) => CREATES.has(i.type)) ||
    out.intents.some((i) => i.type === 'upsert-dashboard' && i.issue === null) ||
    out.intents.some((i) => i.type === 'update-proposal' && i.change !== null);
  return {
    evaluation: ev,
    intents: out.intents,
    notes: out.notes,
    warnings: [...new Set(out.warnings)],
    again,
  };
}

/** The gate of one PR, on what it changes (change.ts). */
function planGateOf(f: RunFacts, ev: Evaluation, number: number, out: ReturnType<typeof newOut>): void {
  const pull = f.pulls.find((p) => p.number === number);
  if (!pull) throw new Error(`pull request #${number} was not gathered`);
  const change = changeOf(f, ev, pull);
  if (change) planGate(f, ev, pull, change, out);
  else planNotAPhaseChange(f, pull, out);
}

/**
 * The push that changed the phase: from the phase before the push to the one it made live,
 * whoever wrote the change (phasegate's PR, a person's PR, a push with no PR at all: a phase
 * change nobody hears about is the one that hurts). A push that left the phase alone is not.
 */
function planApply(f: RunFacts, out: ReturnType<typeof newOut>): void {
  const { live } = f;
  const from = f.previousPhase;
  if (!from || from === live.phase) {
    out.notes.push(
      from
        ? `the push left ${live.file} at ${live.phase}: nothing to announce`
        : `the phase before the push is unknown (a new branch, or ${live.file} named none): nothing to announce`,
    );
    return;
  }
  const kind = kindOfMove(f.policy, from, live.phase, live.entered?.by === 'restart');
  planAnnounce(f, { kind, from, to: live.phase, pull: f.merged ?? undefined }, out);
}
