/**
 * `phasegate evaluate`: judge the current phase's SLOs from committed window records and decide.
 */

import { InputError } from '../input.js';
import type { Policy } from '../policy/model.js';
import { phaseById, phaseIds } from '../policy/model.js';
import { renderVerdictMarkdown, verdictJson } from '../render/verdict.js';
import { type Evaluation, evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import { readRecords } from '../telemetry/sources/record-files.js';
import { loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';

// The Action's loop imports it from here.
export { lookbackStart };

export interface EvaluateOptions {
  config: string;
  records: string;
  at: number;
  phase?: string;
  since?: number;
  format: 'json' | 'markdown';
}

export interface EvaluateResult {
  policy: Policy;
  evaluation: Evaluation;
  text: string;
}

export async function evaluateCommand(opts: EvaluateOptions): Promise<EvaluateResult> {
  const loaded = loadPolicyDir(opts.config);
  const { policy } = loaded;
  const current = opts.phase === undefined || opts.since === undefined ? loadCurrent(loaded) : undefined;
  const phase = opts.phase ?? current?.phase;
  if (phase === undefined) {
    throw new InputError(
      `no current phase: ${loaded.currentPath} does not exist; pass --phase <id> --since <iso>`,
    );
  }
  const spec = phaseById(policy, phase);
  if (!spec)
    throw new InputError(`--phase: unknown phase "${phase}"; valid phases: ${phaseIds(policy).join(', ')}`);
  let since = opts.since;
  if (since === undefined) {
    if (!current || current.phase !== phase) {
      throw new InputError(
        `--phase ${phase} is not the current phase (${current?.phase ?? 'none'}); give --since <iso> too`,
      );
    }
    since = current.since;
  }
  if (since > opts.at) throw new InputError('--since is after --at; the phase cannot begin in the future');

  const started = current?.phase === phase ? current.started : undefined;
  const from = lookbackStart(policy, spec, since, opts.at, started);
  const records = await readRecords(opts.records, from, opts.at);
  const entered = current?.phase === phase && current.since === since ? current.entered : undefined;
  const evaluation = evaluate({ policy, phase, since, records, at: opts.at, entered, started });
  const text =
    opts.format === 'json'
      ? `${JSON.stringify(verdictJson(policy, evaluation))}\n`
      : renderVerdictMarkdown(policy, evaluation);
  return { policy, evaluation, text };
}
