/**
 * One Action command on a wired context: the command input and the event's payload become a
 * trigger of the loop (or collect, status). The entry (run.ts) and the in-process tests call it.
 *
 * Each command's modules are imported when it runs, not when the Action starts: ncc puts them in
 * chunks beside dist/index.js, so a run loads only its own command (collect's telemetry readers,
 * status's HTML report with its inlined chart library) and `validate` none of them.
 */

import { InputError } from '../input.js';
import type { RunResult } from '../interpreters/run-loop.js';
import type { Trigger } from '../plan/facts.js';
import type { RunContext } from '../ports/context.js';

export const ACTION_COMMANDS = [
  'collect',
  'evaluate',
  'propose',
  'apply',
  'rollback',
  'status',
  'gate',
  'list',
  'index',
  'validate',
] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
/** The commands that run once per rollout (`list` and `index` are about all of them: each.ts). */
export type RolloutCommand = Exclude<ActionCommand, 'validate' | 'list' | 'index'>;
export const ROLLOUT_COMMANDS = ACTION_COMMANDS.filter(
  (c): c is RolloutCommand => c !== 'validate' && c !== 'list' && c !== 'index',
);

/** The inputs a command reads besides the context's (action.yml describes each). */
export interface CommandInputs {
  events: string;
  backfill: string;
  phase: string;
  reason: string;
}

export interface ActionEvent {
  name: string;
  payload: { pull_request?: { number?: number }; issue?: { number?: number }; before?: string };
  /** GITHUB_SHA: for a push, the pushed commit. */
  sha: string;
}

export async function dispatch(
  command: RolloutCommand,
  ctx: RunContext,
  inputs: CommandInputs,
  event: ActionEvent,
  o: { reportPath?: string } = {},
): Promise<RunResult> {
  switch (command) {
    case 'collect': {
      const { collectRecordsCommand } = await import('../commands/records.js');
      return collectRecordsCommand(ctx, {
        events: inputs.events, // optional when rollout.yaml's sources: covers every SLI
        backfill: inputs.backfill || '24h',
      });
    }
    case 'status': {
      const { statusCommand } = await import('../commands/status.js');
      return statusCommand(ctx, o.reportPath);
    }
    case 'gate': {
      const number = (event.payload.pull_request ?? event.payload.issue)?.number;
      if (!number)
        throw new InputError(
          `command gate runs on pull_request or pull_request_review events, not "${event.name}"`,
        );
      return loop(ctx, { command: 'gate', pr: number });
    }
    case 'apply': {
      // A push names the tip it moved from; all zeros when it created the branch.
      const before = event.payload.before;
      const moved = before && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before);
      return loop(ctx, { command: 'apply', sha: event.sha, before: moved ? before : null });
    }
    case 'rollback': {
      if (!inputs.phase) throw new InputError('input "phase" is required: the phase to roll back to');
      return loop(ctx, {
        command: 'rollback',
        to: inputs.phase,
        reason: inputs.reason,
        actor: ctx.actor,
      });
    }
    case 'evaluate':
    case 'propose':
      return loop(ctx, { command });
  }
}

async function loop(ctx: RunContext, trigger: Trigger): Promise<RunResult> {
  const { loopCommand } = await import('../commands/loop.js');
  return loopCommand(ctx, trigger);
}
