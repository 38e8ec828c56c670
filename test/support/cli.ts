/**
 * Runs the bundled CLI (dist/cli.js) as a user would, in a child process (runProcess, spawn.ts:
 * a clean environment of PATH and HOME plus what the test passes), and captures stdout, stderr
 * and the exit code. The global setup rebuilds dist/ when src/ is newer.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_DIR, REPO_ROOT } from './policy.js';
import { type ProcessResult, runProcess as spawnProcess } from './spawn.js';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

export type RunResult = ProcessResult;

export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return runProcess(process.execPath, [CLI, ...args], opts);
}

/** Any program (npm, npx) the same way, in the repository unless told otherwise. */
export function runProcess(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return spawnProcess(command, args, { ...opts, cwd: opts.cwd ?? REPO_ROOT });
}

/** A scratch folder holding a copy of the reference policy under phases/. */
export function scratchWithPolicy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-'));
  cpSync(REFERENCE_DIR, join(dir, 'phases'), { recursive: true });
  return dir;
}
