/**
 * POST /graphql: pinIssue and auto-merge. In tests, documents and answers are checked against
 * GitHub's GraphQL schema (the injected validator); without one (the demo) the emulator's own
 * reader still answers what phasegate sends and refuses what it cannot read.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../../src/emulator/index.js';
import { loadGitHubValidator } from '../../support/github-validator/index.js';
import { type Emulator, setup, TOKENS } from './helpers.js';

let gh: Emulator;
let s: Awaited<ReturnType<typeof setup>>;
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  s = await setup({ protection: [{ branch: 'main', requiredApprovingReviewCount: 1 }] });
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

  it('enables auto-merge on a PR a protected branch still blocks, and refuses one into an unprotected branch', async () => {
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
      enabledBy: { login: 'github-actions' },
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
      'Pull request Protected branch rules not configured for this branch',
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

describe('the validator checks answers as well as documents', () => {
  it('refuses data the schema does not allow: an unknown enum value, a string for a Boolean', async () => {
    const v = await loadGitHubValidator();
    const request = {
      query: 'query { repository(owner: "acme", name: "app") { issue(number: 1) { state isPinned } } }',
      variables: {},
    };
    const issue = (state: string, isPinned: unknown) => ({
      repository: { issue: { state, isPinned } },
    });
    expect(v.checkGraphqlData(request, issue('OPEN', true))).toBeUndefined();
    expect(v.checkGraphqlData(request, issue('Open', true))).toMatch(
      /repository\.issue\.state: Enum "IssueState" cannot represent value: "Open"/,
    );
    expect(v.checkGraphqlData(request, issue('OPEN', 'yes'))).toMatch(
      /repository\.issue\.isPinned: Boolean cannot represent a non boolean value: "yes"/,
    );
  });
});

describe('without a validator (the demo): the emulator reads documents itself', () => {
  let plain: Emulator;
  let bot: Octokit;
  let issueId: string;
  let pullId: string;

  beforeAll(async () => {
    plain = await startEmulator({
      tokens: TOKENS,
      protection: [{ branch: 'main', requiredApprovingReviewCount: 1 }],
    });
    await plain.seed({ 'a.md': 'a\n' });
    bot = new Octokit({
      auth: 'tok-bot',
      baseUrl: plain.url,
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const issue = await bot.rest.issues.create({ ...repo, title: 'phasegate: autosave dashboard' });
    issueId = issue.data.node_id;
    await plain.push('fix', { 'b.md': 'b\n' }, 'fix', 'bob');
    const pull = await bot.rest.pulls.create({ ...repo, head: 'fix', base: 'main', title: 'Fix' });
    pullId = pull.data.node_id;
  });
  afterAll(() => plain.close());

  it("answers phasegate's pinIssue mutation as sent by the forge", async () => {
    const r = await bot.graphql<{ pinIssue: { issue: { number: number } } }>(
      'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }',
      { id: issueId },
    );
    expect(r.pinIssue.issue).toEqual({ number: 1 });
    expect(plain.state.issues[0]!.pinned).toBe(true);
    expect(plain.violations).toEqual([]);
  });

  it('reads aliases, inline fragments, enums and __typename', async () => {
    await bot.graphql(
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: REBASE }) { clientMutationId } }',
      { id: pullId },
    );
    const r = await bot.graphql<Record<string, unknown>>(
      `query Both($pr: ID!) {
        pr: node(id: $pr) { __typename ... on PullRequest { number merge: autoMergeRequest { mergeMethod enabledBy { login } } } ... on Issue { title } }
        repository(owner: "acme", name: "app") { issue(number: 1) { isPinned } }
      }`,
      { pr: pullId },
    );
    expect(r).toEqual({
      pr: {
        __typename: 'PullRequest',
        number: 2,
        merge: { mergeMethod: 'REBASE', enabledBy: { login: 'github-actions' } },
      },
      repository: { issue: { isPinned: true } },
    });
    expect(plain.violations).toEqual([]);
  });

  it('answers bad syntax and missing variables with GraphQL errors', async () => {
    await expect(
      bot.graphql('query { repository(owner: "acme" name: "app") { nameWithOwner }'),
    ).rejects.toThrow('Syntax Error: Expected Name, found <EOF>.');
    await expect(
      bot.graphql('mutation($id: ID!) { pinIssue(input: { issueId: $id }) { clientMutationId } }'),
    ).rejects.toThrow('Variable "$id" of required type "ID!" was not provided.');
    expect(plain.violations).toEqual([]);
  });

  it('refuses what it cannot read or answer, and reports it, never answering a silent null', async () => {
    await expect(bot.graphql('query { ...Me } fragment Me on Query { viewer { login } }')).rejects.toThrow(
      'not implemented by the emulator: fragment spreads',
    );
    await expect(
      bot.graphql(
        'query { repository(owner: "acme", name: "app") { issue(number: 1) { milestone { title } } } }',
      ),
    ).rejects.toThrow('not implemented by the emulator: Issue.milestone');
    expect(plain.violations).toEqual([
      'POST /graphql: the emulator does not implement fragment spreads',
      'POST /graphql: the emulator does not implement Issue.milestone',
    ]);
    plain.violations.length = 0;
  });
});
