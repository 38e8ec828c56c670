/**
 * What a pull request proposes, read from what it changes, never from its text: a marker or a
 * title is words anyone can paste into a PR by hand, and a push to phasegate's branch changes
 * what merging does without touching the body. The same reading serves the gate event and the
 * scheduled run's gate, so the two never disagree about one PR. Rules:
 *
 * 1. A PR that leaves current.yaml alone is not a phase change (its gate passes, so the required
 *    check never blocks ordinary work), unless phasegate opened it: then its change was undone.
 *    GitHub lists a PR's first 3000 files only: a PR that fills the list may hide current.yaml,
 *    so it is judged as a phase change, and red.
 * 2. A phase change edits current.yaml alone. One that also changes the policy, CODEOWNERS, the
 *    checklist or anything else is red: rules changed in the PR that they judge are not rules.
 * 3. current.yaml at the head must name a phase of the rollout other than the live one.
 * 4. A phasegate proposal made from a phase that is no longer live is stale.
 * 5. After a rollback, the phase the recovery watch restarts from is a restart (back only once the
 *    watch is met); else an earlier phase is a rollback, and any later phase an advance, which
 *    goes to the next phase only.
 */
import { type Policy, phaseIds } from '../policy/model.js';
import { type ProposalKind, type ProposalState, parseProposalMarker } from '../render/markers.js';
import type { Evaluation } from '../rollout/decide.js';
import type { OpenPull, RunFacts } from './facts.js';

/** "Responses include a maximum of 3000 files" (REST: List pull requests files). */
export const GITHUB_FILES_LISTED = 3000;

export interface PhaseChange {
  kind: ProposalKind;
  from: string;
  to: string;
  /** Why the gate is red whatever else holds; null when the change itself is well formed. */
  problem: string | null;
}

/** What `pull` proposes; null when it is not a phase change (rule 1). */
export function changeOf(
  f: Pick<RunFacts, 'policy' | 'live' | 'identity'>,
  ev: Pick<Evaluation, 'recovery'>,
  pull: OpenPull,
): PhaseChange | null {
  const { policy, live } = f;
  const ours = ourProposal(f, pull);
  const from = live.phase;
  const to = pull.headPhase;
  const ids = phaseIds(policy);
  // With no phase at the head, phasegate's own proposal still says what it was.
  const kind = to ? kindOfMove(policy, from, to, restarts(ev, ids, from, to)) : (ours?.kind ?? 'advance');
  const change = (problem: string | null): PhaseChange => ({
    kind,
    from: ours?.from ?? from,
    to: to ?? ours?.to ?? '?',
    problem,
  });
  if (pull.files.length >= GITHUB_FILES_LISTED)
    return change(
      `GitHub lists only the first ${GITHUB_FILES_LISTED} files of a pull request, so whether this one changes ${live.file} cannot be seen: split it`,
    );
  if (!pull.files.includes(live.file)) {
    if (!ours) return null;
    return change(
      `this proposal no longer changes ${live.file}; its branch was changed after phasegate opened it`,
    );
  }
  if (ours && ours.from !== from)
    return change(`this PR changes ${ours.from}, but the live phase is ${from}; it is stale`);
  const others = pull.files.filter((p) => p !== live.file);
  if (others.length)
    return change(
      `a phase change edits ${live.file} alone; this PR also changes ${list(others)}: move those to a PR of their own`,
    );
  if (!to)
    return change(
      `${live.file} at the head is missing or names no phase of this rollout; it must name one of ${ids.join(', ')}`,
    );
  if (to === from)
    return change(`${live.file} at the head still names the live phase ${from}: nothing to change`);
  if (kind === 'advance') {
    const next = ids[ids.indexOf(from) + 1];
    if (to !== next)
      return change(
        `${from} → ${to} skips ${ids.slice(ids.indexOf(from) + 1, ids.indexOf(to)).join(', ')}; a phase advances to the next one (${next ?? 'none: this is the last phase'})`,
      );
  }
  return change(null);
}

/**
 * A move to the recovery watch's restart phase is a restart: forward always (A-0 → A-1), back only
 * once the watch is met (B-0 → A-1 after B-1 → B-0); before that a move back is a rollback, which
 * never waits.
 */
function restarts(ev: Pick<Evaluation, 'recovery'>, ids: string[], from: string, to: string): boolean {
  if (ev.recovery?.restart !== to) return false;
  return ev.recovery.met || ids.indexOf(to) > ids.indexOf(from);
}

/** A move from `from` to `to`: a restart when `restarts`; else back is a rollback, forward an advance. */
export function kindOfMove(policy: Policy, from: string, to: string, restarts: boolean): ProposalKind {
  const ids = phaseIds(policy);
  return restarts ? 'restart' : ids.indexOf(to) < ids.indexOf(from) ? 'rollback' : 'advance';
}

/** phasegate's marker, in a PR the run's own identity opened; anyone can paste a marker. */
export function ourProposal(
  f: Pick<RunFacts, 'policy' | 'identity'>,
  pull: Pick<OpenPull, 'author' | 'body'>,
): ProposalState | null {
  if (pull.author.toLowerCase() !== f.identity.toLowerCase()) return null;
  const marker = parseProposalMarker(pull.body);
  return marker?.rollout === f.policy.rollout ? marker : null;
}

function list(paths: string[]): string {
  const shown = paths.slice(0, 5).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}
