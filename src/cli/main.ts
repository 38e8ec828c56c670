/**
 * The terminal entry: flags → a command → its result on stdout. Diagnostics and errors go to
 * stderr; bad input is one clear line and exit code 2; a failed command exits 1.
 *
 * Each command's modules are imported when it runs (ncc makes them chunks beside dist/cli.js), so
 * `phasegate validate` does not load the telemetry readers, the simulator or the demo's emulator.
 */
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { describeFsError } from '../fs-errors.js';
import { InputError, notAfter, parseInstant } from '../input.js';
import { PolicyError } from '../policy/errors.js';
import { withCollectThreads } from '../telemetry/sources/collect-threads.js';
import { addList, cliRollouts, ROLLOUT_HELP } from './rollouts.js';
import { addDoctor, addInit } from './setup-commands.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
  /** stderr is a terminal (collect draws a progress bar there; one line per window otherwise). */
  stderrIsTTY?: boolean;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // PHASEGATE_NOW pins "now" (ISO 8601) for replays and tests; unset, the system clock.
  now: () =>
    process.env.PHASEGATE_NOW ? parseInstant(process.env.PHASEGATE_NOW, 'PHASEGATE_NOW') : Date.now(),
  stderrIsTTY: process.stderr.isTTY === true && process.env.GITHUB_ACTIONS !== 'true',
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

  addCollect(program, io);
  addEvaluate(program, io);
  addPhaseChange(program, io);
  addValidate(program, io);
  addList(program, io);
  addSimulate(program, io);
  addDemo(program, io);
  addInit(program, io);
  addDoctor(program, io);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return reportError(err, io, argv[0] === 'validate');
  }
}

function addCollect(program: Command, io: CliIo): void {
  program
    .command('collect')
    .description('turn events into one window record file per window (reports/monitoring/YYYYMMDDHHMM.jsonl)')
    .option(
      '--source <file|glob>',
      'JSONL events for SLIs with no source in rollout.yaml: file(s), a glob in quotes ("logs/*.jsonl"), or an export URL with {from}/{to}',
    )
    .requiredOption('--output <dir|file>', 'folder for the report files; or one file with no --from/--to')
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option(
      '--rollout <name>',
      `${ROLLOUT_HELP} (default: each in turn, into <output's parent>/<rollout>/<output's name>)`,
    )
    .option('--window <duration>', "window length; must equal the policy's window", '15m')
    .option('--from <iso>', 'first window start (inclusive)')
    .option('--to <iso>', 'last window end (exclusive)')
    .option(
      '--backfill <duration>',
      'into a folder: collect the windows owed since its newest report, this far back',
      '24h',
    )
    .option(
      '--sli-source <sli=source>',
      "read an SLI from another source than rollout.yaml says (repeatable; '*=events': all from --source)",
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option(
      '--allow-fewer',
      'replace existing window records with ones holding fewer events (otherwise they are kept, with a warning)',
    )
    .option('--verbose', 'log every request to a telemetry source, not only failed attempts')
    .action(async (o) => {
      const now = io.now();
      // A large --source is parsed on several threads: they boot while the command loads.
      await withCollectThreads(o.source, () => collectEach(io, o, now));
    });
}

interface CollectFlags {
  source?: string;
  config: string;
  output: string;
  rollout?: string;
  window: string;
  from?: string;
  to?: string;
  backfill?: string;
  sliSource?: string[];
  verbose?: boolean;
  allowFewer?: boolean;
}

/** `collect` for each rollout the flags name. */
async function collectEach(io: CliIo, o: CollectFlags, now: number): Promise<void> {
  const { collectCommand } = await import('../commands/collect.js');
  const { each, rollouts } = await cliRollouts(o.config, o.output, o.rollout);
  for (const r of rollouts) {
    if (each) io.stderr(`rollout ${r.name}: collecting into ${r.records}\n`);
    io.stdout(
      await collectCommand({
        source: o.source,
        output: r.records,
        config: r.config,
        window: o.window,
        from: o.from === undefined ? undefined : parseInstant(o.from, '--from'),
        to: o.to === undefined ? undefined : parseInstant(o.to, '--to'),
        now,
        log: io.stderr,
        backfill: o.backfill,
        sliSources: o.sliSource,
        verbose: o.verbose === true,
        allowFewer: o.allowFewer === true,
        progress: io.stderrIsTTY ? 'bar' : 'lines',
      }),
    );
  }
}

function addEvaluate(program: Command, io: CliIo): void {
  program
    .command('evaluate')
    .description(
      "judge the phase's SLOs from the window records and decide: advance, hold, rollback or complete",
    )
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option(
      '--records <dir>',
      'folder of window records (with many rollouts, each its own: reports/<rollout>/monitoring)',
      'reports/monitoring',
    )
    .option('--rollout <name>', `${ROLLOUT_HELP} (default: each in turn)`)
    .option('--at <iso>', 'evaluation time (default: now)')
    .option('--phase <id>', 'judge this phase instead of the current one')
    .option('--since <iso>', 'when that phase began (default: from current.yaml)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'),
    )
    .action(async (o) => {
      const { evaluateCommand } = await import('../commands/evaluate.js');
      const { each, rollouts } = await cliRollouts(o.config, o.records, o.rollout);
      const at = o.at === undefined ? io.now() : parseInstant(o.at, '--at');
      const texts: [string, string][] = [];
      for (const r of rollouts) {
        const result = await evaluateCommand({
          config: r.config,
          records: r.records,
          at,
          atGiven: o.at !== undefined,
          phase: o.phase,
          since: o.since === undefined ? undefined : parseInstant(o.since, '--since'),
          format: o.format,
        });
        texts.push([r.name, result.text]);
      }
      if (!each) io.stdout(texts[0]![1]);
      else if (o.format === 'json')
        io.stdout(`${JSON.stringify(Object.fromEntries(texts.map(([n, t]) => [n, JSON.parse(t)])))}\n`);
      else io.stdout(texts.map(([n, t]) => `# ${n}\n\n${t}`).join('\n'));
    });
}

function addPhaseChange(program: Command, io: CliIo): void {
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
      .option('--rollout <name>', ROLLOUT_HELP)
      .option('--at <iso>', 'when the phase begins (default: now)')
      .action(async (o) => {
        const { phaseChangeCommand } = await import('../commands/phase-change.js');
        const [r] = (await cliRollouts(o.config, '', o.rollout, direction)).rollouts;
        io.stdout(
          phaseChangeCommand({
            direction,
            config: r!.config,
            phase: o.phase,
            reason: o.reason,
            // A phase that begins in the future breaks every evaluate until then.
            at: o.at === undefined ? io.now() : notAfter(parseInstant(o.at, '--at'), io.now(), '--at'),
          }),
        );
      });
  }
}

function addValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check a policy folder; exits non-zero with every error, located by file:line:column')
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option(
      '--events <file|glob>',
      'also check a sample of JSONL events against the SLIs: lines feeding each, and why others do not (docs/events.md)',
    )
    .option('--sample <lines>', 'with --events: how many lines to read from the start', '10000')
    .action(async (o) => {
      const { validateAllCommand } = await import('../commands/validate.js');
      io.stdout(validateAllCommand({ config: o.config, warn: io.stderr }));
      if (o.events === undefined) return;
      const { parseSample, validateEventsCommand } = await import('../commands/validate-events.js');
      const sample = parseSample(o.sample);
      for (const r of (await cliRollouts(o.config, '', undefined)).rollouts)
        await validateEventsCommand({ config: r.config, events: o.events, sample, out: io.stdout });
    });
}

function addSimulate(program: Command, io: CliIo): void {
  program
    .command('simulate')
    .description(
      'replay events through the policy: when the Action would have advanced, held or rolled back, and why',
    )
    .option('--config <dir>', CONFIG_HELP, 'phases')
    .option('--rollout <name>', ROLLOUT_HELP)
    .requiredOption(
      '--events <file|glob>',
      'JSONL events (every SLI is read from them); a glob in quotes, e.g. "logs/*.jsonl"',
    )
    .requiredOption(
      '--from <iso>',
      'when the replay starts, on a window boundary: the start phase begins here',
    )
    .requiredOption('--to <iso>', 'when the replay ends, on a window boundary')
    .option('--start-phase <id>', 'the phase live at --from (default: the first phase)')
    .option('--approve-after <duration>', 'time from opening a PR to its approval and merge', '1h')
    .option(
      '--report <file.html>',
      'also write a self-contained HTML report: SLOs over time, phases, decisions',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o) => {
      // As collect's: the --events file's parsing threads boot while the command loads.
      const { text } = await withCollectThreads(o.events, async () => {
        const { simulateCommand } = await import('../commands/simulate.js');
        const [r] = (await cliRollouts(o.config, '', o.rollout, 'simulate')).rollouts;
        return simulateCommand({
          config: r!.config,
          events: o.events,
          from: parseInstant(o.from, '--from'),
          to: parseInstant(o.to, '--to'),
          startPhase: o.startPhase,
          approveAfter: o.approveAfter,
          format: o.format,
          log: io.stderr,
          progress: io.stderrIsTTY ? 'bar' : 'lines',
          report: o.report,
          now: io.now(),
        });
      });
      io.stdout(text);
    });
}

function addDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('collect a generated sample of telemetry and evaluate the reference rollout (npm start)')
    .option('--config <dir>', 'policy folder (default: the reference rollout shipped with phasegate)')
    .option('--keep <dir>', 'keep the generated events and window records in this folder')
    .option(
      '--github',
      'run the whole loop on a loopback GitHub: PRs, approvals, a rollback, the restart, completion',
    )
    .action(async (o) => {
      if (o.github) {
        const { githubDemoCommand } = await import('../demo/github-demo.js');
        await githubDemoCommand({ out: o.keep, log: io.stdout });
        return;
      }
      const { demoCommand } = await import('../commands/demo.js');
      io.stdout(await demoCommand({ config: o.config, keep: o.keep, log: io.stderr }));
    });
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
  // A file-system error nobody put in words: the path and what it means, not a raw errno line.
  const path = (err as NodeJS.ErrnoException | undefined)?.path;
  const fs = path === undefined ? undefined : describeFsError(err, path);
  const message = fs ?? (err instanceof Error ? err.message : String(err));
  io.stderr(`phasegate: ${message}\n`);
  if (process.env.PHASEGATE_DEBUG && err instanceof Error) io.stderr(`${err.stack}\n`);
  return 1;
}
