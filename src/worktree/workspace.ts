/** The workspace port on a directory: the runner's checkout, or any folder on a laptop. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Workspace } from '../ports/workspace.js';
import type { WindowRecord } from '../telemetry/record.js';
import { readRecords } from '../telemetry/sources/record-files.js';
import { type LoadedPolicy, loadPolicyDir } from './policy-dir.js';

export class DirectoryWorkspace implements Workspace {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  read(path: string): string | undefined {
    const full = join(this.root, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  }

  /** The policy's files are named from the repository's root ("phases/A-1.yaml"), as PRs show them. */
  policy(folder: string): LoadedPolicy {
    return loadPolicyDir(join(this.root, folder), folder);
  }

  records(folder: string, from: number, to: number): Promise<WindowRecord[]> {
    return readRecords(join(this.root, folder), from, to);
  }

  repoPath(folder: string): string {
    const dir = resolve(this.root, folder);
    return (
      relative(gitRoot(dir) ?? this.root, dir)
        .split('\\')
        .join('/') || '.'
    );
  }
}

/** The checkout holding `dir`: the nearest folder up from it with a .git (the root when none). */
function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}
