/**
 * Which workflows GitHub starts for an event (test/support/workflows/triggers.ts), on small inline
 * workflows, rule by rule, with the documents' own examples where they give one.
 */
import { describe, expect, it } from 'vitest';
import type { ActionEvent } from '../../../src/emulator/index.js';
import { dispatchInputs } from '../../support/workflows/dispatch.js';
import { parseWorkflowFile, type Workflow } from '../../support/workflows/load.js';
import { scheduledAt } from '../../support/workflows/schedule.js';
import { decide, type EventFacts } from '../../support/workflows/triggers.js';

const JOBS = 'jobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n';
const wf = (on: string, file = '.github/workflows/w.yml') => parseWorkflowFile(file, `on:\n${on}\n${JOBS}`);

function pull(
  action: string,
  opts: { base?: string; sender?: string; mergeable?: boolean } = {},
): ActionEvent {
  const pull_request = {
    number: 3,
    state: 'open',
    mergeable: opts.mergeable ?? true,
    base: { ref: opts.base ?? 'main' },
  };
  return {
    name: 'pull_request',
    payload: { action, pull_request, sender: { login: opts.sender ?? 'alice' } },
  };
}
const push = (ref: string, sender = 'alice'): ActionEvent => ({
  name: 'push',
  payload: { ref, sender: { login: sender } },
});
async function one(
  w: Workflow | Promise<Workflow>,
  e: ActionEvent,
  facts: EventFacts = { changedFiles: ['a.txt'] },
) {
  return decide([await w], e, facts)[0]!;
}

describe('activity types', () => {
  it("pull_request: GitHub's defaults are opened, synchronize and reopened", async () => {
    const w = await wf('  pull_request:');
    for (const a of ['opened', 'synchronize', 'reopened']) expect((await one(w, pull(a))).started).toBe(true);
    for (const a of ['edited', 'closed', 'labeled', 'ready_for_review']) {
      expect(await one(w, pull(a))).toMatchObject({
        started: false,
        why: expect.stringContaining('not among types'),
      });
    }
  });

  it('pull_request: listed types replace the defaults', async () => {
    const w = await wf('  pull_request:\n    types: [edited]');
    expect((await one(w, pull('edited'))).started).toBe(true);
    expect((await one(w, pull('opened'))).started).toBe(false);
  });

  it('pull_request_review: every type by default, or the listed ones', async () => {
    const review = (action: string): ActionEvent => ({ name: 'pull_request_review', payload: { action } });
    expect((await one(wf('  pull_request_review:'), review('edited'))).started).toBe(true);
    const listed = await wf('  pull_request_review:\n    types: [submitted, dismissed]');
    expect((await one(listed, review('submitted'))).started).toBe(true);
    expect((await one(listed, review('edited'))).started).toBe(false);
  });

  it('an event the workflow does not listen to starts nothing', async () => {
    expect(await one(wf('  push:'), pull('opened'))).toEqual({
      file: '.github/workflows/w.yml',
      name: '.github/workflows/w.yml',
      started: false,
      why: 'not started: no `on: pull_request` trigger',
    });
  });
});

describe('branch and tag filters', () => {
  it('pull_request branches filter the base branch, negations in order', async () => {
    const w = await wf("  pull_request:\n    branches: ['releases/**', '!releases/**-alpha']");
    expect((await one(w, pull('opened', { base: 'releases/10' }))).started).toBe(true);
    expect((await one(w, pull('opened', { base: 'releases/beta/3-alpha' }))).started).toBe(false);
    expect((await one(w, pull('opened', { base: 'main' }))).why).toMatch(
      /branches filter excludes the base branch main/,
    );
  });

  it('branches-ignore', async () => {
    const w = await wf("  push:\n    branches-ignore: ['mona/octocat', 'releases/**-alpha']");
    expect((await one(w, push('refs/heads/main'))).started).toBe(true);
    expect((await one(w, push('refs/heads/releases/1-alpha'))).started).toBe(false);
  });

  it('push: only branches filtered runs for no tag, only tags for no branch, neither for both', async () => {
    const branches = await wf('  push:\n    branches: [main]');
    expect((await one(branches, push('refs/tags/v1'))).why).toMatch(/only branches are filtered/);
    const tags = await wf('  push:\n    tags: [v1.*]');
    expect((await one(tags, push('refs/tags/v1.2'))).started).toBe(true);
    expect((await one(tags, push('refs/heads/main'))).why).toMatch(/only tags are filtered/);
    const neither = await wf('  push:');
    expect((await one(neither, push('refs/tags/v1'))).started).toBe(true);
    expect((await one(neither, push('refs/heads/x'))).started).toBe(true);
  });
});

describe('path filters', () => {
  const subProject = wf("  push:\n    paths:\n      - 'sub-project/**'\n      - '!sub-project/docs/**'");

  it("runs when at least one changed file is selected (the docs' sub-project example)", async () => {
    const started = await one(subProject, push('refs/heads/main'), {
      changedFiles: ['sub-project/src/index.js'],
    });
    expect(started).toMatchObject({ started: true, why: 'push to main touching sub-project/src/index.js' });
    const docsOnly = await one(subProject, push('refs/heads/main'), {
      changedFiles: ['sub-project/docs/readme.md', 'README.md'],
    });
    expect(docsOnly.why).toBe('not started: push to main: paths filter matched none of 2 changed files');
  });

  it('paths-ignore: runs unless every changed file is ignored', async () => {
    const w = await wf("  push:\n    paths-ignore: ['docs/**']");
    expect((await one(w, push('refs/heads/main'), { changedFiles: ['docs/a.md'] })).started).toBe(false);
    expect((await one(w, push('refs/heads/main'), { changedFiles: ['docs/a.md', 'src/a.ts'] })).started).toBe(
      true,
    );
  });

  it('reads only the first 300 changed files', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `aa/${String(i).padStart(3, '0')}.txt`);
    const w = await wf('  push:\n    paths: [phases/current.yaml]');
    const late = await one(w, push('refs/heads/main'), { changedFiles: [...filler, 'phases/current.yaml'] });
    expect(late.why).toBe(
      'not started: push to main: paths filter matched none of the first 300 of 301 changed files',
    );
    const early = await one(w, push('refs/heads/main'), { changedFiles: ['phases/current.yaml', ...filler] });
    expect(early.started).toBe(true);
    const ignoring = await wf("  push:\n    paths-ignore: ['aa/**']");
    const hidden = await one(ignoring, push('refs/heads/main'), { changedFiles: [...filler, 'src/a.ts'] });
    expect(hidden.why).toMatch(/paths-ignore matched all of the first 300 of 301/);
  });

  it('no changed files: not run; no diff or over 1,000 commits: run; tags: paths not read', async () => {
    const w = await wf('  push:\n    paths: [src/**]');
    expect((await one(w, push('refs/heads/main'), { changedFiles: [] })).why).toMatch(/no files changed/);
    expect((await one(w, push('refs/heads/main'), {})).started).toBe(true);
    expect(
      (await one(w, push('refs/heads/main'), { changedFiles: ['README.md'], commitCount: 1001 })).started,
    ).toBe(true);
    expect((await one(w, push('refs/tags/v1'), { changedFiles: ['README.md'] })).started).toBe(true);
  });

  it('pull_request: branches and paths must both pass', async () => {
    const w = await wf("  pull_request:\n    branches: ['releases/**']\n    paths: ['**.js']");
    const facts = { changedFiles: ['src/app.js'] };
    expect((await one(w, pull('opened', { base: 'releases/1' }), facts)).why).toBe(
      'pull_request opened on releases/1 touching src/app.js',
    );
    expect((await one(w, pull('opened', { base: 'main' }), facts)).started).toBe(false);
    expect((await one(w, pull('opened', { base: 'releases/1' }), { changedFiles: ['a.md'] })).started).toBe(
      false,
    );
  });
});

describe('who caused the event', () => {
  const w = wf('  push:\n  workflow_dispatch:\n  pull_request:\n    types: [opened, edited]');

  it('GITHUB_TOKEN starts nothing, an App token or a person does', async () => {
    const bot = await one(w, push('refs/heads/main', 'github-actions[bot]'));
    expect(bot).toMatchObject({ started: false, why: 'not started: push to main, caused by GITHUB_TOKEN' });
    expect((await one(w, push('refs/heads/main', 'phasegate[bot]'))).started).toBe(true);
    expect((await one(w, push('refs/heads/main', 'alice'))).started).toBe(true);
  });

  it('workflow_dispatch by GITHUB_TOKEN starts', async () => {
    const e: ActionEvent = {
      name: 'workflow_dispatch',
      payload: {
        ref: 'refs/heads/main',
        workflow: '.github/workflows/w.yml',
        inputs: {},
        sender: { login: 'github-actions[bot]' },
      },
    };
    expect(await one(w, e)).toMatchObject({ started: true, why: 'workflow_dispatch on main' });
  });

  it('a pull request GITHUB_TOKEN opened gets a run held for approval; an edit gets none', async () => {
    const opened = await one(w, pull('opened', { sender: 'github-actions[bot]' }));
    expect(opened).toMatchObject({ started: false, awaitingApproval: true });
    const edited = await one(w, pull('edited', { sender: 'github-actions[bot]' }));
    expect(edited).toEqual(
      expect.objectContaining({ started: false, why: expect.stringMatching(/caused by GITHUB_TOKEN$/) }),
    );
    expect(edited.awaitingApproval).toBeUndefined();
  });
});

describe('pull request state and skip instructions', () => {
  it('pull_request does not run on a merge conflict; pull_request_target does', async () => {
    const w = await wf('  pull_request:\n  pull_request_target:');
    expect((await one(w, pull('opened', { mergeable: false }))).why).toMatch(/merge conflict/);
    const target = { ...pull('opened', { mergeable: false }), name: 'pull_request_target' };
    expect((await one(w, target)).started).toBe(true);
  });

  it('[skip ci] in the head commit stops push and pull_request runs', async () => {
    const w = await wf('  push:\n  pull_request:');
    const facts = { changedFiles: ['a'], headMessage: 'docs [skip ci]' };
    expect((await one(w, push('refs/heads/main'), facts)).why).toMatch(/says \[skip ci\]/);
    expect((await one(w, pull('opened'), facts)).started).toBe(false);
    const trailer = { changedFiles: ['a'], headMessage: 'docs\n\n\nskip-checks: true\n' };
    expect((await one(w, push('refs/heads/main'), trailer)).started).toBe(false);
  });
});

describe('schedule and workflow_dispatch', () => {
  const rollout = wf(
    "  schedule:\n    - cron: '7-59/15 * * * *'\n  workflow_dispatch:\n    inputs:\n      backfill:\n        type: string\n        default: 24h\n      dry-run:\n        type: boolean\n        default: false\n      phase:\n        type: choice\n        required: true\n        options: [A-0, A-1]",
    '.github/workflows/rollout.yml',
  );
  const other = wf("  schedule:\n    - cron: '0 0 * * *'", '.github/workflows/nightly.yml');

  it('a schedule starts the workflow whose cron it is, in the minute the cron names', async () => {
    const all = [await rollout, await other];
    const due = scheduledAt(all, new Date('2026-03-02T10:22:00Z'));
    expect(due).toEqual([
      {
        name: 'schedule',
        payload: { schedule: '7-59/15 * * * *', workflow: '.github/workflows/rollout.yml' },
      },
    ]);
    expect(decide(all, due[0]!).map((d) => d.started)).toEqual([true, false]);
    expect(scheduledAt(all, new Date('2026-03-02T10:20:00Z'))).toEqual([]);
    expect(scheduledAt(all, new Date('2026-03-02T00:00:00Z')).map((e) => e.payload.workflow)).toEqual([
      '.github/workflows/nightly.yml',
    ]);
  });

  it('workflow_dispatch: only the named workflow; the API refuses bad inputs', async () => {
    const dispatch = (
      inputs: Record<string, unknown>,
      workflow = '.github/workflows/rollout.yml',
    ): ActionEvent => ({
      name: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', workflow, inputs, sender: { login: 'alice' } },
    });
    expect((await one(rollout, dispatch({ phase: 'A-0' }))).why).toBe(
      'workflow_dispatch on main with phase=A-0',
    );
    expect((await one(rollout, dispatch({ phase: 'A-0' }, '.github/workflows/other.yml'))).started).toBe(
      false,
    );
    expect((await one(rollout, dispatch({ phase: 'A-0', force: 'yes' }))).why).toBe(
      'not started: the API refuses the dispatch (422 "Unexpected inputs provided: ["force"]")',
    );
    expect((await one(rollout, dispatch({}))).why).toMatch(/Required input 'phase' not provided/);
    expect((await one(rollout, dispatch({ phase: 'Z-9' }))).why).toMatch(/not in the list of allowed values/);
  });

  it('the inputs context: every declared input, defaults filled, booleans as booleans', async () => {
    expect(dispatchInputs(await rollout, { phase: 'A-1', 'dry-run': 'true' })).toEqual({
      backfill: '24h',
      'dry-run': true,
      phase: 'A-1',
    });
    expect(dispatchInputs(await rollout, { phase: 'A-1' })['dry-run']).toBe(false);
  });
});

describe('loading', () => {
  it('a workflow GitHub would refuse fails with its file name', async () => {
    await expect(parseWorkflowFile('.github/workflows/bad.yml', 'on: push\njobs: {}\n')).rejects.toThrow(
      /\.github\/workflows\/bad\.yml: invalid workflow/,
    );
    await expect(wf('  push:\n    branchez: [main]')).rejects.toThrow(/w\.yml/);
  });
});
