/**
 * Issues, pull requests, comments, reviews, labels, statuses and teams rendered the way GitHub
 * renders them (field names, URL templates, nulls), for REST answers and webhook payloads.
 */
import type { Ctx } from './context.js';
import type { ChangedFile } from './git.js';
import {
  authorAssociation,
  forkRepository,
  type J,
  nodeId,
  repository,
  simpleUser,
} from './shape-repository.js';
import type { CommentRec, IssueRec, LabelRec, ReviewRec, StatusRec } from './store.js';

export { authorAssociation, forkRepository, repository, simpleUser, userHtml } from './shape-repository.js';

const enc = encodeURIComponent;

export function label(ctx: Ctx, l: LabelRec): J {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${ctx.repoApi}/labels/${enc(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description,
  };
}

function labels(ctx: Ctx, names: string[]): J[] {
  return names.map((n) => label(ctx, ctx.store.ensureLabel(n)));
}

export function issue(ctx: Ctx, i: IssueRec): J {
  const api = `${ctx.repoApi}/issues/${i.number}`;
  const kind = i.pull ? 'pull' : 'issues';
  const out: J = {
    url: api,
    repository_url: ctx.repoApi,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${ctx.repoHtml}/${kind}/${i.number}`,
    id: i.id,
    node_id: i.pull ? nodeId('PR', i.pull.id) : nodeId('I', i.id),
    number: i.number,
    title: i.title,
    user: simpleUser(ctx, i.user),
    labels: labels(ctx, i.labels),
    state: i.state,
    locked: false,
    assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => simpleUser(ctx, a)),
    milestone: null,
    comments: i.comments,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: authorAssociation(ctx, i.user),
    active_lock_reason: null,
    body: i.body,
    closed_by: i.closed_by ? simpleUser(ctx, i.closed_by) : null,
    reactions: reactions(api),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    state_reason: i.state_reason,
  };
  if (i.pull) {
    const pulls = `${ctx.repoApi}/pulls/${i.number}`;
    out.draft = i.pull.draft;
    out.pull_request = {
      url: pulls,
      html_url: `${ctx.repoHtml}/pull/${i.number}`,
      diff_url: `${ctx.repoHtml}/pull/${i.number}.diff`,
      patch_url: `${ctx.repoHtml}/pull/${i.number}.patch`,
      merged_at: i.pull.merged_at,
    };
  }
  return out;
}

function reactions(url: string): J {
  const zero = { '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
  return { url: `${url}/reactions`, total_count: 0, ...zero };
}

/** A PR's head or base; `forkOwner` when the branch is in that user's fork. */
function branch(ctx: Ctx, ref: string, sha: string, forkOwner?: string): J {
  const owner = forkOwner ?? ctx.id.owner;
  return {
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(ctx, owner),
    repo: forkOwner ? forkRepository(ctx, forkOwner) : repository(ctx),
  };
}

/** A pull request as lists return it (pull-request-simple). */
export function pullSimple(ctx: Ctx, i: IssueRec): J {
  const p = i.pull!;
  const api = `${ctx.repoApi}/pulls/${i.number}`;
  const html = `${ctx.repoHtml}/pull/${i.number}`;
  const issueApi = `${ctx.repoApi}/issues/${i.number}`;
  return {
    url: api,
    id: p.id,
    node_id: nodeId('PR', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: simpleUser(ctx, i.user),
    body: i.body,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => simpleUser(ctx, a)),
    requested_reviewers: p.requested_reviewers.map((r) => simpleUser(ctx, r)),
    requested_teams: p.requested_teams.map((t) => teamSimple(ctx, t)),
    // The spec types these label descriptions as plain strings.
    labels: labels(ctx, i.labels).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    draft: p.draft,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${ctx.repoApi}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: `${ctx.repoApi}/statuses/${p.headSha}`,
    head: branch(ctx, p.headRef, p.headSha, p.headOwner),
    base: branch(ctx, p.baseRef, p.baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${ctx.repoApi}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${ctx.repoApi}/statuses/${p.headSha}` },
    },
    author_association: authorAssociation(ctx, i.user),
    auto_merge: p.auto_merge
      ? {
          enabled_by: simpleUser(ctx, p.auto_merge.enabled_by),
          merge_method: p.auto_merge.merge_method,
          commit_title: i.title,
          commit_message: '',
        }
      : null,
    active_lock_reason: null,
  };
}

export interface PullDetail {
  mergeable: boolean | null;
  /** What the base's protection says of an open PR that merges cleanly (null otherwise). */
  gate: 'clean' | 'blocked' | 'behind' | null;
  commits: number;
  additions: number;
  deletions: number;
  changed_files: number;
}

/** A pull request as GET /pulls/{n} and the webhooks return it. */
export function pull(ctx: Ctx, i: IssueRec, d: PullDetail): J {
  const p = i.pull!;
  const state = p.merged
    ? 'unknown'
    : d.mergeable === false
      ? 'dirty'
      : d.mergeable
        ? (d.gate ?? 'clean')
        : 'unknown';
  return {
    ...pullSimple(ctx, i),
    merged: p.merged,
    mergeable: p.merged ? null : d.mergeable,
    rebaseable: p.merged ? null : d.mergeable,
    mergeable_state: state,
    merged_by: p.merged_by ? simpleUser(ctx, p.merged_by) : null,
    comments: i.comments,
    review_comments: 0,
    maintainer_can_modify: p.maintainer_can_modify,
    commits: d.commits,
    additions: d.additions,
    deletions: d.deletions,
    changed_files: d.changed_files,
  };
}

export function comment(ctx: Ctx, c: CommentRec): J {
  const issueRec = ctx.store.issues.get(c.issue);
  const kind = issueRec?.pull ? 'pull' : 'issues';
  return {
    url: `${ctx.repoApi}/issues/comments/${c.id}`,
    html_url: `${ctx.repoHtml}/${kind}/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${ctx.repoApi}/issues/${c.issue}`,
    id: c.id,
    node_id: nodeId('IC', c.id),
    user: simpleUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: authorAssociation(ctx, c.user),
    body: c.body,
    reactions: reactions(`${ctx.repoApi}/issues/comments/${c.id}`),
    performed_via_github_app: null,
  };
}

export function review(ctx: Ctx, r: ReviewRec): J {
  const html = `${ctx.repoHtml}/pull/${r.pull}#pullrequestreview-${r.id}`;
  const pullApi = `${ctx.repoApi}/pulls/${r.pull}`;
  return {
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: simpleUser(ctx, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, r.user),
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    ...(r.state === 'PENDING' ? {} : { submitted_at: r.submitted_at }),
    commit_id: r.commit_id,
  };
}

export function status(ctx: Ctx, s: StatusRec, withCreator = true): J {
  const out: J = {
    url: `${ctx.repoApi}/statuses/${s.sha}`,
    avatar_url: `${ctx.url}/avatars/u/${ctx.store.user(s.creator).id}?v=4`,
    id: s.id,
    node_id: nodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
  if (withCreator) out.creator = simpleUser(ctx, s.creator);
  return out;
}

export function teamSimple(ctx: Ctx, team: string): J {
  const [org, slug] = team.split('/') as [string, string];
  const id = 5000000 + [...team].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1000000, 7);
  const api = `${ctx.url}/organizations/1/team/${id}`;
  return {
    id,
    node_id: nodeId('T', id),
    url: api,
    html_url: `${ctx.id.serverUrl}/orgs/${enc(org)}/teams/${enc(slug)}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    parent: null,
  };
}

/** One file of a pull request's diff (GET /pulls/{n}/files), at the head commit `head`. */
export function diffEntry(ctx: Ctx, head: string, f: ChangedFile): J {
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${ctx.repoHtml}/blob/${head}/${path}`,
    raw_url: `${ctx.repoHtml}/raw/${head}/${path}`,
    contents_url: `${ctx.repoApi}/contents/${path}?ref=${head}`,
  };
}
