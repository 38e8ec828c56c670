/**
 * The workspace port: the checkout a run reads its policy, QA checklist, CODEOWNERS, Slack
 * templates and window records from (GITHUB_WORKSPACE in the Action). The directory adapter is
 * src/worktree/workspace.ts.
 */
import type { Policy } from '../policy/model.js';
import type { WindowRecord } from '../telemetry/record.js';

/** A policy folder, compiled. */
export interface LoadedPolicy {
  policy: Policy;
  /** Absolute path of the folder. */
  dir: string;
  /** Path of the current-phase file. */
  currentPath: string;
}

export interface Workspace {
  /** The checkout's root, absolute. */
  readonly root: string;
  /** A repository file (path relative to the root, `/`-separated), or undefined when absent. */
  read(path: string): string | undefined;
  /** The policy folder (relative to the root), compiled. */
  policy(folder: string): LoadedPolicy;
  /**
   * The window records in `folder` whose windows lie inside [from, to): its recent files and the
   * day files of its archive (telemetry/archive.ts), when they are checked out.
   */
  records(folder: string, from: number, to: number): Promise<WindowRecord[]>;
  /**
   * `folder`'s path (`/`-separated) in the repository checked out around it: records on a data
   * branch live in a second checkout inside the workspace (.phasegate-data/reports/monitoring →
   * reports/monitoring on that branch).
   */
  repoPath(folder: string): string;
}
