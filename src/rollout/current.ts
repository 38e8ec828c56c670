/**
 * The current-phase file (`phases/current.yaml`): which phase is live, since when, and the flag
 * values the application reads. A phase change is an edit of this one file, so that is all a
 * phase-change pull request carries.
 */
import { stringify } from 'yaml';
import type { PolicyIssue } from '../policy/errors.js';
import { PolicyError } from '../policy/errors.js';
import { type FlagValueMap, type Policy, phaseById, phaseIds } from '../policy/model.js';
import { CurrentFile } from '../policy/schema.js';
import { compilePolicyError, validate } from '../policy/validate.js';
import { YamlSource } from '../policy/yaml-source.js';

export interface CurrentPhase {
  rollout: string;
  phase: string;
  /** Epoch milliseconds. */
  since: number;
  flags: FlagValueMap;
  reason?: string;
  /** How the phase was entered; a rollback starts the recovery watch (SPEC.md section 3.5). */
  entered?: EnteredBy;
  /** When the rollout left its first phase (epoch ms): the "before_rollout" baseline ends here. */
  started?: number;
}

export interface EnteredBy {
  by: 'advance' | 'rollback' | 'restart' | 'manual';
  from?: string;
  pr?: number;
  cause?: string;
}

/** Parse and check the current-phase file against the policy. */
export function parseCurrent(file: string, text: string, policy: Policy): CurrentPhase {
  const issues: PolicyIssue[] = [];
  const src = new YamlSource(file, text);
  const data = validate(src, CurrentFile, issues);
  if (!data) throw new PolicyError(issues);
  if (data.rollout !== policy.rollout) {
    throw compilePolicyError(
      src,
      ['rollout'],
      `"${data.rollout}" is not this policy's rollout "${policy.rollout}" (rollout.yaml); fix the name or the folder`,
    );
  }
  if (!phaseById(policy, data.phase)) {
    throw compilePolicyError(
      src,
      ['phase'],
      `unknown phase "${data.phase}"; valid phases: ${phaseIds(policy).join(', ')}`,
    );
  }
  return {
    rollout: data.rollout,
    phase: data.phase,
    since: Date.parse(data.since),
    flags: data.flags,
    reason: data.reason,
    entered: data.entered,
    ...(data.started !== undefined && { started: Date.parse(data.started) }),
  };
}

/**
 * The rollout start a phase change from `live` to `to` at `at` writes: carried once known; set on
 * leaving the first phase; otherwise (a current.yaml written before it was recorded) the live
 * phase's start, the latest the rollout can have begun, so it stops moving from then on.
 */
export function startedAfter(
  policy: Policy,
  live: { phase: string; since: number; started?: number },
  to: string,
  at: number,
): number | undefined {
  if (live.started !== undefined) return live.started;
  if (to === live.phase) return undefined;
  return live.phase === policy.phases[0]?.id ? at : live.since;
}

/**
 * The phase a current.yaml someone else wrote names (a PR's head, the commit before a push), or
 * null when it is no readable current.yaml of this policy: what it proposes is then unknown.
 */
export function namedPhase(text: string | null, policy: Policy): string | null {
  if (text === null) return null;
  try {
    return parseCurrent('current.yaml', text, policy).phase;
  } catch {
    return null;
  }
}

/** The file a phase change writes: the target phase, when it began, and its flag values. */
export function renderCurrent(
  policy: Policy,
  phase: string,
  since: number,
  note: { reason?: string; entered?: EnteredBy; started?: number } = {},
): string {
  const spec = phaseById(policy, phase);
  if (!spec) throw new Error(`unknown phase "${phase}"; valid phases: ${phaseIds(policy).join(', ')}`);
  const body: Record<string, unknown> = {
    rollout: policy.rollout,
    phase,
    since: new Date(since).toISOString(),
    ...(note.started !== undefined && { started: new Date(note.started).toISOString() }),
    flags: spec.flags,
  };
  if (note.reason) body.reason = note.reason;
  if (note.entered) body.entered = note.entered;
  return (
    '# The live phase of this rollout and the flag values the application reads.\n' +
    '# phasegate rewrites this file; a phase change is a pull request that edits it.\n' +
    stringify(body, { lineWidth: 0 })
  );
}

/**
 * Flags in the current-phase file that differ from what its phase declares: the application
 * would run with values no phase file says. Empty when they agree.
 */
export function flagDrift(policy: Policy, current: CurrentPhase): string[] {
  const declared = phaseById(policy, current.phase)?.flags ?? {};
  const keys = [...new Set([...Object.keys(declared), ...Object.keys(current.flags)])].sort();
  return keys
    .filter((k) => declared[k] !== current.flags[k])
    .map(
      (k) =>
        `${k} is ${JSON.stringify(current.flags[k])}, ${current.phase} declares ${JSON.stringify(declared[k])}`,
    );
}
