/**
 * Runs the bundled CLI (dist/cli.js) as a user would, in a child process, and captures
 * stdout, stderr and the exit code. The global setup rebuilds dist/ when src/ is newer.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_DIR, REPO_ROOT } from './policy.js';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return runProcess(process.execPath, [CLI, ...args], opts);
}

export function runProcess(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd ?? REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A scratch folder holding a copy of the reference policy under phases/. */
export function scratchWithPolicy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-'));
  cpSync(REFERENCE_DIR, join(dir, 'phases'), { recursive: true });
  return dir;
}
