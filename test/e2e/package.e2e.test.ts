/**
 * The package as npm would serve it (issue 13): `npm pack` holds the CLI's bundles and nothing
 * else; installed into an empty git repository with no network (the package has no runtime
 * dependencies), `phasegate init` scaffolds a setup on which `validate`, `doctor` and `simulate`
 * are all green; and `npx <tarball> validate` runs it without installing anything.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/policy.js';
import { type ProcessResult, runProcess } from '../support/spawn.js';

const NOW = '2026-11-20T00:00:00Z';
const DAY = 86_400_000;

const scratch = mkdtempSync(join(tmpdir(), 'phasegate-package-'));
const repo = join(scratch, 'checkout-service');
// A clean npm: its own cache, no registry, and no node_modules/.bin of this repository on PATH.
const env = {
  PATH: (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !p.includes('node_modules'))
    .join(delimiter),
  npm_config_cache: join(scratch, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  PHASEGATE_NOW: NOW,
};

const run = (command: string, args: string[], cwd = repo): Promise<ProcessResult> =>
  runProcess(command, args, { cwd, env, timeoutMs: 120_000 });
const phasegate = (...args: string[]) => run('npx', ['--no-install', 'phasegate', ...args]);

/** Two days of healthy `request.completed` events, one every 30 s, one in a thousand failing. */
function events(): string {
  const lines: string[] = [];
  const from = Date.parse(NOW);
  for (let i = 0; i < (2 * DAY) / 30_000; i++) {
    const ts = new Date(from + i * 30_000).toISOString();
    lines.push(
      JSON.stringify({
        ts,
        event: 'request.completed',
        duration_ms: 80 + ((i * 37) % 400),
        ok: i % 1000 !== 999,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

let tarball: string;
let packed: { files: { path: string }[]; size: number; filename: string };

beforeAll(async () => {
  const pack = await run('npm', ['pack', '--json', '--pack-destination', scratch], REPO_ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  [packed] = JSON.parse(pack.stdout);
  tarball = join(scratch, packed.filename);
  mkdirSync(repo);
  expect((await run('git', ['init', '-q'])).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the CLI with its chunks, its worker, the holidays bundle and their licenses: nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    // The CLI imports each command's modules from chunks beside it (NNN.cli.js; scripts/build.mjs).
    const chunks = paths.filter((p) => /^dist\/\d+\.cli\.js$/.test(p));
    expect(chunks.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !chunks.includes(p)).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/cli.licenses.txt',
      'dist/collect-worker.js',
      'dist/collect-worker.licenses.txt',
      'dist/holidays.cjs',
      'dist/holidays.licenses.txt',
      'package.json',
    ]);
    expect(packed.size).toBeLessThan(2_000_000);
  });

  it('installs into an empty git repository offline, then init, validate, doctor and simulate are green', async () => {
    const install = await run('npm', ['install', tarball]);
    expect(install.code, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(repo, 'node_modules/phasegate/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});

    const init = await phasegate(
      'init',
      '--rollout',
      'checkout',
      '--timezone',
      'Europe/Berlin',
      '--holiday-country',
      'DE',
      '--approvers',
      'alice',
      '--reviewers',
      'bob',
      '--slack-channel',
      '#checkout',
      '--codeowners',
    );
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('wrote 11 files in');
    expect(init.stdout).toContain('  .github/CODEOWNERS (/phases/ @alice)');
    expect(init.stdout).toContain('Next, in your repository:');
    mkdirSync(join(repo, 'telemetry'));
    writeFileSync(join(repo, 'telemetry/events.jsonl'), events());

    const validate = await phasegate('validate');
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.stdout).toBe(
      'ok: rollout "checkout", phases canary → beta → ga, 2 SLIs, 6 SLOs, 3 rollback rules; current phase canary since 2026-11-20T00:00:00.000Z\n',
    );

    const doctor = await phasegate('doctor');
    expect(doctor.code, doctor.stdout).toBe(0);
    expect(doctor.stdout).toMatch(/\nall 11 checks ok\n$/);
    expect(doctor.stdout).toContain('valid events per SLI: latency 5760, error_rate 5760');

    const to = new Date(Date.parse(NOW) + 2 * DAY).toISOString();
    const simulate = await phasegate('simulate', '--events', 'telemetry/*.jsonl', '--from', NOW, '--to', to);
    expect(simulate.code, simulate.stderr).toBe(0);
    expect(simulate.stdout).toContain('canary: advance → beta proposed in #1');
    expect(simulate.stdout).toMatch(/canary → beta: #1 merged \(advance\)/);
  });

  it('runs straight from the tarball with npx, in another repository with nothing installed', async () => {
    const other = join(scratch, 'other-repo');
    mkdirSync(other);
    expect((await run('git', ['init', '-q'], other)).code).toBe(0);
    // A relative path: npx runs an absolute one as a command.
    const npx = (...args: string[]) => run('npx', ['--yes', `../${packed.filename}`, ...args], other);
    const init = await npx('init', '--example', 'autosave');
    expect(init.code, init.stderr).toBe(0);
    const validate = await npx('validate');
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.stdout).toMatch(/^ok: rollout "autosave", phases A-0 → A-1 → A-2 → B-0 → B-1/);
  });
});
