/**
 * `phasegate init`: a working setup in the user's repository, from flags alone (CI and tests run
 * it): the policy folder (the generic template, or `--example autosave`), its QA checklist beside
 * it, the four workflows, and the CODEOWNERS line for the policy folder (written with
 * --codeowners, printed otherwise). Existing files are never overwritten without --force, and the
 * scaffold is compiled before anything is written. Prints what it wrote and the steps left.
 */
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EXAMPLES } from '../init/example.js';
import { nextSteps } from '../init/next-steps.js';
import { type InitSettings, type Scaffold, scaffold } from '../init/scaffold.js';
import { InputError } from '../input.js';
import { PolicyError } from '../policy/errors.js';
import { CODEOWNERS_LOCATIONS, matchingRule, parseCodeowners } from '../rollout/codeowners.js';
import { INIT_DEFAULTS } from './init-defaults.js';
import { repoFolder } from './repo-folder.js';
import { validateCommand } from './validate.js';

export interface InitCommandOptions {
  /** The repository's root (default: the working directory). */
  repo?: string;
  config?: string;
  example?: string;
  rollout?: string;
  timezone?: string;
  holidayCountry?: string;
  approvers?: string[];
  reviewers?: string[];
  reporter?: string;
  slackChannel?: string;
  events?: string;
  actionRef?: string;
  branch?: string;
  owners?: string[];
  /** Write the CODEOWNERS line (append to the repository's CODEOWNERS, or create .github/CODEOWNERS). */
  codeowners?: boolean;
  force?: boolean;
  /**
   * `multi`: the policy goes into `<config>/<rollout>/`, one folder per rollout, and workflows that
   * exist are kept (they run every rollout); default `single`: the policy is `<config>/` itself.
   */
  layout?: 'single' | 'multi';
  now: number;
  version: string;
  /** Warnings (stderr). */
  log?: (line: string) => void;
}

/** The flags that name what goes into the generic policy: `--example` copies the reference as is. */
const POLICY_FLAGS = {
  rollout: '--rollout',
  timezone: '--timezone',
  holidayCountry: '--holiday-country',
  approvers: '--approvers',
  reviewers: '--reviewers',
  reporter: '--reporter',
  slackChannel: '--slack-channel',
} as const;

export function initCommand(o: InitCommandOptions): string {
  const root = resolve(o.repo ?? '.');
  const settings = initSettings(o, root);
  const made = compile(settings);
  // With one folder per rollout the workflows serve every rollout: a second init keeps them.
  const kept =
    o.layout === 'multi'
      ? made.files.filter(([p]) => p.startsWith('.github/') && existsSync(join(root, p)))
      : [];
  made.files = made.files.filter((f) => !kept.includes(f));
  const codeowners = planCodeowners(root, settings.config, made, o.codeowners === true);
  const replaced = refuseToClobber(root, settings.config, made, o.force === true);
  for (const [path, text] of made.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (codeowners.done === 'written') {
    const file = join(root, codeowners.file);
    mkdirSync(dirname(file), { recursive: true });
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    appendFileSync(file, `${before && !before.endsWith('\n') ? '\n' : ''}${codeowners.line}\n`);
  }
  const ok = validateCommand({ config: join(root, settings.config), root, warn: o.log });
  const listed = made.files.map(([path]) => `  ${path}${replaced.has(path) ? ' (replaced)' : ''}`);
  if (codeowners.done === 'written') listed.push(`  ${codeowners.file} (${codeowners.line})`);
  for (const [path] of kept) listed.push(`  ${path} (kept: it runs every rollout)`);
  return `wrote ${listed.length} files in ${root}:\n${listed.join('\n')}\n${ok}${nextSteps({
    policy: made.policy,
    config: settings.config,
    events: settings.events,
    actionRef: settings.actionRef,
    branch: settings.branch,
    generic: !settings.example,
    codeowners,
  })}`;
}

function initSettings(o: InitCommandOptions, root: string): InitSettings {
  const example = o.example;
  if (example !== undefined && !(EXAMPLES as readonly string[]).includes(example)) {
    throw new InputError(
      `--example: "${example}" is not an example; the one there is: ${EXAMPLES.join(', ')}`,
    );
  }
  if (example !== undefined) {
    const given = Object.entries(POLICY_FLAGS).filter(
      ([k]) => o[k as keyof typeof POLICY_FLAGS] !== undefined,
    );
    if (given.length) {
      throw new InputError(
        `${given.map(([, flag]) => flag).join(', ')}: --example ${example} copies the reference rollout as it is; leave ${given.length === 1 ? 'it' : 'them'} out, or drop --example for the generic policy with your names`,
      );
    }
  }
  const base = repoFolder(o.config ?? INIT_DEFAULTS.config, '--config');
  const rollout = o.rollout ?? (example ? 'autosave' : defaultRollout(root));
  if (o.layout === 'multi' && existsSync(join(root, base, 'rollout.yaml')))
    throw new InputError(
      `--layout multi: ${base}/ holds one rollout (${base}/rollout.yaml); move it into ${base}/<its rollout name>/ first (docs/setup.md, "Many rollouts")`,
    );
  return {
    config: o.layout === 'multi' ? `${base}/${rollout}` : base,
    workflowConfig: base,
    example: example as InitSettings['example'],
    policy: {
      rollout,
      timezone: o.timezone ?? INIT_DEFAULTS.timezone,
      holidayCountry: o.holidayCountry,
      approvers: o.approvers?.length ? o.approvers : INIT_DEFAULTS.approvers,
      reviewers: o.reviewers ?? [],
      reporter: o.reporter,
      slackChannel: o.slackChannel,
    },
    actionRef: o.actionRef ?? INIT_DEFAULTS.actionRef,
    events: o.events ?? INIT_DEFAULTS.events,
    branch: o.branch ?? INIT_DEFAULTS.branch,
    owners: o.owners ?? [],
    version: o.version,
    now: o.now,
  };
}

/** The repository folder's name, as a rollout name ("My App" → "my-app"). */
function defaultRollout(root: string): string {
  const name = basename(root)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return name || 'my-feature';
}

/** Which flag a policy field came from, for a refusal that names the flag. */
const FIELD_FLAGS: [RegExp, string][] = [
  [/^rollout$/, '--rollout'],
  [/^timezone$/, '--timezone'],
  [/^holidays/, '--holiday-country'],
  [/^github\.approvers/, '--approvers'],
  [/^github\.reviewers/, '--reviewers'],
  [/^github\.reporter/, '--reporter'],
  [/^notify\.slack/, '--slack-channel'],
];

function compile(settings: InitSettings): Scaffold {
  try {
    return scaffold(settings);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    const lines = e.issues.map((issue) => {
      const flag = FIELD_FLAGS.find(([re]) => re.test(issue.field))?.[1];
      return flag ? `${flag}: ${issue.message}` : `${issue.position.file}: ${issue.field}: ${issue.message}`;
    });
    throw new InputError(
      `${lines.join('; ')} (the policy init would write does not validate; nothing was written)`,
    );
  }
}

type CodeownersPlan = Parameters<typeof nextSteps>[0]['codeowners'];

/** The CODEOWNERS line for the policy folder: already covered, to write, or to print. */
function planCodeowners(root: string, config: string, made: Scaffold, write: boolean): CodeownersPlan {
  const found = CODEOWNERS_LOCATIONS.find((f) => existsSync(join(root, f)));
  const file = found ?? CODEOWNERS_LOCATIONS[0];
  const placeholder = made.codeowners.owners.length === 0;
  const plan = { line: made.codeowners.line, file, placeholder };
  if (found) {
    const rule = matchingRule(
      parseCodeowners(readFileSync(join(root, found), 'utf8'), found),
      `${config}/current.yaml`,
    );
    if (rule?.owners.length) return { ...plan, done: 'present' };
  }
  if (!write) return { ...plan, done: 'print' };
  if (placeholder) {
    throw new InputError(
      '--codeowners: no owners for the policy folder; pass --owners (or --approvers, or --reviewers) with logins or org/team',
    );
  }
  return { ...plan, done: 'written' };
}

/**
 * Refuses to overwrite files without --force, naming them; and, even with it, YAML files in the
 * policy folder that the new policy does not list (they would be read as part of it). Returns
 * the paths that will be replaced.
 */
function refuseToClobber(root: string, config: string, made: Scaffold, force: boolean): Set<string> {
  const exists = (p: string) => {
    try {
      lstatSync(join(root, p));
      return true;
    } catch {
      return false;
    }
  };
  const existing = made.files.map(([p]) => p).filter(exists);
  if (existing.length && !force) {
    throw new InputError(
      `refusing to overwrite ${existing.length} existing file(s): ${existing.join(', ')}; pass --force to replace them, or --config <dir> for another policy folder`,
    );
  }
  const ours = new Set(made.files.map(([p]) => p));
  const dir = join(root, config);
  const stale = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n) && !ours.has(`${config}/${n}`))
        .map((n) => `${config}/${n}`)
    : [];
  if (stale.length) {
    throw new InputError(
      `${config}/ holds ${stale.join(', ')}, which the new policy does not list and phasegate would read as part of it; move ${stale.length === 1 ? 'it' : 'them'} out first`,
    );
  }
  return new Set(existing);
}
