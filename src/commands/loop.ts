/**
 * The loop's commands (propose, gate, apply, rollback, status, evaluate): one run of
 * gather → plan → carry out, on GitHub, or played forward in memory for a dry run.
 */

import { InputError } from '../input.js';
import { DryRunWorld } from '../interpreters/dry-run.js';
import { GitHubWorld } from '../interpreters/github/world.js';
import { type RunResult, runLoop } from '../interpreters/run-loop.js';
import type { World } from '../interpreters/world.js';
import type { Trigger } from '../plan/facts.js';
import { TriggerError } from '../plan/trigger-error.js';
import type { RunContext } from '../ports/context.js';

export function worldOf(ctx: RunContext): World {
  const github = new GitHubWorld(ctx);
  return ctx.dryRun ? new DryRunWorld(github) : github;
}

export async function loopCommand(ctx: RunContext, trigger: Trigger): Promise<RunResult> {
  try {
    return await runLoop(worldOf(ctx), trigger, ctx.log);
  } catch (err) {
    if (err instanceof TriggerError) throw new InputError(`input "${err.field}": ${err.message}`);
    throw err;
  }
}
