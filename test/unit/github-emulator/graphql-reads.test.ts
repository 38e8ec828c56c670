/**
 * POST /graphql reads: what a scheduled run asks in one query (the viewer, the default branch's
 * files and history, open PRs and issues by label with their comments, reviews, files, head
 * commit and status), GitHub's node limits, cursors and truncated blobs, and the token
 * permissions each field needs. Documents and answers are checked against GitHub's schema.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/github/client.js';
import { GitHubForge } from '../../../src/github/forge.js';
import { type Emulator, setup, TOKENS } from './helpers.js';

let gh: Emulator;
let s: Awaited<ReturnType<typeof setup>>;
const repo = { owner: 'acme', repo: 'app' };
let pr = 0;
let head = '';

beforeAll(async () => {
  s = await setup({
    tokens: {
      ...TOKENS,
      'tok-narrow': { kind: 'app', slug: 'narrow', permissions: { contents: 'read', issues: 'read' } },
    },
  });
  gh = s.gh;
  await gh.seed({ 'phases/current.yaml': 'phase: A-0\n', 'big.txt': 'x'.repeat(600_000) });
  head = (
    await gh.push(
      'phasegate/advance',
      { 'phases/current.yaml': 'phase: A-1\n' },
      'advance',
      'github-actions[bot]',
    )
  ).sha;
  pr = (await s.bot.rest.pulls.create({ ...repo, head: 'phasegate/advance', base: 'main', title: 'advance' }))
    .data.number;
  await s.bot.rest.issues.addLabels({ ...repo, issue_number: pr, labels: ['phasegate'] });
  await s.bot.rest.repos.createCommitStatus({
    ...repo,
    sha: head,
    state: 'failure',
    context: 'phasegate/verdict',
    description: 'red',
  });
  await s.bot.rest.issues.createComment({ ...repo, issue_number: pr, body: '<!-- verdict --> red' });
  for (let k = 0; k < 3; k++) await gh.comment(pr, 'alice', `comment ${k}`);
  await gh.review(pr, 'alice', 'APPROVE');
  await gh.openIssue({ title: 'dashboard', labels: ['phasegate:dashboard'], user: 'github-actions[bot]' });
  await gh.openIssue({ title: 'other', labels: ['bug'], user: 'bob' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

/** The raw answer, errors and all (Octokit's graphql() throws on errors). */
async function raw(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${gh.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<Record<string, unknown>>;
  };
}

describe('reads', () => {
  it("answers a run's facts in one query, naming bots as GraphQL does", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the answer's shape is the document's, checked against the schema
    const r = await s.bot.graphql<Record<string, any>>(
      `query($owner: String!, $name: String!) {
        viewer { login }
        repository(owner: $owner, name: $name) {
          defaultBranchRef { name target { ... on Commit {
            f: file(path: "phases/current.yaml") { object { ... on Blob { text isTruncated } } }
            none: file(path: "phases/none.yaml") { path }
            history(path: "phases/current.yaml", first: 1) { nodes { committedDate } }
          } } }
          pullRequests(states: OPEN, labels: ["phasegate"], first: 10) { nodes {
            number isCrossRepository author { __typename login } labels(first: 10) { nodes { name } }
            files(first: 10) { nodes { path changeType } }
            reviews(first: 10) { nodes { state author { login } commit { oid } } }
            comments(first: 2) { nodes { body author { __typename login } } pageInfo { hasNextPage endCursor } }
            commits(last: 1) { nodes { commit { oid
              status { context(name: "phasegate/verdict") { state description } }
              file(path: "phases/current.yaml") { object { ... on Blob { text } } } } } }
          } }
          issues(states: OPEN, labels: ["phasegate:dashboard"], first: 10) { nodes { title author { login } } }
        }
      }`,
      { owner: 'acme', name: 'app' },
    );
    expect(r.viewer).toEqual({ login: 'github-actions[bot]' });
    const target = r.repository.defaultBranchRef.target;
    expect(target.f.object).toEqual({ text: 'phase: A-0\n', isTruncated: false });
    expect(target.none).toBeNull();
    expect(target.history.nodes).toHaveLength(1);
    const [p] = r.repository.pullRequests.nodes;
    expect(p).toMatchObject({
      number: pr,
      isCrossRepository: false,
      author: { __typename: 'Bot', login: 'github-actions' },
      labels: { nodes: [{ name: 'phasegate' }] },
      files: { nodes: [{ path: 'phases/current.yaml', changeType: 'MODIFIED' }] },
      reviews: { nodes: [{ state: 'APPROVED', author: { login: 'alice' }, commit: { oid: head } }] },
      commits: {
        nodes: [
          {
            commit: {
              oid: head,
              status: { context: { state: 'FAILURE', description: 'red' } },
              file: { object: { text: 'phase: A-1\n' } },
            },
          },
        ],
      },
    });
    expect(p.comments.nodes).toEqual([
      { body: '<!-- verdict --> red', author: { __typename: 'Bot', login: 'github-actions' } },
      { body: 'comment 0', author: { __typename: 'User', login: 'alice' } },
    ]);
    expect(p.comments.pageInfo.hasNextPage).toBe(true);
    expect(r.repository.issues.nodes).toEqual([{ title: 'dashboard', author: { login: 'github-actions' } }]);
  });

  it('pages with cursors, and refuses one it did not give out', async () => {
    const page = `query($after: String) { repository(owner: "acme", name: "app") { pullRequest(number: ${pr}) {
      comments(first: 2, after: $after) { nodes { body } pageInfo { hasNextPage endCursor } } } } }`;
    type Page = {
      repository: {
        pullRequest: {
          comments: { nodes: Array<{ body: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
      };
    };
    const one = await s.bot.graphql<Page>(page, {});
    const two = await s.bot.graphql<Page>(page, {
      after: one.repository.pullRequest.comments.pageInfo.endCursor,
    });
    expect(two.repository.pullRequest.comments.nodes.map((c) => c.body)).toEqual(['comment 1', 'comment 2']);
    expect(two.repository.pullRequest.comments.pageInfo.hasNextPage).toBe(false);
    const bad = await raw('tok-bot', page, { after: 'bm9wZQ' });
    expect(bad.errors?.[0]?.message).toBe('`bm9wZQ` does not appear to be a valid cursor.');
  });

  it("holds GitHub's node limit: first or last, at most 100, before anything runs", async () => {
    const over = await raw(
      'tok-bot',
      'query { repository(owner: "acme", name: "app") { issues(first: 101) { nodes { number } } } }',
    );
    expect(over).toEqual({
      errors: [
        {
          type: 'EXCESSIVE_PAGINATION',
          path: ['repository', 'issues'],
          locations: [{ line: 1, column: 50 }],
          message:
            'Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.',
        },
      ],
    });
    const none = await raw(
      'tok-bot',
      'query { repository(owner: "acme", name: "app") { issues { nodes { number } } } }',
    );
    expect(none.data).toBeUndefined();
    expect(none.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      message: 'You must provide a `first` or `last` value to properly paginate the `issues` connection.',
    });
  });

  it('refuses a call that may ask for more than 500,000 nodes, counted as GitHub counts them', async () => {
    // 100 PRs + 100 x 100 commits + 100 x 100 x 100 associated PRs = 1,010,100
    const over = await raw(
      'tok-bot',
      `query { repository(owner: "acme", name: "app") { pullRequests(first: 100) { nodes {
        commits(first: 100) { nodes { commit { associatedPullRequests(first: 100) { nodes { number } } } } } } } } }`,
    );
    expect(over).toEqual({
      errors: [
        {
          type: 'MAX_NODE_LIMIT_EXCEEDED',
          message:
            'By the time this query traverses to the associatedPullRequests connection, it is requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
        },
      ],
    });
    // 100 + 100 x 100 x 2 = 20,100: under the limit, answered
    const under = await raw(
      'tok-bot',
      `query { repository(owner: "acme", name: "app") { pullRequests(first: 100) { nodes {
        comments(first: 100) { nodes { body } } files(first: 100) { nodes { path } } } } } }`,
    );
    expect(under.errors).toBeUndefined();
    expect(under.data).toBeDefined();
  });

  it('cuts Blob.text at 512,000 bytes and says so', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the answer's shape is the document's, checked against the schema
    const r = await s.bot.graphql<Record<string, any>>(
      'query { repository(owner: "acme", name: "app") { object(expression: "main:big.txt") { ... on Blob { byteSize isTruncated text } } } }',
    );
    expect(r.repository.object.byteSize).toBe(600_000);
    expect(r.repository.object.isTruncated).toBe(true);
    expect(r.repository.object.text).toHaveLength(512_000);
  });

  it("answers a field the token may not read with GitHub's FORBIDDEN, and null up to a nullable parent", async () => {
    const r = await raw(
      'tok-narrow',
      `query { viewer { login } repository(owner: "acme", name: "app") {
        defaultBranchRef { name }
        pullRequests(first: 1) { nodes { number } } } }`,
    );
    expect(r.data).toEqual({ viewer: { login: 'narrow[bot]' }, repository: null });
    expect(r.errors).toEqual([
      {
        type: 'FORBIDDEN',
        path: ['repository', 'pullRequests'],
        locations: [{ line: 3, column: 9 }],
        message: 'Resource not accessible by integration',
      },
    ]);
    const issues = await raw(
      'tok-narrow',
      'query { repository(owner: "acme", name: "app") { issues(first: 5, labels: ["bug"]) { nodes { title } } } }',
    );
    expect(issues).toEqual({ data: { repository: { issues: { nodes: [{ title: 'other' }] } } } });
  });
});

describe("the forge's run read", () => {
  it('reads every page of a kind, and comments only until its own marked one', async () => {
    for (let k = 0; k < 101; k++)
      await gh.openIssue({ title: `rca ${k}`, labels: ['phasegate:rca'], user: 'github-actions[bot]' });
    const forge = new GitHubForge(
      createClient({ token: 'tok-bot', baseUrl: gh.url, log: () => {} }),
      'acme/app',
      'github-actions[bot]',
    );
    gh.resetRequests();
    const read = await forge.readRun({
      files: ['phases/current.yaml'],
      changed: 'phases/current.yaml',
      pulls: {
        label: 'phasegate',
        details: {
          file: 'phases/current.yaml',
          statusContext: 'phasegate/verdict',
          commentMarker: '<!-- verdict -->',
        },
      },
      issueLabels: ['phasegate:rca'],
    });
    expect(read.issues['phasegate:rca']).toHaveLength(101);
    expect(read.identity).toBe('github-actions[bot]');
    const [p] = read.pulls;
    expect(p?.author).toBe('github-actions[bot]');
    expect(p?.details).toMatchObject({
      files: ['phases/current.yaml'],
      headFile: 'phase: A-1\n',
      status: { state: 'failure', description: 'red' },
      reviews: [{ user: { login: 'alice' }, state: 'APPROVED', commit_id: head }],
    });
    // The marked comment is on the first page: the other comments are not read further.
    expect(p?.details?.comments[0]).toMatchObject({
      author: 'github-actions[bot]',
      body: '<!-- verdict --> red',
    });
    // One query, and one more for the 101st issue.
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql', 'POST /graphql']);
  });
});
