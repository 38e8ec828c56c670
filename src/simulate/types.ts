/** The simulator's input and its timeline: plain data, stable keys (the JSON output is this). */
import type { SloVerdict } from '../judge/index.js';
import type { PolicyTemplates } from '../notify/compose.js';
import type { RepoFile } from '../plan/facts.js';
import type { Policy } from '../policy/model.js';
import type { EnteredBy } from '../rollout/current.js';
import type { Decision } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import type { ReplayRun } from './replay.js';

export type PrKind = 'advance' | 'rollback' | 'restart';

export interface SimulateInput {
  policy: Policy;
  /**
   * Collected window records: an array in any order (later ones for the same window replace
   * earlier ones), or any other iterable in order of start, read as the replay reaches them; the
   * replay lets go of records no later run reads, so a stream keeps memory to the lookback.
   */
  records: Iterable<WindowRecord>;
  /** Where the replay begins (the start phase's `since`) and ends (epoch ms). */
  from: number;
  to: number;
  /** Default: the policy's first phase. */
  startPhase?: string;
  /** How the start phase was entered (current.yaml `entered`); a rollback starts the recovery watch. */
  entered?: EnteredBy;
  /** From opening a PR to its approval (default 1 h). Rollbacks with `approval: none` merge at once. */
  approveAfterMs?: number;
  /** Called after each step (progress). */
  onStep?: (done: number, total: number) => void;
  /** The current-phase file as the repository names it (shown in PR bodies); default phases/current.yaml. */
  currentFile?: string;
  /** The policy's Slack templates (notify/load.ts); the built-in English ones when absent. */
  templates?: PolicyTemplates;
  /**
   * The repository the replay stands in for: what the gate reads and who approves. Default:
   * no checklist, and stand-in approvers made code owners and team members.
   */
  repository?: SimulatedRepository;
  /** Called after every run of the loop (scheduled, gate, apply) with what it planned and did. */
  onRun?: (run: ReplayRun) => void | Promise<void>;
  /**
   * Each run indexes the records it reads anew, as the Action does, instead of seeing them
   * through one index of all records (judge/record-index.ts): the straightforward replay, which
   * the tests hold the indexed one to.
   */
  reindexEachRun?: boolean;
}

export interface SimulatedRepository {
  checklist: RepoFile | null;
  codeowners: RepoFile | null;
  /** Members of the teams the approvers name (lowercased org/team). */
  teams: Record<string, string[]>;
  /** Who approves PRs of each kind; the first also merges. */
  approvers: (kind: PrKind) => string[];
  /** The login phasegate acts as. */
  identity?: string;
  /** Base of html_url links ("https://github.com/acme/app"). */
  repoUrl?: string;
  /** The scheduled cron's minute past each window (default 0). */
  cronOffsetMs?: number;
}

/** An SLO's verdict at a decision, as numbers (value null: no data). */
export interface SloValue {
  id: string;
  status: SloVerdict['status'];
  value: number | null;
  op: SloVerdict['op'];
  threshold: number;
  unit: SloVerdict['unit'];
  samples: number;
  reason: string;
}

/** A decision the replay acted on: it opened a PR, completed the rollout, or raised an alert. */
export interface SimDecision {
  at: number;
  phase: string;
  since: number;
  entered: EnteredBy | null;
  /** current.yaml `started` at the decision: the rollout's start, when recorded. */
  started?: number;
  action: Decision['action'];
  to: string | null;
  alert: boolean;
  reasons: string[];
  slos: SloValue[];
  /** The PR this decision opened, if any. */
  pr: number | null;
}

export interface SimPr {
  number: number;
  kind: PrKind;
  from: string;
  to: string;
  openedAt: number;
  /** When approvals are in: openedAt + the approval delay, or openedAt for `approval: none`. */
  approvedAt: number;
  mergedAt: number | null;
  droppedAt: number | null;
  /** Why it was closed unmerged (a rollback won, the phase changed, the replay ended). */
  dropped: string | null;
}

export interface PhaseChange {
  at: number;
  from: string;
  to: string;
  by: PrKind;
  pr: number;
  /** The decision that opened the PR. */
  reasons: string[];
}

export interface PhaseSpan {
  phase: string;
  from: number;
  /** The next phase change, the completion, or the end of the replay. */
  to: number;
  durationMs: number;
  entered: EnteredBy | null;
}

export interface SimulationResult {
  rollout: string;
  timezone: string;
  windowMs: number;
  from: number;
  to: number;
  startPhase: string;
  approveAfterMs: number;
  /** Evaluations run (one per window boundary until the end or the completion). */
  steps: number;
  decisions: SimDecision[];
  changes: PhaseChange[];
  prs: SimPr[];
  phases: PhaseSpan[];
  completed: { at: number; phase: string; reasons: string[] } | null;
  /** Where the replay left the rollout, and the last decision there. */
  final: { phase: string; since: number; action: Decision['action']; reasons: string[] };
}
