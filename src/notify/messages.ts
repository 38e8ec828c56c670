/**
 * The variables of a phase-change message (Slack) and the lock notice (UI), built from the
 * policy and the merged change. Pure: no file, network or clock; the merge time comes in.
 *
 * Every variable always has a non-empty value. A fact that does not apply or is not known is an
 * explicit note in parentheses ("(no RCA issue opened)"), so a template never shows a blank.
 */

import { localDate, localTime } from '../judge/calendar.js';
import { formatSpan } from '../judge/format.js';
import { nextPhase, type Policy, phaseById, phaseIds } from '../policy/model.js';
import { dueAfterBusinessDays, nextBusinessDay } from '../rollout/business-days.js';
import type { TemplateVars } from './template.js';

export type ChangeKind = 'advance' | 'rollback' | 'restart' | 'complete';
export const CHANGE_KINDS: readonly ChangeKind[] = ['advance', 'rollback', 'restart', 'complete'];

/** A merged phase change, as the apply step knows it. */
export interface PhaseChange {
  kind: ChangeKind;
  /** The phase before the merge. */
  from: string;
  /** The phase after it (for `complete`, the last phase itself). */
  to: string;
  /** When the change was merged (epoch ms). */
  mergedAt: number;
  /** rollback: the fired rules' details or the manual reason; otherwise the decision's reason. */
  cause?: string;
  pr?: { number: number; url: string };
  /** The root-cause-analysis issue opened for a rollback. */
  rcaUrl?: string;
  /**
   * The RCA issue is opened right after this message (the plan's order: lock, Slack, RCA), so
   * the message cannot link it yet; it says where it will be instead.
   */
  rcaNext?: boolean;
  /** Who to mention: a Slack mention (`<@U024BE7LH>`), a name or a GitHub login. Default: github.reporter. */
  reporter?: string;
}

/** What a rollback's Slack message says of the RCA issue it is sent just before. */
export const RCA_NEXT = 'opened on GitHub right after this message (label phasegate:rca)';

/** The body of the UI's read-only-lock notice (lock.ts signs and sends it). Key order is the wire order. */
export interface LockNotice {
  event: string;
  rollout: string;
  /** The phase rolled back to. */
  phase: string;
  from: string;
  /** ISO 8601, UTC. */
  at: string;
  reason: string;
  /** The rollback PR's number, null when the change was not a pull request. */
  pr: number | null;
}

/** The template variables for a merged change. Throws for a phase the policy does not know. */
export function messageVars(policy: Policy, change: PhaseChange): TemplateVars {
  for (const [field, id] of [
    ['from', change.from],
    ['to', change.to],
  ] as const) {
    if (!phaseById(policy, id)) {
      throw new Error(
        `phase change ${field}: unknown phase "${id}"; valid phases: ${phaseIds(policy).join(', ')}`,
      );
    }
  }
  const to = phaseById(policy, change.to)!;
  const rollback = change.kind === 'rollback';
  const notRollback = '(not a rollback)';
  return {
    rollout: policy.rollout,
    from: change.from,
    to: change.to,
    kind: change.kind,
    time: formatMergeTime(change.mergedAt, policy.timezone),
    cause: nonEmpty(change.cause) ?? (rollback ? '(no cause recorded)' : '(no reason recorded)'),
    resume: rollback ? resumeConditions(policy, change.to) : notRollback,
    next_canary: rollback ? nextCanary(policy, change.to, change.mergedAt).text : notRollback,
    pr_url: change.pr?.url ?? '(no pull request)',
    pr_number: change.pr ? `#${change.pr.number}` : '(no pull request)',
    rca_url:
      nonEmpty(change.rcaUrl) ??
      (!rollback ? notRollback : change.rcaNext ? RCA_NEXT : '(no RCA issue opened)'),
    reporter: mention(nonEmpty(change.reporter) ?? policy.github.reporter),
    channel: nonEmpty(policy.notify.slack?.channel) ?? '(no channel set)',
    phase_name: to.name,
  };
}

/** The lock notice for a rollback when the policy configures `notify.lock`; otherwise undefined. */
export function lockNotice(policy: Policy, change: PhaseChange): LockNotice | undefined {
  const event = policy.notify.lock?.event;
  if (change.kind !== 'rollback' || !event) return undefined;
  return {
    event,
    rollout: policy.rollout,
    phase: change.to,
    from: change.from,
    at: new Date(change.mergedAt).toISOString(),
    reason: nonEmpty(change.cause) ?? '(no cause recorded)',
    pr: change.pr?.number ?? null,
  };
}

/**
 * What must hold before the rollout moves on after a rollback into `to`: the recovery watch, which
 * runs after every rollback (SPEC.md section 3.5; rollout/recovery.ts), else `to`'s own advance rule.
 */
export function resumeConditions(policy: Policy, to: string): string {
  const recovery = policy.recovery;
  if (recovery) {
    const watched = listing(recovery.watch.map((s) => s.id));
    const then =
      recovery.restart === to
        ? `then ${to} restarts in place and its own advance rule applies`
        : `then restart from ${recovery.restart}`;
    return `${watched} healthy for ${formatSpan(recovery.forMs)} (a watched SLO with no data in ${to} is not judged), ${then}`;
  }
  const phase = phaseById(policy, to);
  const next = nextPhase(policy, to);
  if (!phase?.advance || !next) return `${to} has no advance rule: resume by hand with a phase-change PR`;
  const slos = phase.slos.length ? listing(phase.slos.map((s) => s.id)) : `${to}'s SLOs`;
  const held =
    phase.advance.rule === 'soak'
      ? `healthy for ${formatSpan(phase.advance.forMs)}`
      : `met ${phase.advance.days} days in a row`;
  return `${slos} ${held}, then advance to ${next.id}`;
}

export interface NextCanary {
  /** The phase the rollout restarts from. */
  phase: string;
  /** The earliest instant (epoch ms) it can restart. */
  earliest: number;
  /** Its local date (YYYY-MM-DD, the policy's time zone). */
  date: string;
  /** One line, for Slack (`{{next_canary}}`) and the Runbook's rollback entry. */
  text: string;
}

/**
 * The next canary after a rollback into `to`, as the recovery rule allows it (SPEC.md section
 * 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、改善を確認したら Phase A-1 から再開).
 *
 * - With `recovery:`, nothing moves before the watch confirms improvement, and the watch needs
 *   `recovery.for` of passing windows counted from the rollback: the earliest restart is the
 *   merge plus `for`, from the restart phase (in place when the rollback landed on it). "At the
 *   earliest": a failing or missing window pushes it back.
 * - phasegate has no business hours (the watch and the restart PR run at any hour), but a person
 *   approves the restart PR: when the earliest instant falls on a weekend or holiday, it moves to
 *   the start of the next business day.
 * - Without `recovery:`, `to` resumes by its own advance rule: the next business day.
 */
export function nextCanary(policy: Policy, to: string, mergedAt: number): NextCanary {
  const tz = policy.timezone;
  const recovery = policy.recovery;
  if (!recovery) {
    const day = nextBusinessDay(mergedAt, tz, policy.holidays);
    const text = `${day.date} (the next business day; ${to} resumes by its own advance rule)`;
    return { phase: to, earliest: day.startsAt, date: day.date, text };
  }
  const watchEnds = mergedAt + recovery.forMs;
  const day = dueAfterBusinessDays(watchEnds, 0, tz, policy.holidays);
  const moved = day.date !== localDate(watchEnds, tz);
  const from = moved
    ? `${day.date} (the first business day after the watch can end, ${formatMergeTime(watchEnds, tz)})`
    : formatMergeTime(watchEnds, tz);
  const what = recovery.restart === to ? `${to} restarts in place` : recovery.restart;
  return {
    phase: recovery.restart,
    earliest: moved ? day.startsAt : watchEnds,
    date: day.date,
    text: `${what} from ${from} at the earliest, once the recovery watch confirms improvement`,
  };
}

/** "2026-11-20 14:05 JST (05:05 UTC)"; the UTC part carries its date when that differs. */
export function formatMergeTime(at: number, timeZone: string): string {
  const utcDate = new Date(at).toISOString().slice(0, 10);
  const utcTime = new Date(at).toISOString().slice(11, 16);
  const abbr = zoneAbbreviation(at, timeZone);
  if (abbr === 'UTC') return `${utcDate} ${utcTime} UTC`;
  const date = localDate(at, timeZone);
  const utc = date === utcDate ? utcTime : `${utcDate} ${utcTime}`;
  return `${date} ${localTime(at, timeZone)} ${abbr} (${utc} UTC)`;
}

/**
 * The zone's usual abbreviation at `at`. ICU knows abbreviations per locale (JST only in ja-JP,
 * CET in en-GB, IST in en-IN), so the locales of the common zones are asked in turn; without a
 * letters-only answer the offset is shown as "UTC+9".
 */
export function zoneAbbreviation(at: number, timeZone: string): string {
  let offset = '';
  for (const locale of ABBREVIATION_LOCALES) {
    const name = zoneNamer(locale, timeZone)
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) continue;
    if (/^[A-Z]{2,5}$/.test(name)) return name;
    offset ||= name.replace(/^GMT/, 'UTC');
  }
  return offset || timeZone;
}
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'ja-JP', 'en-IN', 'en-AU'];

/** Making an Intl.DateTimeFormat costs far more than using one: simulate names the zone thousands of times. */
const zoneNamers = new Map<string, Intl.DateTimeFormat>();

function zoneNamer(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let f = zoneNamers.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    zoneNamers.set(key, f);
  }
  return f;
}

/** A GitHub login becomes "@login"; a Slack mention or a name with spaces is kept as given. */
function mention(who: string | undefined): string {
  if (!who) return '(no reporter: set github.reporter in rollout.yaml)';
  return who.startsWith('<@') || who.startsWith('@') || /\s/.test(who) ? who : `@${who}`;
}

function nonEmpty(text: string | undefined): string | undefined {
  const t = text?.trim();
  return t ? t : undefined;
}

function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
