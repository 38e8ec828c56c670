/**
 * `status`: the rollout's dashboard issue and the daily note (the planner's status rules), and
 * the self-contained HTML report of the live phase, written where the Action uploads it from.
 */
import { writeFile } from 'node:fs/promises';
import type { RunResult } from '../interpreters/run-loop.js';
import { recentSeries } from '../plan/charts.js';
import { liveDecisions } from '../plan/status.js';
import { phaseById } from '../policy/model.js';
import type { RunContext } from '../ports/context.js';
import { renderReportHtml } from '../report/html.js';
import { loopCommand } from './loop.js';

export async function statusCommand(ctx: RunContext, reportPath?: string): Promise<RunResult> {
  const run = await loopCommand(ctx, { command: 'status' });
  if (reportPath) {
    const { facts, plan } = run;
    const ev = plan.evaluation;
    const phase = phaseById(facts.policy, ev.phase)!;
    const html = renderReportHtml({
      policy: facts.policy,
      title: `phasegate status: ${facts.policy.rollout}`,
      generatedAt: facts.now,
      series: recentSeries(
        { policy: facts.policy, phase, evaluation: ev, records: facts.records },
        ev.at - ev.since,
      ),
      phases: [{ phase: ev.phase, from: ev.since, to: ev.at }],
      decisions: liveDecisions(facts, ev).map(({ at, action, from, to, reason }) => ({
        at,
        action,
        from,
        to,
        reason,
      })),
    });
    await writeFile(reportPath, html);
    ctx.log.info(`wrote the HTML report of ${ev.phase} to ${reportPath}`);
  }
  return run;
}
