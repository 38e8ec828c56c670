/**
 * Rules after a phase change merged (the `apply` run on the push, or the run that merged a
 * rollback itself): tell people and systems, once. In order:
 *
 * 1. A change already labelled `phasegate:applied` is announced: nothing to do.
 * 2. Rollback: the UI's read-only lock notice first, since it stops users writing into a
 *    rolled-back feature (when the policy sets `notify.lock`).
 * 3. The Slack message from the policy's template. The plan's order is lock, Slack, RCA (SPEC
 *    "Roll back"), so nothing GitHub may refuse (an RCA assignee's 422) can hold people's news
 *    back; the message says the RCA issue follows, or links it when a re-run finds it open.
 * 4. Rollback: the root-cause-analysis issue, assigned to the Reporter and due one business day
 *    later, unless one is open for this rollback.
 * 5. The Runbook: the change's 判定 entry and, for a rollback, its ロールバック entry with the RCA
 *    issue (runbook.ts rule 2), once that issue exists.
 * 6. The label `phasegate:applied`, so no later run announces it again.
 *
 * Notifications leave no trace on GitHub until the label: within a run, the run's memory keeps
 * them from going out twice; across runs, the lock notice keeps its delivery id (receivers drop
 * the duplicate).
 */
import { composeNotification } from '../notify/compose.js';
import { lockNotice, type PhaseChange } from '../notify/messages.js';
import { skippedDays } from '../policy/holidays.js';
import { type Policy, phaseById } from '../policy/model.js';
import { parseRcaMarker, rcaMarker } from '../render/markers.js';
import { dueAfterBusinessDays } from '../rollout/business-days.js';
import type { MergedPull, RunFacts } from './facts.js';
import { APPLIED_LABEL, PHASEGATE_LABEL, RCA_LABEL } from './names.js';
import type { PlanOut } from './out.js';
import { runbookOfChange } from './runbook.js';

export interface MergedChange {
  kind: PhaseChange['kind'];
  from: string;
  to: string;
  /** The merged pull request; undefined for a change pushed without one. */
  pull?: MergedPull;
}

export function planAnnounce(f: RunFacts, change: MergedChange, out: PlanOut): void {
  const { policy, live } = f;
  const { pull } = change;
  if (pull?.labels.includes(APPLIED_LABEL)) {
    out.notes.push(`#${pull.number} was already announced: nothing to send`);
    return;
  }
  const mergedAt = pull?.mergedAt ?? live.since;
  // Names this rollback in keys and the RCA marker: the PR, or from, to and when.
  const id = pull ? String(pull.number) : `${change.from}.${change.to}.${compactInstant(mergedAt)}`;
  const phaseChange: PhaseChange = {
    kind: change.kind,
    from: change.from,
    to: change.to,
    mergedAt,
    cause: live.entered?.cause ?? live.reason,
    pr: pull ? { number: pull.number, url: pull.url } : undefined,
  };
  const done = (key: string) => f.memory.done.includes(key);
  const rca =
    change.kind === 'rollback'
      ? f.rcaIssues.find((i) => {
          const m = parseRcaMarker(i.body);
          return m?.rollout === policy.rollout && m.id === id;
        })
      : undefined;
  if (change.kind === 'rollback') {
    const notice = lockNotice(policy, phaseChange);
    const lockKey = `lock:${policy.rollout}:${id}`;
    if (notice && !done(lockKey)) out.intents.push({ type: 'lock-notice', key: lockKey, notice });
  }
  const slackKey = `slack:${policy.rollout}:${id}`;
  if (!done(slackKey)) {
    const facts = { ...phaseChange, rcaUrl: rca?.url, rcaNext: change.kind === 'rollback' && !rca };
    const n = composeNotification(policy, facts, f.templates);
    out.intents.push({ type: 'send-slack', key: slackKey, kind: n.kind, text: n.text, template: n.template });
  }
  if (change.kind === 'rollback' && !rca) {
    // Labelled next pass, once the issue exists: a run that dies before it tries again.
    out.intents.push(rcaIntent(policy, phaseChange, id));
    return;
  }
  const runbook = runbookOfChange(f, phaseChange, id, rca);
  if (runbook) out.intents.push(runbook);
  if (pull)
    out.intents.push({
      type: 'add-label',
      key: `applied:#${pull.number}`,
      pr: pull.number,
      label: APPLIED_LABEL,
    });
}

/** 2026-11-17T11:07:00.000Z → 20261117T1107Z (a marker token). */
function compactInstant(t: number): string {
  return new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\d\d\.\d{3}Z$/, 'Z');
}

function rcaIntent(policy: Policy, change: PhaseChange, id: string) {
  const due = dueAfterBusinessDays(change.mergedAt, 1, policy.timezone, policy.holidays);
  const phase = phaseById(policy, change.from);
  const reporter = policy.github.reporter;
  const body = [
    rcaMarker(policy.rollout, id),
    `The **${policy.rollout}** rollout was rolled back from **${change.from}**${phase ? ` (${phase.name})` : ''} to **${change.to}** at ${new Date(change.mergedAt).toISOString()}${change.pr ? ` by #${change.pr.number}` : ''}.`,
    '',
    `**Due: ${due.date}** (one business day after the rollback, ${policy.timezone}; ${skippedDays(policy.holidays)} skipped).${reporter ? ` Owner: @${reporter}.` : ''}`,
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
  return {
    type: 'open-rca' as const,
    key: `rca:${policy.rollout}:${id}`,
    marker: rcaMarker(policy.rollout, id),
    title: `RCA: ${policy.rollout} rolled back ${change.from} → ${change.to} (due ${due.date})`,
    body,
    labels: [RCA_LABEL, PHASEGATE_LABEL],
    assignees: reporter ? [reporter] : [],
  };
}
