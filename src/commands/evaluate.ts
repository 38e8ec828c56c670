/**
 * `phasegate evaluate`: judge the current phase's SLOs from committed window records and decide.
 */

import { describeFsError } from '../fs-errors.js';
import { InputError } from '../input.js';
import type { Policy } from '../policy/model.js';
import { phaseById, phaseIds } from '../policy/model.js';
import { renderVerdictMarkdown, verdictJson } from '../render/verdict.js';
import { type Evaluation, evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import { readRecords } from '../telemetry/sources/record-files.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';

// The Action's loop imports it from here.
export { lookbackStart };

export interface EvaluateOptions {
  config: string;
  records: string;
  at: number;
  /** --at was given (messages name it; otherwise `at` is now). */
  atGiven?: boolean;
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
  if (since > opts.at) {
    // Name where the time came from: the flags only when the user gave them.
    const began =
      opts.since === undefined
        ? `${displayPath(loaded.currentPath)} says phase ${phase} began ${new Date(since).toISOString()}`
        : `--since ${new Date(since).toISOString()}`;
    const at = `${new Date(opts.at).toISOString()}${opts.atGiven ? ' (--at)' : ' (now)'}`;
    throw new InputError(
      `${began}, after ${at}; a phase cannot begin in the future: fix since: there (phasegate advance/rollback without --at writes now)`,
    );
  }

  const started = current?.phase === phase ? current.started : undefined;
  const from = lookbackStart(policy, spec, since, opts.at, started);
  const records = await readRecords(opts.records, from, opts.at).catch((e: unknown) => {
    const words = describeFsError(e, opts.records, 'folder');
    throw words
      ? new InputError(`--records: ${words}; give the folder of window records (reports/monitoring)`)
      : e;
  });
  const entered = current?.phase === phase && current.since === since ? current.entered : undefined;
  const evaluation = evaluate({ policy, phase, since, records, at: opts.at, entered, started });
  const text =
    opts.format === 'json'
      ? `${JSON.stringify(verdictJson(policy, evaluation, records))}\n`
      : renderVerdictMarkdown(policy, evaluation, records);
  return { policy, evaluation, text };
}
