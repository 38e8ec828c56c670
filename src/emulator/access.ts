/**
 * What each route needs, as GitHub documents it, and the one check every request goes through
 * (server.ts calls `authorize` for REST; handlers/graphql.ts for each mutation field).
 *
 * Integrations (GITHUB_TOKEN, App installations): the permission sets of github/docs
 * src/github-apps/data/fpt-2022-11-28/server-to-server-permissions.json (the "Fine-grained access
 * tokens" section of each REST page). Several sets are alternatives, as GitHub's
 * `x-accepted-github-permissions` header lists them: `issues=write; pull_requests=write`
 * (content/rest/using-the-rest-api/troubleshooting-the-rest-api.md, "Resource not accessible").
 * A refusal is 403 "Resource not accessible by integration" with that header.
 *
 * People (personal access tokens): the least repository role. A token whose owner lacks it gets
 * 404 Not Found: "The owner of the token has any permissions that are required to use the
 * endpoint" (troubleshooting-the-rest-api.md, "404 Not Found for an existing resource").
 *
 * `creates`: the operation is marked `x-github.triggersNotification` in GitHub's OpenAPI
 * description ("Creating content too quickly using this endpoint may result in secondary rate
 * limiting"): what the content-creation limit counts.
 */
import { DOCS, HttpError } from './errors.js';
import {
  type AppPermission,
  type Identity,
  type Level,
  levelAtLeast,
  type Role,
  roleAtLeast,
} from './identity.js';

export interface AccessRule {
  /**
   * Permission sets an integration may hold, any one of them enough (`'issues=write'`,
   * `'contents=write,pull_requests=write'`); `[]` none needed; `null` not open to integrations.
   */
  apps: string[] | null;
  /** The least repository role a person needs. */
  role: Role;
  /** GitHub's documentation page of the operation (the error bodies' documentation_url). */
  docs: string;
  /** An organization endpoint: GITHUB_TOKEN is scoped to its repository and sees 404. */
  org?: true;
  /** Content-creating (OpenAPI `x-github.triggersNotification`). */
  creates?: true;
}

const R = 'https://docs.github.com/rest';
const REPO = '/repos/{owner}/{repo}';
const GQL = 'https://docs.github.com/graphql/reference';
const ISSUES_OR_PULLS = (level: Level) => [`issues=${level}`, `pull_requests=${level}`];

/** REST routes by `METHOD template`, GraphQL mutations by `mutation name`, GraphQL reads by `query what`. */
export const ACCESS: Record<string, AccessRule> = {
  'GET /user': { apps: null, role: 'read', docs: `${R}/users/users#get-the-authenticated-user` },
  [`GET ${REPO}`]: { apps: ['metadata=read'], role: 'read', docs: `${R}/repos/repos#get-a-repository` },
  [`GET ${REPO}/contents/{path}`]: {
    apps: ['contents=read'],
    role: 'read',
    docs: `${R}/repos/contents#get-repository-content`,
  },
  'GET /orgs/{org}/teams/{team_slug}/members': {
    apps: ['members=read'],
    role: 'read',
    docs: `${R}/teams/members#list-team-members`,
    org: true,
  },
  [`POST ${REPO}/statuses/{sha}`]: {
    apps: ['statuses=write'],
    role: 'write',
    docs: `${R}/commits/statuses#create-a-commit-status`,
  },
  [`GET ${REPO}/commits/{ref}/status`]: {
    apps: ['statuses=read'],
    role: 'read',
    docs: `${R}/commits/statuses#get-the-combined-status-for-a-specific-reference`,
  },
  [`GET ${REPO}/commits`]: {
    apps: ['contents=read'],
    role: 'read',
    docs: `${R}/commits/commits#list-commits`,
  },
  [`GET ${REPO}/git/ref/{ref}`]: {
    apps: ['contents=read'],
    role: 'read',
    docs: `${R}/git/refs#get-a-reference`,
  },
  [`GET ${REPO}/git/commits/{commit_sha}`]: {
    apps: ['contents=read'],
    role: 'read',
    docs: `${R}/git/commits#get-a-commit-object`,
  },
  [`POST ${REPO}/git/blobs`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/blobs#create-a-blob`,
  },
  [`POST ${REPO}/git/trees`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/trees#create-a-tree`,
  },
  [`POST ${REPO}/git/commits`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/commits#create-a-commit`,
  },
  [`POST ${REPO}/git/refs`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/refs#create-a-reference`,
  },
  [`PATCH ${REPO}/git/refs/{ref}`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/refs#update-a-reference`,
  },
  [`DELETE ${REPO}/git/refs/{ref}`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/git/refs#delete-a-reference`,
  },
  [`GET ${REPO}/pulls`]: {
    apps: ['pull_requests=read'],
    role: 'read',
    docs: `${R}/pulls/pulls#list-pull-requests`,
  },
  // "To open or update a pull request … you must have write access to the head or the source branch."
  [`POST ${REPO}/pulls`]: {
    apps: ['pull_requests=write'],
    role: 'write',
    docs: `${R}/pulls/pulls#create-a-pull-request`,
    creates: true,
  },
  [`GET ${REPO}/pulls/{pull_number}`]: {
    apps: ['pull_requests=read', 'contents=read'],
    role: 'read',
    docs: `${R}/pulls/pulls#get-a-pull-request`,
  },
  [`PATCH ${REPO}/pulls/{pull_number}`]: {
    apps: ['pull_requests=write'],
    role: 'write',
    docs: `${R}/pulls/pulls#update-a-pull-request`,
  },
  [`PUT ${REPO}/pulls/{pull_number}/merge`]: {
    apps: ['contents=write'],
    role: 'write',
    docs: `${R}/pulls/pulls#merge-a-pull-request`,
    creates: true,
  },
  [`GET ${REPO}/pulls/{pull_number}/files`]: {
    apps: ['pull_requests=read'],
    role: 'read',
    docs: `${R}/pulls/pulls#list-pull-requests-files`,
  },
  [`GET ${REPO}/pulls/{pull_number}/reviews`]: {
    apps: ['pull_requests=read'],
    role: 'read',
    docs: `${R}/pulls/reviews#list-reviews-for-a-pull-request`,
  },
  [`POST ${REPO}/pulls/{pull_number}/reviews`]: {
    apps: ['pull_requests=write'],
    role: 'read',
    docs: `${R}/pulls/reviews#create-a-review-for-a-pull-request`,
    creates: true,
  },
  [`POST ${REPO}/pulls/{pull_number}/requested_reviewers`]: {
    apps: ['pull_requests=write'],
    role: 'triage',
    docs: `${R}/reference/pulls#request-reviewers-for-a-pull-request`,
    creates: true,
  },
  [`GET ${REPO}/pulls/{pull_number}/requested_reviewers`]: {
    apps: ['pull_requests=read'],
    role: 'read',
    docs: `${R}/pulls/review-requests#get-all-requested-reviewers-for-a-pull-request`,
  },
  [`GET ${REPO}/commits/{commit_sha}/pulls`]: {
    apps: ['pull_requests=read'],
    role: 'read',
    docs: `${R}/commits/commits#list-pull-requests-associated-with-a-commit`,
  },
  // "Any user with pull access to a repository can create an issue."
  [`POST ${REPO}/issues`]: {
    apps: ['issues=write'],
    role: 'read',
    docs: `${R}/issues/issues#create-an-issue`,
    creates: true,
  },
  [`GET ${REPO}/issues`]: {
    apps: ['issues=read'],
    role: 'read',
    docs: `${R}/issues/issues#list-repository-issues`,
  },
  [`GET ${REPO}/issues/{issue_number}`]: {
    apps: ['issues=read'],
    role: 'read',
    docs: `${R}/issues/issues#get-an-issue`,
  },
  // "Issue owners and users with push access or Triage role can edit an issue." (owners: not modelled)
  [`PATCH ${REPO}/issues/{issue_number}`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'triage',
    docs: `${R}/issues/issues#update-an-issue`,
  },
  [`GET ${REPO}/issues/{issue_number}/comments`]: {
    apps: ISSUES_OR_PULLS('read'),
    role: 'read',
    docs: `${R}/issues/comments#list-issue-comments`,
  },
  [`POST ${REPO}/issues/{issue_number}/comments`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'read',
    docs: `${R}/issues/comments#create-an-issue-comment`,
    creates: true,
  },
  [`GET ${REPO}/issues/comments/{comment_id}`]: {
    apps: ISSUES_OR_PULLS('read'),
    role: 'read',
    docs: `${R}/issues/comments#get-an-issue-comment`,
  },
  [`PATCH ${REPO}/issues/comments/{comment_id}`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'read',
    docs: `${R}/issues/comments#update-an-issue-comment`,
  },
  [`POST ${REPO}/issues/{issue_number}/labels`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'triage',
    docs: `${R}/issues/labels#add-labels-to-an-issue`,
  },
  [`DELETE ${REPO}/issues/{issue_number}/labels/{name}`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'triage',
    docs: `${R}/issues/labels#remove-a-label-from-an-issue`,
  },
  [`POST ${REPO}/labels`]: {
    apps: ISSUES_OR_PULLS('write'),
    role: 'write',
    docs: `${R}/issues/labels#create-a-label`,
  },
  [`GET ${REPO}/labels`]: {
    apps: ISSUES_OR_PULLS('read'),
    role: 'read',
    docs: `${R}/issues/labels#list-labels-for-a-repository`,
  },
  // Not in the permissions data: search answers whatever the token can see.
  'GET /search/issues': {
    apps: [],
    role: 'read',
    docs: `${R}/search/search#search-issues-and-pull-requests`,
  },
  // The mutations are checked one by one (handlers/graphql.ts).
  'POST /graphql': { apps: [], role: 'read', docs: 'https://docs.github.com/graphql' },
  // GraphQL reads: "Similar to the REST API, the app must have certain permissions to access
  // objects in the GraphQL API" (github/docs content/apps/creating-github-apps/authenticating-with-
  // a-github-app/authenticating-as-a-github-app-installation.md): those of the REST twins, checked
  // field by field (graphql/nodes.ts).
  'query repository': { apps: ['metadata=read'], role: 'read', docs: `${GQL}/objects#repository` },
  'query contents': { apps: ['contents=read'], role: 'read', docs: `${GQL}/objects#commit` },
  'query pull requests': { apps: ['pull_requests=read'], role: 'read', docs: `${GQL}/objects#pullrequest` },
  'query issues': { apps: ['issues=read'], role: 'read', docs: `${GQL}/objects#issue` },
  'query statuses': { apps: ['statuses=read'], role: 'read', docs: `${GQL}/objects#status` },
  // "People with write access to a repository can pin issue in the repository." (content/issues/…
  // /pinning-an-issue-to-your-repository.md); for integrations, the issue's permission.
  'mutation pinIssue': {
    apps: ['issues=write'],
    role: 'write',
    docs: 'https://docs.github.com/graphql/reference/mutations#pinissue',
  },
  'mutation unpinIssue': {
    apps: ['issues=write'],
    role: 'write',
    docs: 'https://docs.github.com/graphql/reference/mutations#unpinissue',
  },
  // Auto-merge schedules a merge: contents and pull requests, both written.
  'mutation enablePullRequestAutoMerge': {
    apps: ['contents=write,pull_requests=write'],
    role: 'write',
    docs: 'https://docs.github.com/graphql/reference/mutations#enablepullrequestautomerge',
  },
  // A commit on a branch writes contents, as PATCH git/refs does.
  'mutation createCommitOnBranch': {
    apps: ['contents=write'],
    role: 'write',
    docs: 'https://docs.github.com/graphql/reference/mutations#createcommitonbranch',
  },
  'mutation disablePullRequestAutoMerge': {
    apps: ['contents=write,pull_requests=write'],
    role: 'write',
    docs: 'https://docs.github.com/graphql/reference/mutations#disablepullrequestautomerge',
  },
};

export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

function holds(who: Identity, set: string): boolean {
  return set.split(',').every((pair) => {
    const [permission, level] = pair.split('=') as [AppPermission, Level];
    return levelAtLeast(who.permissions[permission], level);
  });
}

export type Verdict =
  | { ok: true; headers: Record<string, string> }
  /** `status` 403/404 and GitHub's message; `accepted` is the header value for integrations. */
  | { ok: false; status: 403 | 404; message: string; docs: string; headers: Record<string, string> };

/** Whether `who` (a person acting as `role`) may call the route or mutation `key`. */
export function decide(key: string, who: Identity, role: Role | undefined): Verdict {
  const rule = ACCESS[key];
  if (!rule) throw new Error(`no access rule for ${key}: add it to ACCESS (src/emulator/access.ts)`);
  const refuse = (status: 403 | 404, message: string, headers: Record<string, string> = {}): Verdict => ({
    ok: false,
    status,
    message,
    docs: rule.docs,
    headers,
  });
  if (who.kind === 'person')
    return roleAtLeast(role, rule.role) ? { ok: true, headers: {} } : refuse(404, 'Not Found');
  if (rule.apps === null) return refuse(403, NOT_ACCESSIBLE);
  // GITHUB_TOKEN is an installation on one repository: the organization is out of its sight.
  if (rule.org && who.kind === 'github-actions') return refuse(404, 'Not Found');
  const headers: Record<string, string> = rule.apps.length
    ? { 'x-accepted-github-permissions': rule.apps.join('; ') }
    : {};
  if (rule.apps.length && !rule.apps.some((set) => holds(who, set)))
    return refuse(403, NOT_ACCESSIBLE, headers);
  return { ok: true, headers };
}

/** Push access: an integration past the route's check, a person with at least the write role. */
export function hasPushAccess(who: Identity, role: Role | undefined): boolean {
  return who.kind !== 'person' || roleAtLeast(role, 'write');
}

/** The REST check: the headers to send, or GitHub's refusal as an HttpError. */
export function authorize(key: string, who: Identity, role: Role | undefined): Record<string, string> {
  const v = decide(key, who, role);
  if (v.ok) return v.headers;
  throw new HttpError(
    v.status,
    { message: v.message, documentation_url: v.docs ?? DOCS, status: String(v.status) },
    v.headers,
  );
}
