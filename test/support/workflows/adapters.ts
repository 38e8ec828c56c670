/**
 * The two ways to run phasegate's own action (`uses: ./`) under the workflow runner:
 * - `bundledAction(gh)`: the committed bundle through runAction (action-runner.ts), in a child
 *   process, in the job's checkout, with action.yml's defaults and `${{ github.token }}` = the
 *   job's GITHUB_TOKEN;
 * - `inProcessAction(world)`: World.step, the Action's dispatch in this process on the world's
 *   clock, in the job's checkout (its steps share it, and a job that checks out a branch sees the
 *   branch as it is then, as on a runner).
 */
import type { ActionCommand } from '../../../src/action/dispatch.js';
import { runAction } from '../action-runner.js';
import type { World } from '../world.js';
import type { ActionStep } from './run-job.js';

export function bundledAction(
  gh: { url: string; serverUrl?: string; owner: string; repo: string },
  opts: { node?: 'system' | 'node24'; env?: Record<string, string> } = {},
): ActionStep {
  return async (call) => {
    const run = await runAction({
      gh,
      workspace: call.workspace,
      inputs: call.inputs,
      event: call.event,
      token: call.githubToken,
      env: { ...call.env, ...opts.env },
      node: opts.node,
    });
    const error = run.annotations.find((a) => a.level === 'error')?.message;
    return { ok: run.code === 0, outputs: run.outputs, error, detail: run };
  };
}

export function inProcessAction(world: World): ActionStep {
  return async (call) => {
    const command = (call.inputs.command || 'evaluate') as Exclude<ActionCommand, 'validate'>;
    const step = await world.step(command, { token: call.githubToken, ...call.inputs }, call.event, {
      runUrl: call.runUrl,
      workspace: call.workspace,
    });
    return {
      ok: step.ok,
      outputs: step.outputs,
      error: step.error?.message,
      detail: step,
    };
  };
}
