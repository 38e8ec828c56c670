/**
 * The Runbook: one Markdown file a month, `<records>/../runbook/YYYY-MM.md` (beside the window
 * records, on the branch they are committed to), in the plan's sections. phasegate appends to it
 * (render/append.ts); people may write anywhere in it, since each entry is found again by its
 * hidden marker, never by its place.
 *
 *   ## 日次記録 (daily record)   the status run's record of each local day (進捗と未解決課題)
 *   ## 判定 (verdicts)           each merged phase change: its verdict, who approved it, the PR
 *   ## ロールバック (rollbacks)  each rollback: time, cause, conditions to resume, next canary
 *   ## 観測 (observations)       one row per scheduled run, beside its run log line
 *
 * The observations table comes last: it grows by ~96 rows a day, and the sections people read
 * first should not sit below it. A file's month is the local month (the policy's time zone) of
 * what an entry records: the run, the merge, or the day.
 */
import { formatRecollect, type RecollectNeed } from '../judge/recollect.js';
import type { Policy } from '../policy/model.js';
import type { Evaluation } from '../rollout/decide.js';
import type { AppendEntry, FileAppend } from './append.js';
import { formatValue } from './format.js';
import type { CollectedRun } from './run-log.js';
import { localStamp } from './time.js';
import { ACTION_TEXT } from './verdict.js';

export const RUNBOOK_SECTIONS = {
  daily: '## 日次記録 (daily record)',
  verdicts: '## 判定 (verdicts)',
  rollbacks: '## ロールバック (rollbacks)',
  observations: '## 観測 (observations)',
} as const;
export type RunbookSection = keyof typeof RUNBOOK_SECTIONS;
const ORDER: readonly RunbookSection[] = ['daily', 'verdicts', 'rollbacks', 'observations'];

export type RunbookEntryKind = 'run' | 'daily' | 'verdict' | 'rollback';

const TOKEN = /^[A-Za-z0-9._-]+$/;

/** `<!-- phasegate:runbook autosave run 9000000001 -->`: one per run, day, or merged change. */
export function runbookMarker(rollout: string, kind: RunbookEntryKind, id: string): string {
  for (const [name, value] of [
    ['rollout', rollout],
    ['id', id],
  ]) {
    if (!TOKEN.test(value!))
      throw new Error(`runbook marker ${name} "${value}" must be letters, digits, ".", "_" or "-"`);
  }
  return `<!-- phasegate:runbook ${rollout} ${kind} ${id} -->`;
}

function sectionText(policy: Policy, section: RunbookSection, runLogDir: string): string {
  const tz = policy.timezone;
  const intro: Record<RunbookSection, string> = {
    daily: `The record of each local day (${tz}), progress and open problems (進捗と未解決課題), written by the first status run after midnight, as the dashboard issue's daily note.`,
    verdicts:
      'Each merged phase change: the verdict behind it, who approved it (判定結果は Reporter が承認し Runbook に記録), and its pull request.',
    rollbacks: 'Each rollback: when, why, what must hold to resume, and the next canary.',
    observations: `One row per scheduled run (各実行ログを「観測」へ追記); its full line is in \`${runLogDir}/YYYYMMDD.jsonl\`. Times in ${tz}.`,
  };
  const table =
    section === 'observations'
      ? [
          '',
          '| run | windows | events | malformed / invalid | SLOs | re-collect | decision |',
          '|---|---|---|---|---|---|---|',
        ]
      : [];
  return [RUNBOOK_SECTIONS[section], '', intro[section], ...table].join('\n');
}

/** A new month's file: its title and the four sections, empty. */
export function runbookInitial(policy: Policy, month: string, runLogDir: string): string {
  return [
    `# Runbook: ${policy.rollout}, ${month}`,
    '',
    `Written by phasegate (times in ${policy.timezone}); add your notes anywhere: entries are found again by their hidden markers, so text around them is kept.`,
    ...ORDER.flatMap((s) => ['', sectionText(policy, s, runLogDir)]),
    '',
  ].join('\n');
}

/** The Runbook file of `month` with these entries, for an intent. */
export function runbookAppend(
  policy: Policy,
  o: { path: string; month: string; runLogDir: string },
  entries: { section: RunbookSection; marker: string; text: string; row?: boolean }[],
): FileAppend {
  return {
    path: o.path,
    initial: runbookInitial(policy, o.month, o.runLogDir),
    entries: entries.map(
      (e): AppendEntry => ({
        section: RUNBOOK_SECTIONS[e.section],
        sectionText: sectionText(policy, e.section, o.runLogDir),
        marker: e.marker,
        text: e.text,
        ...(e.row ? { row: true } : {}),
      }),
    ),
  };
}

export interface ObservationInput {
  policy: Policy;
  marker: string;
  at: number;
  url?: string;
  evaluation: Evaluation;
  collected: CollectedRun;
  recollect: RecollectNeed;
}

/** One row of 観測: when (linking the run), what was collected, the SLOs, re-collect, the decision. */
export function observationRow(o: ObservationInput): string {
  const { evaluation: ev, collected: c } = o;
  const when = localStamp(o.at, o.policy.timezone);
  const run = `${o.marker}${o.url ? `[${when}](${o.url})` : when}`;
  const failed = c.failed ? ` (${cell(c.failed)})` : '';
  const d = ev.decision;
  const reread = c.recheck
    ? ` (breach ${c.recheck.breach === 'stands' ? 'confirmed' : 'gone'} on reading ${c.recheck.windows} window(s) again)`
    : '';
  const decision = `${ACTION_TEXT[d.action]}${d.to ? ` → ${d.to}` : ''}${reread}`;
  const recollect = formatRecollect(o.recollect).replace(/^re-collect needed: /, '');
  return `| ${run} | ${c.windows}${failed} | ${count(c.events)} | ${count(c.malformed)} / ${count(c.invalid)} | ${sloSummary(ev)} | ${cell(recollect)} | ${decision} |`;
}

/**
 * "✅ all 3 pass", or the SLOs that do not: "❌ save-latency-p95 3.753s; ⚪ restore-success; ✅ 1
 * other passes".
 */
export function sloSummary(ev: Evaluation): string {
  const n = ev.slos.length;
  if (!n) return '—';
  const off = ev.slos.filter((s) => s.status !== 'pass');
  if (!off.length) return n === 1 ? '✅ passes' : `✅ all ${n} pass`;
  const shown = off.map((s) =>
    s.status === 'fail' ? `❌ ${s.id} ${formatValue(s.value, s.unit)}` : `⚪ ${s.id}`,
  );
  const passing = n - off.length;
  const others = passing === 1 ? '✅ 1 other passes' : `✅ ${passing} others pass`;
  return `${shown.join('; ')}${passing ? `; ${others}` : ''}`;
}

export interface VerdictEntryInput {
  policy: Policy;
  marker: string;
  at: number;
  kind: string;
  from: string;
  to: string;
  pr?: { number: number; url: string };
  /** Logins whose latest review approved the PR. */
  approvedBy: readonly string[];
  /** The change needed an approval (an advance, or a rollback whose phase requires one). */
  approvalNeeded: boolean;
  verdict: string;
}

/** One item of 判定: when, what, the PR, who approved it, and the verdict behind it. */
export function verdictEntry(o: VerdictEntryInput): string {
  const pr = o.pr ? ` ([#${o.pr.number}](${o.pr.url}))` : ' (pushed without a pull request)';
  const approved = o.approvedBy.length
    ? `approved by ${o.approvedBy.map((l) => `@${l}`).join(', ')}`
    : o.approvalNeeded
      ? 'no approving review'
      : 'no approval needed (rollback.approval: none)';
  return `- ${o.marker}**${localStamp(o.at, o.policy.timezone)}** ${o.kind} ${o.from} → ${o.to}${pr}, ${approved}. Verdict: ${oneLine(o.verdict)}`;
}

export interface RollbackEntryInput {
  policy: Policy;
  marker: string;
  from: string;
  to: string;
  pr?: { number: number; url: string };
  /** formatMergeTime of the merge. */
  time: string;
  cause: string;
  resume: string;
  nextCanary: string;
  rca: { number: number; url: string } | null;
}

/** One block of ロールバック: the plan's fields (the Slack template's), and the RCA issue. */
export function rollbackEntry(o: RollbackEntryInput): string {
  const pr = o.pr ? ` ([#${o.pr.number}](${o.pr.url}))` : '';
  const reporter = o.policy.github.reporter ? `, owner @${o.policy.github.reporter}` : '';
  return [
    `### ${o.from} → ${o.to}, ${o.time}${pr}`,
    o.marker,
    '',
    `- ロールバック時刻 (rolled back at): ${o.time}`,
    `- 原因 (cause): ${oneLine(o.cause)}`,
    `- 再開条件 (to resume): ${oneLine(o.resume)}`,
    `- 次回 Canary 日程 (next canary): ${oneLine(o.nextCanary)}`,
    `- RCA: ${o.rca ? `[#${o.rca.number}](${o.rca.url})${reporter}` : '(no RCA issue)'}`,
  ].join('\n');
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}
