/**
 * Who a token is: GITHUB_TOKEN (`github-actions[bot]` with the workflow's `permissions:`), a
 * GitHub App installation (`<slug>[bot]` with the installation's permissions) or a person
 * (a personal access token acting with the person's repository role).
 *
 * Sources: GITHUB_TOKEN's scopes and its permissive/restricted defaults are the table of
 * github/docs content/actions/reference/github_token-reference.md; App permission names are
 * those of src/github-apps/data/fpt-2022-11-28/server-to-server-permissions.json (the names
 * `x-accepted-github-permissions` uses); roles are GitHub's repository roles.
 */
import type { UserType } from './store.js';

export type Level = 'read' | 'write' | 'admin';
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** GitHub App permissions (repository and organization) the emulator's routes need. */
export type AppPermission =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'deployments'
  | 'issues'
  | 'members'
  | 'metadata'
  | 'pages'
  | 'pull_requests'
  | 'statuses'
  | 'workflows';

/** The scopes a workflow's `permissions:` may name (there is no `members`). */
export const WORKFLOW_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;
export type WorkflowScope = (typeof WORKFLOW_SCOPES)[number];
export type WorkflowPermissions =
  | 'read-all'
  | 'write-all'
  | Partial<Record<WorkflowScope, 'read' | 'write' | 'none'>>;

export type TokenSpec =
  /** GITHUB_TOKEN; without `permissions`, the permissive default (read/write for every scope). */
  | { kind: 'github-actions'; permissions?: WorkflowPermissions }
  /** An App installation token: login `<slug>[bot]`; `metadata: read` is implied. */
  | { kind: 'app'; slug: string; permissions: Partial<Record<AppPermission, Level>> }
  /** A person's token: acts with the role `collaborators` gives them (default write). */
  | { kind: 'person'; login: string; name?: string; email?: string }
  /**
   * The earlier form: `github-actions[bot]` is GITHUB_TOKEN with the permissive default, another
   * `type: 'Bot'` (or `…[bot]`) login an App with those same permissions, anyone else a person.
   */
  | { login: string; type?: UserType; name?: string; email?: string };

export type IdentityKind = 'github-actions' | 'app' | 'person';

export interface Identity {
  kind: IdentityKind;
  login: string;
  name?: string;
  email?: string;
  /** An integration's permissions (empty for people, who act with their role). */
  permissions: Partial<Record<AppPermission, Level>>;
}

export const GITHUB_ACTIONS = 'github-actions[bot]';

/** `pull-requests` → `pull_requests`; scopes with no REST permission the emulator checks are left out. */
const SCOPE_PERMISSION: Partial<Record<WorkflowScope, AppPermission>> = {
  actions: 'actions',
  checks: 'checks',
  contents: 'contents',
  deployments: 'deployments',
  issues: 'issues',
  pages: 'pages',
  'pull-requests': 'pull_requests',
  statuses: 'statuses',
};

/** GITHUB_TOKEN's permissions from a workflow's `permissions:` (GitHub's permissive default without one). */
export function workflowPermissions(
  given: WorkflowPermissions = 'write-all',
): Partial<Record<AppPermission, Level>> {
  const out: Partial<Record<AppPermission, Level>> = { metadata: 'read' };
  const all = given === 'read-all' || given === 'write-all';
  for (const scope of WORKFLOW_SCOPES) {
    const level = all ? (given === 'write-all' ? 'write' : 'read') : given[scope];
    const permission = SCOPE_PERMISSION[scope];
    if (permission && (level === 'read' || level === 'write')) out[permission] = level;
  }
  if (!all) {
    for (const key of Object.keys(given)) {
      if (!(WORKFLOW_SCOPES as readonly string[]).includes(key))
        throw new Error(`"${key}" is not a GITHUB_TOKEN permission (workflow syntax: permissions)`);
    }
  }
  return out;
}

/** The identity a token's spec describes. */
export function identityOf(spec: TokenSpec): Identity {
  if ('kind' in spec) {
    if (spec.kind === 'github-actions')
      return {
        kind: 'github-actions',
        login: GITHUB_ACTIONS,
        permissions: workflowPermissions(spec.permissions),
      };
    if (spec.kind === 'app')
      return {
        kind: 'app',
        login: `${spec.slug}[bot]`,
        permissions: { metadata: 'read', ...spec.permissions },
      };
    return { kind: 'person', login: spec.login, name: spec.name, email: spec.email, permissions: {} };
  }
  const { login, name, email } = spec;
  if (login === GITHUB_ACTIONS) return { kind: 'github-actions', login, permissions: workflowPermissions() };
  if (spec.type === 'Bot' || login.endsWith('[bot]'))
    return { kind: 'app', login, name, email, permissions: workflowPermissions() };
  return { kind: 'person', login, name, email, permissions: {} };
}

const ROLES: Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];
const LEVELS: Level[] = ['read', 'write', 'admin'];

export function roleAtLeast(role: Role | undefined, least: Role): boolean {
  return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(least);
}

export function levelAtLeast(level: Level | undefined, least: Level): boolean {
  return level !== undefined && LEVELS.indexOf(level) >= LEVELS.indexOf(least);
}
