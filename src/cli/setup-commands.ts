/**
 * The commands that set phasegate up in a repository: `init` writes a working setup, `doctor`
 * checks one. Registered by main.ts beside the others.
 */
import { type Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { INIT_DEFAULTS } from '../commands/init-defaults.js';

/** What these commands need of main.ts's CliIo (not imported from it: main imports this file). */
interface SetupIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
}

/** `a,b` and repeated flags alike: `--reviewers a,b --reviewers c` → [a, b, c]. */
const list = (value: string, all: string[] | undefined): string[] => [
  ...(all ?? []),
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

export function addInit(program: Command, io: SetupIo): void {
  program
    .command('init')
    .description(
      'write a working setup into this repository: the policy folder with its QA checklist, the four workflows, the CODEOWNERS line; then print the steps left',
    )
    .option('--repo <dir>', 'the repository to write into', '.')
    .option('--config <dir>', `policy folder, repository-relative (default: ${INIT_DEFAULTS.config})`)
    .option('--example <name>', 'copy a reference rollout instead of the generic policy: autosave')
    .option('--rollout <name>', "the rollout's name, in branch names and labels (default: the folder's name)")
    .option(
      '--timezone <iana>',
      `time zone of calendar days, e.g. Europe/Berlin (default: ${INIT_DEFAULTS.timezone})`,
    )
    .option(
      '--holiday-country <code>',
      'ISO 3166-1 code whose public holidays are not business days, e.g. DE',
    )
    .option(
      '--approvers <logins>',
      'who approves advancing: logins, org/team or codeowners (default: codeowners)',
      list,
    )
    .option('--reviewers <logins>', 'asked to review every phase PR (comma-separated)', list)
    .option('--reporter <login>', 'owns the root-cause-analysis issue after a rollback')
    .option('--slack-channel <channel>', 'named in the Slack messages, e.g. "#releases"')
    .option('--events <glob>', `telemetry event files the workflow reads (default: ${INIT_DEFAULTS.events})`)
    .option('--action-ref <ref>', `what the workflows' uses: names (default: ${INIT_DEFAULTS.actionRef})`)
    .option(
      '--branch <name>',
      `the default branch, where phase changes are applied (default: ${INIT_DEFAULTS.branch})`,
    )
    .option(
      '--owners <logins>',
      'CODEOWNERS owners of the policy folder (default: the approvers, else the reviewers)',
      list,
    )
    .option(
      '--codeowners',
      'write the CODEOWNERS line (append, or create .github/CODEOWNERS) instead of printing it',
    )
    .option('--force', 'replace files that exist (named otherwise)')
    .addOption(
      new Option(
        '--layout <layout>',
        'multi: the policy in <config>/<rollout>/, one folder per rollout, keeping workflows that exist',
      )
        .choices(['single', 'multi'])
        .default('single'),
    )
    .action(async (o) => {
      const { initCommand } = await import('../commands/init.js');
      io.stdout(
        initCommand({
          repo: o.repo,
          config: o.config,
          example: o.example,
          rollout: o.rollout,
          timezone: o.timezone,
          holidayCountry: o.holidayCountry,
          approvers: o.approvers,
          reviewers: o.reviewers,
          reporter: o.reporter,
          slackChannel: o.slackChannel,
          events: o.events,
          actionRef: o.actionRef,
          branch: o.branch,
          owners: o.owners,
          codeowners: o.codeowners === true,
          force: o.force === true,
          layout: o.layout,
          now: io.now(),
          version: pkg.version,
          log: io.stderr,
        }),
      );
    });
}

export function addDoctor(program: Command, io: SetupIo): void {
  program
    .command('doctor')
    .description(
      "check this repository's phasegate setup offline, one line per check; exits 1 when any check finds a problem",
    )
    .option('--repo <dir>', 'the repository to check', '.')
    .option('--config <dir>', 'policy folder (default: the one the workflows pass, else phases)')
    .option('--events <glob>', "telemetry event files to sample (default: the collect step's events input)")
    .action(async (o) => {
      const { doctorCommand } = await import('../commands/doctor.js');
      const result = await doctorCommand({ repo: o.repo, config: o.config, events: o.events });
      io.stdout(result.text);
      if (result.problems)
        throw new Error(`doctor found ${result.problems} problem(s); each line says how to fix it`);
    });
}
