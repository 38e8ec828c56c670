/**
 * What a run knows, read from GitHub (through the forge port) and the checkout (the workspace
 * port). Only what the trigger's rules read is fetched: a propose run reads the open phase PRs
 * with their reviews, status and verdict comment; a status run the dashboard; an apply run the
 * pushed commit's PR. A scheduled command (collect, evaluate, propose, rollback, status) asks for
 * all of it at once (forge.readRun: one GraphQL query on GitHub); the gate and apply, which read
 * another branch or commit, ask piece by piece.
 */
import { InputError } from '../../input.js';
import type { RunFacts, RunMemory, Trigger } from '../../plan/facts.js';
import {
  APPLIED_LABEL,
  DASHBOARD_LABEL,
  PHASEGATE_LABEL,
  RCA_LABEL,
  STATUS_CONTEXT,
} from '../../plan/names.js';
import type { Policy } from '../../policy/model.js';
import { phaseById } from '../../policy/model.js';
import type { RunContext } from '../../ports/context.js';
import type { RunRead, RunReadRequest } from '../../ports/forge.js';
import { parseDashboardMarker, parseRcaMarker, verdictMarker } from '../../render/markers.js';
import { latestApprovers, teamsToResolve } from '../../rollout/approvals.js';
import { ownersOfAll, parseCodeowners } from '../../rollout/codeowners.js';
import { namedPhase, parseCurrent } from '../../rollout/current.js';
import { lookbackStart } from '../../rollout/lookback.js';
import { gatherPulls } from './pulls.js';
import { trustedRules } from './trusted.js';

export async function gatherFromGithub(
  ctx: RunContext,
  trigger: Trigger,
  memory: RunMemory,
): Promise<RunFacts> {
  const rules = await trustedRules(ctx, trigger);
  const { policy, file } = rules;
  const now = ctx.clock.now();
  const { forge } = ctx;
  const apply = trigger.command === 'apply';
  const needsPulls = ['propose', 'rollback', 'gate', 'status'].includes(trigger.command);
  const needsIssues = apply || trigger.command === 'status' || memory.merged.length > 0;
  // The gate and apply read another branch or commit: piece by piece, below.
  const read =
    apply || trigger.command === 'gate'
      ? null
      : await forge.readRun(runReadRequest(trigger, policy, file, needsPulls, needsIssues));
  const { current, since, merged, before } = await livePhase(ctx, trigger, policy, file, now, read);

  const phase = phaseById(policy, current.phase)!;
  const at = Math.max(now, since);
  // Who approved the merged change, for the Runbook's 判定 entry: only when it is announced.
  const announced = merged && (apply || memory.merged.includes(merged.number));
  return {
    trigger,
    now,
    policy,
    templates: rules.templates,
    live: {
      phase: current.phase,
      since,
      entered: current.entered,
      started: current.started,
      reason: current.reason,
      file,
    },
    previousPhase: before,
    records: await ctx.workspace.records(
      ctx.records,
      lookbackStart(policy, phase, since, at, current.started),
      at,
    ),
    checklist: rules.checklist,
    codeowners: rules.codeowners,
    teams:
      needsPulls && trigger.command !== 'status' ? await readTeams(ctx, policy, rules.codeowners, file) : {},
    pulls: needsPulls ? await gatherPulls(ctx, trigger, policy, file, read) : [],
    merged: merged && {
      number: merged.number,
      url: merged.url,
      body: merged.body,
      author: merged.author,
      labels: merged.labels,
      mergedAt: merged.mergedAt ?? now,
      ...(announced && !merged.labels.includes(APPLIED_LABEL)
        ? { approvedBy: latestApprovers(await forge.reviews(merged.number)) }
        : {}),
    },
    rcaIssues: needsIssues
      ? await ourIssues(ctx, read, RCA_LABEL, (b) => parseRcaMarker(b)?.rollout === policy.rollout)
      : [],
    dashboard:
      trigger.command === 'status'
        ? ((
            await ourIssues(
              ctx,
              read,
              DASHBOARD_LABEL,
              (b) => parseDashboardMarker(b, policy.rollout) !== null,
            )
          )[0] ?? null)
        : null,
    identity: await forge.identity(),
    runUrl: ctx.runUrl,
    recordsAt: { branch: ctx.recordsBranch || null, dir: ctx.workspace.repoPath(ctx.records) },
    memory,
  };
}

/** What a scheduled command reads at once: only what its rules read. */
function runReadRequest(
  trigger: Trigger,
  policy: Policy,
  file: string,
  needsPulls: boolean,
  needsIssues: boolean,
): RunReadRequest {
  const status = trigger.command === 'status';
  const details = { file, statusContext: STATUS_CONTEXT, commentMarker: verdictMarker(policy.rollout) };
  return {
    files: [file],
    changed: file,
    ...(needsPulls ? { pulls: { label: PHASEGATE_LABEL, ...(status ? {} : { details }) } } : {}),
    issueLabels: [...(needsIssues ? [RCA_LABEL] : []), ...(status ? [DASHBOARD_LABEL] : [])],
  };
}

/**
 * The live phase: the default branch's current.yaml (a run that merged a change sees it), or for
 * a push, the pushed commit's (the checkout); since when (the merge that made it live, not when it
 * was proposed) and by which PR; for a push, the PR it merged and the phase before it.
 */
async function livePhase(
  ctx: RunContext,
  trigger: Trigger,
  policy: Policy,
  file: string,
  now: number,
  read: RunRead | null,
) {
  const { forge } = ctx;
  const base = read?.defaultBranch ?? (await forge.defaultBranch());
  const apply = trigger.command === 'apply';
  const text = apply ? ctx.workspace.read(file) : read ? read.files[file] : await forge.readFile(file, base);
  if (text === undefined || text === null)
    throw new InputError(`${ctx.config}/current.yaml is missing; create it with the first phase`);
  const current = parseCurrent(apply ? file : `${file}@${base}`, text, policy);
  const change = read ? read.lastChange : await forge.lastChange(file, apply ? trigger.sha : base);
  const pullsOfChange = read?.lastChange?.pulls ?? (change ? await forge.pullsForCommit(change.sha) : []);
  const behind = pullsOfChange.find((p) => p.mergedAt !== null);
  const changedAt = behind?.mergedAt ?? change?.at;
  const since =
    changedAt !== undefined && changedAt > current.since && changedAt <= now ? changedAt : current.since;
  const merged = apply
    ? ((await forge.pullsForCommit(trigger.sha)).find((p) => p.merged) ?? null)
    : (behind ?? null);
  const before =
    apply && trigger.before ? namedPhase(await forge.readFile(file, trigger.before), policy) : null;
  return { current, since, merged, before };
}

/**
 * Members of the teams the approvers name. A team GitHub will not show (GITHUB_TOKEN cannot read
 * team membership; an App needs "Members: read") is left out with a warning, so it counts nobody.
 */
async function readTeams(
  ctx: RunContext,
  policy: Policy,
  codeowners: { path: string; text: string } | null,
  file: string,
): Promise<Record<string, string[]>> {
  const { approvers } = policy.github;
  const entries = [...approvers.advance, ...approvers.rollback];
  const owners =
    codeowners && entries.some((e) => e.toLowerCase() === 'codeowners')
      ? ownersOfAll(parseCodeowners(codeowners.text, codeowners.path), [file])
      : [];
  const teams: Record<string, string[]> = {};
  for (const team of teamsToResolve(entries, owners)) {
    try {
      teams[team] = await ctx.forge.teamMembers(team);
    } catch (err) {
      ctx.log.warn(
        `could not read the members of team ${team} (${err instanceof Error ? err.message : String(err)}); its approvals do not count. GITHUB_TOKEN cannot read teams: use an App token with "Members: read" (docs/setup.md)`,
      );
    }
  }
  return teams;
}

/** Open issues with `label` whose body is ours (`mine`) and that the token wrote. */
async function ourIssues(
  ctx: RunContext,
  read: RunRead | null,
  label: string,
  mine: (body: string) => boolean,
) {
  const me = (await ctx.forge.identity()).toLowerCase();
  return (read?.issues[label] ?? (await ctx.forge.findIssues(label)))
    .filter((i) => mine(i.body) && i.author.toLowerCase() === me)
    .map((i) => ({ number: i.number, url: i.url, title: i.title, body: i.body }));
}
