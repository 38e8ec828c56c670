/**
 * Who a token is and what GitHub lets it do: GITHUB_TOKEN with its workflow's permissions, an
 * App installation with its permissions, a person with their repository role. Every refusal is
 * checked for GitHub's status, message, documentation_url and x-accepted-github-permissions.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';

const repo = { owner: 'acme', repo: 'app' };
let gh: Emulator;

beforeAll(async () => {
  gh = await startCheckedEmulator({
    ...repo,
    tokens: {
      // A job with `permissions: { contents: read, issues: write }`.
      'tok-job': { kind: 'github-actions', permissions: { contents: 'read', issues: 'write' } },
      'tok-actions': { kind: 'github-actions' },
      'tok-app': {
        kind: 'app',
        slug: 'phasegate',
        permissions: { contents: 'write', pull_requests: 'write', issues: 'write', members: 'read' },
      },
      'tok-bare': { kind: 'app', slug: 'bare', permissions: { contents: 'read' } },
      'tok-alice': { kind: 'person', login: 'alice' },
      'tok-rita': { kind: 'person', login: 'rita' },
      'tok-old': { login: 'github-actions[bot]', type: 'Bot' },
    },
    collaborators: { rita: 'read', tess: 'triage' },
    teams: { 'acme/data-qa': ['carol'] },
  });
  await gh.seed({ 'a.txt': 'a\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

async function call(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    accepted: res.headers.get('x-accepted-github-permissions'),
  };
}

const refusedByIntegration = (docs: string) => ({
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
});

describe('GITHUB_TOKEN', () => {
  it('refuses a write its job was not given, with the permissions GitHub would accept', async () => {
    const sha = (await gh.refSha('main'))!;
    const ref = await call('tok-job', 'POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/x', sha });
    expect(ref).toMatchObject(
      refusedByIntegration('https://docs.github.com/rest/git/refs#create-a-reference'),
    );
    expect(ref.accepted).toBe('contents=write');
    expect(await gh.refSha('x')).toBeNull();
    const status = await call('tok-job', 'POST', `/repos/acme/app/statuses/${sha}`, { state: 'success' });
    expect(status).toMatchObject(
      refusedByIntegration('https://docs.github.com/rest/commits/statuses#create-a-commit-status'),
    );
    expect(status.accepted).toBe('statuses=write');
    const pulls = await call('tok-job', 'GET', '/repos/acme/app/pulls');
    expect(pulls).toMatchObject({ status: 403, accepted: 'pull_requests=read' });
  });

  it('does what its job was given, and names the permissions on every answer', async () => {
    const read = await call('tok-job', 'GET', '/repos/acme/app/contents/a.txt');
    expect(read).toMatchObject({ status: 200, accepted: 'contents=read' });
    const issue = await call('tok-job', 'POST', '/repos/acme/app/issues', { title: 'dashboard' });
    expect(issue).toMatchObject({ status: 201, accepted: 'issues=write' });
    const comment = await call('tok-job', 'POST', `/repos/acme/app/issues/${issue.body.number}/comments`, {
      body: 'hi',
    });
    expect(comment).toMatchObject({ status: 201, accepted: 'issues=write; pull_requests=write' });
  });

  it('cannot see the organization: team members are 404 whatever the permissions', async () => {
    for (const token of ['tok-job', 'tok-actions', 'tok-old']) {
      expect(await call(token, 'GET', '/orgs/acme/teams/data-qa/members')).toMatchObject({
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/teams/members#list-team-members',
        },
      });
    }
  });

  it('takes the permissive default without `permissions:`, as does the earlier token form', async () => {
    const sha = (await gh.refSha('main'))!;
    for (const [token, ref] of [
      ['tok-actions', 'refs/heads/by-actions'],
      ['tok-old', 'refs/heads/by-old'],
    ] as const) {
      expect((await call(token, 'POST', '/repos/acme/app/git/refs', { ref, sha })).status).toBe(201);
    }
    expect((await call('tok-old', 'GET', '/user')).body.message).toBe(
      'Resource not accessible by integration',
    );
  });

  it('has no `members` scope: a workflow cannot ask for one', async () => {
    await expect(
      startEmulator({
        tokens: { t: { kind: 'github-actions', permissions: { members: 'read' } as never } },
      }),
    ).rejects.toThrow('"members" is not a GITHUB_TOKEN permission');
  });
});

describe('GitHub App installation', () => {
  it('acts as <slug>[bot] and reads team members with Members: read', async () => {
    const members = await call('tok-app', 'GET', '/orgs/acme/teams/data-qa/members');
    expect(members).toMatchObject({ status: 200, accepted: 'members=read' });
    expect((members.body as unknown as Array<{ login: string }>).map((m) => m.login)).toEqual(['carol']);
    const issue = await call('tok-app', 'POST', '/repos/acme/app/issues', { title: 'by the app' });
    expect((issue.body.user as { login: string; type: string }).login).toBe('phasegate[bot]');
    expect((issue.body.user as { type: string }).type).toBe('Bot');
  });

  it('without Members: read, 403 naming the permission', async () => {
    const members = await call('tok-bare', 'GET', '/orgs/acme/teams/data-qa/members');
    expect(members).toMatchObject(
      refusedByIntegration('https://docs.github.com/rest/teams/members#list-team-members'),
    );
    expect(members.accepted).toBe('members=read');
    expect(await call('tok-bare', 'GET', '/user')).toMatchObject(
      refusedByIntegration('https://docs.github.com/rest/users/users#get-the-authenticated-user'),
    );
  });

  it('merges with Contents: write, and is refused without it', async () => {
    await gh.push('app-change', { 'b.txt': 'b\n' }, 'b', 'alice');
    const pr = await call('tok-app', 'POST', '/repos/acme/app/pulls', {
      head: 'app-change',
      base: 'main',
      title: 'b',
    });
    expect(pr.status).toBe(201);
    const refused = await call('tok-bare', 'PUT', `/repos/acme/app/pulls/${pr.body.number}/merge`, {});
    expect(refused).toMatchObject(
      refusedByIntegration('https://docs.github.com/rest/pulls/pulls#merge-a-pull-request'),
    );
    expect(refused.accepted).toBe('contents=write');
    const merged = await call('tok-app', 'PUT', `/repos/acme/app/pulls/${pr.body.number}/merge`, {});
    expect(merged).toMatchObject({ status: 200, body: { merged: true } });
  });
});

describe('people', () => {
  it('a read collaborator opens issues and comments, and finds writes Not Found', async () => {
    const issue = await call('tok-rita', 'POST', '/repos/acme/app/issues', {
      title: 'from rita',
      labels: ['bug'],
      assignees: ['alice'],
    });
    // "Only users with push access can set labels for new issues. Labels are silently dropped otherwise."
    expect(issue).toMatchObject({ status: 201, body: { labels: [], assignees: [] } });
    expect(issue.accepted).toBeNull();
    const n = issue.body.number;
    expect(
      (await call('tok-rita', 'POST', `/repos/acme/app/issues/${n}/comments`, { body: 'me' })).status,
    ).toBe(201);
    const notFound = { status: 404, body: { message: 'Not Found' } };
    expect(
      await call('tok-rita', 'POST', `/repos/acme/app/issues/${n}/labels`, { labels: ['x'] }),
    ).toMatchObject(notFound);
    const sha = (await gh.refSha('main'))!;
    expect(
      await call('tok-rita', 'POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/rita', sha }),
    ).toMatchObject({
      ...notFound,
      body: {
        ...notFound.body,
        documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
      },
    });
    expect(await gh.refSha('rita')).toBeNull();
  });

  it('a person holding a token is a write collaborator unless `collaborators` says otherwise', async () => {
    const sha = (await gh.refSha('main'))!;
    expect(
      (await call('tok-alice', 'POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/al', sha })).status,
    ).toBe(201);
    expect((await call('tok-alice', 'GET', '/orgs/acme/teams/data-qa/members')).status).toBe(200);
  });
});

describe('assignees', () => {
  const invalid = (value: string, field = 'assignees') => ({
    status: 422,
    body: { message: 'Validation Failed', errors: [{ value, resource: 'Issue', field, code: 'invalid' }] },
  });

  it('refuses a login that cannot be assigned, on create and on update', async () => {
    expect(
      await call('tok-actions', 'POST', '/repos/acme/app/issues', {
        title: 't',
        assignees: ['alice', 'nobody'],
      }),
    ).toMatchObject(invalid('nobody'));
    expect(
      await call('tok-actions', 'POST', '/repos/acme/app/issues', { title: 't', assignee: 'nobody' }),
    ).toMatchObject(invalid('nobody', 'assignee'));
    const ok = await call('tok-actions', 'POST', '/repos/acme/app/issues', {
      title: 'assigned',
      assignees: ['alice', 'rita', 'tess'],
    });
    expect(ok.status).toBe(201);
    const n = ok.body.number as number;
    expect(
      await call('tok-actions', 'PATCH', `/repos/acme/app/issues/${n}`, { assignees: ['carol'] }),
    ).toMatchObject(invalid('carol'));
    expect(gh.state.issues.find((i) => i.number === n)!.assignees).toEqual(['alice', 'rita', 'tess']);
  });

  it('accepts someone who commented on the issue', async () => {
    const created = await call('tok-actions', 'POST', '/repos/acme/app/issues', { title: 'talk' });
    const n = created.body.number as number;
    await gh.comment(n, 'carol', 'I can take it');
    const patched = await call('tok-actions', 'PATCH', `/repos/acme/app/issues/${n}`, {
      assignees: ['carol'],
    });
    expect(patched).toMatchObject({ status: 200, body: { assignees: [{ login: 'carol' }] } });
  });
});

describe('GraphQL mutations', () => {
  const PIN = 'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number isPinned } } }';
  const pin = async (token: string, id: unknown) =>
    (await call(token, 'POST', '/graphql', { query: PIN, variables: { id } })).body;

  it('pins with Issues: write or the write role; FORBIDDEN otherwise', async () => {
    const issue = await call('tok-job', 'POST', '/repos/acme/app/issues', { title: 'pin me' });
    const id = issue.body.node_id;
    expect(await pin('tok-bare', id)).toMatchObject({
      data: { pinIssue: null },
      errors: [{ type: 'FORBIDDEN', path: ['pinIssue'], message: 'Resource not accessible by integration' }],
    });
    expect(await pin('tok-rita', id)).toMatchObject({
      data: { pinIssue: null },
      errors: [
        { type: 'FORBIDDEN', message: 'rita does not have the correct permissions to execute `PinIssue`' },
      ],
    });
    expect(gh.state.issues.find((i) => i.number === issue.body.number)!.pinned).toBe(false);
    expect(await pin('tok-job', id)).toEqual({
      data: { pinIssue: { issue: { number: issue.body.number, isPinned: true } } },
    });
  });
});

describe('"Allow GitHub Actions to create and approve pull requests" off', () => {
  it('binds GITHUB_TOKEN, not an App', async () => {
    const off = await startCheckedEmulator({
      tokens: {
        'tok-actions': { kind: 'github-actions' },
        'tok-app': { kind: 'app', slug: 'phasegate', permissions: { pull_requests: 'write' } },
      },
      actionsCanCreatePullRequests: false,
    });
    try {
      await off.seed({ 'a.txt': 'a\n' });
      await off.push('change', { 'b.txt': 'b\n' }, 'b', 'alice');
      const client = (auth: string) => new Octokit({ auth, baseUrl: off.url, log: quiet });
      const input = { ...repo, head: 'change', base: 'main', title: 'b' };
      await expect(client('tok-actions').rest.pulls.create(input)).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining(
          'GitHub Actions is not permitted to create or approve pull requests.',
        ),
      });
      const pr = await client('tok-app').rest.pulls.create(input);
      const approve = { ...repo, pull_number: pr.data.number, event: 'APPROVE' as const };
      await expect(client('tok-actions').rest.pulls.createReview(approve)).rejects.toMatchObject({
        status: 422,
        response: { data: { errors: ['GitHub Actions is not permitted to approve pull requests.'] } },
      });
      expect(off.violations).toEqual([]);
    } finally {
      await off.close();
    }
  });
});

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('the access table', () => {
  it("has a rule for every route, with GitHub's documentation page and content-creation flag", async () => {
    const { ACCESS, emulatorSurface } = await import('../../../src/emulator/index.js');
    const { createRequire } = await import('node:module');
    const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as {
      paths: Record<
        string,
        Record<string, { externalDocs?: { url: string }; 'x-github'?: Record<string, unknown> }>
      >;
    };
    const rest = emulatorSurface().operations.filter(([, template]) => template !== '/graphql');
    const table = rest.map(([method, template]) => {
      const rule = ACCESS[`${method} ${template}`];
      return {
        route: `${method} ${template}`,
        docs: rule?.docs,
        creates: rule?.creates === true,
      };
    });
    const github = rest.map(([method, template]) => {
      const op = spec.paths[template]![method.toLowerCase()]!;
      return {
        route: `${method} ${template}`,
        docs: op.externalDocs?.url,
        creates: op['x-github']?.triggersNotification === true,
      };
    });
    expect(table).toEqual(github);
  });
});
