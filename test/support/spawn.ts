/**
 * Runs a program the way the tests run phasegate's bundles (dist/index.js as the runner does,
 * dist/cli.js as a user does): asynchronously, because a synchronous spawn would stall an
 * emulator serving the child from this process; with a clean environment, so nothing of the
 * machine running the tests (a CI's GITHUB_* above all) leaks in; output captured whole.
 */
import { spawn } from 'node:child_process';

export interface RunProcessOptions {
  /** The child's working directory (default: this process's). */
  cwd?: string;
  /**
   * The child's whole environment, over this process's PATH and HOME; nothing else is inherited.
   * Pass PATH to replace it (the Action runner drops node_modules/.bin from it).
   */
  env?: Record<string, string>;
  /** SIGKILL the child after this long (default: wait for it). */
  timeoutMs?: number;
}

export interface ProcessResult {
  code: number | null;
  /** The signal that ended the child (SIGKILL after `timeoutMs`), or null. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export function runProcess(
  command: string,
  args: string[],
  opts: RunProcessOptions = {},
): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
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
    const timer =
      opts.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started });
    });
  });
}
