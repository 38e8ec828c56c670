/**
 * Everything a run touches, in one object: the ports (forge, notifier, clock, workspace), the
 * log, and the settings from the Action's inputs or the CLI's flags. The Action, the CLI, the
 * demo and the tests each build one; commands receive it and nothing else.
 */
import type { Clock } from './clock.js';
import type { Forge } from './forge.js';
import type { Notifier } from './notifier.js';
import type { Workspace } from './workspace.js';

export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

export interface RunSettings {
  /** The policy folder, relative to the workspace ("phases"). */
  config: string;
  /** The window records folder, relative to the workspace ("reports/monitoring"). */
  records: string;
  /** The branch window records are committed to; empty: the default branch. */
  recordsBranch: string;
  /** Overrides the policy's time zone (an IANA name); empty: the policy's. */
  timezone?: string;
  /** Plan and print, write nothing. */
  dryRun: boolean;
  /** Who triggered the run (GITHUB_ACTOR), for messages. */
  actor: string;
  /** Link to this run, for statuses. */
  runUrl?: string;
  /** Pin a dashboard issue it opens (default true); with many rollouts the index is the pinned one. */
  pinDashboard?: boolean;
}

export interface RunContext extends RunSettings {
  forge: Forge;
  notifier: Notifier;
  clock: Clock;
  workspace: Workspace;
  log: Log;
}
