import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runProcess, scratchWithPolicy } from '../support/cli.js';
import { REPO_ROOT } from '../support/policy.js';

const COMMANDS = ['collect', 'evaluate', 'rollback', 'advance', 'validate', 'demo', 'init', 'doctor'];

describe('phasegate CLI (the bundle, run as a user runs it)', () => {
  it('every command has --help, on stdout, exit 0', async () => {
    for (const command of COMMANDS) {
      const r = await runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`Usage: phasegate ${command}`);
      expect(r.stderr).toBe('');
    }
  });

  it('demo offline: two verdicts from collected JSONL, then the whole rollout on the in-memory PR book', async () => {
    const r = await runCli(['demo']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('**Decision: advance → A-1**');
    expect(r.stdout).toContain('**Decision: roll back → A-0** ⚠️ alert');
    const replay = r.stdout.slice(
      r.stdout.indexOf('## The whole demo rollout, replayed on the in-memory PR book'),
    );
    expect(replay).toContain(
      '#3 rollback A-2 → A-1  opened 2026-11-18 08:30 UTC, merged 2026-11-18 08:30 UTC',
    );
    expect(replay).toMatch(
      /Result: complete at 2026-11-30 15:00 UTC .* 6 phase change\(s\), 1 rollback\(s\)\./,
    );
  });

  it('npx phasegate runs the bin from a checkout', async () => {
    const r = await runProcess('npx', ['--no-install', 'phasegate', 'validate'], { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: rollout "autosave"/);
  });

  it('an unknown flag is one clear line on stderr, exit 2, nothing on stdout', async () => {
    const r = await runCli(['evaluate', '--phaze', 'A-1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("phasegate: unknown option '--phaze' (Did you mean --phase?)\n");
  });

  it('a missing required flag, an unknown command and a bad choice: one line each', async () => {
    expect((await runCli(['collect', '--output', 'x'])).stderr).toBe(
      "phasegate: required option '--source <file|glob>' not specified\n",
    );
    expect(await runCli(['colect'])).toMatchObject({
      code: 2,
      stderr: "phasegate: unknown command 'colect' (Did you mean collect?)\n",
    });
    expect((await runCli(['evaluate', '--format', 'xml'])).stderr).toBe(
      "phasegate: option '--format <format>' argument 'xml' is invalid. Allowed choices are markdown, json.\n",
    );
  });

  it('a bad time names the flag and the expected form', async () => {
    const r = await runCli(['evaluate', '--at', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'phasegate: --at: "tomorrow" is not an ISO 8601 time; write e.g. 2026-11-20T10:15:00Z\n',
    );
    expect(r.stdout).toBe('');
  });

  it('validate accepts the reference rollout', async () => {
    const r = await runCli(['validate', '--config', 'phases']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: rollout "autosave", phases A-0 → A-1 → A-2 → B-0 → B-1, 5 SLIs, 11 SLOs/);
    expect(r.stderr).toBe('');
  });

  it('validate lists every error with file:line:column and exits 2', async () => {
    const dir = scratchWithPolicy();
    const a1 = join(dir, 'phases', 'A-1.yaml');
    writeFileSync(
      a1,
      readFileSync(a1, 'utf8').replace('max: 2.5s', 'max: 2.5').replace('to: A-0', 'to: Z-9'),
    );
    const r = await runCli(['validate', '--config', 'phases'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'phasegate: invalid policy (2 problems):',
        '  phases/A-1.yaml:12:10: slos[0].max: "2.5" is not a latency with a unit, such as "2.5s" or "800ms"',
        '  phases/A-1.yaml:25:7: rollback.to: unknown phase "Z-9"; valid phases: A-0, A-1, A-2, B-0, B-1',
        '',
      ].join('\n'),
    );
  });

  it("validate refuses a current.yaml whose flags are not its phase's", async () => {
    const dir = scratchWithPolicy();
    const current = join(dir, 'phases', 'current.yaml');
    writeFileSync(
      current,
      readFileSync(current, 'utf8').replace('autosave.enabled: false', 'autosave.enabled: true'),
    );
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "phasegate: phases/current.yaml: flags differ from phases/A-0.yaml: autosave.enabled is true, A-0 declares false; set them to the phase's values (phasegate advance/rollback rewrites them)\n",
    );
  });

  it('a missing policy folder says what to pass', async () => {
    const r = await runCli(['validate', '--config', 'nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('policy folder "nowhere" not found; pass --config <dir>');
  });

  it('rollback rewrites current.yaml with the target phase and its flags', async () => {
    const dir = scratchWithPolicy();
    const current = join(dir, 'phases', 'current.yaml');
    let r = await runCli(['advance', '--phase', 'A-1', '--at', '2026-11-20T00:00:00Z'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('phases/current.yaml: A-0 → A-1 since 2026-11-20T00:00:00.000Z\n');
    r = await runCli(
      ['rollback', '--phase', 'A-0', '--reason', 'P95 3.1s > 2.5s', '--at', '2026-11-21T03:00:00Z'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(current, 'utf8')).toBe(
      [
        '# The live phase of this rollout and the flag values the application reads.',
        '# phasegate rewrites this file; a phase change is a pull request that edits it.',
        'rollout: autosave',
        'phase: A-0',
        'since: 2026-11-21T03:00:00.000Z',
        'started: 2026-11-20T00:00:00.000Z', // left A-0 then: the crash baseline's end, carried on
        'flags:',
        '  autosave.enabled: false',
        '  merge.precision: legacy',
        'reason: P95 3.1s > 2.5s',
        'entered:', // a rollback starts the recovery watch
        '  by: rollback',
        '  from: A-1',
        '',
      ].join('\n'),
    );
  });

  it('rollback to an unknown or later phase changes nothing and says why', async () => {
    const dir = scratchWithPolicy();
    const current = join(dir, 'phases', 'current.yaml');
    const before = readFileSync(current, 'utf8');
    let r = await runCli(['rollback', '--phase', 'A-7'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('phasegate: --phase: unknown phase "A-7"; valid phases: A-0, A-1, A-2, B-0, B-1\n');
    r = await runCli(['rollback', '--phase', 'B-0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('phasegate: --phase: B-0 comes after the current phase A-0; use advance\n');
    expect(readFileSync(current, 'utf8')).toBe(before);
  });

  it('npm run flags:rollback -- --phase A-0 works as the plan says', async () => {
    const dir = scratchWithPolicy();
    const config = join(dir, 'phases');
    await runCli(['advance', '--phase', 'A-1', '--config', config]);
    const r = await runProcess(
      'npm',
      ['run', '--silent', 'flags:rollback', '--', '--phase', 'A-0', '--config', config],
      {
        cwd: REPO_ROOT,
      },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(config, 'current.yaml'), 'utf8')).toMatch(/^phase: A-0$/m);
  });
});
