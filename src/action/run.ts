/**
 * The GitHub Action entry: inputs → a command → outputs and the job summary. It runs the same
 * commands as the CLI on the workflow's checkout. (The PR loop — propose, apply, rollback on
 * GitHub — builds on this.)
 */
import * as core from '@actions/core';
import { evaluateCommand } from '../commands/evaluate.js';
import { InputError, oneOf, parseInstant } from '../commands/input.js';
import { validateCommand } from '../commands/validate.js';
import { renderVerdictMarkdown, verdictJson } from '../render/verdict.js';

const COMMANDS = ['evaluate', 'validate'] as const;

export async function run(now: () => number = Date.now): Promise<void> {
  try {
    const command = oneOf(core.getInput('command') || 'evaluate', COMMANDS, 'input "command"');
    const config = core.getInput('config') || 'phases';
    if (command === 'validate') {
      core.info(validateCommand({ config }).trim());
      return;
    }
    const at = core.getInput('at');
    const result = await evaluateCommand({
      config,
      reports: core.getInput('reports') || 'reports/monitoring',
      at: at ? parseInstant(at, 'input "at"') : now(),
      format: 'json',
    });
    const { evaluation: ev, policy } = result;
    core.setOutput('phase', ev.phase);
    core.setOutput('decision', ev.decision.action);
    core.setOutput('target-phase', ev.decision.to ?? '');
    core.setOutput('verdict-json', JSON.stringify(verdictJson(policy, ev)));
    const markdown = renderVerdictMarkdown(policy, ev);
    await core.summary.addRaw(markdown).write();
    core.info(markdown);
    if (ev.decision.alert) core.warning(`${ev.phase}: ${ev.decision.reasons.join('; ')}`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(err instanceof InputError ? message : `phasegate: ${message}`);
  }
}
