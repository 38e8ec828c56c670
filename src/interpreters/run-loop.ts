/**
 * One run: gather → plan → carry out, again while the plan says what it created is acted on
 * next (a new PR is gated, a merge announced), until a pass plans nothing more. The first
 * failure stops the run: everything is planned again from what exists by the next run.
 */
import { emptyMemory, type RunFacts, type Trigger } from '../plan/facts.js';
import type { Intent } from '../plan/intents.js';
import { planRun, type RunPlan } from '../plan/run.js';
import type { Log } from '../ports/context.js';
import type { Outcome, World } from './world.js';

/** A run that keeps planning more than this is a bug in the rules, not a busy day. */
const MAX_PASSES = 6;

export interface RunPass {
  facts: RunFacts;
  plan: RunPlan;
  outcomes: Outcome[];
}

export interface RunResult {
  /** The first pass: what the run found and decided (the Action's outputs come from it). */
  facts: RunFacts;
  plan: RunPlan;
  passes: RunPass[];
  /** Every intent carried out, in order. */
  intents: Intent[];
  /** What happened, one line each, as logged. */
  lines: string[];
}

export async function runLoop(world: World, trigger: Trigger, log: Log): Promise<RunResult> {
  const memory = emptyMemory();
  const passes: RunPass[] = [];
  const lines: string[] = [];
  const said = new Set<string>();
  const say = (line: string, warn = false) => {
    if (said.has(line)) return;
    said.add(line);
    lines.push(line);
    if (warn) log.warn(line);
    else log.info(line);
  };
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const facts = await world.gather(trigger, memory);
    const plan = planRun(facts);
    const outcomes: Outcome[] = [];
    passes.push({ facts, plan, outcomes });
    for (const note of plan.notes) say(note);
    for (const warning of plan.warnings) say(warning, true);
    for (const intent of plan.intents) {
      const outcome = await world.carryOut(intent);
      outcomes.push(outcome);
      say(outcome.line);
      if (outcome.warning) say(outcome.warning, true);
      if (outcome.status === 'refused') {
        memory.refused.push(intent.key);
        if (intent.type === 'merge' && outcome.protection) memory.protected.push(intent.pr);
        continue;
      }
      memory.done.push(intent.key);
      if (intent.type === 'merge') memory.merged.push(intent.pr);
    }
    if (!plan.again) return result(passes, lines);
  }
  const last = passes.at(-1)!.plan.intents.map((i) => i.key);
  throw new Error(
    `the run did not settle after ${MAX_PASSES} passes (still planning ${last.join(', ')}); this is a phasegate bug`,
  );
}

function result(passes: RunPass[], lines: string[]): RunResult {
  const first = passes[0]!;
  return {
    facts: first.facts,
    plan: first.plan,
    passes,
    intents: passes.flatMap((p) => p.plan.intents.filter((_, i) => i < p.outcomes.length)),
    lines,
  };
}
