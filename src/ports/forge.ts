/**
 * The forge port: what the loop needs from where the repository lives, to gather a run's facts
 * and carry out its intents. The GitHub adapter (src/github/) implements it, pointed at
 * github.com or at the loopback emulator (src/emulator/). Plain data in and out.
 */
import type { FileChange } from '../plan/intents.js';

export type { FileChange };

/**
 * A file rewritten from its content on the branch (null: absent) at the commit's parent: read
 * again if a ref race rebuilds the commit, so what someone pushed in between is kept.
 */
export interface FileEdit {
  path: string;
  /** The new text; null deletes the file (nothing happens when the branch does not hold it). */
  edit(text: string | null): string | null;
}

export interface PullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** When it merged (epoch ms), or null. */
  mergedAt: number | null;
  author: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  labels: string[];
  /** True when the head branch lives in another repository (a fork). */
  fromFork: boolean;
}

export interface Review {
  id: number;
  user: { login: string } | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string | null;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
}

export interface Issue {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
  author: string;
}

/**
 * What a run reads from the repository, asked at once (on GitHub, one GraphQL query whatever
 * the history, the number of PRs and of comments; more only past 100 of a kind).
 */
export interface RunReadRequest {
  /** Files read at the default branch's head. */
  files: string[];
  /** The file whose last change on the default branch is read, with the pull requests of that commit. */
  changed: string;
  /** Open pull requests with this label; with `details`, what the gate reads of the token's own. */
  pulls?: {
    label: string;
    details?: {
      /** Read at each PR's head commit. */
      file: string;
      /** The commit status context read at each PR's head. */
      statusContext: string;
      /** Comments are read until one by the token's login contains this text. */
      commentMarker: string;
    };
  };
  /** Open issues with each of these labels. */
  issueLabels: string[];
}

export interface PullDetails {
  /** The files it changes (GitHub's three-dot diff against its base). */
  files: string[];
  /** `details.file` at the head commit, or null. */
  headFile: string | null;
  reviews: Review[];
  status: { state: string; description: string } | null;
  /** Its comments up to the first by the token's login holding the marker (all when none does). */
  comments: Comment[];
}

export interface RunRead {
  identity: string;
  defaultBranch: string;
  /** `files` at the default branch's head (null: absent). */
  files: Record<string, string | null>;
  lastChange: { sha: string; at: number; pulls: PullRequest[] } | null;
  pulls: Array<PullRequest & { details?: PullDetails }>;
  /** Open issues by label. */
  issues: Record<string, Issue[]>;
}

export interface Forge {
  readonly repo: { owner: string; name: string };
  /** The login the token acts as (sticky comments are found by marker and this author). */
  identity(): Promise<string>;
  defaultBranch(): Promise<string>;
  /** What a scheduled run reads, at once (see RunReadRequest). */
  readRun(request: RunReadRequest): Promise<RunRead>;
  /**
   * One commit with all changes and edits on `branch` (created from the default branch if
   * missing). Null when nothing changed.
   */
  commitFiles(
    branch: string,
    changes: FileChange[],
    message: string,
    edits?: FileEdit[],
  ): Promise<{ sha: string } | null>;
  /** Point `branch` at one new commit on top of `base` carrying `changes` (a proposal branch). */
  proposalBranch(
    branch: string,
    base: string,
    changes: FileChange[],
    message: string,
  ): Promise<{ sha: string; changed: boolean }>;
  readFile(path: string, ref: string): Promise<string | null>;
  /** When `path` last changed on `ref` (the merge of a phase change), or null. */
  lastChange(path: string, ref: string): Promise<{ sha: string; at: number } | null>;
  /** The files a pull request changes (GitHub's three-dot diff against its base). */
  pullFiles(number: number): Promise<string[]>;
  findOpenPull(branch: string): Promise<PullRequest | null>;
  openPulls(label: string): Promise<PullRequest[]>;
  getPull(number: number): Promise<PullRequest>;
  createPull(p: { branch: string; base: string; title: string; body: string }): Promise<PullRequest>;
  updatePull(number: number, p: { title?: string; body?: string; state?: 'closed' }): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  requestReviewers(number: number, reviewers: string[]): Promise<string | null>;
  mergePull(number: number, sha: string, title: string): Promise<{ sha: string }>;
  pullsForCommit(sha: string): Promise<PullRequest[]>;
  reviews(number: number): Promise<Review[]>;
  teamMembers(team: string): Promise<string[]>;
  comments(issue: number): Promise<Comment[]>;
  createComment(issue: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<void>;
  setStatus(
    sha: string,
    s: { context: string; state: 'success' | 'failure' | 'pending'; description: string; url?: string },
  ): Promise<void>;
  /** The latest status of `context` on `sha`, or null. */
  getStatus(sha: string, context: string): Promise<{ state: string; description: string } | null>;
  findIssues(label: string): Promise<Issue[]>;
  createIssue(i: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<Issue>;
  updateIssue(number: number, i: { title?: string; body?: string }): Promise<void>;
  /** Pin an issue to the repository's issue list (GraphQL pinIssue). */
  pinIssue(number: number): Promise<void>;
}
