/**
 * The PR book's pull requests, issues and comments, and how a pull request looks to the planner
 * (facts.ts) and back: a dry run fills a book from facts gathered on GitHub.
 */
import type { MergedPull, OpenPull } from '../plan/facts.js';
import type { FileChange } from '../plan/intents.js';
import { type ProposalState, parseProposalMarker } from '../render/markers.js';
import { latestApprovers, type Review } from '../rollout/approvals.js';

export interface BookComment {
  id: number;
  author: string;
  body: string;
}

/** A pull request in the book: what the planner sees of it (facts.ts), and its history. */
export interface BookPull
  extends Pick<
    OpenPull,
    'number' | 'url' | 'title' | 'body' | 'author' | 'headRef' | 'headSha' | 'labels' | 'files' | 'headPhase'
  > {
  state: 'open' | 'closed' | 'merged';
  proposal: ProposalState | null;
  /** The current.yaml the PR carries. */
  change: FileChange | null;
  openedAt: number;
  closedAt: number | null;
  /** Why phasegate closed it. */
  closedBecause: string | null;
  mergedAt: number | null;
  reviews: Review[];
  statuses: Array<{ sha: string; state: string; description: string }>;
  comments: BookComment[];
}

export interface BookIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
  author: string;
  assignees: string[];
  comments: BookComment[];
}

export function mergedView(p: BookPull): MergedPull {
  return {
    number: p.number,
    url: p.url,
    body: p.body,
    author: p.author,
    labels: [...p.labels],
    mergedAt: p.mergedAt!,
    approvedBy: latestApprovers(p.reviews),
  };
}

/** What a pull request is in both shapes, the book's and the planner's. */
export function common(p: OpenPull | BookPull) {
  const { number, url, title, body, author, headRef, headSha } = p;
  return { number, url, title, body, author, headRef, headSha, labels: [...p.labels] };
}

export function bookPullOf(p: OpenPull, at: number, identity: string): BookPull {
  return {
    ...common(p),
    state: 'open',
    proposal: parseProposalMarker(p.body),
    change: null,
    files: [...p.files],
    headPhase: p.headPhase,
    openedAt: at,
    closedAt: null,
    closedBecause: null,
    mergedAt: null,
    reviews: [...p.reviews],
    statuses: p.status ? [{ sha: p.headSha, ...p.status }] : [],
    comments: p.verdictComment
      ? [{ id: p.verdictComment.id, author: identity, body: p.verdictComment.body }]
      : [],
  };
}
