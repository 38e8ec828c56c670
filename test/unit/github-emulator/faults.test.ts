/**
 * Faults beyond the ones answered before the handler (server.test.ts): a lost response (the
 * write happens, the client sees the connection dropped) and the content-creation secondary
 * rate limit, counted on the emulator's clock.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_CREATION_MESSAGE,
  type Emulator,
  GITHUB_CONTENT_CREATION_LIMIT,
} from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';

const repo = { owner: 'acme', repo: 'app' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let now = Date.parse('2026-11-20T10:00:00Z');
let gh: Emulator;
let bot: Octokit;
let alice: Octokit;

beforeAll(async () => {
  gh = await startCheckedEmulator({
    ...repo,
    tokens: { 'tok-bot': { kind: 'github-actions' }, 'tok-alice': { kind: 'person', login: 'alice' } },
    clock: () => new Date(now),
    contentCreationLimit: { perMinute: 2, perHour: 3 },
  });
  await gh.seed({ 'a.txt': 'a\n' });
  bot = new Octokit({ auth: 'tok-bot', baseUrl: gh.url, log: quiet });
  alice = new Octokit({ auth: 'tok-alice', baseUrl: gh.url, log: quiet });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

describe('a lost response', () => {
  it('writes, then drops the connection: the client sees an error, a GET sees the write', async () => {
    const sha = (await gh.refSha('main'))!;
    gh.fail({ method: 'POST', path: /\/git\/refs$/ }, { lostResponse: true });
    await expect(bot.rest.git.createRef({ ...repo, ref: 'refs/heads/lost', sha })).rejects.toThrow();
    expect(gh.requests.at(-1)).toMatchObject({ method: 'POST', path: '/repos/acme/app/git/refs', status: 0 });
    const ref = await bot.rest.git.getRef({ ...repo, ref: 'heads/lost' });
    expect(ref.data.object.sha).toBe(sha);
    // Retrying the write GitHub already did is what a client must be ready for.
    await expect(bot.rest.git.createRef({ ...repo, ref: 'refs/heads/lost', sha })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
  });
});

describe('the content-creation limit', () => {
  const open = (client: Octokit, title: string) => client.rest.issues.create({ ...repo, title });

  it("is GitHub's 80 a minute and 500 an hour when asked for", () => {
    expect(GITHUB_CONTENT_CREATION_LIMIT).toEqual({ perMinute: 80, perHour: 500 });
  });

  it('refuses content creation past the minute, per login, without writing; other requests pass', async () => {
    await open(bot, 'one');
    await open(bot, 'two');
    const refused = await fetch(`${gh.url}/repos/acme/app/issues`, {
      method: 'POST',
      headers: { authorization: 'token tok-bot' },
      body: JSON.stringify({ title: 'three' }),
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(await refused.json()).toMatchObject({ message: CONTENT_CREATION_MESSAGE, status: '403' });
    expect(gh.state.issues.map((i) => i.title)).toEqual(['one', 'two']);
    // Not content creation: labels, edits, reads.
    await bot.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['x'] });
    await bot.rest.issues.update({ ...repo, issue_number: 1, body: 'edited' });
    // Another login has its own count.
    expect((await open(alice, 'by alice')).status).toBe(201);
  });

  it("frees up on the emulator's clock: a minute for the minute, an hour for the hour", async () => {
    now += 61_000;
    expect((await open(bot, 'three')).status).toBe(201);
    now += 61_000;
    await expect(open(bot, 'four')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(CONTENT_CREATION_MESSAGE),
    });
    now += 3_600_000;
    expect((await open(bot, 'four')).status).toBe(201);
  });

  it('counts comments too (every operation GitHub marks as triggering notifications)', async () => {
    now += 3_600_000;
    await bot.rest.issues.createComment({ ...repo, issue_number: 1, body: 'a' });
    await bot.rest.issues.createComment({ ...repo, issue_number: 1, body: 'b' });
    await expect(
      bot.rest.issues.createComment({ ...repo, issue_number: 1, body: 'c' }),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});
