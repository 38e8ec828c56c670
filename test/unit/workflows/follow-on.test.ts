/**
 * The events GitHub sends after a run's writes (follow-on.ts) and the driver that feeds them back
 * to the runner (drive.ts), on three small workflows: `propose` on a schedule (its step writes
 * through the REST API with the App token or GITHUB_TOKEN, as each test scripts it), `pr` on
 * pull requests, `push` on pushes to main. Who caused each event decides what starts.
 */
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActionEvent, type Emulator, scheduleEvent } from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';
import {
  type ActionStep,
  type ActionStepCall,
  describeEvent,
  followOnEvents,
  snapshot,
  WorkflowRunner,
} from '../../support/workflows/index.js';

/** A job whose one step runs the action with the App token when vars.USE_APP is set. */
const job = (command: string) => `jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - id: app-token
        if: vars.USE_APP == 'yes'
        uses: actions/create-github-app-token@v2
        with:
          app-id: '1'
          private-key: pem
      - uses: ./
        with:
          command: ${command}
          token: \${{ steps.app-token.outputs.token || github.token }}
`;
const WORKFLOWS = {
  '.github/workflows/pr.yml': `name: pr\non:\n  pull_request:\n    types: [opened, synchronize, edited]\n${job('check')}`,
  '.github/workflows/propose.yml': `name: propose\non:\n  schedule:\n    - cron: '0 * * * *'\n${job('propose')}`,
  '.github/workflows/push.yml': `name: push\non:\n  push:\n    branches: [main]\n${job('on-push')}`,
};
const R = { owner: 'acme', repo: 'app' };
const QUIET = { debug() {}, info() {}, warn() {}, error() {} };
const octokit = (auth: string) => new Octokit({ auth, baseUrl: gh.url, log: QUIET });
const SCHEDULE = () => scheduleEvent(gh, '0 * * * *', '.github/workflows/propose.yml');

let gh: Emulator;
/** What each command's step does, with an Octokit on the step's token; set per test. */
let script: Record<string, (api: Octokit, call: ActionStepCall) => Promise<unknown>>;
/** The commands run, in order. */
let calls: string[];

const action: ActionStep = async (call) => {
  calls.push(call.inputs.command!);
  try {
    await script[call.inputs.command!]?.(octokit(call.inputs.token!), call);
    return { ok: true, outputs: {} };
  } catch (error) {
    return { ok: false, outputs: {}, error: (error as Error).message };
  }
};

function runner(useApp: boolean) {
  return new WorkflowRunner({
    gh,
    action,
    githubToken: 'ghs_bot',
    app: { token: 'ghs_app', slug: 'phasegate' },
    vars: useApp ? { USE_APP: 'yes' } : {},
  });
}

/** A commit of one file on `branch` through the Git Data API (the branch created from main if absent). */
async function commitTo(api: Octokit, branch: string, path: string, content: string) {
  const head = await api.rest.git.getRef({ ...R, ref: `heads/${branch}` }).catch(() => undefined);
  const parent =
    head?.data.object.sha ?? (await api.rest.git.getRef({ ...R, ref: 'heads/main' })).data.object.sha;
  const base = (await api.rest.git.getCommit({ ...R, commit_sha: parent })).data.tree.sha;
  const tree = await api.rest.git.createTree({
    ...R,
    base_tree: base,
    tree: [{ path, mode: '100644', type: 'blob', content }],
  });
  const commit = await api.rest.git.createCommit({
    ...R,
    message: `${path}`,
    tree: tree.data.sha,
    parents: [parent],
  });
  const sha = commit.data.sha;
  if (head) await api.rest.git.updateRef({ ...R, ref: `heads/${branch}`, sha });
  else await api.rest.git.createRef({ ...R, ref: `refs/heads/${branch}`, sha });
  return sha;
}

beforeEach(async () => {
  gh = await startCheckedEmulator({
    ...R,
    tokens: {
      ghs_bot: { kind: 'github-actions' },
      ghs_app: { kind: 'app', slug: 'phasegate', permissions: { contents: 'write', pull_requests: 'write' } },
      ghp_alice: { kind: 'person', login: 'alice' },
    },
  });
  await gh.seed({ ...WORKFLOWS, 'phases/current.yaml': 'phase: A-0\n' });
  script = {};
  calls = [];
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe('driving the events a run causes', () => {
  it.each([
    {
      token: 'the App token',
      app: true,
      pr: [
        '#3 (from #1) pull_request opened #1 by phasegate[bot] (its runs: 0 API requests)',
        '  .github/workflows/pr.yml: started: pull_request opened on main',
        '    run .github/workflows/pr.yml#1: success',
      ],
      calls: ['propose', 'check'],
    },
    {
      token: 'GITHUB_TOKEN',
      app: false,
      pr: [
        '#3 (from #1) pull_request opened #1 by github-actions[bot]',
        '  .github/workflows/pr.yml: not started: pull_request opened on main, by GITHUB_TOKEN: the run waits for approval by someone with write access',
      ],
      calls: ['propose'],
    },
  ])('a pull request opened with $token: the pr workflow starts only for the App', async (c) => {
    script.propose = async (api) => {
      await commitTo(api, 'phase/a-1', 'phases/current.yaml', 'phase: A-1\n');
      return api.rest.pulls.create({ ...R, head: 'phase/a-1', base: 'main', title: 'Advance to A-1' });
    };
    const log = await runner(c.app).drive(await SCHEDULE());
    const sender = c.app ? 'phasegate[bot]' : 'github-actions[bot]';
    expect(log.events.map((e) => e.describe)).toEqual([
      'schedule "0 * * * *"',
      `push to phase/a-1 by ${sender}`,
      `pull_request opened #1 by ${sender}`,
    ]);
    const lines = log.print().split('\n');
    expect(lines).toContain('  .github/workflows/propose.yml: started: schedule 0 * * * *');
    expect(lines).toContain(
      '  .github/workflows/push.yml: not started: push to phase/a-1: branches filter excludes phase/a-1',
    );
    const at = lines.findIndex((l) => l.startsWith('#3 '));
    expect(lines.slice(at, at + c.pr.length)).toEqual(c.pr);
    expect(calls).toEqual(c.calls);
    expect(log.truncated).toBe(false);
  });

  it.each([
    { token: 'the App token', app: true, push: 'started: push to main', calls: ['propose', 'on-push'] },
    {
      token: 'GITHUB_TOKEN',
      app: false,
      push: 'not started: push to main, caused by GITHUB_TOKEN',
      calls: ['propose'],
    },
  ])('records committed to main and a data branch with $token', async (c) => {
    script.propose = async (api) => {
      await commitTo(api, 'phasegate-data', 'records/1.json', '{}\n');
      await commitTo(api, 'main', 'records/latest.json', '{}\n');
    };
    const log = await runner(c.app).drive(await SCHEDULE());
    const sender = c.app ? 'phasegate[bot]' : 'github-actions[bot]';
    expect(log.events.slice(1).map((e) => e.describe)).toEqual([
      `push to phasegate-data by ${sender}`,
      `push to main by ${sender}`,
    ]);
    const main = log.events[2]!.log!;
    expect(main.decisions.find((d) => d.file.endsWith('push.yml'))?.why).toBe(
      c.push.replace(/^started: /, ''),
    );
    expect(log.print()).toContain(`  .github/workflows/push.yml: ${c.push}`);
    expect(calls).toEqual(c.calls);
  });

  it('a body edit through the API yields edited, with the old body in changes, and starts pr', async () => {
    await gh.push('phase/a-1', { 'phases/current.yaml': 'phase: A-1\n' }, 'advance', 'alice');
    const n = await gh.openPull({ head: 'phase/a-1', title: 'Advance', body: 'old body', user: 'alice' });
    script.propose = (api) => api.rest.pulls.update({ ...R, pull_number: n, body: 'new body' });
    const log = await runner(true).drive(await SCHEDULE());
    expect(log.events.map((e) => e.describe)).toEqual([
      'schedule "0 * * * *"',
      `pull_request edited #${n} by phasegate[bot]`,
    ]);
    const edited = log.events[1]!.event.payload as { changes: unknown; pull_request: { body: string } };
    expect(edited.changes).toEqual({ body: { from: 'old body' } });
    expect(edited.pull_request.body).toBe('new body');
    expect(calls).toEqual(['propose', 'check']);
  });

  it('a run merging with the App token starts push on main, one generation later', async () => {
    await gh.push('phase/a-1', { 'phases/current.yaml': 'phase: A-1\n' }, 'advance', 'alice');
    const n = await gh.openPull({ head: 'phase/a-1', title: 'Advance', user: 'alice' });
    script.propose = (api) => api.rest.pulls.merge({ ...R, pull_number: n });
    const log = await runner(true).drive(await SCHEDULE());
    expect(log.events.map((e) => [e.depth, e.describe])).toEqual([
      [0, 'schedule "0 * * * *"'],
      [1, `pull_request closed #${n} by phasegate[bot]`],
      [1, 'push to main by phasegate[bot]'],
    ]);
    expect(log.print()).toContain(
      '  .github/workflows/pr.yml: not started: pull_request closed is not among types [opened, synchronize, edited]',
    );
    expect(calls).toEqual(['propose', 'on-push']);
  });

  it('stops at maxDepth: a push workflow that commits to main again is cut off, and says so', async () => {
    script.propose = (api) => commitTo(api, 'main', 'records/0.json', '{}\n');
    script['on-push'] = (api, call) => commitTo(api, 'main', `records/${call.event.sha}.json`, '{}\n');
    const log = await runner(true).drive(await SCHEDULE(), { maxDepth: 2 });
    expect(log.events.map((e) => [e.depth, e.describe, !!e.log])).toEqual([
      [0, 'schedule "0 * * * *"', true],
      [1, 'push to main by phasegate[bot]', true],
      [2, 'push to main by phasegate[bot]', true],
      [3, 'push to main by phasegate[bot]', false],
    ]);
    expect(log.truncated).toBe(true);
    expect(log.print().split('\n').at(-1)).toBe(
      '#4 (from #3) push to main by phasegate[bot]: not handled, deeper than maxDepth 2',
    );
    expect(calls).toEqual(['propose', 'on-push', 'on-push']);
  });

  it('refuses to drive while an earlier run is still going (its writes would be taken for the new event)', async () => {
    let release!: () => void;
    script.propose = () => new Promise<void>((r) => (release = r));
    const r = runner(true);
    const first = await r.trigger(await SCHEDULE());
    await expect(r.drive(await SCHEDULE())).rejects.toThrow(
      'drive: run .github/workflows/propose.yml#1 is still going',
    );
    await vi.waitFor(() => expect(release).toBeDefined());
    release();
    await first.done;
    script.propose = async () => undefined;
    expect((await r.drive(await SCHEDULE())).events).toHaveLength(1);
  });
});

describe('followOnEvents: what people did, and who', () => {
  it('a merge by a person: closed and a push to main, both by the merger; the push starts push', async () => {
    await gh.push('feature', { 'README.md': 'hi\n' }, 'readme', 'alice');
    const n = await gh.openPull({ head: 'feature', title: 'Readme', user: 'alice' });
    const before = await snapshot(gh);
    const base = await gh.refSha('main');
    const { sha } = await gh.merge(n, 'bob');
    const events = await followOnEvents(gh, before);
    expect(events.map(describeEvent)).toEqual([`pull_request closed #${n} by bob`, 'push to main by bob']);
    expect(events[0]!.payload).toMatchObject({ pull_request: { merged: true, merged_by: { login: 'bob' } } });
    expect(events[1]!.payload).toMatchObject({ before: base, after: sha, forced: false });
    expect(gh.requests.length).toBe(before.requests); // the helper made no request: gh.writes told who
    const log = await runner(false).handle(events[1]!);
    expect(log.decisions.find((d) => d.file.endsWith('push.yml'))).toMatchObject({
      started: true,
      why: 'push to main',
    });
    expect(calls).toEqual(['on-push']);
  });

  it('a push to an open pull request, a review and a close through the API, in that order', async () => {
    await gh.push('feature', { 'README.md': 'hi\n' }, 'readme', 'alice');
    const n = await gh.openPull({ head: 'feature', title: 'Readme', user: 'alice' });
    const before = await snapshot(gh);
    const old = before.pulls[n]!.head.sha;
    await gh.push('feature', { 'README.md': 'hello\n' }, 'more', 'bob');
    await gh.review(n, 'carol', 'APPROVE');
    const alice = octokit('ghp_alice');
    await alice.rest.pulls.update({ ...R, pull_number: n, state: 'closed', title: 'Readme (dropped)' });
    const events = await followOnEvents(gh, before);
    expect(events.map(describeEvent)).toEqual([
      'push to feature by bob',
      `pull_request synchronize #${n} by bob`,
      `pull_request_review submitted #${n} by carol`,
      `pull_request edited #${n} by alice`,
      `pull_request closed #${n} by alice`,
    ]);
    expect(events[1]!.payload).toMatchObject({ before: old });
    expect(events[3]!.payload).toMatchObject({ changes: { title: { from: 'Readme' } } });
    expect(await followOnEvents(gh, await snapshot(gh))).toEqual([]);
  });

  it('a write whose answer was lost still happened, and GitHub still sends its event', async () => {
    await gh.push('feature', { 'README.md': 'hi\n' }, 'readme', 'alice');
    const n = await gh.openPull({ head: 'feature', title: 'Readme', body: 'a', user: 'alice' });
    const before = await snapshot(gh);
    gh.fail({ method: 'PATCH', path: `/repos/acme/app/pulls/${n}` }, { lostResponse: true });
    const app = octokit('ghs_app');
    await expect(app.rest.pulls.update({ ...R, pull_number: n, body: 'b' })).rejects.toThrow();
    expect(gh.requests.at(-1)).toMatchObject({ method: 'PATCH', status: 0, login: 'phasegate[bot]' });
    const events: ActionEvent[] = await followOnEvents(gh, before);
    expect(events.map(describeEvent)).toEqual([`pull_request edited #${n} by phasegate[bot]`]);
    expect(gh.writes.at(-1)).toEqual({
      kind: 'pull',
      number: n,
      action: 'edited',
      login: 'phasegate[bot]',
      fields: ['body'],
    });
  });
});
