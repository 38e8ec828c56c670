/**
 * The Action's outputs (action.yml `outputs:`) and its job summary, from the run's first pass:
 * what it found and decided.
 */
import type { RunResult } from '../interpreters/run-loop.js';
import { recentSeries } from '../plan/charts.js';
import { phaseById } from '../policy/model.js';
import { renderJobSummary } from '../render/summary.js';
import { verdictJson } from '../render/verdict.js';

export function actionOutputs(
  result: RunResult,
): Record<'phase' | 'decision' | 'target-phase' | 'verdict-json' | 'pr-number', string> {
  const ev = result.plan.evaluation;
  const pr = pullOf(result);
  return {
    phase: ev.phase,
    decision: ev.decision.action,
    'target-phase': ev.decision.to ?? '',
    'verdict-json': JSON.stringify(verdictJson(result.facts.policy, ev, result.facts.records)),
    'pr-number': pr === undefined ? '' : String(pr),
  };
}

/** The `rollouts-json` output: each rollout's phase, decision, target phase and PR, or its error. */
export function rolloutsOutput(runs: { rollout: string; result?: RunResult; error?: Error }[]) {
  return runs.map(({ rollout, result, error }) => {
    if (!result) return { rollout, error: error?.message ?? 'unknown' };
    const o = actionOutputs(result);
    return {
      rollout,
      phase: o.phase,
      decision: o.decision,
      'target-phase': o['target-phase'],
      'pr-number': o['pr-number'],
    };
  });
}

/** The PR the run is about: the one it opened, updated or merged, else the gate's. */
function pullOf(result: RunResult): number | undefined {
  for (const pass of result.passes) {
    for (const [k, i] of pass.plan.intents.entries()) {
      if (i.type === 'update-proposal' || i.type === 'merge') return i.pr;
      const opened = pass.outcomes[k]?.number;
      if (i.type === 'open-proposal' && opened !== undefined) return opened;
    }
  }
  const t = result.facts.trigger;
  return t.command === 'gate' ? t.pr : undefined;
}

const HOUR = 3_600_000;

/** The job summary: what the run did, its verdict and the last 6 h of the live phase as Mermaid. */
export function actionSummary(
  command: string,
  dryRun: boolean,
  result: Pick<RunResult, 'facts' | 'plan' | 'lines'>,
): string {
  const { facts, plan } = result;
  const ev = plan.evaluation;
  const phase = phaseById(facts.policy, ev.phase)!;
  return renderJobSummary({
    policy: facts.policy,
    command,
    evaluation: ev,
    lines: result.lines,
    at: facts.now,
    dryRun,
    records: facts.records,
    charts: recentSeries({ policy: facts.policy, phase, evaluation: ev, records: facts.records }, 6 * HOUR),
  });
}
