/**
 * Which workflows GitHub starts for an event, and why, from their `on:` sections. Sources (github/docs):
 * - content/actions/reference/workflows-and-actions/events-that-trigger-workflows.md: activity
 *   types ("By default, a workflow only runs when a `pull_request` event's activity type is
 *   `opened`, `synchronize`, or `reopened`"; other events: "By default, all activity types
 *   trigger workflows"), "Workflows will not run on `pull_request` activity if the pull request
 *   has a merge conflict", schedules, workflow_dispatch, workflow_run;
 * - content/actions/reference/workflows-and-actions/workflow-syntax.md (reusables
 *   actions/workflows/run-on-specific-branches-or-tags1, triggering-workflow-branches1,
 *   triggering-a-workflow-paths1..5): branch, tag and path filters, "Path filters are not
 *   evaluated for pushes of tags", "If there are no files changed, the workflow will not run",
 *   "Diffs are limited to 300 files. If there are files changed that aren't matched in the first
 *   300 files returned by the filter, the workflow will not run", "If you push more than 1,000
 *   commits […] the workflow will always run";
 * - content/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow.md,
 *   "Triggering a workflow from a workflow" (reusable actions/actions-do-not-trigger-workflows):
 *   "events triggered by the `GITHUB_TOKEN` will not create a new workflow run", except
 *   `workflow_dispatch` and `repository_dispatch"; and, on github.com, "When a pull request is
 *   created or updated by a workflow using `GITHUB_TOKEN`, `pull_request` events with the
 *   `opened`, `synchronize`, or `reopened` activity types create workflow runs that require
 *   approval";
 * - content/actions/how-tos/manage-workflow-runs/skip-workflow-runs.md: `[skip ci]` and friends
 *   in the head commit stop `push` and `pull_request` workflows.
 */
import type { ActionEvent } from '../../../src/emulator/index.js';
import { dispatchProblem, dispatchSummary } from './dispatch.js';
import { passes, selects } from './glob.js';
import type { Workflow } from './load.js';
import type { Payload } from './payload.js';

/** What GitHub knows of an event besides its payload. */
export interface EventFacts {
  /** Files a push or pull request changed, in the diff's order; absent: no diff (it always runs). */
  changedFiles?: string[];
  /** Commits a push carried. */
  commitCount?: number;
  /** Message of the pushed head commit or of the pull request's HEAD commit. */
  headMessage?: string;
}

export interface Decision {
  file: string;
  name: string;
  started: boolean;
  /** One line: what started it, or "not started: …". */
  why: string;
  /** GitHub created the run but holds it until someone with write access approves it. */
  awaitingApproval?: boolean;
}

export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';
export const PATHS_DIFF_LIMIT = 300;
const PR_DEFAULT_TYPES = ['opened', 'synchronize', 'reopened'];
const SKIP = ['[skip ci]', '[ci skip]', '[no ci]', '[skip actions]', '[actions skip]'];

type Verdict = { ok: true; why: string } | { ok: false; why: string };
type Filters = {
  types?: string[];
  branches?: string[];
  'branches-ignore'?: string[];
  tags?: string[];
  'tags-ignore'?: string[];
  paths?: string[];
  'paths-ignore'?: string[];
  workflows?: string[];
};

export function decide(
  workflows: readonly Workflow[],
  event: ActionEvent,
  facts: EventFacts = {},
): Decision[] {
  return workflows.map((w) => ({ file: w.file, name: w.name, ...decideOne(w, event, facts) }));
}

function decideOne(w: Workflow, e: ActionEvent, facts: EventFacts): Omit<Decision, 'file' | 'name'> {
  const on = (w.template.events as Record<string, unknown>)[e.name];
  if (on === undefined) return { started: false, why: `not started: no \`on: ${e.name}\` trigger` };
  const verdict = filterEvent(w, e, on as Filters, facts);
  if (!verdict.ok) return { started: false, why: `not started: ${verdict.why}` };
  const sender = (e.payload.sender as { login?: string } | undefined)?.login;
  if (sender === GITHUB_TOKEN_LOGIN && e.name !== 'workflow_dispatch' && e.name !== 'repository_dispatch') {
    const action = String(e.payload.action ?? '');
    if (e.name === 'pull_request' && PR_DEFAULT_TYPES.includes(action)) {
      return {
        started: false,
        awaitingApproval: true,
        why: `not started: ${verdict.why}, by GITHUB_TOKEN: the run waits for approval by someone with write access`,
      };
    }
    return { started: false, why: `not started: ${verdict.why}, caused by GITHUB_TOKEN` };
  }
  return { started: true, why: verdict.why };
}

function filterEvent(w: Workflow, e: ActionEvent, on: Filters, facts: EventFacts): Verdict {
  const p = e.payload as Payload;
  switch (e.name) {
    case 'push':
      return pushFilter(on, p, facts);
    case 'pull_request':
    case 'pull_request_target':
      return pullFilter(e.name, on, p, facts);
    case 'schedule':
      return scheduleFilter(w, p);
    case 'workflow_dispatch': {
      if (p.workflow !== w.file) return { ok: false, why: `workflow_dispatch targets ${p.workflow}` };
      const problem = dispatchProblem(w, (p.inputs ?? {}) as Record<string, unknown>);
      if (problem) return { ok: false, why: `the API refuses the dispatch (422 "${problem}")` };
      return { ok: true, why: `workflow_dispatch on ${refName(String(p.ref))}${dispatchSummary(p.inputs)}` };
    }
    case 'workflow_run':
      return workflowRunFilter(on, p);
    case 'repository_dispatch':
      return typesFilter(e.name, on, String(p.action ?? ''), ['(all)']);
    default:
      return typesFilter(e.name, on, String(p.action ?? ''), ['(all)']);
  }
}

/** `types`: the event's activity type must be listed; unlisted types default to `defaults`. */
function typesFilter(event: string, on: Filters, action: string, defaults: string[]): Verdict {
  const types = on.types ?? defaults;
  const what = action ? `${event} ${action}` : event;
  if (types.includes('(all)') || types.includes(action)) return { ok: true, why: what };
  return { ok: false, why: `${what} is not among types [${types.join(', ')}]` };
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

function pushFilter(on: Filters, p: Payload, facts: EventFacts): Verdict {
  const ref = String(p.ref ?? '');
  const isTag = ref.startsWith('refs/tags/');
  const name = refName(ref);
  const branchFilter = { include: on.branches, exclude: on['branches-ignore'] };
  const tagFilter = { include: on.tags, exclude: on['tags-ignore'] };
  const hasBranch = !!(on.branches || on['branches-ignore']);
  const hasTag = !!(on.tags || on['tags-ignore']);
  const what = `push to ${isTag ? 'tag ' : ''}${name}`;
  // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow won't run
  // for events affecting the undefined Git ref."
  if (isTag && !hasTag && hasBranch) return { ok: false, why: `${what}: only branches are filtered` };
  if (!isTag && !hasBranch && hasTag) return { ok: false, why: `${what}: only tags are filtered` };
  if (!passes(isTag ? tagFilter : branchFilter, name)) {
    return { ok: false, why: `${what}: ${isTag ? 'tags' : 'branches'} filter excludes ${name}` };
  }
  if (skipped(facts)) return { ok: false, why: `${what}: the head commit says ${skipped(facts)}` };
  if (isTag) return { ok: true, why: what }; // "Path filters are not evaluated for pushes of tags."
  if ((facts.commitCount ?? 0) > 1000)
    return { ok: true, why: `${what} of over 1,000 commits (paths not read)` };
  return pathsFilter(what, on, facts);
}

function pullFilter(event: string, on: Filters, p: Payload, facts: EventFacts): Verdict {
  const action = String(p.action ?? '');
  const types = typesFilter(event, on, action, PR_DEFAULT_TYPES);
  if (!types.ok) return types;
  const base = String(p.pull_request?.base?.ref ?? '');
  const what = `${event} ${action} on ${base}`;
  if (!passes({ include: on.branches, exclude: on['branches-ignore'] }, base)) {
    return { ok: false, why: `${what}: branches filter excludes the base branch ${base}` };
  }
  if (event === 'pull_request') {
    if (p.pull_request?.mergeable === false && p.pull_request?.state === 'open') {
      return { ok: false, why: `${what}: the pull request has a merge conflict` };
    }
    if (skipped(facts)) return { ok: false, why: `${what}: its HEAD commit says ${skipped(facts)}` };
  }
  return pathsFilter(what, on, facts);
}

function skipped(facts: EventFacts): string | undefined {
  const message = facts.headMessage ?? '';
  const found = SKIP.find((s) => message.includes(s));
  if (found) return found;
  const lines = message.trimEnd().split('\n');
  return /^skip-checks: ?true$/.test(lines.at(-1) ?? '') && lines.length > 2
    ? 'skip-checks: true'
    : undefined;
}

function pathsFilter(what: string, on: Filters, facts: EventFacts): Verdict {
  const include = on.paths;
  const ignore = on['paths-ignore'];
  if (!include && !ignore) return { ok: true, why: what };
  const files = facts.changedFiles;
  if (!files) return { ok: true, why: `${what} (no diff: paths not read)` };
  if (!files.length) return { ok: false, why: `${what}: no files changed` };
  const seen = files.slice(0, PATHS_DIFF_LIMIT);
  const of =
    files.length > PATHS_DIFF_LIMIT ? `the first ${PATHS_DIFF_LIMIT} of ${files.length}` : `${files.length}`;
  if (include) {
    const hits = seen.filter((f) => selects(include, f));
    if (!hits.length) return { ok: false, why: `${what}: paths filter matched none of ${of} changed files` };
    return { ok: true, why: `${what} touching ${list(hits)}` };
  }
  const kept = seen.filter((f) => !selects(ignore!, f));
  if (!kept.length) return { ok: false, why: `${what}: paths-ignore matched all of ${of} changed files` };
  return { ok: true, why: `${what} touching ${list(kept)}` };
}

function list(files: string[]): string {
  return files.length <= 3
    ? files.join(', ')
    : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

function scheduleFilter(w: Workflow, p: Payload): Verdict {
  const crons = (w.template.events.schedule ?? []).map((s) => s.cron);
  if (p.workflow && p.workflow !== w.file) return { ok: false, why: `the schedule is ${p.workflow}'s` };
  if (!crons.includes(String(p.schedule))) {
    return { ok: false, why: `schedule "${p.schedule}" is not among [${crons.join(', ')}]` };
  }
  return { ok: true, why: `schedule ${p.schedule}` };
}

function workflowRunFilter(on: Filters, p: Payload): Verdict {
  const run = (p.workflow_run ?? {}) as { name?: string; head_branch?: string };
  const types = typesFilter('workflow_run', on, String(p.action ?? ''), ['(all)']);
  if (!types.ok) return types;
  if (!(on.workflows ?? []).some((n) => selects([n], String(run.name)))) {
    return { ok: false, why: `workflow_run of "${run.name}", not of [${(on.workflows ?? []).join(', ')}]` };
  }
  const branch = String(run.head_branch ?? '');
  if (!passes({ include: on.branches, exclude: on['branches-ignore'] }, branch)) {
    return { ok: false, why: `workflow_run on ${branch}: branches filter excludes it` };
  }
  return { ok: true, why: `${types.why} of "${run.name}" on ${branch}` };
}

/** One printable line per workflow. */
export function describeDecisions(decisions: readonly Decision[]): string[] {
  return decisions.map((d) => `${d.started ? 'started    ' : 'not started'} ${d.file}: ${d.why}`);
}
