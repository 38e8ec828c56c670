/**
 * What GitHub reads from the repository to decide on an event: the changed files (two-dot diff
 * for pushes, three-dot for pull requests; "Pushes to new branches: A two-dot diff against the
 * parent of the ancestor of the deepest commit pushed", github/docs
 * data/reusables/actions/workflows/triggering-a-workflow-paths5.md), the commit count and the
 * head commit's message. And where it reads the workflow files for an event (GITHUB_SHA, or the
 * default branch; events-that-trigger-workflows.md).
 */
import type { ActionEvent } from '../../../src/emulator/index.js';
import type { RepoReader } from './load.js';
import type { Payload } from './payload.js';
import type { EventFacts } from './triggers.js';

const ZERO = /^0+$/;

const lines = (text: string) => text.split('\n').filter(Boolean);

async function pushFacts(gh: RepoReader, p: Payload): Promise<EventFacts> {
  const after = String(p.after);
  const before = String(p.before);
  if (ZERO.test(after)) return { changedFiles: [], commitCount: 0 };
  const headMessage = String(p.head_commit?.message ?? '');
  if (!ZERO.test(before)) {
    const changed = await gh.gitText(['diff', '--name-only', '--no-renames', before, after]);
    const count = await gh.gitText(['rev-list', '--count', `${before}..${after}`]);
    return { changedFiles: lines(changed), commitCount: Number(count.trim()), headMessage };
  }
  const deepest = String((p.commits as { id: string }[] | undefined)?.[0]?.id ?? after);
  const parents = lines(await gh.gitText(['rev-list', '--parents', '-n', '1', deepest]))[0]!.split(' ');
  const changed = parents[1]
    ? await gh.gitText(['diff', '--name-only', '--no-renames', parents[1], after])
    : await gh.gitText(['diff-tree', '-r', '--root', '--no-commit-id', '--name-only', '--no-renames', after]);
  return { changedFiles: lines(changed), commitCount: (p.commits ?? []).length, headMessage };
}

async function pullFacts(gh: RepoReader, p: Payload): Promise<EventFacts> {
  const head = String(p.pull_request?.head?.sha);
  const base = `refs/heads/${p.pull_request?.base?.ref}`;
  const changed = await gh.gitText(['diff', '--name-only', '--no-renames', `${base}...${head}`]);
  const headMessage = await gh.gitText(['log', '-1', '--format=%B', head]);
  return { changedFiles: lines(changed), headMessage };
}

/** The facts `decide` needs for this event, read from the emulator's repository. */
export async function eventFacts(gh: RepoReader, e: ActionEvent): Promise<EventFacts> {
  const p = e.payload as Payload;
  if (e.name === 'push') return pushFacts(gh, p);
  if (p.pull_request && (e.name === 'pull_request' || e.name === 'pull_request_target'))
    return pullFacts(gh, p);
  return {};
}

/**
 * The commit whose `.github/workflows` GitHub reads for the event: the pushed commit, a pull
 * request's merge commit (GITHUB_SHA), the dispatched ref; for `pull_request_target`, schedules,
 * comments, reviews of nothing else and `workflow_run`, the default branch ("This event will only
 * trigger a workflow run if the workflow file exists on the default branch").
 */
export function workflowRef(e: ActionEvent, defaultBranch: string): string {
  const p = e.payload as Payload;
  switch (e.name) {
    case 'push':
      return ZERO.test(String(p.after)) ? defaultBranch : String(p.after);
    case 'pull_request':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      return e.sha ?? e.ref ?? defaultBranch;
    case 'workflow_dispatch':
      return e.sha ?? String(p.ref ?? defaultBranch);
    default:
      return defaultBranch;
  }
}
