/**
 * `apply`: after a phase change merged (a push to the default branch changing current.yaml), tell
 * people and systems: the Slack message from the policy's template, and for a rollback the UI's
 * read-only lock notice and the root-cause-analysis issue, assigned to the Reporter and due one
 * business day later. The merged PR gets the label `phasegate:applied`, so a re-run (or the
 * apply workflow after phasegate merged a rollback itself) notifies nobody twice.
 */
import { composeNotification, type Notification } from '../notify/compose.js';
import { loadTemplates } from '../notify/load.js';
import type { ChangeKind } from '../notify/messages.js';
import { type Policy, phaseById } from '../policy/model.js';
import { parseProposalMarker, parseRcaMarker, rcaMarker } from '../render/markers.js';
import { dueAfterBusinessDays } from '../rollout/business-days.js';
import { loadCurrent } from '../worktree/policy-dir.js';
import type { PullRequest } from './forge.js';
import { type LoopContext, loadLoopPolicy } from './loop.js';

export const APPLIED_LABEL = 'phasegate:applied';
export const RCA_LABEL = 'phasegate:rca';

export interface MergedChange {
  kind: ChangeKind;
  from: string;
  to: string;
  /** When it merged (epoch ms). */
  at: number;
  pr?: PullRequest;
  mergeSha?: string;
  cause?: string;
}

/** Sends a composed notification; returns one log line per delivery. */
export interface NotificationSink {
  send(n: Notification): Promise<string[]>;
}

export interface ApplyResult {
  change: MergedChange | null;
  rcaIssue?: { number: number; url: string; due: string };
  sent: string[];
}

/** The `apply` command on a push event: find the merged change behind the pushed commit. */
export async function applyCommand(
  ctx: LoopContext,
  sink: NotificationSink,
  sha: string,
): Promise<ApplyResult> {
  const loaded = loadLoopPolicy(ctx);
  const current = loadCurrent(loaded);
  if (!current) throw new Error(`${ctx.config}/current.yaml is missing`);
  const pulls = await ctx.forge.pullsForCommit(sha);
  const pr = pulls.find((p) => p.merged && parseProposalMarker(p.body)?.rollout === loaded.policy.rollout);
  const proposal = pr ? parseProposalMarker(pr.body) : null;
  const entered = current.entered;
  const kind: ChangeKind | undefined =
    proposal?.kind ?? (entered && entered.by !== 'manual' ? entered.by : undefined);
  const from = proposal?.from ?? entered?.from;
  if (!kind || !from) {
    ctx.log(
      `${ctx.config}/current.yaml names ${current.phase}, changed by hand with no phasegate proposal: nothing to notify`,
    );
    return { change: null, sent: [] };
  }
  return applyChange(
    ctx,
    {
      kind,
      from,
      to: current.phase,
      at: pr?.mergedAt ?? ctx.now,
      pr,
      mergeSha: sha,
      cause: entered?.cause ?? current.reason,
    },
    sink,
  );
}

let defaultSink: NotificationSink | undefined;
/** The Action sets the sink once (Slack and lock webhooks from its inputs); propose uses it after merging a rollback. */
export function setNotificationSink(sink: NotificationSink): void {
  defaultSink = sink;
}

export async function applyChange(
  ctx: LoopContext,
  change: MergedChange,
  sink = defaultSink,
): Promise<ApplyResult> {
  const { pr } = change;
  if (pr?.labels.includes(APPLIED_LABEL)) {
    ctx.log(`#${pr.number} was already applied: nothing to send`);
    return { change, sent: [] };
  }
  const loaded = loadLoopPolicy(ctx);
  const { policy } = loaded;
  let rcaIssue: ApplyResult['rcaIssue'];
  if (change.kind === 'rollback') rcaIssue = await openRcaIssue(ctx, policy, change);
  const notification = composeNotification(
    policy,
    {
      kind: change.kind,
      from: change.from,
      to: change.to,
      mergedAt: change.at,
      cause: change.cause,
      pr: pr ? { number: pr.number, url: pr.url } : undefined,
      rcaUrl: rcaIssue?.url,
    },
    loadTemplates(loaded.dir, policy.notify),
  );
  const sent =
    ctx.dryRun || !sink
      ? [`not sent (${ctx.dryRun ? 'dry run' : 'no webhooks configured'}):\n${notification.text}`]
      : await sink.send(notification);
  for (const line of sent) ctx.log(line);
  if (pr && !ctx.dryRun) await ctx.forge.addLabels(pr.number, [APPLIED_LABEL]);
  return { change, rcaIssue, sent };
}

/** One RCA issue per rollback PR (found again by its marker), due one business day later. */
async function openRcaIssue(
  ctx: LoopContext,
  policy: Policy,
  change: MergedChange,
): Promise<ApplyResult['rcaIssue']> {
  const due = dueAfterBusinessDays(change.at, 1, policy.timezone, policy.holidays);
  const key = change.pr?.number ?? 0;
  const existing = (await ctx.forge.findIssues(RCA_LABEL)).find((i) => {
    const m = parseRcaMarker(i.body);
    return m?.rollout === policy.rollout && m.pr === key && key !== 0;
  });
  if (existing) return { number: existing.number, url: existing.url, due: due.date };
  const phase = phaseById(policy, change.from);
  const reporter = policy.github.reporter;
  const title = `RCA: ${policy.rollout} rolled back ${change.from} → ${change.to} (due ${due.date})`;
  const body = [
    rcaMarker(policy.rollout, key),
    `The **${policy.rollout}** rollout was rolled back from **${change.from}**${phase ? ` (${phase.name})` : ''} to **${change.to}** at ${new Date(change.at).toISOString()}${change.pr ? ` by #${change.pr.number}` : ''}.`,
    '',
    `**Due: ${due.date}** (one business day after the rollback, ${policy.timezone}; weekends${policy.holidays.length ? " and the policy's holidays" : ''} skipped).${reporter ? ` Owner: @${reporter}.` : ''}`,
    '',
    '### Cause',
    '',
    change.cause ? change.cause : '_See the rollback pull request for the rules that fired._',
    '',
    '### To share',
    '',
    '- [ ] Timeline: first bad window, detection, rollback',
    '- [ ] Root cause',
    '- [ ] Fix and how it was verified',
    "- [ ] Conditions to resume (the recovery watch restarts from the policy's restart phase)",
    phase?.rollback.note ? `\n> ${phase.rollback.note}` : '',
  ].join('\n');
  if (ctx.dryRun) {
    ctx.log(`dry run: would open "${title}"`);
    return undefined;
  }
  const issue = await ctx.forge.createIssue({
    title,
    body,
    labels: [RCA_LABEL, 'phasegate'],
    assignees: reporter ? [reporter] : [],
  });
  ctx.log(
    `opened RCA issue #${issue.number}, due ${due.date}${reporter ? `, assigned to @${reporter}` : ''}`,
  );
  return { number: issue.number, url: issue.url, due: due.date };
}
