/** Plain read-only snapshots of the emulator's state, for assertions. */
import type { Ctx } from './context.js';
import type { CommentRec, IssueRec, LabelRec, ReviewRec, StatusRec } from './store.js';

export interface PullView {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  user: string;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  labels: string[];
  assignees: string[];
  requested_reviewers: string[];
  /** 'org/slug' */
  requested_teams: string[];
  merge_commit_sha: string | null;
  merged_by: string | null;
  auto_merge: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export type IssueView = Omit<IssueRec, 'pull'>;

export interface StateView {
  pulls: PullView[];
  /** Issues proper (pull requests are in `pulls`). */
  issues: IssueView[];
  /** Comments on issues and pull requests; `issue` is the number. */
  comments: CommentRec[];
  reviews: ReviewRec[];
  labels: LabelRec[];
  statuses: StatusRec[];
}

function pullView(i: IssueRec): PullView {
  const p = i.pull!;
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    merged: p.merged,
    draft: p.draft,
    user: i.user,
    head: { ref: p.headRef, sha: p.headSha },
    base: { ref: p.baseRef, sha: p.baseSha },
    labels: [...i.labels],
    assignees: [...i.assignees],
    requested_reviewers: [...p.requested_reviewers],
    requested_teams: [...p.requested_teams],
    merge_commit_sha: p.merge_commit_sha,
    merged_by: p.merged_by,
    auto_merge: p.auto_merge !== null,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
  };
}

export function stateView(ctx: Ctx): StateView {
  const issues = [...ctx.store.issues.values()];
  return structuredClone({
    pulls: issues.filter((i) => i.pull).map(pullView),
    issues: issues.filter((i) => !i.pull).map(({ pull: _, ...rest }) => rest),
    comments: [...ctx.store.comments.values()],
    reviews: ctx.store.reviews,
    labels: [...ctx.store.labels.values()],
    statuses: ctx.store.statuses,
  });
}
