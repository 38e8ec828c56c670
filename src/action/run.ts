/**
 * The GitHub Action entry: inputs → one command → outputs and the job summary. It only wires:
 * the checkout (GITHUB_WORKSPACE), the forge (GitHub through GITHUB_API_URL), the notifiers
 * (Slack and lock webhooks from secrets) and the clock. What each command does lives in
 * src/commands/.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { type ApplyResult, applyCommand, setNotificationSink } from '../commands/apply.js';
import { gateCommand } from '../commands/gate.js';
import { InputError, oneOf, parseInstant } from '../commands/input.js';
import { evaluateCurrent, type LoopContext, type PhaseState, recentSeries } from '../commands/loop.js';
import { proposeCommand } from '../commands/propose.js';
import { publishRecords } from '../commands/publish.js';
import { rollbackCommand } from '../commands/rollback.js';
import { statusCommand } from '../commands/status.js';
import { validateCommand } from '../commands/validate.js';
import { createClient } from '../github/client.js';
import { GitHubForge } from '../github/forge.js';
import { webhookSink } from '../notify/sink.js';
import { renderJobSummary } from '../render/summary.js';
import { verdictJson } from '../render/verdict.js';

const COMMANDS = [
  'collect',
  'evaluate',
  'propose',
  'apply',
  'rollback',
  'status',
  'gate',
  'validate',
] as const;

export async function run(now: () => number = Date.now): Promise<void> {
  try {
    const command = oneOf(core.getInput('command') || 'evaluate', COMMANDS, 'input "command"');
    const config = core.getInput('config') || 'phases';
    if (command === 'validate') {
      core.info(validateCommand({ config }).trim());
      return;
    }
    const ctx = loopContext(now);
    const actions: string[] = [];
    const log = ctx.log;
    ctx.log = (line) => {
      actions.push(line);
      log(line);
    };
    let state: PhaseState | undefined;
    let prNumber: number | undefined;
    switch (command) {
      case 'collect':
        await publishRecords(ctx, {
          events: core.getInput('events'), // optional when rollout.yaml's sources: covers every SLI
          backfill: core.getInput('backfill') || '24h',
        });
        state = await evaluateCurrent(ctx);
        break;
      case 'evaluate':
        state = await evaluateCurrent(ctx);
        break;
      case 'propose': {
        const result = await proposeCommand(ctx);
        state = result.state;
        prNumber = result.pr?.number;
        break;
      }
      case 'gate': {
        const pr = (context.payload.pull_request ?? context.payload.issue) as { number?: number } | undefined;
        if (!pr?.number) {
          throw new InputError(
            `command gate runs on pull_request or pull_request_review events, not "${context.eventName}"`,
          );
        }
        state = await evaluateCurrent(ctx, await ctx.forge.defaultBranch());
        await gateCommand(ctx, state, pr.number);
        prNumber = pr.number;
        break;
      }
      case 'apply': {
        const result: ApplyResult = await applyCommand(ctx, sinkFromInputs(), context.sha);
        prNumber = result.change?.pr?.number;
        state = await evaluateCurrent(ctx);
        break;
      }
      case 'rollback': {
        const result = await rollbackCommand(ctx, {
          phase: core.getInput('phase'),
          reason: core.getInput('reason'),
        });
        state = result.state;
        prNumber = result.pr?.number;
        break;
      }
      case 'status':
        ctx.reportPath = join(process.env.RUNNER_TEMP || tmpdir(), 'phasegate-report.html');
        state = (await statusCommand(ctx)).state;
        core.setOutput('report', ctx.reportPath);
        break;
    }
    if (state) {
      const ev = state.evaluation;
      core.setOutput('phase', ev.phase);
      core.setOutput('decision', ev.decision.action);
      core.setOutput('target-phase', ev.decision.to ?? '');
      core.setOutput('verdict-json', JSON.stringify(verdictJson(state.policy, ev)));
      if (ev.decision.alert) core.warning(`${ev.phase}: ${ev.decision.reasons.join('; ')}`);
      await core.summary
        .addRaw(
          renderJobSummary({
            policy: state.policy,
            command,
            evaluation: ev,
            steps: actions.map((text) => ({ kind: 'note' as const, text })),
            at: ctx.now,
            dryRun: ctx.dryRun,
            charts: recentSeries(state, 6 * 3_600_000), // the last 6 h of the live phase, as Mermaid
          }),
        )
        .write();
    }
    core.setOutput('pr-number', prNumber === undefined ? '' : String(prNumber));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(err instanceof InputError ? message : `phasegate: ${message}`);
  }
}

function loopContext(now: () => number): LoopContext {
  const token = core.getInput('token');
  if (!token)
    throw new InputError('input "token" is empty; pass github.token or an App token (docs/setup.md)');
  core.setSecret(token);
  const at = core.getInput('at');
  const dryRun = core.getBooleanInput('dry-run', { required: false });
  const octokit = createClient({ token, log: (line) => core.warning(line) });
  const forge = new GitHubForge(
    octokit,
    `${context.repo.owner}/${context.repo.repo}`,
    core.getInput('bot-login') || 'github-actions[bot]',
  );
  const ctx: LoopContext = {
    forge,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    config: core.getInput('config') || 'phases',
    records: core.getInput('reports') || 'reports/monitoring',
    recordsBranch: core.getInput('reports-branch'),
    now: at ? parseInstant(at, 'input "at"') : now(),
    dryRun,
    timezone: core.getInput('timezone'),
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    actor: context.actor || 'someone',
    runUrl: context.runId
      ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : undefined,
  };
  setNotificationSink(sinkFromInputs());
  return ctx;
}

function sinkFromInputs() {
  const slack = core.getInput('slack-webhook');
  const lockUrl = core.getInput('lock-webhook-url');
  const lockSecret = core.getInput('lock-webhook-secret');
  for (const secret of [slack, lockUrl, lockSecret]) if (secret) core.setSecret(secret);
  return webhookSink({ slack, lockUrl, lockSecret, log: (line) => core.info(line) });
}
