/**
 * Intents: what a run decided to do, as plain data, in the order it must happen. Each carries a
 * key that names the act itself (not when it is done): the same act planned by the next run has
 * the same key, so interpreters can tell "already done" from "to do", and a test can compare two
 * worlds intent by intent. Interpreters (src/interpreters/) carry them out; nothing here does.
 */
import type { LockNotice } from '../notify/messages.js';
import type { FileAppend } from '../render/append.js';
import type { ProposalState } from '../render/markers.js';

export interface FileChange {
  path: string;
  /** New content; null deletes the file. */
  content: string | null;
}

export type GateState = 'success' | 'failure' | 'pending';

export type Intent =
  /**
   * One commit of new or changed window records (to the records branch; null: the default branch),
   * and with them the run's line in the run log and its row in the Runbook (`appends`, applied to
   * the files as the branch holds them: render/append.ts).
   */
  | {
      type: 'commit-records';
      key: string;
      branch: string | null;
      files: FileChange[];
      appends: FileAppend[];
      /** Paths deleted when the branch holds them (window records moved into the archive). */
      removes?: string[];
      message: string;
    }
  /** Entries appended to the Runbook, in one commit beside the window records. */
  | { type: 'append-runbook'; key: string; branch: string | null; append: FileAppend; message: string }
  /** A new phase-change PR: its branch (one commit on the default branch editing current.yaml) and the PR. */
  | {
      type: 'open-proposal';
      key: string;
      proposal: ProposalState;
      branch: string;
      title: string;
      body: string;
      labels: string[];
      reviewers: string[];
      change: FileChange;
    }
  /** An open proposal brought up to date: its text, and its branch when it was made from another phase. */
  | {
      type: 'update-proposal';
      key: string;
      pr: number;
      branch: string;
      title: string;
      body: string;
      change: FileChange | null;
    }
  /** Close a proposal; `reason` is the gist, `comment` what the PR is told. */
  | { type: 'close-proposal'; key: string; pr: number; reason: string; comment: string }
  /** The `phasegate/verdict` commit status on a PR's head. */
  | { type: 'set-gate'; key: string; pr: number; sha: string; state: GateState; description: string }
  /**
   * The sticky verdict comment: updated in place (comment), or created (null). `marker` is the
   * hidden text that identifies it: interpreters look for it (by the token's login) before creating.
   */
  | { type: 'upsert-verdict'; key: string; pr: number; comment: number | null; marker: string; body: string }
  /** Merge a PR whose head is `sha`; a refusal (branch protection) is a warning, not a failure. */
  | { type: 'merge'; key: string; pr: number; sha: string; title: string }
  /** The UI's read-only lock; the adapter signs it and derives its delivery id from the notice. */
  | { type: 'lock-notice'; key: string; notice: LockNotice }
  | {
      type: 'open-rca';
      key: string;
      marker: string;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
    }
  | { type: 'send-slack'; key: string; kind: string; text: string; template: string }
  /** The label that says a merged change was announced, so no run announces it twice. */
  | { type: 'add-label'; key: string; pr: number; label: string }
  | {
      type: 'upsert-dashboard';
      key: string;
      /** The dashboard issue to update, or null to open (and pin) one. */
      issue: number | null;
      marker: string;
      title: string;
      body: string;
      labels: string[];
    }
  | { type: 'post-daily-note'; key: string; issue: number; date: string; marker: string; body: string };

export type IntentType = Intent['type'];

/** One line per intent, for logs, dry-run and tests: what, on what, and the gist. */
export function describeIntent(i: Intent): string {
  switch (i.type) {
    case 'commit-records':
      return `commit ${i.files.length} window record file(s)${i.appends.length ? ` and the run's log (${i.appends.map((a) => a.path).join(', ')})` : ''} to ${i.branch ?? 'the default branch'}`;
    case 'append-runbook':
      return `append ${i.append.entries.length} entr${i.append.entries.length === 1 ? 'y' : 'ies'} to ${i.append.path} on ${i.branch ?? 'the default branch'}`;
    case 'open-proposal':
      return `open a PR from ${i.branch}: ${i.title}`;
    case 'update-proposal':
      return `update #${i.pr}${i.change ? ` and re-point ${i.branch} at the live phase` : ''}: ${i.title}`;
    case 'close-proposal':
      return `close #${i.pr}: ${i.reason}`;
    case 'set-gate':
      return `set phasegate/verdict=${i.state} on #${i.pr} (${i.sha.slice(0, 7)}): ${i.description}`;
    case 'upsert-verdict':
      return `${i.comment === null ? 'post' : 'update'} the verdict comment on #${i.pr}`;
    case 'merge':
      return `merge #${i.pr}: ${i.title}`;
    case 'lock-notice':
      return `send ${i.notice.event} (${i.notice.from} → ${i.notice.phase}) to the lock webhook`;
    case 'open-rca':
      return `open the RCA issue "${i.title}"${i.assignees.length ? ` for @${i.assignees.join(', @')}` : ''}`;
    case 'send-slack':
      return `post the ${i.kind} message to Slack (${i.template})`;
    case 'add-label':
      return `label #${i.pr} ${i.label}`;
    case 'upsert-dashboard':
      return i.issue === null ? `open and pin "${i.title}"` : `update the dashboard issue #${i.issue}`;
    case 'post-daily-note':
      return `post the daily note for ${i.date} on #${i.issue}`;
  }
}
