/**
 * Users and the repository rendered as GitHub renders them. Logins are URL-encoded in URLs:
 * `[bot]` would fail the spec's `uri` format, and GitHub encodes them too.
 */
import type { Ctx } from './context.js';

export type J = Record<string, unknown>;

const enc = encodeURIComponent;

export function nodeId(kind: string, id: number): string {
  return `${kind}_${Buffer.from(`0:${id}`).toString('base64url')}`;
}

export function userHtml(ctx: Ctx, login: string): string {
  return login.endsWith('[bot]')
    ? `${ctx.id.serverUrl}/apps/${enc(login.slice(0, -5))}`
    : `${ctx.id.serverUrl}/${enc(login)}`;
}

export function simpleUser(ctx: Ctx, login: string): J {
  const u = ctx.store.user(login);
  const api = `${ctx.url}/users/${enc(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
    avatar_url: `${ctx.url}/avatars/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: userHtml(ctx, u.login),
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function authorAssociation(ctx: Ctx, login: string): string {
  if (login.toLowerCase() === ctx.id.owner.toLowerCase()) return 'OWNER';
  const member = Object.entries(ctx.store.teams).some(
    ([team, logins]) =>
      team.toLowerCase().startsWith(`${ctx.id.owner.toLowerCase()}/`) &&
      logins.some((l) => l.toLowerCase() === login.toLowerCase()),
  );
  if (member) return 'MEMBER';
  return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}

/** The repository; `full` adds what only GET /repos/{owner}/{repo} returns. */
// Long on purpose: GitHub's repository object, field by field as its OpenAPI description lists them.
export function repository(ctx: Ctx, full = false): J {
  const api = ctx.repoApi;
  const html = ctx.repoHtml;
  const base: J = {
    id: 700000001,
    node_id: nodeId('R', 700000001),
    name: ctx.id.repo,
    full_name: ctx.fullName,
    private: false,
    owner: { ...simpleUser(ctx, ctx.id.owner), type: 'Organization' },
    html_url: html,
    description: null,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: ctx.createdAt,
    updated_at: ctx.createdAt,
    pushed_at: ctx.createdAt,
    git_url: `git://${new URL(html).host}/${ctx.fullName}.git`,
    ssh_url: `git@${new URL(html).host}:${ctx.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'TypeScript',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: [...ctx.store.issues.values()].filter((i) => i.state === 'open').length,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'public',
    forks: 0,
    open_issues: [...ctx.store.issues.values()].filter((i) => i.state === 'open').length,
    watchers: 0,
    default_branch: ctx.id.defaultBranch,
  };
  if (!full) return base;
  return {
    ...base,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: true,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 0,
    organization: { ...simpleUser(ctx, ctx.id.owner), type: 'Organization' },
  };
}

/**
 * `owner`'s fork of the repository, as a fork PR's `head.repo`: its own id, name under `owner`,
 * `fork: true`, and its URLs; the rest as the parent's.
 */
export function forkRepository(ctx: Ctx, owner: string): J {
  const fullName = `${owner}/${ctx.id.repo}`;
  const out: J = {};
  for (const [key, value] of Object.entries(repository(ctx))) {
    out[key] =
      typeof value === 'string' && key.endsWith('url') ? value.replace(ctx.fullName, fullName) : value;
  }
  const id = 800000000 + ctx.store.user(owner).id;
  return {
    ...out,
    id,
    node_id: nodeId('R', id),
    full_name: fullName,
    owner: simpleUser(ctx, owner),
    fork: true,
    open_issues_count: 0,
    open_issues: 0,
  };
}
