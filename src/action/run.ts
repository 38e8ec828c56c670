/**
 * The GitHub Action entry: inputs → one command → outputs and the job summary. It only reads the
 * runner's environment: the inputs wire the run's context (wire.ts), the event picks the loop's
 * trigger (dispatch.ts); what the run does is the planner's (src/plan/).
 *
 * Cold start: only this file and the input checks load with dist/index.js. The command's modules
 * are imported once the command input is read, from chunks ncc writes beside the bundle
 * (scripts/build.mjs); so are @actions/core and GitHub's client, which every command but validate
 * uses (@actions/core alone brings an HTTP client, undici, of 0.9 MB).
 */
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../clock.js';
import { InputError, oneOf, parseInstant, positiveNumber } from '../input.js';
import { TriggerError } from '../plan/trigger-error.js';
import type { Clock } from '../ports/clock.js';
import { ACTION_COMMANDS, type ActionCommand } from './dispatch.js';
import type { EachResult } from './each.js';

type Core = typeof import('@actions/core');

/** @actions/core's getInput, for the inputs read before it loads: INPUT_<NAME>, trimmed. */
const getInput = (name: string): string =>
  (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

export async function run(clock: Clock = systemClock): Promise<void> {
  try {
    const command = oneOf(getInput('command') || 'evaluate', ACTION_COMMANDS, 'input "command"');
    const config = getInput('config') || 'phases';
    if (command === 'validate') {
      const { validateCommand } = await import('../commands/validate.js');
      process.stdout.write(`${validateCommand({ config }).trim()}${EOL}`); // as core.info writes it
      return;
    }
    await runCommand(await import('@actions/core'), command, config, clock);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const core = await import('@actions/core');
    core.setFailed(
      err instanceof InputError || err instanceof TriggerError ? message : `phasegate: ${message}`,
    );
  }
}

/** Every command but validate: it needs GitHub. */
async function runCommand(
  core: Core,
  command: Exclude<ActionCommand, 'validate'>,
  config: string,
  clock: Clock,
): Promise<void> {
  const token = core.getInput('token');
  if (!token)
    throw new InputError('input "token" is empty; pass github.token or an App token (docs/setup.md)');
  const slackWebhook = core.getInput('slack-webhook');
  const lockUrl = core.getInput('lock-webhook-url');
  const lockSecret = core.getInput('lock-webhook-secret');
  for (const secret of [token, slackWebhook, lockUrl, lockSecret]) if (secret) core.setSecret(secret);
  const at = core.getInput('at');
  const pinned = at ? parseInstant(at, 'input "at"') : undefined;
  const runClock: Clock =
    pinned === undefined ? clock : { now: () => pinned, sleep: (ms) => clock.sleep(ms) };
  const dryRun = core.getBooleanInput('dry-run', { required: false });
  const [{ context }, { wireContext }] = await Promise.all([import('@actions/github'), import('./wire.js')]);
  const ctx = wireContext({
    token,
    repository: `${context.repo.owner}/${context.repo.repo}`,
    botLogin: core.getInput('bot-login') || 'github-actions[bot]',
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    slackWebhook,
    lockUrl,
    lockSecret,
    clock: runClock,
    timeoutMinutes: positiveNumber(core.getInput('timeout-minutes') || '10', 'input "timeout-minutes"'),
    log: { info: (line) => core.info(line), warn: (line) => core.warning(line) },
    config,
    records: core.getInput('records') || 'reports/monitoring',
    recordsBranch: core.getInput('records-branch'),
    timezone: core.getInput('timezone'),
    dryRun,
    actor: context.actor || 'someone',
    runUrl: context.runId
      ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : undefined,
  });
  const reportPath =
    command === 'status' ? join(process.env.RUNNER_TEMP || tmpdir(), 'phasegate-report.html') : undefined;
  const inputs = {
    events: core.getInput('events'),
    backfill: core.getInput('backfill'),
    phase: core.getInput('phase'),
    reason: core.getInput('reason'),
    rollout: core.getInput('rollout'),
  };
  const event = { name: context.eventName, payload: context.payload, sha: context.sha };
  if (command === 'list') {
    const { listRollouts } = await import('./each.js');
    const forCommand = core.getInput('for-command');
    const names = await listRollouts(forCommand, ctx, inputs.rollout, event);
    core.info(`rollouts for ${forCommand || 'evaluate'}: ${names.join(', ') || 'none'}`);
    core.setOutput('rollouts', JSON.stringify(names));
    return;
  }
  const { dispatchEach } = await import('./each.js');
  const each = await dispatchEach(command, ctx, inputs, event, { reportPath });
  if (each.report) core.setOutput('report', each.report);
  await report(core, command, dryRun, each);
}

/**
 * Outputs and the job summary, from each run's first pass (what it found and decided). The
 * single-rollout outputs (phase, decision, ...) are set when the step ran one rollout; with many,
 * `rollouts-json` has them per rollout. A rollout that failed fails the step, after the others.
 */
async function report(core: Core, command: string, dryRun: boolean, each: EachResult): Promise<void> {
  const { actionOutputs, actionSummary, rolloutsOutput } = await import('./outputs.js');
  const { runs } = each;
  if (runs.length === 1 && runs[0]!.result)
    for (const [name, value] of Object.entries(actionOutputs(runs[0]!.result))) core.setOutput(name, value);
  core.setOutput('rollouts-json', JSON.stringify(rolloutsOutput(runs)));
  for (const { rollout, result, error } of runs) {
    const heading = each.layout === 'multi' ? `<h2>${rollout}</h2>\n\n` : '';
    if (!result) {
      core.summary.addRaw(`${heading}Failed: ${error?.message ?? 'unknown'}\n\n`);
      continue;
    }
    const ev = result.plan.evaluation;
    const who = each.layout === 'multi' ? `${rollout} ` : '';
    if (ev.decision.alert) core.warning(`${who}${ev.phase}: ${ev.decision.reasons.join('; ')}`);
    core.summary.addRaw(`${heading}${actionSummary(command, dryRun, result)}`);
  }
  await core.summary.write();
  const { rolloutsFailure } = await import('./each.js');
  const failure = rolloutsFailure(runs);
  if (failure) throw failure;
}
