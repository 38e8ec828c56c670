/**
 * Rules of the run log and the Runbook (render/run-log.ts, render/runbook.ts), kept in git beside
 * the window records: on their branch (the records branch under branch protection), the run log
 * in `<records>/runs/YYYYMMDD.jsonl`, the Runbook in `<records>/../runbook/YYYY-MM.md`, days and
 * months local to the policy's time zone.
 *
 * 1. collect: the window records, the run's line in the run log and its row in 観測 go in one
 *    commit. A run that collected nothing new still commits its line and row; a re-run of the
 *    same run (same run id, or with none the same instant) finds them there and commits nothing.
 * 2. A merged phase change (announce.ts): its 判定 entry (the verdict, who approved it, the PR)
 *    and for a rollback its ロールバック entry (time, cause, conditions to resume, next canary,
 *    the RCA issue), once per change.
 * 3. status: the day's 日次記録 entry from the policy's template, when the dashboard's daily note
 *    is due (status.ts rule 2), once per day.
 *
 * Every entry carries a marker (one per run, day or change): appending is idempotent.
 */
import { localDate } from '../judge/calendar.js';
import { recollectNeed } from '../judge/recollect.js';
import { formatMergeTime, nextCanary, type PhaseChange, resumeConditions } from '../notify/messages.js';
import { phaseById } from '../policy/model.js';
import type { FileAppend } from '../render/append.js';
import type { DailySummaryInput } from '../render/dashboard.js';
import { runLogKey, runLogLine, runLogText } from '../render/run-log.js';
import {
  observationRow,
  type RunbookSection,
  rollbackEntry,
  runbookAppend,
  runbookMarker,
  verdictEntry,
} from '../render/runbook.js';
import { renderRunbookDaily } from '../render/runbook-daily.js';
import type { Evaluation } from '../rollout/decide.js';
import { planArchive } from './archive.js';
import type { IssueView, RunFacts, Trigger } from './facts.js';
import type { Intent } from './intents.js';
import type { PlanOut } from './out.js';

/** Where the run log and the Runbook of an instant (or a local date) live. */
export function runbookPaths(f: Pick<RunFacts, 'recordsAt' | 'policy'>, date: string) {
  const dir = f.recordsAt.dir.replace(/\/+$/, '') || '.';
  const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.';
  const runLogDir = `${dir === '.' ? '' : `${dir}/`}runs`;
  const runbookDir = `${parent === '.' ? '' : `${parent}/`}runbook`;
  return {
    runLogDir,
    runLog: `${runLogDir}/${date.replace(/-/g, '')}.jsonl`,
    month: date.slice(0, 7),
    runbook: `${runbookDir}/${date.slice(0, 7)}.md`,
  };
}

/**
 * What names this run in its log line and its 観測 row: GitHub's run id (from the run's URL), or
 * the run's instant when there is none (the CLI, the tests' steps).
 */
export function runId(f: Pick<RunFacts, 'runUrl' | 'now'>): string {
  const m = f.runUrl ? /\/actions\/runs\/(\d+)/.exec(f.runUrl) : null;
  return m
    ? m[1]!
    : new Date(f.now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
}

type Collect = Extract<Trigger, { command: 'collect' }>;

/** Rule 1: the window records, the run log line and the 観測 row, in one commit. */
export function planCollect(f: RunFacts, ev: Evaluation, t: Collect, out: PlanOut): void {
  const { policy } = f;
  const upTo = new Date(t.upTo).toISOString();
  const appends = t.run ? runAppends(f, ev, t) : [];
  const archive = t.archive
    ? planArchive({
        policy,
        live: f.live,
        now: f.now,
        backfillMs: t.archive.backfillMs,
        dir: f.recordsAt.dir,
        candidates: t.archive,
      })
    : { deletes: [], appends: [], days: 0 };
  if (!t.files.length && !appends.length && !archive.days) {
    out.notes.push('no new or changed window records: nothing to commit');
    return;
  }
  const archived = archive.days ? `; ${archive.days} day(s) of window records moved into the archive` : '';
  out.intents.push({
    type: 'commit-records',
    key: `records:${t.branch ?? 'default'}@${upTo}`,
    branch: t.branch,
    files: t.files,
    appends: [...appends, ...archive.appends],
    ...(archive.deletes.length && { removes: archive.deletes }),
    message: t.files.length
      ? `phasegate(${policy.rollout}): ${t.files.length} window record(s) up to ${upTo}${appends.length ? ', and the run log' : ''}${archived}`
      : `phasegate(${policy.rollout}): run log of ${new Date(f.now).toISOString()} (nothing new collected)${archived}`,
  });
}

function runAppends(f: RunFacts, ev: Evaluation, t: Collect): FileAppend[] {
  const { policy } = f;
  const id = runId(f);
  const paths = runbookPaths(f, localDate(f.now, policy.timezone));
  const collected = t.run!;
  const recollect = recollectNeed(ev.slos, policy.windowMs, f.records);
  const line = runLogLine({
    id,
    at: f.now,
    url: f.runUrl,
    rollout: policy.rollout,
    evaluation: ev,
    collected,
    files: t.files.length,
    recollect,
  });
  const marker = runbookMarker(policy.rollout, 'run', id);
  const row = observationRow({
    policy,
    marker,
    at: f.now,
    url: f.runUrl,
    evaluation: ev,
    collected,
    recollect,
  });
  return [
    {
      path: paths.runLog,
      initial: '',
      entries: [{ section: null, marker: runLogKey(id), text: runLogText(line) }],
    },
    runbookAppend(policy, { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir }, [
      { section: 'observations', marker, text: row, row: true },
    ]),
  ];
}

/**
 * Rule 2: the 判定 entry of a merged change and, for a rollback, its ロールバック entry; null
 * when this run already appended them.
 */
export function runbookOfChange(
  f: RunFacts,
  change: PhaseChange,
  id: string,
  rca: IssueView | undefined,
): Intent | null {
  const { policy } = f;
  const key = `runbook:${policy.rollout}:${id}`;
  if (f.memory.done.includes(key)) return null;
  const date = localDate(change.mergedAt, policy.timezone);
  const paths = runbookPaths(f, date);
  const from = phaseById(policy, change.from);
  const approvalNeeded = change.kind !== 'rollback' || from?.rollback.approval !== 'none';
  const entries: { section: RunbookSection; marker: string; text: string; row?: boolean }[] = [];
  const verdictMarker = runbookMarker(policy.rollout, 'verdict', id);
  entries.push({
    section: 'verdicts',
    row: true,
    marker: verdictMarker,
    text: verdictEntry({
      policy,
      marker: verdictMarker,
      at: change.mergedAt,
      kind: change.kind,
      from: change.from,
      to: change.to,
      pr: change.pr,
      approvedBy: f.merged?.number === change.pr?.number ? (f.merged?.approvedBy ?? []) : [],
      approvalNeeded,
      verdict: change.cause?.trim() || '(no verdict recorded in current.yaml)',
    }),
  });
  if (change.kind === 'rollback') {
    const marker = runbookMarker(policy.rollout, 'rollback', id);
    entries.push({
      section: 'rollbacks',
      marker,
      text: rollbackEntry({
        policy,
        marker,
        from: change.from,
        to: change.to,
        pr: change.pr,
        time: formatMergeTime(change.mergedAt, policy.timezone),
        cause: change.cause?.trim() || '(no cause recorded)',
        resume: resumeConditions(policy, change.to),
        nextCanary: nextCanary(policy, change.to, change.mergedAt).text,
        rca: rca ? { number: rca.number, url: rca.url } : null,
      }),
    });
  }
  return {
    type: 'append-runbook',
    key,
    branch: f.recordsAt.branch,
    append: runbookAppend(
      policy,
      { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir },
      entries,
    ),
    message: `phasegate(${policy.rollout}): Runbook: ${change.kind} ${change.from} → ${change.to}${change.pr ? ` (#${change.pr.number})` : ''}`,
  };
}

/** Rule 3: the day's 日次記録 entry, from the policy's template (or the built-in one). */
export function runbookDaily(f: RunFacts, input: DailySummaryInput): Intent {
  const { policy } = f;
  const paths = runbookPaths(f, input.date);
  const marker = runbookMarker(policy.rollout, 'daily', input.date);
  const text = `${marker}\n${renderRunbookDaily(input, paths.runLog, f.templates.runbookDaily)}`;
  return {
    type: 'append-runbook',
    key: `runbook-daily:${policy.rollout}:${input.date}`,
    branch: f.recordsAt.branch,
    append: runbookAppend(policy, { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir }, [
      { section: 'daily', marker, text },
    ]),
    message: `phasegate(${policy.rollout}): Runbook: daily record of ${input.date}`,
  };
}
