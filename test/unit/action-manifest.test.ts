/**
 * action.yml and the workflows users copy agree with the code and the policy: the inputs the
 * Action reads are the inputs it declares, workflows pass only declared inputs, the rollback
 * choices are the policy's phases, and the workflow linter CI runs really catches mistakes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const LINT = join(ROOT, 'scripts', 'lint-workflows.mjs');
const run = promisify(execFile);

type Entry = { description?: string; default?: unknown };
type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = {
  on: Record<string, { inputs?: Record<string, { options?: string[] }> } | null>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; queue?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<
    string,
    { steps: Step[]; concurrency?: Workflow['concurrency']; permissions?: Record<string, string> }
  >;
};

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, Entry>;
  outputs: Record<string, Entry>;
  runs: { using: string; main: string };
  branding?: { icon?: string; color?: string };
};
// release.yml releases phasegate itself (docs/releasing.md): it is not one of the workflows users copy.
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f) && f !== 'release.yml');
const workflow = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;

/**
 * Every input name src/action reads: literal first arguments of core.getInput /
 * getBooleanInput / getMultilineInput, and of local helpers that pass their first parameter to
 * one of those (e.g. `function required(name) { const v = core.getInput(name); ... }`).
 */
function inputsReadBySource(): Set<string> {
  const dir = join(ROOT, 'src', 'action');
  const texts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const readers = ['getInput', 'getBooleanInput', 'getMultilineInput'];
  const helper =
    /(?:function\s+(\w+)\s*\(\s*(\w+)|(?:const|let)\s+(\w+)\s*=\s*\(\s*(\w+))[^)]*\)[^{]*\{([\s\S]*?)\n\}/g;
  for (const text of texts) {
    for (const m of text.matchAll(helper)) {
      const [name, param, body] = [m[1] ?? m[3], m[2] ?? m[4], m[5] ?? ''];
      if (new RegExp(`get(?:Boolean|Multiline)?Input\\(\\s*${param}\\b`).test(body)) readers.push(name!);
    }
  }
  const call = new RegExp(`\\b(?:${readers.join('|')})\\(\\s*['"\`]([^'"\`]+)['"\`]`, 'g');
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(call)) names.add(m[1]!);
  return names;
}

const ownSteps = (wf: Workflow): Step[] =>
  Object.values(wf.jobs)
    .flatMap((j) => j.steps)
    .filter((s) => s.uses === './' || s.uses?.startsWith('phasegate/phasegate@'));

describe('action.yml', () => {
  it('describes every input and output', () => {
    for (const [section, entries] of Object.entries({ inputs: action.inputs, outputs: action.outputs })) {
      for (const [name, entry] of Object.entries(entries)) {
        expect(entry.description?.trim(), `${section}.${name} needs a description`).toBeTruthy();
      }
    }
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'decision',
        'phase',
        'pr-number',
        'report',
        'rollouts',
        'rollouts-json',
        'target-phase',
        'verdict-json',
      ].sort(),
    );
  });

  it('declares exactly the inputs src/action reads', () => {
    const read = [...inputsReadBySource()].sort();
    expect(read.length).toBeGreaterThan(0);
    expect(Object.keys(action.inputs).sort(), 'action.yml inputs vs getInput() calls in src/action').toEqual(
      read,
    );
  });

  it('runs the committed bundle on node24 with the workflow token by default', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
    expect(action.branding?.icon && action.branding.color).toBeTruthy();
  });
});

describe('workflows', () => {
  it('ship the four workflows users copy', () => {
    expect(workflowFiles.sort()).toEqual(['apply.yml', 'phase-gate.yml', 'rollback.yml', 'rollout.yml']);
  });

  it('pass only inputs action.yml declares, and each run names its command', () => {
    const declared = new Set(Object.keys(action.inputs));
    for (const file of workflowFiles) {
      const steps = ownSteps(workflow(file));
      expect(steps.length, `${file} runs phasegate`).toBeGreaterThan(0);
      for (const step of steps) {
        for (const key of Object.keys(step.with ?? {}))
          expect(declared, `${file}: input ${key}`).toContain(key);
        expect(step.with?.command, `${file}: a step without command`).toBeTruthy();
      }
    }
  });

  it('offer exactly the policy phases as rollback targets', () => {
    const policy = parse(readFileSync(join(ROOT, 'phases', 'rollout.yaml'), 'utf8')) as { phases: string[] };
    const options = workflow('rollback.yml').on.workflow_dispatch?.inputs?.phase?.options;
    expect(options).toEqual(policy.phases);
  });

  it('pin every third-party action to a full commit SHA, the release in a comment', () => {
    for (const file of workflowFiles) {
      const lines = readFileSync(join(WORKFLOWS, file), 'utf8').split('\n');
      const uses = lines.filter((l) => /^\s*(-\s*)?uses:/.test(l) && !/uses:\s*\.\//.test(l));
      expect(uses.length, `${file} uses a third-party action`).toBeGreaterThan(0);
      for (const line of uses)
        expect(line, file).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('ask the App token for what GITHUB_TOKEN gets, plus metadata and (for team approvers) members', () => {
    // GITHUB_TOKEN runs phasegate while no App is configured, so both need the same permissions
    // (the job's permissions:, else the workflow's); Members is an organization permission
    // GITHUB_TOKEN cannot have (docs/setup.md, "Permissions"), asked for by the jobs that read
    // approvers.
    const appOnly = new Set(['metadata', 'members']);
    const readsApprovers = new Set(['evaluate', 'propose', 'status', 'gate', 'rollback']);
    let checked = 0;
    for (const file of workflowFiles) {
      const wf = workflow(file);
      for (const [id, job] of Object.entries(wf.jobs)) {
        const step = job.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
        if (!step) continue;
        checked++;
        const app = Object.fromEntries(
          Object.entries(step.with ?? {})
            .filter(([k]) => k.startsWith('permission-'))
            .map(([k, v]) => [k.slice('permission-'.length), String(v)]),
        );
        const at = `${file} job ${id}`;
        const shared = Object.fromEntries(Object.entries(app).filter(([k]) => !appOnly.has(k)));
        expect(shared, `${at}: App token permissions vs permissions:`).toEqual(
          job.permissions ?? wf.permissions,
        );
        expect(app.metadata, at).toBe('read');
        const commands = job.steps.map((s) => String(s.with?.command ?? ''));
        if (!commands.some((c) => readsApprovers.has(c))) expect(app.members, at).toBeUndefined();
        else
          expect(app.members, at).toBe(
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
            "${{ vars.PHASEGATE_TEAM_APPROVERS == 'true' && 'read' || '' }}",
          );
      }
    }
    expect(checked).toBeGreaterThanOrEqual(workflowFiles.length);
  });

  it("run each rollout's jobs in its own group, one at a time, never cancelling one midway", () => {
    const perRollout = {
      group: `phasegate-rollout-\${{ matrix.rollout }}`,
      queue: 'max',
      'cancel-in-progress': false,
    };
    // The same group name in every workflow, so a manual rollback of X waits for X's scheduled
    // job and no other (test/e2e/rollouts.e2e.test.ts shows it).
    for (const [file, job] of [
      ['rollout.yml', 'rollout'],
      ['rollback.yml', 'rollback'],
      ['apply.yml', 'apply'],
    ] as const) {
      expect(workflow(file).concurrency, file).toBeUndefined();
      expect(workflow(file).jobs[job]?.concurrency, file).toEqual(perRollout);
    }
    expect(workflow('rollout.yml').jobs.index?.concurrency).toEqual({
      group: 'phasegate-index',
      queue: 'max',
      'cancel-in-progress': false,
    });
    // The gate: phasegate's own PRs in their rollout's group, any other PR in its own (the
    // expression is evaluated by GitHub's parser in test/unit/workflows).
    const gate = workflow('phase-gate.yml').jobs.gate?.concurrency;
    expect(gate).toMatchObject({ queue: 'max', 'cancel-in-progress': false });
    expect(gate?.group).toContain("format('phasegate-rollout-{0}', matrix.rollout)");
    const wf = workflow('rollout.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(ownSteps(wf).map((s) => s.with?.command)).toEqual([
      'collect',
      'list',
      'evaluate',
      'propose',
      'status',
      'index',
    ]);
  });
});

describe('scripts/lint-workflows.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lint = async (...files: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [LINT, ...files], { cwd: ROOT });
      return { code: 0, out: stdout + stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  it("passes this repository's action.yml, workflows and docs", async () => {
    const { code, out } = await lint();
    expect(out).toMatch(/0 problems/);
    expect(code).toBe(0);
  });

  it('fails a broken workflow, naming the line of each mistake', async () => {
    const file = join(dir, 'broken.yml');
    writeFileSync(
      file,
      [
        'on:',
        '  schedule:',
        "    - cron: '61 * * * *'", // minute out of range
        '  pull_request:',
        '    types: [opend]', // no such activity type
        'permissions:',
        '  contents: writ', // no such level
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '        with: { fetch-dept: 1 }', // misspelt input of a known action
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
        '      - run: echo ${{ github.nope }}', // unknown context property
        '      - uses: ./',
        '        with: { comand: collect }', // not an input of action.yml
        '',
      ].join('\n'),
    );
    const { code, out } = await lint(file);
    expect(code).toBe(1);
    expect(out).toMatch(/broken\.yml:3:\d+: invalid CRON format/);
    expect(out).toMatch(/broken\.yml:5:\d+: invalid activity type "opend"/);
    expect(out).toMatch(/broken\.yml:7:\d+: "writ" is invalid for permission/);
    expect(out).toMatch(/broken\.yml:13:\d+: input "fetch-dept" is not defined/);
    expect(out).toMatch(/broken\.yml:14:\d+: property "nope" is not defined/);
    expect(out).toMatch(/broken\.yml:16:\d+: input "comand" is not declared in action\.yml/);
  });

  it('fails a third-party action not pinned to a full commit SHA, naming the line and the fix', async () => {
    const sha = 'fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09';
    const file = join(dir, 'unpinned.yml');
    writeFileSync(
      file,
      [
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5', // a tag: can be moved
        `      - uses: actions/checkout@${sha}`, // pinned, but to which release?
        '      - uses: actions/checkout@fbc6f39 # v5.1.0', // a short SHA is not a pin
        `      - uses: actions/checkout@${sha} # v5.1.0`, // pinned
        '      - uses: ./', // this repository's own action
        '        with: { command: collect }',
        '  b:',
        '    uses: octo-org/ci/.github/workflows/build.yml@main', // a reusable workflow, too
        '',
      ].join('\n'),
    );
    const { code, out } = await lint(file);
    expect(code).toBe(1);
    expect(out).toMatch(
      /unpinned\.yml:6:\d+: "actions\/checkout@v5" is a third-party action not pinned to a full commit SHA.*uses: actions\/checkout@<40-hex commit of the release> # <release>/,
    );
    expect(out).toMatch(
      /unpinned\.yml:7:\d+: .* does not say to which release; add it as a trailing comment/,
    );
    expect(out).toMatch(
      /unpinned\.yml:8:\d+: "actions\/checkout@fbc6f39" is a third-party action not pinned/,
    );
    expect(out).toMatch(
      /unpinned\.yml:13:\d+: "octo-org\/ci\/\.github\/workflows\/build\.yml@main" is a third-party/,
    );
    expect(out).not.toMatch(/unpinned\.yml:(9|10):/);
  });

  it('keeps checking the inputs of a pinned action as of the release its comment names', async () => {
    const file = join(dir, 'pinned-input.yml');
    writeFileSync(
      file,
      [
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
        '        with: { fetch-dept: 1 }', // misspelt input, as actionlint knows checkout@v4
        '',
      ].join('\n'),
    );
    const { code, out } = await lint(file);
    expect(code).toBe(1);
    expect(out).toMatch(/pinned-input\.yml:7:\d+: input "fetch-dept" is not defined/);
    expect(out).not.toMatch(/\[pin\]/);
  });

  it('fails an action.yml without descriptions or with an unknown runtime', async () => {
    const sub = mkdtempSync(join(dir, 'action-'));
    const file = join(sub, 'action.yml');
    writeFileSync(
      file,
      'name: x\ndescription: x\ninputs:\n  token:\n    default: t\noutputs:\n  phase: {}\nruns:\n  using: node12\n  main: dist/index.js\n',
    );
    const { code, out } = await lint(file);
    expect(code).toBe(1);
    expect(out).toMatch(/action\.yml:4:\d+: inputs\.token has no description/);
    expect(out).toMatch(/action\.yml:7:\d+: outputs\.phase has no description/);
    expect(out).toMatch(/action\.yml:9:\d+: runs\.using "node12" is not one of/);
  });
});
