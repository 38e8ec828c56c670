/**
 * Many rollouts in one policy folder (phases/<rollout>/): how the folders are found and named,
 * where each one's records go, and the CLI over them (list, validate, evaluate, rollback).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { doctorCommand } from '../../../src/commands/doctor.js';
import { initCommand } from '../../../src/commands/init.js';
import { formatCheck } from '../../../src/doctor/check.js';
import { findRollouts, rolloutRecords, selectRollouts } from '../../../src/worktree/rollouts.js';
import { REPO_ROOT } from '../../support/policy.js';

/** A repository whose phases/ holds the reference rollout once per name, renamed. */
function repo(names: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'phasegate-rollouts-'));
  for (const name of names) {
    const dir = join(root, 'phases', name);
    cpSync(join(REPO_ROOT, 'phases'), dir, { recursive: true });
    for (const file of ['rollout.yaml', 'current.yaml']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^rollout: autosave$/m, `rollout: ${name}`));
    }
  }
  return root;
}

async function cli(root: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await main(argv, {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      now: () => Date.parse('2026-11-17T02:07:00Z'),
    });
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

describe('the rollouts of a policy folder', () => {
  it('rollout.yaml in phases/: the single layout, records where they were', () => {
    const layout = findRollouts(REPO_ROOT, 'phases', 'reports/monitoring');
    expect(layout).toEqual({
      kind: 'single',
      rollouts: [{ name: 'autosave', config: 'phases', records: 'reports/monitoring' }],
    });
    expect(selectRollouts(layout, 'autosave', 'input "rollout"')).toEqual(layout.rollouts);
    expect(() => selectRollouts(layout, 'web', 'input "rollout"')).toThrow(
      'input "rollout": no rollout "web"; the policy folder holds autosave',
    );
  });

  it('one folder per rollout: named by its folder, sorted, each with its own records folder', () => {
    const root = repo(['web', 'api']);
    mkdirSync(join(root, 'phases', 'notes')); // no rollout.yaml: not a rollout
    const layout = findRollouts(root, 'phases', '.phasegate-data/reports/monitoring');
    expect(layout.kind).toBe('multi');
    expect(layout.rollouts).toEqual([
      { name: 'api', config: 'phases/api', records: '.phasegate-data/reports/api/monitoring' },
      { name: 'web', config: 'phases/web', records: '.phasegate-data/reports/web/monitoring' },
    ]);
    expect(rolloutRecords('monitoring', 'web')).toBe('web/monitoring');
    expect(() => selectRollouts(layout, 'ios', '--rollout')).toThrow(
      '--rollout: no rollout "ios"; there are api, web',
    );
  });

  it('a rollout.yaml naming another rollout than its folder, or no rollout at all: errors that say which file', () => {
    const root = repo(['web']);
    const file = join(root, 'phases', 'web', 'rollout.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rollout: web', 'rollout: website'));
    expect(() => findRollouts(root, 'phases', 'reports/monitoring')).toThrow(
      'phases/web/rollout.yaml: rollout: "website" differs from its folder\'s name; with one folder per rollout the folder names the rollout: set rollout: web, or rename the folder',
    );
    const empty = mkdtempSync(join(tmpdir(), 'phasegate-rollouts-'));
    mkdirSync(join(empty, 'phases'));
    expect(() => findRollouts(empty, 'phases', 'reports/monitoring')).toThrow(
      /^policy folder "phases" holds no rollout.yaml, and no subfolder of it does/,
    );
  });
});

describe('the CLI over many rollouts', () => {
  it('list names them; validate checks every one and names each invalid one', async () => {
    const root = repo(['web', 'api']);
    const list = await cli(root, 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([
      { rollout: 'api', config: 'phases/api', records: 'reports/api/monitoring' },
      { rollout: 'web', config: 'phases/web', records: 'reports/web/monitoring' },
    ]);
    const ok = await cli(root, 'validate');
    expect(ok.code).toBe(0);
    expect(ok.out.match(/^ok: rollout "(\w+)"/gm)).toEqual(['ok: rollout "api"', 'ok: rollout "web"']);

    for (const name of ['web', 'api']) {
      const file = join(root, 'phases', name, 'rollout.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('timezone: Asia/Tokyo', 'timezone: Mars/Olympus'),
      );
    }
    const bad = await cli(root, 'validate');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^phasegate: 2 of 2 rollouts in phases\/ are invalid:\napi: .*phases\/api\/rollout\.yaml:\d+:\d+: timezone/,
    );
    expect(bad.err).toMatch(/\nweb: .*phases\/web\/rollout\.yaml:\d+:\d+: timezone/);
  });

  it('evaluate judges each rollout from its records; rollback must be told which', async () => {
    const root = repo(['web', 'api']);
    const some = await cli(root, 'evaluate', '--format', 'json');
    // No records yet: each rollout is judged (and held) from its own empty folder.
    expect(some.err).toBe('');
    const verdicts = JSON.parse(some.out) as Record<string, { phase: string }>;
    expect(Object.keys(verdicts)).toEqual(['api', 'web']);
    expect(verdicts.web!.phase).toBe('A-0');
    const one = await cli(root, 'evaluate', '--rollout', 'web');
    expect(one.out).not.toMatch(/^# web/);

    const unnamed = await cli(root, 'rollback', '--phase', 'A-0');
    expect(unnamed).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /rollback: --rollout is required: phases\/ holds many rollouts \(api, web\); name one/,
      ),
    });
    const advanced = await cli(root, 'advance', '--phase', 'A-1', '--rollout', 'api');
    expect(advanced.code).toBe(0);
    expect(readFileSync(join(root, 'phases', 'api', 'current.yaml'), 'utf8')).toMatch(/^phase: A-1$/m);
    expect(readFileSync(join(root, 'phases', 'web', 'current.yaml'), 'utf8')).toMatch(/^phase: A-0$/m);
  });
});

describe('phasegate doctor over many rollouts', () => {
  it("checks each rollout; init's apply.yml already runs for phases/<rollout>/current.yaml", async () => {
    const root = mkdtempSync(join(tmpdir(), 'phasegate-doctor-'));
    mkdirSync(join(root, '.git'));
    initCommand({
      repo: root,
      approvers: ['alice'],
      codeowners: true,
      now: Date.parse('2026-11-20T00:00:00Z'),
      version: '1.0.0',
    });
    const phases = join(root, 'phases');
    mkdirSync(join(phases, 'web'));
    for (const f of readdirSync(phases).filter((f) => f.endsWith('.yaml')))
      renameSync(join(phases, f), join(phases, 'web', f));
    cpSync(join(phases, 'web'), join(phases, 'api'), { recursive: true });
    for (const f of ['rollout.yaml', 'current.yaml']) {
      const path = join(phases, 'api', f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^rollout: .*$/m, 'rollout: api'));
    }
    const web = join(phases, 'web', 'rollout.yaml');
    writeFileSync(web, readFileSync(web, 'utf8').replace(/^rollout: .*$/m, 'rollout: web'));
    for (const f of ['current.yaml']) {
      const path = join(phases, 'web', f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^rollout: .*$/m, 'rollout: web'));
    }
    const r = await doctorCommand({ repo: root });
    const lines = r.checks.map(formatCheck);
    expect(lines.filter((l) => /^ok {7}policy/.test(l))).toEqual([
      expect.stringMatching(/^ok {7}policy api: phases\/api: rollout "api"/),
      expect.stringMatching(/^ok {7}policy web: phases\/web: rollout "web"/),
    ]);
    expect(lines.filter((l) => l.startsWith('problem') && !/events/.test(l))).toEqual([]);

    const api = join(phases, 'api', 'rollout.yaml');
    writeFileSync(api, readFileSync(api, 'utf8').replace('rollout: api', 'rollout: apis'));
    const wrong = (await doctorCommand({ repo: root })).checks.map(formatCheck);
    expect(wrong.filter((l) => l.startsWith('problem'))).toEqual([
      'problem  policy: phases/api/rollout.yaml: rollout: "apis" differs from its folder\'s name; with one folder per rollout the folder names the rollout: set rollout: api, or rename the folder. Fix: run `npx phasegate validate --config phases` and fix what it names.',
    ]);
  });
});

describe('phasegate init --layout multi', () => {
  it('writes phases/<rollout>/ and the workflows once; a second rollout keeps them; doctor checks both', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phasegate-init-multi-'));
    mkdirSync(join(root, '.git'));
    const now = Date.parse('2026-11-20T00:00:00Z');
    const first = initCommand({
      repo: root,
      rollout: 'web',
      approvers: ['alice'],
      codeowners: true,
      layout: 'multi',
      now,
      version: '1.0.0',
    });
    expect(first).toMatch(/^ {2}phases\/web\/rollout\.yaml$/m);
    expect(first).toMatch(/^ {2}\.github\/workflows\/rollout\.yml$/m);
    const rollout = readFileSync(join(root, '.github', 'workflows', 'rollout.yml'), 'utf8');
    expect(rollout).toMatch(/^ {10}config: phases$/m);

    const second = initCommand({
      repo: root,
      rollout: 'api',
      approvers: ['alice'],
      codeowners: true,
      layout: 'multi',
      now,
      version: '1.0.0',
    });
    expect(second).toMatch(/^ {2}phases\/api\/current\.yaml$/m);
    expect(second).toMatch(/^ {2}\.github\/workflows\/rollout\.yml \(kept: it runs every rollout\)$/m);
    expect(readFileSync(join(root, '.github', 'workflows', 'rollout.yml'), 'utf8')).toBe(rollout);
    expect(findRollouts(root, 'phases', 'reports/monitoring').rollouts.map((r) => r.name)).toEqual([
      'api',
      'web',
    ]);

    const r = await doctorCommand({ repo: root });
    const lines = r.checks.map(formatCheck);
    expect(lines.filter((l) => /^ok {7}policy/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('problem') && !/events/.test(l))).toEqual([]);

    // A single-layout phases/ is moved by hand first: init says how.
    const single = mkdtempSync(join(tmpdir(), 'phasegate-init-multi-'));
    initCommand({ repo: single, approvers: ['alice'], now, version: '1.0.0' });
    expect(() =>
      initCommand({
        repo: single,
        rollout: 'api',
        approvers: ['alice'],
        layout: 'multi',
        now,
        version: '1.0.0',
      }),
    ).toThrow(
      '--layout multi: phases/ holds one rollout (phases/rollout.yaml); move it into phases/<its rollout name>/ first',
    );
  });
});
