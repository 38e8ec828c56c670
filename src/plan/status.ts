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
 * 3. The dashboard body is updated in place when it changed.
 */
import { localDate, localDayStart } from '../judge/calendar.js';
import { sloSeries } from '../judge/series.js';
import { phaseById } from '../policy/model.js';
import {
  type DailySummaryInput,
  type DecisionRecord,
  dashboardTitle,
  renderDailySummary,
  renderDashboard,
} from '../render/dashboard.js';
import {
  dailyMarker,
  dashboardMarkerPrefix,
  parseDashboardMarker,
  parseProposalMarker,
  parseRcaMarker,
} from '../render/markers.js';
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
  const intent = (issue: number | null, lastDaily: string | null) => ({
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
      state: { lastDaily },
      at: f.now,
    }),
    labels: [DASHBOARD_LABEL, PHASEGATE_LABEL],
  });
  // Rule 1.
  if (!f.dashboard) {
    out.intents.push(intent(null, null));
    return;
  }
  // Rule 2.
  const previous = parseDashboardMarker(f.dashboard.body, policy.rollout)?.lastDaily ?? null;
  const yesterday = localDate(localDayStart(ev.at, policy.timezone) - 1, policy.timezone);
  const noteDue = previous === null || previous < yesterday;
  if (noteDue) {
    const day = dailyInput(f, ev, yesterday, decisions);
    out.intents.push(dailyNote(f, f.dashboard.number, day), runbookDaily(f, day));
  }
  // Rule 3.
  const dashboard = intent(f.dashboard.number, noteDue ? yesterday : previous);
  if (dashboard.body !== f.dashboard.body) out.intents.push(dashboard);
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
