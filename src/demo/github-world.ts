/**
 * The demo's stage: the loopback GitHub emulator (in-process, on the simulated clock) holding a
 * real git repository with the reference rollout, a checkout of it, the bot's forge, and the
 * people of the plan (the Analyzer alice, a CODEOWNER of phases/; the Reporter autosave-po).
 * The emulator (src/emulator) runs here without a validator: checking its answers against
 * GitHub's API descriptions is the tests' business, and needs devDependencies.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { createClient } from '../github/client.js';
import { GitHubForge } from '../github/forge.js';

const run = promisify(execFile);

export const BOT = 'github-actions[bot]';
export const PEOPLE = { analyst: 'alice', reporter: 'autosave-po' } as const;
const TOKENS = { bot: 'demo-bot-token', alice: 'demo-alice-token', po: 'demo-po-token' } as const;

/**
 * The folder holding phases/ and docs/CHECKLIST.md: the package root beside the bundle
 * (dist/cli.js → ..), or the working directory (npm start runs in the repository).
 */
export function findRepositoryRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '..'), resolve(here, '..', '..'), process.cwd()];
  const root = candidates.find(
    (d) => existsSync(join(d, 'phases', 'rollout.yaml')) && existsSync(join(d, 'docs', 'CHECKLIST.md')),
  );
  if (!root) {
    throw new Error(
      `phasegate demo --github needs phasegate's phases/ and docs/CHECKLIST.md; none found in ${candidates.join(', ')}: run it from the phasegate repository (npm start)`,
    );
  }
  return root;
}

/** The demo repository's files: phases/ (with templates), the QA checklist, CODEOWNERS. */
export function demoRepositoryFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const phases = join(root, 'phases');
  for (const e of readdirSync(phases, { withFileTypes: true })) {
    if (e.isFile()) files[`phases/${e.name}`] = readFileSync(join(phases, e.name), 'utf8');
  }
  const templates = join(phases, 'templates');
  if (existsSync(templates)) {
    for (const name of readdirSync(templates))
      files[`phases/templates/${name}`] = readFileSync(join(templates, name), 'utf8');
  }
  files['docs/CHECKLIST.md'] = readFileSync(join(root, 'docs', 'CHECKLIST.md'), 'utf8');
  files['.github/CODEOWNERS'] = `# The Analyzers own the phase files.\n/phases/ @${PEOPLE.analyst}\n`;
  return files;
}

export interface DemoWorld {
  gh: Emulator;
  forge: GitHubForge;
  /** Octokit acting as a person (edits a PR body to tick the QA checklist). */
  as: (login: string) => ReturnType<typeof createClient>;
  git: (args: string[]) => Promise<string>;
}

export async function startDemoWorld(o: {
  clock: () => number;
  files: Record<string, string>;
  workspace: string;
}): Promise<DemoWorld> {
  const gh = await startEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      // GITHUB_TOKEN with what the example workflows grant (.github/workflows/*.yml).
      [TOKENS.bot]: {
        kind: 'github-actions',
        permissions: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
      },
      [TOKENS.alice]: { kind: 'person', login: PEOPLE.analyst },
      [TOKENS.po]: { kind: 'person', login: PEOPLE.reporter },
    },
    clock: () => new Date(o.clock()),
  });
  await gh.seed(o.files, 'Start the autosave rollout at A-0', PEOPLE.analyst);
  await gh.cloneTo(o.workspace);
  const warn = (line: string) => process.stderr.write(`warning: ${line}\n`);
  const client = (token: string) =>
    createClient({ token, baseUrl: gh.url, log: warn, sleep: async () => {} });
  const forge = new GitHubForge(client(TOKENS.bot), `${gh.owner}/${gh.repo}`, BOT);
  const byLogin: Record<string, string> = { [PEOPLE.analyst]: TOKENS.alice, [PEOPLE.reporter]: TOKENS.po };
  return {
    gh,
    forge,
    as: (login) => client(byLogin[login] ?? TOKENS.alice),
    git: async (args) => (await run('git', args, { cwd: o.workspace })).stdout,
  };
}
