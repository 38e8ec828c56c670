/**
 * `status`: the rollout's dashboard issue, one per rollout (found by label, marker and author),
 * updated in place each run, pinned where the API allows; and once per local day a comment with
 * the day that just ended (the plan's daily record: progress and open problems). Which day was
 * last posted is kept in the dashboard's marker, so no comment listing is needed.
 */
import { writeFile } from 'node:fs/promises';
import { localDate, localDayStart } from '../judge/calendar.js';
import { sloSeries } from '../judge/series.js';
import {
  type DecisionRecord,
  dashboardTitle,
  renderDailySummary,
  renderDashboard,
} from '../render/dashboard.js';
import { parseDashboardMarker, parseProposalMarker, parseRcaMarker } from '../render/markers.js';
import { renderReportHtml } from '../report/html.js';
import { RCA_LABEL } from './apply.js';
import { evaluateCurrent, type LoopContext, type PhaseState, recentSeries } from './loop.js';
import { PHASEGATE_LABEL } from './propose.js';

export const DASHBOARD_LABEL = 'phasegate:dashboard';
const HOUR = 3_600_000;

export async function statusCommand(ctx: LoopContext): Promise<{ state: PhaseState; issue: number | null }> {
  const state = await evaluateCurrent(ctx);
  const { policy, evaluation, current } = state;
  const tz = policy.timezone;
  const me = (await ctx.forge.identity()).toLowerCase();
  const dashboards = await ctx.forge.findIssues(DASHBOARD_LABEL);
  const mine = dashboards.find(
    (i) => i.author.toLowerCase() === me && parseDashboardMarker(i.body, policy.rollout),
  );
  const previous = mine ? parseDashboardMarker(mine.body, policy.rollout)! : { lastDaily: null };

  const proposals = (await ctx.forge.openPulls(PHASEGATE_LABEL))
    .filter((p) => parseProposalMarker(p.body)?.rollout === policy.rollout)
    .map((p) => ({ number: p.number, title: p.title, url: p.url }));
  const decisions: DecisionRecord[] = current.entered
    ? [
        {
          at: evaluation.since,
          action: current.entered.by === 'manual' ? 'advance' : current.entered.by,
          from: current.entered.from ?? '?',
          to: current.phase,
          reason: current.entered.cause ?? current.reason,
        },
      ]
    : [];

  // The day that just ended, in the policy's zone: posted once, the first run after midnight.
  const yesterday = localDate(localDayStart(evaluation.at, tz) - 1, tz);
  const postDaily = previous.lastDaily === null || previous.lastDaily < yesterday;
  const nextState = { lastDaily: postDaily ? yesterday : previous.lastDaily };
  const body = renderDashboard({
    policy,
    evaluation,
    series: recentSeries(state, 6 * HOUR),
    proposals,
    decisions,
    state: nextState,
    at: ctx.now,
  });
  if (ctx.dryRun) {
    ctx.log(`dry run: would ${mine ? `update #${mine.number}` : 'open'} "${dashboardTitle(policy.rollout)}"`);
    return { state, issue: mine?.number ?? null };
  }
  let number = mine?.number ?? null;
  if (!mine) {
    const created = await ctx.forge.createIssue({
      title: dashboardTitle(policy.rollout),
      body,
      labels: [DASHBOARD_LABEL, PHASEGATE_LABEL],
      assignees: [],
    });
    number = created.number;
    ctx.log(`opened the dashboard issue #${created.number}`);
    // Pinned so it heads the issue list; repositories pin at most 3 issues, so this may fail.
    await ctx.forge.pinIssue(created.number).catch((err: unknown) => {
      ctx.warn(
        `could not pin the dashboard issue #${created.number}: ${err instanceof Error ? err.message : String(err)}`,
      );
    });
  } else if (mine.body !== body) {
    await ctx.forge.updateIssue(mine.number, { body });
    ctx.log(`updated the dashboard issue #${mine.number}`);
  }
  if (postDaily && number !== null) {
    const dayEnd = localDayStart(evaluation.at, tz);
    const dayStart = localDayStart(dayEnd - 1, tz);
    const from = Math.max(dayStart, evaluation.since);
    const series =
      from < dayEnd
        ? sloSeries({
            policy,
            phase: state.phase,
            records: state.records,
            since: evaluation.since,
            from,
            to: dayEnd,
            stepMs: HOUR,
          })
        : [];
    const openRca = (await ctx.forge.findIssues(RCA_LABEL))
      .filter((i) => parseRcaMarker(i.body)?.rollout === policy.rollout)
      .map((i) => `RCA open: #${i.number} ${i.title}`);
    const daily = renderDailySummary({
      policy,
      date: yesterday,
      phase: current.phase,
      since: evaluation.since,
      series,
      decisions,
      openProblems: openRca,
    });
    await ctx.forge.createComment(number, daily);
    ctx.log(`posted the daily summary for ${yesterday} on #${number}`);
  }
  if (ctx.reportPath) {
    const at = evaluation.at;
    const html = renderReportHtml({
      policy,
      title: `phasegate status: ${policy.rollout}`,
      generatedAt: ctx.now,
      series: recentSeries(state, at - evaluation.since),
      phases: [{ phase: current.phase, from: evaluation.since, to: at }],
      decisions: decisions.map((d) => ({
        at: d.at,
        action: d.action,
        from: d.from,
        to: d.to,
        reason: d.reason,
      })),
    });
    await writeFile(ctx.reportPath, html);
    ctx.log(`wrote the HTML report of ${current.phase} to ${ctx.reportPath}`);
  }
  return { state, issue: number };
}
