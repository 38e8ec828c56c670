/**
 * Rules of the `status` run: the rollout's dashboard issue and the plan's daily record.
 *
 * 1. No dashboard issue yet: open one (and pin it). Its daily note follows in the next pass,
 *    once the issue has a number.
 * 2. The first run after local midnight posts the note for the day that ended (progress and
 *    open problems), then records that day in the dashboard's marker: the note comes first, so a
 *    failed note is posted again by the next run rather than lost.
 *    The same day goes to the Runbook's 日次記録 (runbook.ts rule 3), between the two: a failed
 *    append leaves the day unrecorded on the dashboard, so the next run appends it again.
 * 3. A fired rollback rule with nowhere to roll back (A-0: "保存遅延 > 2.5s が 1 日 3 回以上")
 *    alerts Slack once per local day, then records that day in the marker: Slack first, so a
 *    failed message is sent again by the next run rather than lost.
 * 4. The dashboard body is updated in place when it changed.
 */
import { localDate, localDayStart } from '../judge/calendar.js';
import { sloSeries } from '../judge/series.js';
import { slackEscape } from '../notify/compose.js';
import { phaseById } from '../policy/model.js';
import {
  type DailySummaryInput,
  type DecisionRecord,
  dashboardTitle,
  renderDailySummary,
  renderDashboard,
} from '../render/dashboard.js';
import {
  type DashboardState,
  dailyMarker,
  dashboardMarkerPrefix,
  parseDashboardMarker,
  parseProposalMarker,
  parseRcaMarker,
} from '../render/markers.js';
import { confirmationText } from '../rollout/confirmation.js';
import type { Evaluation } from '../rollout/decide.js';
import { recentSeries } from './charts.js';
import type { RunFacts } from './facts.js';
import { DASHBOARD_LABEL, PHASEGATE_LABEL } from './names.js';
import type { PlanOut } from './out.js';
import { runbookDaily } from './runbook.js';

const HOUR = 3_600_000;

export function planStatus(f: RunFacts, ev: Evaluation, out: PlanOut): void {
  const { policy } = f;
  const phase = phaseById(policy, ev.phase)!;
  const decisions = liveDecisions(f, ev);
  const intent = (issue: number | null, state: DashboardState) => ({
    type: 'upsert-dashboard' as const,
    key: `dashboard:${policy.rollout}`,
    issue,
    marker: dashboardMarkerPrefix(policy.rollout),
    title: dashboardTitle(policy.rollout),
    body: renderDashboard({
      policy,
      evaluation: ev,
      series: recentSeries({ policy, phase, evaluation: ev, records: f.records }, 6 * HOUR),
      proposals: f.pulls
        .filter((p) => parseProposalMarker(p.body)?.rollout === policy.rollout)
        .map((p) => ({ number: p.number, title: p.title, url: p.url })),
      decisions,
      state,
      at: f.now,
    }),
    labels: [DASHBOARD_LABEL, PHASEGATE_LABEL],
  });
  // Rule 1.
  if (!f.dashboard) {
    out.intents.push(intent(null, { lastDaily: null }));
    return;
  }
  // Rule 2.
  const previous = parseDashboardMarker(f.dashboard.body, policy.rollout);
  const yesterday = localDate(localDayStart(ev.at, policy.timezone) - 1, policy.timezone);
  const noteDue = !previous?.lastDaily || previous.lastDaily < yesterday;
  if (noteDue) {
    const day = dailyInput(f, ev, yesterday, decisions);
    out.intents.push(dailyNote(f, f.dashboard.number, day), runbookDaily(f, day));
  }
  // Rule 3.
  const today = localDate(ev.at - 1, policy.timezone);
  const alertDue = ev.decision.action === 'hold' && ev.decision.alert && previous?.lastAlert !== today;
  if (alertDue) out.intents.push(alertMessage(f, ev, f.dashboard, today));
  // Rule 4.
  const dashboard = intent(f.dashboard.number, {
    lastDaily: noteDue ? yesterday : (previous?.lastDaily ?? null),
    lastAlert: alertDue ? today : previous?.lastAlert,
  });
  if (dashboard.body !== f.dashboard.body) out.intents.push(dashboard);
}

/** Slack, when a rule fired and there is no earlier phase: who should look, and why. */
function alertMessage(f: RunFacts, ev: Evaluation, dashboard: { number: number; url: string }, date: string) {
  const { rollout } = f.policy;
  const [head, ...details] = ev.decision.reasons;
  const text = [
    `:rotating_light: *${slackEscape(rollout)}: ${slackEscape(head!)}* (${date}, ${slackEscape(f.policy.timezone)})`,
    ...details.map((d) => `• ${slackEscape(d)}`),
    ...(ev.confirmation ? [`• ${slackEscape(confirmationText(ev.confirmation))}`] : []),
    `Dashboard: <${dashboard.url}|#${dashboard.number}>. One alert a day; the dashboard follows it every run.`,
  ].join('\n');
  return {
    type: 'send-slack' as const,
    key: `slack:alert:${rollout}:${date}`,
    kind: 'alert',
    text,
    template: 'built-in (alert)',
  };
}

/** The local day that ended: its SLOs hour by hour, decisions and open problems. */
function dailyInput(
  f: RunFacts,
  ev: Evaluation,
  date: string,
  decisions: DecisionRecord[],
): DailySummaryInput {
  const { policy } = f;
  const tz = policy.timezone;
  const phase = phaseById(policy, ev.phase)!;
  const dayEnd = localDayStart(ev.at, tz);
  const from = Math.max(localDayStart(dayEnd - 1, tz), ev.since);
  const series =
    from < dayEnd
      ? sloSeries({ policy, phase, records: f.records, since: ev.since, from, to: dayEnd, stepMs: HOUR })
      : [];
  return {
    policy,
    date,
    phase: ev.phase,
    since: ev.since,
    series,
    decisions,
    openProblems: f.rcaIssues
      .filter((i) => parseRcaMarker(i.body)?.rollout === policy.rollout)
      .map((i) => `RCA open: #${i.number} ${i.title}`),
  };
}

/** The dashboard's daily note of that day. */
function dailyNote(f: RunFacts, issue: number, day: DailySummaryInput) {
  const { policy } = f;
  return {
    type: 'post-daily-note' as const,
    key: `daily:${policy.rollout}:${day.date}`,
    issue,
    date: day.date,
    marker: dailyMarker(policy.rollout, day.date),
    body: renderDailySummary(day),
  };
}

/** How the live phase was entered, as the dashboard's decision history (one entry for now). */
export function liveDecisions(f: RunFacts, ev: Evaluation): DecisionRecord[] {
  const { entered, reason, phase } = f.live;
  if (!entered) return [];
  return [
    {
      at: ev.since,
      action: entered.by === 'manual' ? 'advance' : entered.by,
      from: entered.from ?? '?',
      to: phase,
      reason: entered.cause ?? reason,
    },
  ];
}
