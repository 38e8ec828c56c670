/**
 * The `github` context of a run and the GITHUB_SHA/GITHUB_REF GitHub gives each event
 * (github/docs content/actions/reference/workflows-and-actions/contexts.md, "github context";
 * events-that-trigger-workflows.md, the GITHUB_SHA and GITHUB_REF columns), and the permissions a
 * job's GITHUB_TOKEN gets (workflow-syntax.md, `permissions`: "If you specify the access for any
 * of these permissions, all of those that are not specified are set to `none`"; job-level
 * `permissions` replace the workflow's).
 */

import { WORKFLOW_SCOPES } from '../../../src/emulator/identity.js';
import type { ActionEvent } from '../../../src/emulator/index.js';
import { literal } from './expressions.js';
import { child, type Workflow } from './load.js';
import type { Payload } from './payload.js';

export interface RepoInfo {
  owner: string;
  repo: string;
  url: string;
  serverUrl: string;
  defaultBranch: string;
  refSha(ref: string): Promise<string | null>;
}

/** Events whose run is on the pushed, pulled or dispatched commit; every other runs on the default branch. */
const OWN_REF = new Set([
  'push',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'workflow_dispatch',
  'release',
  'create',
  'deployment',
  'deployment_status',
  'registry_package',
]);

/** The event with the GITHUB_SHA and GITHUB_REF GitHub sets for it. */
export async function withRunRef(gh: RepoInfo, e: ActionEvent): Promise<ActionEvent> {
  if (OWN_REF.has(e.name) && (e.sha || e.ref)) return e;
  const ref = `refs/heads/${gh.defaultBranch}`;
  const sha = (await gh.refSha(ref)) ?? undefined;
  return { ...e, ref, ...(sha ? { sha } : {}) };
}

export function githubContext(o: {
  gh: RepoInfo;
  event: ActionEvent;
  workflow: Workflow;
  runId: number;
  runNumber: number;
  actor: string;
}): Record<string, unknown> {
  const { gh, event } = o;
  const p = event.payload as Payload;
  const ref = event.ref ?? String(p.ref ?? '');
  const api = gh.url;
  return {
    event: p,
    event_name: event.name,
    sha: event.sha ?? '',
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: p.pull_request?.head?.ref ?? '',
    base_ref: p.pull_request?.base?.ref ?? '',
    repository: `${gh.owner}/${gh.repo}`,
    repository_owner: gh.owner,
    actor: o.actor,
    triggering_actor: o.actor,
    workflow: o.workflow.name,
    workflow_ref: `${gh.owner}/${gh.repo}/${o.workflow.file}@${ref}`,
    run_id: String(o.runId),
    run_number: String(o.runNumber),
    run_attempt: '1',
    retention_days: '90',
    server_url: gh.serverUrl,
    api_url: api,
    graphql_url: `${api}/graphql`,
  };
}

export type Access = 'read' | 'write' | 'none';

/** The GITHUB_TOKEN's permissions for a job; `scopes: null` is the repository's default. */
export interface JobPermissions {
  from: 'job' | 'workflow' | 'repository default';
  scopes: Record<string, Access> | null;
}

/** The scopes a `permissions:` block may name: the emulator's list, which its tokens honour. */
export const PERMISSION_SCOPES = WORKFLOW_SCOPES;

function scopes(value: unknown, where: string): Record<string, Access> {
  const all = (a: Access) =>
    Object.fromEntries(PERMISSION_SCOPES.map((s) => [s, a])) as Record<string, Access>;
  if (value === 'read-all') return all('read');
  if (value === 'write-all') return all('write');
  if (value && typeof value === 'object') {
    const out = all('none');
    for (const [k, v] of Object.entries(value)) {
      if (
        !(PERMISSION_SCOPES as readonly string[]).includes(k) ||
        !['read', 'write', 'none'].includes(String(v))
      ) {
        throw new Error(`${where}: unknown permission ${k}: ${v}`);
      }
      out[k] = v as Access;
    }
    return out;
  }
  throw new Error(`${where}: permissions must be read-all, write-all or a mapping`);
}

export function jobPermissions(w: Workflow, jobId: string): JobPermissions {
  const job = child(child(w.root, 'jobs'), jobId);
  const own = child(job, 'permissions');
  if (own) return { from: 'job', scopes: scopes(literal(own), `${w.file} jobs.${jobId}.permissions`) };
  const top = child(w.root, 'permissions');
  if (top) return { from: 'workflow', scopes: scopes(literal(top), `${w.file} permissions`) };
  return { from: 'repository default', scopes: null };
}

/** `contents: write, issues: write` (scopes other than none). */
export function describePermissions(p: JobPermissions): string {
  if (!p.scopes) return 'repository default';
  const granted = Object.entries(p.scopes).filter(([, a]) => a !== 'none');
  return granted.length ? granted.map(([s, a]) => `${s}: ${a}`).join(', ') : 'none';
}
