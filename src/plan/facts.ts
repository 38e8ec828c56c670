/**
 * What one run knows: everything the planner reads, gathered by a world (GitHub, the in-memory
 * PR book) before planning. Plain data; the planner reads nothing else, so a test states a rule
 * as "these facts → these intents".
 */
import type { PolicyTemplates } from '../notify/compose.js';
import type { Policy } from '../policy/model.js';
import type { CollectedRun } from '../render/run-log.js';
import type { Review } from '../rollout/approvals.js';
import type { EnteredBy } from '../rollout/current.js';
import type { WindowRecord } from '../telemetry/record.js';
import type { ArchiveCandidates } from './archive.js';
import type { FileChange } from './intents.js';

/** Why the run happens: the Action's command and what its event carries. */
export type Trigger =
  /**
   * Window records collected into the checkout: `files` are those new or changed, up to the end
   * of the newest window; `branch` is the records branch (null: the default branch). `run`: what
   * the collect step did, for the run log and the Runbook's 観測 row (absent: no run log, as in
   * the demo's batched commits). `archive`: the recent folder's files old enough to move into the
   * archive (plan/archive.ts), and the collect back-fill the retention keeps.
   */
  | {
      command: 'collect';
      files: FileChange[];
      upTo: number;
      branch: string | null;
      run?: CollectedRun;
      archive?: ArchiveCandidates & { backfillMs: number };
    }
  /** The scheduled run: propose, close, gate, merge what needs no approval. */
  | { command: 'propose' }
  /** A rollback asked for by hand (workflow_dispatch). */
  | { command: 'rollback'; to: string; reason: string; actor: string }
  /** pull_request / pull_request_review: the gate of one PR. */
  | { command: 'gate'; pr: number }
  /**
   * A push to the default branch: tell people about the phase change it made. `before` is the
   * tip the push moved from (null for a new branch): what the phase was is read there.
   */
  | { command: 'apply'; sha: string; before: string | null }
  /** The dashboard issue and the daily note. */
  | { command: 'status' }
  /** Judge the live phase and change nothing (the verdict as outputs and a job summary). */
  | { command: 'evaluate' };

export type Command = Trigger['command'];

/** The live phase: the default branch's current.yaml, and when the change that made it merged. */
export interface LivePhase {
  phase: string;
  since: number;
  entered?: EnteredBy;
  /** current.yaml `started`: when the rollout left its first phase. */
  started?: number;
  reason?: string;
  /** Repository path of current.yaml. */
  file: string;
}

/** An open pull request as the gate reads it. */
export interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
  author: string;
  headRef: string;
  headSha: string;
  labels: string[];
  fromFork: boolean;
  reviews: Review[];
  /** The newest `phasegate/verdict` status on the head commit, or null. */
  status: { state: string; description: string } | null;
  /** phasegate's sticky verdict comment (its marker, by the token's login), or null. */
  verdictComment: { id: number; body: string } | null;
  /** The files the PR changes (its diff against the base). What it proposes is read from these. */
  files: string[];
  /** The phase current.yaml names at the head commit; null when the PR does not change it. */
  headPhase: string | null;
}

/** The merged pull request behind the live phase (or behind the pushed commit, for apply). */
export interface MergedPull {
  number: number;
  url: string;
  body: string;
  author: string;
  labels: string[];
  mergedAt: number;
  /**
   * Logins whose latest review approved it (the Runbook's 判定 entry); gathered when the change
   * is announced, else absent.
   */
  approvedBy?: string[];
}

export interface IssueView {
  number: number;
  url: string;
  title: string;
  body: string;
}

/** A repository file read from the checkout (the default branch), or null when absent. */
export interface RepoFile {
  path: string;
  text: string;
}

export interface RunFacts {
  trigger: Trigger;
  /** The run's instant (epoch ms). */
  now: number;
  policy: Policy;
  /** The Slack templates the policy names, parsed. */
  templates: PolicyTemplates;
  live: LivePhase;
  /** For a push (apply): the phase current.yaml named before the push; else null. */
  previousPhase: string | null;
  /** Window records from the lookback start (rollout/lookback.ts) to now. */
  records: readonly WindowRecord[];
  /** The QA checklist (policy.github.checklist); null when the file is missing. */
  checklist: RepoFile | null;
  /** The repository's CODEOWNERS; null when it has none. */
  codeowners: RepoFile | null;
  /** Members of the teams the approvers name (lowercased `org/team`); a team not listed is unreadable. */
  teams: Record<string, string[]>;
  /** Open pull requests that may be phase changes: phasegate's (by label), or the gate's PR. */
  pulls: OpenPull[];
  /**
   * The merged pull request that made the live phase current (propose, rollback), or that the
   * pushed commit merged (apply); null when the phase was changed without a pull request.
   */
  merged: MergedPull | null;
  /** Open root-cause-analysis issues (label phasegate:rca). */
  rcaIssues: IssueView[];
  /** The rollout's dashboard issue (status); null when there is none yet. */
  dashboard: IssueView | null;
  /** The login the run acts as: a PR or comment is phasegate's only when it wrote it. */
  identity: string;
  /** Link to this run, for statuses, the run log and the Runbook. */
  runUrl?: string;
  /**
   * Where window records are committed: the branch (null: the default branch) and the records
   * folder's repository path. The run log (`<dir>/runs/`) and the Runbook (`<dir>/../runbook/`)
   * are committed beside them.
   */
  recordsAt: { branch: string | null; dir: string };
  /** What earlier passes of this run did (a run plans again after it opened or merged something). */
  memory: RunMemory;
}

export interface RunMemory {
  /** Keys of intents carried out so far in this run. */
  done: string[];
  /** Keys of intents the forge refused (e.g. a merge blocked by branch protection). */
  refused: string[];
  /** Pull requests this run merged. */
  merged: number[];
  /** Pull requests whose merge branch protection refused (405) in this run. */
  protected: number[];
}

export function emptyMemory(): RunMemory {
  return { done: [], refused: [], merged: [], protected: [] };
}
