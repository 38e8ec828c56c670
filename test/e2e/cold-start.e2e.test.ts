/**
 * The bundles load only what the command needs (issue 14): the Action (dist/index.js) and the
 * CLI (dist/cli.js) import each command's modules from chunks beside them when it runs
 * (scripts/build.mjs). Held here by structure, never by time (how fast: `npm run bench -- --only
 * cold-start`): the entry files hold none of the heavy code, the Action bundle holds neither the
 * emulator nor the demo, and `validate` still passes from a copy of dist/ whose chunks holding
 * the report, GitHub's client, the telemetry readers and the rest are deleted, which fails any
 * command that needs one of them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { runProcess, scratchWithPolicy } from '../support/cli.js';
import { REPO_ROOT } from '../support/policy.js';

const DIST = join(REPO_ROOT, 'dist');

/** Text only the named code holds in a bundle (ncc keeps names, strings and comments). */
const HEAVY = {
  "the HTML report's chart library (uPlot)": 'uPlot',
  "GitHub's client (@octokit/core)": 'octokit-core.js',
  "undici, @actions/core's and the webhooks' HTTP client": 'UND_ERR_',
  "collect's telemetry readers": 'function collectCommand',
  'the loop: planner and interpreters': 'runLoop',
  'the GitHub emulator': 'startEmulator',
  "the loopback GitHub's demo": 'function githubDemoCommand',
  'the simulator': 'function simulateCommand',
};
const NOT_IN_THE_ACTION: (keyof typeof HEAVY)[] = [
  'the GitHub emulator',
  "the loopback GitHub's demo",
  'the simulator',
];
/** The policy's parsers: validate's own, loaded only once the command is known. */
const PARSERS = { zod: '$ZodType', yaml: 'composeDoc' };

const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
const chunksOf = (bundle: 'index' | 'cli') =>
  readdirSync(DIST).filter((f) => new RegExp(`^\\d+\\.${bundle}\\.js$`).test(f));
const holding = (files: string[], marker: string) => files.filter((f) => text(f).includes(marker));

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of dist/ without the chunks of `bundle` that hold any of the heavy markers. */
function pruned(bundle: 'index' | 'cli'): { dir: string; deleted: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-pruned-'));
  scratch.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const deleted = chunksOf(bundle).filter((f) => Object.values(HEAVY).some((m) => text(f).includes(m)));
  for (const f of deleted) rmSync(join(dir, f));
  return { dir, deleted };
}

const pushEvent = {
  name: 'push',
  payload: { repository: { full_name: 'acme/app', url: 'http://127.0.0.1:9/repos/acme/app' } },
};

describe('the Action bundle', () => {
  it('starts with none of the commands: the entry holds no heavy code and not the parsers', () => {
    const entry = text('index.js');
    for (const [what, marker] of Object.entries({ ...HEAVY, ...PARSERS }))
      expect(entry.includes(marker), what).toBe(false);
  });

  it('holds the report, the GitHub client and the readers in chunks; the emulator, the demo and the simulator nowhere', () => {
    const files = ['index.js', ...chunksOf('index')];
    for (const [what, marker] of Object.entries(HEAVY)) {
      const found = holding(files, marker);
      if (NOT_IN_THE_ACTION.includes(what as keyof typeof HEAVY)) expect(found, what).toEqual([]);
      else expect(found.length, `${what} (${marker}) is in no chunk: update HEAVY`).toBeGreaterThan(0);
    }
  });

  it('validates a policy with every heavy chunk deleted; evaluate, which needs them, fails', async () => {
    const { dir, deleted } = pruned('index');
    expect(deleted.length).toBeGreaterThan(0);
    const workspace = scratchWithPolicy();
    scratch.push(workspace);
    const entry = join(dir, 'index.js');
    const validate = await runAction({ entry, workspace, inputs: { command: 'validate' }, event: pushEvent });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^ok: rollout "autosave", phases A-0 → A-1/);
    // The control: a command that needs a deleted chunk cannot start.
    const evaluate = await runAction({ entry, workspace, inputs: { command: 'evaluate' }, event: pushEvent });
    expect(evaluate.code).not.toBe(0);
    expect(evaluate.stderr).toMatch(/Cannot find module .*\d+\.index\.js/);
  });
});

describe('the CLI bundle', () => {
  it('starts with none of the commands: the entry holds no heavy code and not the parsers', () => {
    const entry = text('cli.js');
    for (const [what, marker] of Object.entries({ ...HEAVY, ...PARSERS }))
      expect(entry.includes(marker), what).toBe(false);
    const chunks = chunksOf('cli');
    for (const [what, marker] of Object.entries(HEAVY)) {
      const found = holding(chunks, marker);
      expect(found.length, `${what} (${marker}) is in no chunk: update HEAVY`).toBeGreaterThan(0);
    }
  });

  it('validates a policy with every heavy chunk deleted; simulate, which needs them, fails', async () => {
    const { dir, deleted } = pruned('cli');
    expect(deleted.length).toBeGreaterThan(0);
    const cwd = scratchWithPolicy();
    scratch.push(cwd);
    const cli = join(dir, 'cli.js');
    const validate = await runProcess(process.execPath, [cli, 'validate'], { cwd });
    expect(validate.code, validate.stderr).toBe(0); // stderr: the scratch has no QA checklist
    expect(validate.stdout).toMatch(/^ok: rollout "autosave", phases A-0 → A-1/);
    const simulate = await runProcess(
      process.execPath,
      [
        cli,
        'simulate',
        '--events',
        'none.jsonl',
        '--from',
        '2026-11-20T00:00:00Z',
        '--to',
        '2026-11-21T00:00:00Z',
      ],
      { cwd },
    );
    expect(simulate.code).not.toBe(0);
    expect(simulate.stderr).toMatch(/Cannot find module .*\d+\.cli\.js/);
  });
});
