/**
 * The CLI over a policy folder with many rollouts (phases/<rollout>/): `--rollout` picks one;
 * evaluate and collect run every rollout in turn without it, the commands about one rollout
 * (advance, rollback, simulate) need it. `phasegate list` names the rollouts, for scripts and a
 * workflow's matrix.
 */
import type { Command } from 'commander';
import { InputError } from '../input.js';
// Imported when a command runs: finding the rollouts parses YAML, which the CLI's entry leaves to
// the chunks (test/e2e/cold-start.e2e.test.ts).
import type { RolloutFolder } from '../worktree/rollouts.js';

const layoutModule = () => import('../worktree/rollouts.js');

export const ROLLOUT_HELP = 'with one folder per rollout (phases/<rollout>/): the rollout to run for';

/**
 * The rollouts a command runs for, `records` narrowed to each one's folder. `command`: a command
 * about exactly one rollout, which refuses to guess among many.
 */
export async function cliRollouts(
  config: string,
  records: string,
  rollout: string | undefined,
  command?: string,
): Promise<{ each: boolean; rollouts: RolloutFolder[] }> {
  const { findRollouts, selectRollouts } = await layoutModule();
  const layout = findRollouts('', config, records);
  const multi = layout.kind === 'multi';
  if (multi && command && !rollout)
    throw new InputError(
      `${command}: --rollout is required: ${config}/ holds many rollouts (${layout.rollouts.map((r) => r.name).join(', ')}); name one`,
    );
  // each: every rollout of many in turn, so the output names each one.
  return { each: multi && !rollout, rollouts: selectRollouts(layout, rollout ?? '', '--rollout') };
}

export function addList(program: Command, io: { stdout: (text: string) => void }): void {
  program
    .command('list')
    .description('list the rollouts of a policy folder: its own, or one per phases/<rollout>/ folder')
    .option('--config <dir>', 'policy folder', 'phases')
    .option(
      '--records <dir>',
      'the records folder the workflows pass (each rollout gets its own)',
      'reports/monitoring',
    )
    .option('--json', 'one JSON array of {"rollout", "config", "records"}')
    .action(async (o) => {
      const { findRollouts } = await layoutModule();
      const { kind, rollouts } = findRollouts('', o.config, o.records);
      if (o.json) {
        const rows = rollouts.map((r) => ({ rollout: r.name, config: r.config, records: r.records }));
        io.stdout(`${JSON.stringify(rows)}\n`);
        return;
      }
      const head =
        kind === 'single' ? `one rollout in ${o.config}/` : `${rollouts.length} rollouts in ${o.config}/`;
      io.stdout(
        `${head}\n${rollouts.map((r) => `  ${r.name}: policy ${r.config}/, records ${r.records}/`).join('\n')}\n`,
      );
    });
}
