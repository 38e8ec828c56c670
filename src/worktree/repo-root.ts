/**
 * The repository a folder belongs to: the nearest folder at or above it holding `.git` (a folder
 * in a clone, a file in a worktree or submodule). Repository-relative paths of the policy (the QA
 * checklist, CODEOWNERS, the workflows) are read from there.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root above `dir`, or `fallback` (default: the working directory) outside any. */
export function repoRootOf(dir: string, fallback: string = process.cwd()): string {
  let at = resolve(dir);
  for (;;) {
    if (existsSync(join(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) return resolve(fallback);
    at = up;
  }
}
