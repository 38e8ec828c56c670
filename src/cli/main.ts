/**
 * The terminal entry: flags → a command → its result on stdout. Diagnostics and errors go to
 * stderr; bad input is one clear line and exit code 2; a failed command exits 1.
 */
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { collectCommand } from '../commands/collect.js';
import { demoCommand } from '../commands/demo.js';
import { evaluateCommand } from '../commands/evaluate.js';
import { InputError, parseInstant } from '../commands/input.js';
import { phaseChangeCommand } from '../commands/phase-change.js';
import { validateCommand } from '../commands/validate.js';
import { PolicyError } from '../policy/errors.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // PHASEGATE_NOW pins "now" (ISO 8601) for replays and tests; unset, the system clock.
  now: () =>
    process.env.PHASEGATE_NOW ? parseInstant(process.env.PHASEGATE_NOW, 'PHASEGATE_NOW') : Date.now(),
};

const CONFIG_HELP = 'policy folder: rollout.yaml, one <phase>.yaml per phase, current.yaml';

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('phasegate')
    .description('GitOps progressive rollouts: collect telemetry, judge SLOs, decide phase changes.')
    .version(pkg.version)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // One line, like every other error: "phasegate: unknown option '--phaze' (Did you mean --phase?)"
      outputError: (text, write) =>
        write(
          `phasegate: ${text
            .trim()
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')}\n`,
        ),
    })
    .exitOverride();

  program
    .command('collect')
    .description('turn events into one report file per window (reports/monitoring/YYYYMMDDHHMM.jsonl)')
    .requiredOption('--source <file|glob>', 'JSONL event file(s); a glob in quotes, e.g. "logs/*.jsonl"')
    .requiredOption('--output <dir|file>', 'folder for the report files; or one file with no --from/--to')
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option('--window <duration>', "window length; must equal the policy's window", '15m')
    .option('--from <iso>', 'first window start (inclusive)')
    .option('--to <iso>', 'last window end (exclusive)')
    .action(async (o) => {
      const now = io.now();
      io.stdout(
        await collectCommand({
          source: o.source,
          output: o.output,
          config: o.config,
          window: o.window,
          from: o.from === undefined ? undefined : parseInstant(o.from, '--from'),
          to: o.to === undefined ? undefined : parseInstant(o.to, '--to'),
          now,
          log: io.stderr,
        }),
      );
    });

  program
    .command('evaluate')
    .description("judge the phase's SLOs from the reports and decide: advance, hold, rollback or complete")
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option('--reports <dir>', 'folder of report files', 'reports/monitoring')
    .option('--at <iso>', 'evaluation time (default: now)')
    .option('--phase <id>', 'judge this phase instead of the current one')
    .option('--since <iso>', 'when that phase began (default: from current.yaml)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'),
    )
    .action(async (o) => {
      const result = await evaluateCommand({
        config: o.config,
        reports: o.reports,
        at: o.at === undefined ? io.now() : parseInstant(o.at, '--at'),
        phase: o.phase,
        since: o.since === undefined ? undefined : parseInstant(o.since, '--since'),
        format: o.format,
      });
      io.stdout(result.text);
    });

  for (const direction of ['rollback', 'advance'] as const) {
    program
      .command(direction)
      .description(
        direction === 'rollback'
          ? 'set the current phase back to an earlier one (rewrites current.yaml; the revert PR carries it)'
          : 'move the current phase to a later one (rewrites current.yaml; the advance PR carries it)',
      )
      .requiredOption('--phase <id>', 'the target phase, e.g. A-0')
      .option('--reason <text>', 'why; recorded in current.yaml')
      .option('--config <dir>', CONFIG_HELP, 'phases')
      .option('--at <iso>', 'when the phase begins (default: now)')
      .action((o) => {
        io.stdout(
          phaseChangeCommand({
            direction,
            config: o.config,
            phase: o.phase,
            reason: o.reason,
            at: o.at === undefined ? io.now() : parseInstant(o.at, '--at'),
          }),
        );
      });
  }

  program
    .command('validate')
    .description('check a policy folder; exits non-zero with every error, located by file:line:column')
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .action((o) => {
      io.stdout(validateCommand({ config: o.config }));
    });

  program
    .command('demo')
    .description('collect a generated sample of telemetry and evaluate the reference rollout (npm start)')
    .option('--config <dir>', 'policy folder (default: the reference rollout shipped with phasegate)')
    .option('--keep <dir>', 'keep the generated events and reports in this folder')
    .action(async (o) => {
      io.stdout(await demoCommand({ config: o.config, keep: o.keep, log: io.stderr }));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return reportError(err, io, argv[0] === 'validate');
  }
}

function reportError(err: unknown, io: CliIo, allIssues: boolean): number {
  if (err instanceof CommanderError) {
    // Commander already printed its message (help and version exit with code 0).
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof PolicyError) {
    const lines = err.message.split('\n');
    if (allIssues || lines.length === 1) io.stderr(`phasegate: ${err.message}\n`);
    else
      io.stderr(
        `phasegate: ${lines[1]!.trim()} (and ${err.issues.length - 1} more: run phasegate validate)\n`,
      );
    return 2;
  }
  if (err instanceof InputError) {
    io.stderr(`phasegate: ${err.message}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`phasegate: ${message}\n`);
  if (process.env.PHASEGATE_DEBUG && err instanceof Error) io.stderr(`${err.stack}\n`);
  return 1;
}
