/**
 * What every GitHub-loop command shares: the checkout (policy and reports read from disk, as the
 * runner checked them out), the forge, the time, and one evaluation of the current phase whose
 * start is the merge of the change that made it current (git history, not the proposal time).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type SloSeries, sloSeries } from '../judge/series.js';
import type { PhaseSpec, Policy } from '../policy/model.js';
import { phaseById } from '../policy/model.js';
import { type CurrentPhase, parseCurrent } from '../rollout/current.js';
import { type Evaluation, evaluate } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import { readRecords } from '../telemetry/sources/record-files.js';
import { type LoadedPolicy, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';
import { lookbackStart } from './evaluate.js';
import type { Forge } from './forge.js';
import { InputError } from './input.js';

export interface LoopContext {
  forge: Forge;
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** Policy folder, relative to the workspace. */
  config: string;
  /** Reports folder, relative to the workspace. */
  records: string;
  /** Branch the reports are committed to; empty: the default branch. */
  recordsBranch: string;
  now: number;
  dryRun: boolean;
  log: (line: string) => void;
  warn: (line: string) => void;
  /** Who triggered the run (GITHUB_ACTOR), for messages. */
  actor: string;
  /** Link to this run, for statuses and comments. */
  runUrl?: string;
  /** Overrides the policy's time zone (input "timezone"); empty: the policy's. */
  timezone?: string;
  /** Where `status` writes the HTML report (the Action: under RUNNER_TEMP). */
  reportPath?: string;
}

/** The policy folder of the checkout, with the time-zone override applied. */
export function loadLoopPolicy(ctx: LoopContext): LoadedPolicy {
  const loaded = loadPolicyDir(join(ctx.workspace, ctx.config));
  const tz = ctx.timezone?.trim();
  if (!tz) return loaded;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new InputError(`input "timezone": "${tz}" is not an IANA time zone such as Asia/Tokyo or UTC`);
  }
  return { ...loaded, policy: { ...loaded.policy, timezone: tz } };
}

export interface PhaseState {
  loaded: LoadedPolicy;
  policy: Policy;
  current: CurrentPhase;
  phase: PhaseSpec;
  /** Repository-relative path of current.yaml. */
  currentFile: string;
  records: WindowRecord[];
  evaluation: Evaluation;
}

/**
 * Load the policy from the checkout and evaluate the current phase at ctx.now. `liveRef` reads
 * current.yaml from that branch instead of the checkout: a pull_request run checks out the PR's
 * merge, whose current.yaml is the phase the PR proposes, not the live one.
 */
export async function evaluateCurrent(ctx: LoopContext, liveRef?: string): Promise<PhaseState> {
  const loaded = loadLoopPolicy(ctx);
  const { policy } = loaded;
  const currentFile = relative(ctx.workspace, loaded.currentPath).split('\\').join('/');
  let current = loadCurrent(loaded);
  if (liveRef) {
    const text = await ctx.forge.readFile(currentFile, liveRef);
    current = text === null ? undefined : parseCurrent(`${currentFile}@${liveRef}`, text, policy);
  }
  if (!current) throw new InputError(`${ctx.config}/current.yaml is missing; create it with the first phase`);
  const phase = phaseById(policy, current.phase)!;
  const since = await phaseStart(ctx, current, currentFile);
  const at = Math.max(ctx.now, since);
  const records = await readRecords(
    join(ctx.workspace, ctx.records),
    lookbackStart(policy, phase, since, at),
    at,
  );
  const evaluation = evaluate({ policy, phase: phase.id, since, records, at, entered: current.entered });
  return { loaded, policy, current, phase, currentFile, records, evaluation };
}

/**
 * A phase begins when its change merged: a proposal written at 10:00 and merged at 15:00 must not
 * count the five hours under the old flags. The last commit touching current.yaml is the PR's own
 * commit (history simplification skips the merge), so the time is the PR's merged_at; a commit
 * pushed straight to the branch counts from its commit date.
 */
async function phaseStart(ctx: LoopContext, current: CurrentPhase, currentFile: string): Promise<number> {
  const change = await ctx.forge.lastChange(currentFile, await ctx.forge.defaultBranch());
  if (!change) return current.since;
  const merged = (await ctx.forge.pullsForCommit(change.sha)).find((p) => p.mergedAt !== null);
  const at = merged?.mergedAt ?? change.at;
  return at > current.since && at <= ctx.now ? at : current.since;
}

/** The SLO series of the phase over the last `spanMs` (charts in PR bodies and the dashboard). */
export function recentSeries(state: PhaseState, spanMs: number, slos = state.phase.slos): SloSeries[] {
  const { policy, evaluation } = state;
  const to = evaluation.at;
  const from = Math.max(evaluation.since, to - spanMs);
  const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 96 / policy.windowMs) * policy.windowMs);
  return sloSeries({
    policy,
    phase: { ...state.phase, slos },
    records: state.records,
    since: evaluation.since,
    from,
    to,
    stepMs,
  });
}

/** A repository file from the checkout, or undefined. */
export function readWorkspaceFile(ctx: LoopContext, path: string): string | undefined {
  const full = join(ctx.workspace, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}
