/**
 * Auto-merge over GraphQL and REST: GitHub enables it only while a protected base's rules still
 * block the merge, and merges once "all required reviews are met and status checks have
 * passed" (`completeAutoMerges()`), leaving the PRs whose requirements still fail open.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setup } from './helpers.js';

const repo = { owner: 'acme', repo: 'app' };
const ENABLE = `mutation($id: ID!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) {
    pullRequest { number autoMergeRequest { enabledBy { login } } }
  }
}`;

let s: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  s = await setup({ admins: ['alice'], protection: [{ branch: 'main', requiredStatusChecks: ['ci'] }] });
  await s.gh.seed({ 'phases/current.yaml': 'phase: A-0\n' });
});
afterEach(() => expect(s.gh.violations).toEqual([]));
afterAll(() => s.gh.close());

async function pr(branch: string) {
  const { sha } = await s.gh.push(branch, { [`src/${branch}.ts`]: `${branch}\n` }, branch, 'bob');
  const n = await s.gh.openPull({ head: branch, title: branch, user: 'bob' });
  const { node_id } = (await s.bot.rest.pulls.get({ ...repo, pull_number: n })).data;
  return { n, sha, id: node_id };
}

const ci = (sha: string, state: 'success' | 'failure') =>
  s.bot.rest.repos.createCommitStatus({ ...repo, sha, context: 'ci', state });
const open = (n: number) => s.gh.state.pulls.find((p) => p.number === n)!;

describe('auto-merge', () => {
  it('merges a PR only once its required checks pass; the others stay open with auto-merge on', async () => {
    const passing = await pr('passing');
    const failing = await pr('failing');
    for (const p of [passing, failing]) await s.bot.graphql(ENABLE, { id: p.id });

    expect(await s.gh.completeAutoMerges()).toEqual([]);
    expect([open(passing.n).state, open(failing.n).state]).toEqual(['open', 'open']);

    await ci(passing.sha, 'success');
    await ci(failing.sha, 'failure');
    const merged = await s.gh.completeAutoMerges();
    expect(merged.map((m) => m.number)).toEqual([passing.n]);
    expect(open(passing.n)).toMatchObject({
      state: 'closed',
      merged: true,
      merged_by: 'github-actions[bot]',
    });
    expect(await s.gh.refSha('main')).toBe(merged[0]!.sha);
    expect(open(failing.n)).toMatchObject({ state: 'open', merged: false, auto_merge: true });
  });

  it('waits for the requirements even when the user who enabled it could bypass them', async () => {
    const p = await pr('admin-enabled');
    await s.alice.graphql(ENABLE, { id: p.id });
    expect(await s.gh.completeAutoMerges()).toEqual([]);
    expect(open(p.n).state).toBe('open');
    await ci(p.sha, 'success');
    expect((await s.gh.completeAutoMerges()).map((m) => m.number)).toEqual([p.n]);
    expect(open(p.n).merged_by).toBe('alice');
  });

  it('refuses to enable it on a PR the rules no longer block', async () => {
    const p = await pr('ready');
    await ci(p.sha, 'success');
    expect((await s.bot.rest.pulls.get({ ...repo, pull_number: p.n })).data.mergeable_state).toBe('clean');
    await expect(s.bot.graphql(ENABLE, { id: p.id })).rejects.toThrow(
      'Pull request Pull request is in clean status',
    );
    expect(open(p.n).auto_merge).toBe(false);
  });
});
