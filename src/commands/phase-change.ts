/**
 * `phasegate rollback` / `phasegate advance`: rewrite the current-phase file in the working tree.
 * This is the edit a phase-change pull request carries; the plan's `flags:rollback --phase A-0`.
 */
import { writeFileSync } from 'node:fs';
import { InputError } from '../input.js';
import { phaseIds } from '../policy/model.js';
import { renderCurrent, startedAfter } from '../rollout/current.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';

export interface PhaseChangeOptions {
  direction: 'rollback' | 'advance';
  config: string;
  phase: string;
  reason?: string;
  /** When the new phase begins (epoch ms). */
  at: number;
}

export function phaseChangeCommand(opts: PhaseChangeOptions): string {
  const loaded = loadPolicyDir(opts.config);
  const { policy } = loaded;
  const ids = phaseIds(policy);
  const to = ids.indexOf(opts.phase);
  if (to < 0) throw new InputError(`--phase: unknown phase "${opts.phase}"; valid phases: ${ids.join(', ')}`);
  const current = loadCurrent(loaded);
  if (current) {
    const from = ids.indexOf(current.phase);
    if (from === to) throw new InputError(`--phase: ${opts.phase} is already the current phase`);
    if (opts.direction === 'rollback' && to > from) {
      throw new InputError(
        `--phase: ${opts.phase} comes after the current phase ${current.phase}; use advance`,
      );
    }
    if (opts.direction === 'advance' && to < from) {
      throw new InputError(
        `--phase: ${opts.phase} comes before the current phase ${current.phase}; use rollback`,
      );
    }
  }
  const reason =
    opts.reason ?? `${opts.direction} ${current ? `from ${current.phase} ` : ''}to ${opts.phase} by hand`;
  writeFileSync(
    loaded.currentPath,
    renderCurrent(policy, opts.phase, opts.at, {
      reason,
      entered: { by: opts.direction === 'rollback' ? 'rollback' : 'manual', from: current?.phase },
      started: current ? startedAfter(policy, current, opts.phase, opts.at) : undefined,
    }),
  );
  return `${displayPath(loaded.currentPath)}: ${current?.phase ?? '(none)'} → ${opts.phase} since ${new Date(opts.at).toISOString()}\n`;
}
