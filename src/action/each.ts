/**
 * One Action command over the rollouts of the policy folder (src/worktree/rollouts.ts). The
 * single layout runs the command once, as before. With many rollouts each selected one runs in
 * turn, on the context narrowed to its policy and records folders, its log lines prefixed with its
 * name; one that fails does not stop the others (the entry fails the step at the end, naming it).
 *
 * Which rollouts a command is about: the `rollout` input when given; otherwise a gate the ones
 * whose current.yaml the PR changes (and the one its phasegate/<rollout>/ branch names), an apply
 * the ones whose current.yaml the push changed, a rollback must be told, and every other command
 * runs every rollout. After a status run over all of them, the rollouts' index issue lists each.
 *
 * The workflows run one job per rollout (a matrix over `list`, each job in its rollout's
 * concurrency group), so no job sees all of them but `index`, which runs after them: it evaluates
 * every rollout, writing nothing, and updates the index issue alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, oneOf } from '../input.js';
import type { RunResult } from '../interpreters/run-loop.js';
import { DASHBOARD_LABEL } from '../plan/names.js';
import type { RunContext } from '../ports/context.js';
import { parseDashboardMarker, parseProposalMarker } from '../render/markers.js';
import { INDEX_MARKER, INDEX_TITLE, type IndexRow, renderRolloutsIndex } from '../render/rollouts-index.js';
import { findRollouts, type Layout, type RolloutFolder, selectRollouts } from '../worktree/rollouts.js';
import {
  type ActionEvent,
  type CommandInputs,
  dispatch,
  ROLLOUT_COMMANDS,
  type RolloutCommand,
} from './dispatch.js';

export interface RolloutRun {
  rollout: string;
  result?: RunResult;
  error?: Error;
}

export interface EachResult {
  layout: Layout['kind'];
  runs: RolloutRun[];
  /** What the status step's `report` output names: the HTML file, or with many rollouts the folder of one file per rollout. */
  report?: string;
}

/** The error a step ends with when rollouts failed (after all ran), naming each; null when none did. */
export function rolloutsFailure(runs: RolloutRun[]): Error | null {
  const failed = runs.filter((r) => r.error);
  if (!failed.length) return null;
  return new Error(
    `${failed.length} of ${runs.length} rollouts failed: ${failed.map((r) => `${r.rollout} (${r.error!.message})`).join('; ')}`,
  );
}

export async function dispatchEach(
  command: RolloutCommand | 'index',
  ctx: RunContext,
  inputs: CommandInputs & { rollout: string },
  event: ActionEvent,
  o: { reportPath?: string } = {},
): Promise<EachResult> {
  const layout = findRollouts(ctx.workspace.root, ctx.config, ctx.records);
  if (layout.kind === 'single') {
    selectRollouts(layout, inputs.rollout, 'input "rollout"');
    if (command === 'index') {
      ctx.log.info(`one rollout in ${ctx.config}/: its dashboard issue is the only one, there is no index`);
      return { layout: 'single', runs: [] };
    }
    const result = await dispatch(command, ctx, inputs, event, o);
    return {
      layout: 'single',
      runs: [{ rollout: result.facts.policy.rollout, result }],
      report: o.reportPath,
    };
  }
  const chosen = await rolloutsFor(command, ctx, layout, inputs.rollout, event);
  const reports = o.reportPath?.replace(/\.html$/, '');
  if (reports) mkdirSync(reports, { recursive: true });
  const runs: RolloutRun[] = [];
  const each = command === 'index' ? 'evaluate' : command;
  for (const r of chosen) {
    const log = {
      info: (line: string) => ctx.log.info(`[${r.name}] ${line}`),
      warn: (line: string) => ctx.log.warn(`[${r.name}] ${line}`),
    };
    // The index issue is the pinned one: a repository pins at most 3 issues.
    const sub: RunContext = { ...ctx, config: r.config, records: r.records, log, pinDashboard: false };
    const reportPath = reports ? join(reports, `${r.name}.html`) : undefined;
    try {
      runs.push({ rollout: r.name, result: await dispatch(each, sub, inputs, event, { reportPath }) });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      log.warn(`failed: ${error.message}`);
      runs.push({ rollout: r.name, error });
    }
  }
  const all = chosen.length === layout.rollouts.length;
  if ((command === 'status' || command === 'index') && all) await upsertIndex(ctx, runs);
  return { layout: 'multi', runs, report: reports };
}

/**
 * The names of the rollouts the command `forCommand` (the input "for-command"; empty: evaluate)
 * would run for on this event (the `list` command's `rollouts` output): what a workflow's matrix
 * runs, one job per rollout. The single layout's is rollout.yaml's `rollout:`, the same on every
 * event.
 */
export async function listRollouts(
  forCommand: string,
  ctx: RunContext,
  selector: string,
  event: ActionEvent,
): Promise<string[]> {
  const command = oneOf(forCommand || 'evaluate', ROLLOUT_COMMANDS, 'input "for-command"');
  const layout = findRollouts(ctx.workspace.root, ctx.config, ctx.records);
  if (layout.kind === 'single') return selectRollouts(layout, selector, 'input "rollout"').map((r) => r.name);
  return (await rolloutsFor(command, ctx, layout, selector, event)).map((r) => r.name);
}

async function rolloutsFor(
  command: RolloutCommand | 'index',
  ctx: RunContext,
  layout: Layout,
  selector: string,
  event: ActionEvent,
): Promise<RolloutFolder[]> {
  if (selector) return selectRollouts(layout, selector, 'input "rollout"');
  const names = layout.rollouts.map((r) => r.name).join(', ');
  if (command === 'rollback')
    throw new InputError(
      `input "rollout" is required to roll back when ${ctx.config}/ holds many rollouts: name one of ${names}`,
    );
  if (command === 'gate') return gated(ctx, layout, event);
  if (command === 'apply') return applied(ctx, layout, event);
  return layout.rollouts;
}

/**
 * The rollouts a PR is about: those whose current.yaml it changes, then the one its phasegate
 * branch names (last, so the verdict on phasegate's own proposal is the status that stays). The
 * checkout is the PR's merge, written by its author, so only rollouts the base branch holds count
 * (the gate reads their rules from there). A PR about none, such as one adding a rollout, is
 * judged by a rollout of the base branch: "not a phase change", green.
 */
async function gated(ctx: RunContext, layout: Layout, event: ActionEvent): Promise<RolloutFolder[]> {
  const pr = event.payload.pull_request ?? event.payload.issue;
  if (!pr?.number) return layout.rollouts.slice(0, 1); // dispatch says which events the gate takes
  const files = new Set(await ctx.forge.pullFiles(pr.number));
  const branch =
    (pr as { head?: { ref?: string } }).head?.ref ?? (await ctx.forge.getPull(pr.number)).headRef;
  const named = /^phasegate\/([^/]+)\//.exec(branch)?.[1];
  const changed = layout.rollouts.filter((r) => files.has(`${r.config}/current.yaml`) && r.name !== named);
  const own = layout.rollouts.filter((r) => r.name === named);
  const base = await ctx.forge.defaultBranch();
  const onBase = async (r: RolloutFolder) =>
    (await ctx.forge.readFile(`${r.config}/rollout.yaml`, base)) !== null;
  const chosen: RolloutFolder[] = [];
  for (const r of [...changed, ...own]) if (await onBase(r)) chosen.push(r);
  if (chosen.length) return chosen;
  for (const r of layout.rollouts) if (await onBase(r)) return [r];
  return layout.rollouts.slice(0, 1);
}

/** The rollouts whose current.yaml the push changed (every one when it created the branch). */
async function applied(ctx: RunContext, layout: Layout, event: ActionEvent): Promise<RolloutFolder[]> {
  const before = event.payload.before;
  const moved = before && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before);
  const out: RolloutFolder[] = [];
  for (const r of layout.rollouts) {
    const file = `${r.config}/current.yaml`;
    const now = ctx.workspace.read(file);
    if (now === undefined) continue;
    if (!moved || (await ctx.forge.readFile(file, before)) !== now) out.push(r);
  }
  if (!out.length)
    ctx.log.info(`the push changes no rollout's current.yaml under ${ctx.config}/: nothing to apply`);
  return out;
}

/** The rollouts' index issue: opened and pinned once, then updated when a row changed. */
async function upsertIndex(ctx: RunContext, runs: RolloutRun[]): Promise<void> {
  const me = (await ctx.forge.identity()).toLowerCase();
  const ours = (await ctx.forge.findIssues(DASHBOARD_LABEL)).filter((i) => i.author.toLowerCase() === me);
  const body = renderRolloutsIndex(runs.map((run) => indexRow(run, ours)));
  const index = ours.find((i) => i.body.startsWith(INDEX_MARKER));
  if (ctx.dryRun) {
    ctx.log.info(`dry run: would ${index ? `update the rollouts' index issue #${index.number}` : 'open it'}`);
    return;
  }
  if (index) {
    if (index.body === body) return;
    await ctx.forge.updateIssue(index.number, { body });
    ctx.log.info(`updated the rollouts' index issue #${index.number}`);
    return;
  }
  const made = await ctx.forge.createIssue({
    title: INDEX_TITLE,
    body,
    labels: [DASHBOARD_LABEL],
    assignees: [],
  });
  try {
    await ctx.forge.pinIssue(made.number);
    ctx.log.info(`opened and pinned the rollouts' index issue #${made.number}`);
  } catch (err) {
    ctx.log.warn(
      `opened the rollouts' index issue #${made.number} but could not pin it: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

function indexRow(run: RolloutRun, issues: { number: number; url: string; body: string }[]): IndexRow {
  const dashboard = issues.find((i) => parseDashboardMarker(i.body, run.rollout) !== null);
  const row: IndexRow = {
    rollout: run.rollout,
    proposals: [],
    dashboard: dashboard && { number: dashboard.number, url: dashboard.url },
  };
  if (!run.result) return { ...row, error: run.error?.message ?? 'unknown' };
  const ev = run.result.plan.evaluation;
  const d = ev.decision;
  const facts = run.result.passes.at(-1)!.facts;
  return {
    ...row,
    phase: ev.phase,
    decision: d.to ? `${d.action} → ${d.to}` : d.action,
    reason: d.reasons[0],
    proposals: facts.pulls
      .filter((p) => parseProposalMarker(p.body)?.rollout === run.rollout)
      .map((p) => ({ number: p.number, url: p.url, title: p.title })),
  };
}
