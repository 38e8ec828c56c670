/**
 * `phasegate init`: what it writes, that what it writes validates, that the flags land where they
 * belong, and that nothing the repository already has is overwritten without --force.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type InitCommandOptions, initCommand } from '../../../src/commands/init.js';
import { validateCommand } from '../../../src/commands/validate.js';
import { InputError } from '../../../src/input.js';
import { loadPolicyDir } from '../../../src/worktree/policy-dir.js';
import { REPO_ROOT } from '../../support/policy.js';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const WORKFLOWS = ['rollout.yml', 'phase-gate.yml', 'rollback.yml', 'apply.yml'].map(
  (f) => `.github/workflows/${f}`,
);
const GENERIC = ['rollout.yaml', 'canary.yaml', 'beta.yaml', 'ga.yaml', 'current.yaml', 'CHECKLIST.md'];

function emptyRepo(name = 'shop'): string {
  const root = join(mkdtempSync(join(tmpdir(), 'phasegate-init-')), name);
  mkdirSync(join(root, '.git'), { recursive: true });
  return root;
}

function init(root: string, o: Partial<InitCommandOptions> = {}) {
  const warnings: string[] = [];
  const text = initCommand({ repo: root, now: NOW, version: '9.9.9', log: (l) => warnings.push(l), ...o });
  return { text, warnings };
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const yaml = (root: string, path: string) => parse(read(root, path));

type Step = { uses?: string; with?: Record<string, string> };
const stepsOf = (wf: { jobs: Record<string, { steps: Step[] }> }) =>
  Object.values(wf.jobs).flatMap((j) => j.steps);

describe('phasegate init', () => {
  it('writes the generic policy with its checklist beside it and the four workflows, and the scaffold validates', () => {
    const root = emptyRepo();
    const { text, warnings } = init(root);
    const written = [...GENERIC.map((f) => `phases/${f}`), ...WORKFLOWS];
    for (const path of written) expect(existsSync(join(root, path)), path).toBe(true);
    expect(text).toContain(`wrote 10 files in ${root}:\n${written.map((p) => `  ${p}`).join('\n')}\n`);
    expect(text).toContain(
      'ok: rollout "shop", phases canary → beta → ga, 2 SLIs, 6 SLOs, 3 rollback rules; current phase canary since 2026-11-20T09:00:00.000Z',
    );
    expect(warnings).toEqual([]);
    const policy = loadPolicyDir(join(root, 'phases')).policy;
    expect(policy.github.checklist).toBe('phases/CHECKLIST.md');
    expect(Object.keys(policy.slis)).toEqual(['latency', 'error_rate']);
    expect(read(root, 'phases/CHECKLIST.md')).toMatch(/## canary[\s\S]*## beta[\s\S]*## ga/);
    expect(validateCommand({ config: join(root, 'phases'), root })).toMatch(/^ok: /);
  });

  it("rewrites the workflows for the user's repository: the release, the policy folder, its phases", () => {
    const root = emptyRepo();
    init(root);
    for (const file of WORKFLOWS) {
      const text = read(root, file);
      expect(text, file).not.toMatch(/uses: \.\//);
      expect(text, file).not.toMatch(/In your repository use/);
      expect(text, file).toContain('# Written by `phasegate init` (phasegate 9.9.9)');
      const own = stepsOf(yaml(root, file)).filter((s) => s.uses === 'phasegate/phasegate@v1');
      expect(own.length, file).toBeGreaterThan(0);
      for (const step of own) expect(step.with?.config, file).toBe('phases');
    }
    expect(yaml(root, '.github/workflows/rollback.yml').on.workflow_dispatch.inputs.phase.options).toEqual([
      'canary',
      'beta',
      'ga',
    ]);
    expect(yaml(root, '.github/workflows/apply.yml').on.push).toEqual({
      branches: ['main'],
      paths: ['phases/current.yaml', 'phases/*/current.yaml'],
    });
  });

  it('puts every flag where it belongs', () => {
    const root = emptyRepo();
    const { text } = init(root, {
      config: './rollout/',
      rollout: 'checkout-v2',
      timezone: 'Europe/Berlin',
      holidayCountry: 'DE',
      approvers: ['alice', 'acme/analysts'],
      reviewers: ['bob'],
      reporter: 'carol',
      slackChannel: '#checkout',
      events: "logs/it's/*.jsonl",
      actionRef: 'acme/phasegate@v1.2.0',
      branch: 'trunk',
    });
    const { policy } = loadPolicyDir(join(root, 'rollout'));
    expect(policy).toMatchObject({
      rollout: 'checkout-v2',
      timezone: 'Europe/Berlin',
      holidays: { country: { code: 'DE' } },
      github: {
        approvers: { advance: ['alice', 'acme/analysts'] },
        reviewers: ['bob'],
        reporter: 'carol',
        checklist: 'rollout/CHECKLIST.md',
      },
      notify: { slack: { channel: '#checkout' } },
    });
    expect(policy.phases[0]!.flags).toEqual({
      'checkout-v2.enabled': true,
      'checkout-v2.audience': 'canary',
    });
    const rollout = yaml(root, '.github/workflows/rollout.yml');
    const collect = stepsOf(rollout).find((s) => s.with?.command === 'collect')!;
    expect(collect.uses).toBe('acme/phasegate@v1.2.0');
    expect(collect.with).toMatchObject({
      config: 'rollout',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      events: "${{ vars.PHASEGATE_EVENTS || 'logs/it''s/*.jsonl' }}",
    });
    expect(yaml(root, '.github/workflows/apply.yml').on.push).toEqual({
      branches: ['trunk'],
      paths: ['rollout/current.yaml', 'rollout/*/current.yaml'],
    });
    expect(read(root, 'rollout/rollout.yaml')).toContain(
      '$schema=https://raw.githubusercontent.com/acme/phasegate/v1.2.0/schema/rollout.schema.json',
    );
    // The CODEOWNERS line names the approvers; the docs links follow the release.
    expect(text).toContain('       /rollout/ @alice @acme/analysts');
    expect(text).toContain(
      'https://github.com/acme/phasegate/blob/v1.2.0/docs/setup.md#4-the-token-a-github-app',
    );
    expect(text).toContain('Secrets: SLACK_WEBHOOK_URL (an incoming webhook for #checkout)');
  });

  it('refuses to overwrite existing files, naming them, and writes nothing; --force replaces them', () => {
    const root = emptyRepo();
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/rollout.yml'), 'mine\n');
    mkdirSync(join(root, 'phases'));
    writeFileSync(join(root, 'phases/CHECKLIST.md'), 'mine\n');
    expect(() => init(root)).toThrow(
      new InputError(
        'refusing to overwrite 2 existing file(s): phases/CHECKLIST.md, .github/workflows/rollout.yml; pass --force to replace them, or --config <dir> for another policy folder',
      ),
    );
    expect(existsSync(join(root, 'phases/rollout.yaml'))).toBe(false);
    expect(read(root, '.github/workflows/rollout.yml')).toBe('mine\n');

    const { text } = init(root, { force: true });
    expect(text).toContain('  phases/CHECKLIST.md (replaced)\n');
    expect(text).toContain('  .github/workflows/rollout.yml (replaced)\n');
    expect(read(root, '.github/workflows/rollout.yml')).toContain('phasegate rollout');
  });

  it('refuses, even with --force, a policy folder holding phase files the new policy would read as its own', () => {
    const root = emptyRepo();
    mkdirSync(join(root, 'phases'));
    writeFileSync(join(root, 'phases/A-0.yaml'), 'id: A-0\n');
    expect(() => init(root, { force: true })).toThrow(
      /^phases\/ holds phases\/A-0\.yaml, which the new policy does not list and phasegate would read as part of it; move it out first$/,
    );
    expect(existsSync(join(root, 'phases/rollout.yaml'))).toBe(false);
  });

  it('prints the CODEOWNERS line; --codeowners appends it to the CODEOWNERS the repository has, or creates one', () => {
    const printed = emptyRepo();
    const { text } = init(printed, { reviewers: ['bob'] });
    expect(text).toContain(
      'CODEOWNERS: add this line to .github/CODEOWNERS, or run init again with --codeowners',
    );
    expect(text).toContain('\n       /phases/ @bob\n');
    expect(existsSync(join(printed, '.github/CODEOWNERS'))).toBe(false);

    const created = emptyRepo();
    init(created, { owners: ['@alice', 'acme/qa'], codeowners: true });
    expect(read(created, '.github/CODEOWNERS')).toBe('/phases/ @alice @acme/qa\n');

    const appended = emptyRepo();
    writeFileSync(join(appended, 'CODEOWNERS'), '/src/ @octocat');
    const r = init(appended, { approvers: ['alice'], codeowners: true });
    expect(read(appended, 'CODEOWNERS')).toBe('/src/ @octocat\n/phases/ @alice\n');
    expect(r.text).toContain('  CODEOWNERS (/phases/ @alice)\n');

    const covered = emptyRepo();
    mkdirSync(join(covered, 'docs'));
    writeFileSync(join(covered, 'docs/CODEOWNERS'), '/phases/ @dana\n');
    expect(init(covered, { codeowners: true }).text).toContain(
      'CODEOWNERS: docs/CODEOWNERS already names owners for phases/',
    );
    expect(read(covered, 'docs/CODEOWNERS')).toBe('/phases/ @dana\n');
  });

  it('--codeowners without anyone to name refuses before writing anything', () => {
    const root = emptyRepo();
    expect(() => init(root, { codeowners: true })).toThrow(
      /^--codeowners: no owners for the policy folder; pass --owners/,
    );
    expect(existsSync(join(root, 'phases'))).toBe(false);
    // Printed, the line holds a placeholder and says so.
    expect(init(root).text).toContain('(with your analysts for the placeholder, or pass --owners)');
  });

  it('names the flag the policy would refuse, and writes nothing', () => {
    const root = emptyRepo();
    expect(() => init(root, { timezone: 'Mars/Olympus', holidayCountry: 'XX' })).toThrow(
      /^--timezone: .*Mars\/Olympus.*; --holiday-country: .*XX.* \(the policy init would write does not validate; nothing was written\)$/,
    );
    expect(() => init(root, { reviewers: ['not a login'] })).toThrow(/^--reviewers: /);
    expect(() => init(root, { config: '../elsewhere' })).toThrow(
      /^--config: "\.\.\/elsewhere" is not a folder inside/,
    );
    expect(existsSync(join(root, 'phases'))).toBe(false);
  });

  it('names the rollout after the folder when --rollout is not given', () => {
    const root = emptyRepo('My Shop 2');
    init(root);
    expect(loadPolicyDir(join(root, 'phases')).policy.rollout).toBe('my-shop-2');
  });

  it('--example autosave copies the reference rollout, its checklist beside it, its Slack template, since now', () => {
    const root = emptyRepo();
    const { text, warnings } = init(root, { example: 'autosave' });
    expect(warnings).toEqual([]);
    expect(text).toContain('ok: rollout "autosave", phases A-0 → A-1 → A-2 → B-0 → B-1');
    expect(read(root, 'phases/CHECKLIST.md')).toBe(read(REPO_ROOT, 'docs/CHECKLIST.md'));
    expect(read(root, 'phases/templates/slack-rollback.ja.md')).toBe(
      read(REPO_ROOT, 'phases/templates/slack-rollback.ja.md'),
    );
    expect(read(root, 'phases/A-1.yaml').replace(/^# yaml-language-server.*\n/, '')).toBe(
      read(REPO_ROOT, 'phases/A-1.yaml').replace(/^# yaml-language-server.*\n/, ''),
    );
    const { policy } = loadPolicyDir(join(root, 'phases'));
    expect(policy.github.checklist).toBe('phases/CHECKLIST.md');
    expect(yaml(root, 'phases/current.yaml').since).toBe('2026-11-20T09:00:00.000Z');
    expect(yaml(root, '.github/workflows/rollback.yml').on.workflow_dispatch.inputs.phase.options).toEqual([
      'A-0',
      'A-1',
      'A-2',
      'B-0',
      'B-1',
    ]);
    expect(text).toContain('LOCK_WEBHOOK_URL and LOCK_WEBHOOK_SECRET (the autosave.lock.readonly notice)');
  });

  it('--example refuses the flags of the generic policy, and unknown examples', () => {
    const root = emptyRepo();
    expect(() => init(root, { example: 'autosave', rollout: 'x', reviewers: ['bob'] })).toThrow(
      /^--rollout, --reviewers: --example autosave copies the reference rollout as it is; leave them out/,
    );
    expect(() => init(root, { example: 'checkout' })).toThrow(/^--example: "checkout" is not an example/);
  });

  it("writes workflows the repository's workflow linter passes (actionlint, pinned actions, declared inputs)", async () => {
    const root = emptyRepo();
    init(root);
    const files = WORKFLOWS.map((f) => join(root, f));
    // Rejects (exit 1) with the problems in its output when there are any.
    const run = await promisify(execFile)(process.execPath, [
      join(REPO_ROOT, 'scripts/lint-workflows.mjs'),
      ...files,
    ]);
    expect(run.stdout).toBe('lint:workflows: 4 files, 0 problems\n');
  });
});
