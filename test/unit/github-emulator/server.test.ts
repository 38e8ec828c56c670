/** Authentication, unknown endpoints, faults, the request log and the OpenAPI check itself. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../../src/emulator/index.js';
import { type Emulator, setup, statusOf, TOKENS } from './helpers.js';

let gh: Emulator;
let s: Awaited<ReturnType<typeof setup>>;
const repo = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  s = await setup();
  gh = s.gh;
  await gh.seed({ 'a.txt': 'a\n' });
});
afterAll(() => gh.close());

describe('authentication and routing', () => {
  it('answers 401 without a token or with an unknown one', async () => {
    const none = await fetch(`${gh.url}/repos/acme/app`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'Requires authentication' });
    expect(await statusOf(s.client('tok-unknown').rest.repos.get(repo))).toMatchObject({
      status: 401,
      data: { message: 'Bad credentials' },
    });
    const bearer = await fetch(`${gh.url}/repos/acme/app`, {
      headers: { authorization: 'Bearer tok-alice' },
    });
    expect(bearer.status).toBe(200);
  });

  it('answers GET /user for people and 403 for installation tokens', async () => {
    expect((await s.alice.rest.users.getAuthenticated()).data.login).toBe('alice');
    const bot = await statusOf(s.bot.rest.users.getAuthenticated());
    expect(bot).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
  });

  it('answers 404 with GitHub body for unknown endpoints and other repositories', async () => {
    const unknown = await fetch(`${gh.url}/repos/acme/app/deployments`, {
      headers: { authorization: 'token tok-bot' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      message: 'Not Found',
      documentation_url: expect.stringContaining('docs.github.com'),
    });
    expect((await statusOf(s.bot.rest.repos.get({ owner: 'acme', repo: 'other' }))).status).toBe(404);
  });

  it("sends GitHub's headers and logs each request with its login and status", async () => {
    gh.resetRequests();
    const r = await s.bot.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(r.headers['x-github-request-id']).toMatch(/^[0-9A-F]{16}$/);
    expect(r.headers['x-ratelimit-limit']).toBe('5000');
    expect(Number(r.headers['x-ratelimit-remaining'])).toBeLessThan(5000);
    await statusOf(s.bot.rest.git.getRef({ ...repo, ref: 'heads/nope' }));
    expect(gh.requests.map(({ method, path, status, login }) => ({ method, path, status, login }))).toEqual([
      {
        method: 'GET',
        path: '/repos/acme/app/git/ref/heads%2Fmain',
        status: 200,
        login: 'github-actions[bot]',
      },
      {
        method: 'GET',
        path: '/repos/acme/app/git/ref/heads%2Fnope',
        status: 404,
        login: 'github-actions[bot]',
      },
    ]);
  });
});

describe('faults', () => {
  it('500: answered before the handler runs, so nothing is written; then the route works again', async () => {
    const sha = (await gh.refSha('main'))!;
    gh.fail({ method: 'POST', path: /\/git\/refs$/ }, { status: 500 });
    const failed = await statusOf(s.bot.rest.git.createRef({ ...repo, ref: 'refs/heads/f500', sha }));
    expect(failed.status).toBe(500);
    expect(await gh.refSha('f500')).toBeNull();
    expect((await s.bot.rest.git.createRef({ ...repo, ref: 'refs/heads/f500', sha })).status).toBe(201);
  });

  it('secondary rate limit: 403 with the message and retry-after', async () => {
    gh.fail({ path: '/repos/acme/app/issues' }, { secondaryRateLimit: 7 }, 2);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${gh.url}/repos/acme/app/issues`, {
        headers: { authorization: 'token tok-bot' },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(((await res.json()) as { message: string }).message).toContain(
        'You have exceeded a secondary rate limit',
      );
    }
    expect((await s.bot.rest.issues.listForRepo(repo)).status).toBe(200);
  });

  it('drop: the connection closes without an answer', async () => {
    gh.fail({ method: 'GET', path: /\/pulls$/ }, { drop: true });
    await expect(s.bot.rest.pulls.list(repo)).rejects.toThrow();
    expect(gh.requests.at(-1)).toMatchObject({ path: '/repos/acme/app/pulls', status: 0 });
    expect((await s.bot.rest.pulls.list(repo)).status).toBe(200);
  });
});

describe('the OpenAPI check', () => {
  it('every answer so far matched the description', () => {
    expect(gh.violations).toEqual([]);
  });

  it('reports an answer that does not match, naming method, path, status and the schema error', async () => {
    gh.tamper({ path: /\/git\/ref\// }, (body) => ({
      ...(body as object),
      object: { sha: 'short', type: 'commit' },
    }));
    await s.bot.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toMatch(
      /^GET \/repos\/acme\/app\/git\/ref\/heads%2Fmain \(\/repos\/\{owner\}\/\{repo\}\/git\/ref\/\{ref\}\) 200: body\/object/,
    );
    gh.violations.length = 0;
  });

  it('is the validator the emulator is given: without one nothing is checked (the demo)', async () => {
    const quiet = await startEmulator({ tokens: TOKENS });
    try {
      quiet.tamper({}, () => ({ not: 'a repository' }));
      const res = await fetch(`${quiet.url}/repos/acme/app`, { headers: { authorization: 'token tok-bot' } });
      expect(await res.json()).toEqual({ not: 'a repository' });
      expect(quiet.violations).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
