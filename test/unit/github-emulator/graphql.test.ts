/** POST /graphql: pinIssue and auto-merge, documents validated against GitHub's GraphQL schema. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, setup } from './helpers.js';

let gh: Emulator;
let s: Awaited<ReturnType<typeof setup>>;
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  s = await setup({ protectedBranches: ['main'] });
  gh = s.gh;
  await gh.seed({ 'phases/current.yaml': 'phase: A-1\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

const PIN = `mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number isPinned } } }`;

describe('graphql', () => {
  it('pins an issue by the node_id REST returned', async () => {
    const issue = await s.bot.rest.issues.create({ ...repo, title: 'phasegate: autosave dashboard' });
    const r = await s.bot.graphql<{ pinIssue: { issue: { number: number; isPinned: boolean } } }>(PIN, {
      id: issue.data.node_id,
    });
    expect(r.pinIssue.issue).toEqual({ number: issue.data.number, isPinned: true });
    expect(gh.state.issues[0]!.pinned).toBe(true);
  });

  it('refuses a document the schema does not allow', async () => {
    const bad = s.bot.graphql(
      'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { pinned } } }',
      { id: 'x' },
    );
    await expect(bad).rejects.toThrow(/Cannot query field "pinned" on type "Issue"/);
  });

  it('enables auto-merge on a PR into a protected branch, and refuses a PR that could merge now', async () => {
    await gh.push(
      'phasegate/autosave/rollback-A-0',
      { 'phases/current.yaml': 'phase: A-0\n' },
      'rollback',
      'github-actions[bot]',
    );
    const pr = await s.bot.rest.pulls.create({
      ...repo,
      head: 'phasegate/autosave/rollback-A-0',
      base: 'main',
      title: 'Roll back',
    });
    const enable = `mutation($id: ID!) {
      enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) {
        pullRequest { number autoMergeRequest { mergeMethod enabledBy { login } } }
      }
    }`;
    const r = await s.bot.graphql<{
      enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: unknown } };
    }>(enable, { id: pr.data.node_id });
    expect(r.enablePullRequestAutoMerge.pullRequest.autoMergeRequest).toEqual({
      mergeMethod: 'SQUASH',
      enabledBy: { login: 'github-actions[bot]' },
    });
    const rest = await s.bot.rest.pulls.get({ ...repo, pull_number: pr.data.number });
    expect(rest.data.auto_merge).toMatchObject({
      merge_method: 'squash',
      enabled_by: { login: 'github-actions[bot]' },
    });

    await gh.push('side', { 'x.md': 'x\n' }, 'side', 'bob');
    await gh.push('feature', { 'y.md': 'y\n' }, 'feature', 'bob');
    const other = await s.bot.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'side',
      title: 'into an unprotected branch',
    });
    await expect(s.bot.graphql(enable, { id: other.data.node_id })).rejects.toThrow(
      'Pull request Pull request is in clean status',
    );
  });

  it('reports a field the emulator does not implement instead of answering null', async () => {
    const doc = `mutation($id: ID!) { addComment(input: { subjectId: $id, body: "x" }) { clientMutationId } }`;
    await expect(s.bot.graphql(doc, { id: 'x' })).rejects.toThrow(
      /not implemented by the emulator: addComment/,
    );
    expect(gh.violations).toEqual(['POST /graphql: the emulator does not implement addComment']);
    gh.violations.length = 0;
  });
});
