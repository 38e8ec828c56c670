/**
 * The GitHub-issues source (the plan's critical-bug count) against the loopback GitHub
 * emulator, whose every answer is checked against GitHub's OpenAPI description: one search per
 * window, counting total_count; rate limits wait; bad credentials fail at once.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { envRef } from '../../src/policy/sources.js';
import { collectSources } from '../../src/telemetry/sources/dispatch.js';
import { searchQuery } from '../../src/telemetry/sources/github-issues.js';
import { startCheckedEmulator } from '../support/github-validator/index.js';
import { policyWithSources } from '../unit/telemetry/sources/policy.js';

const W = 15 * 60_000;
const FROM = Date.parse('2026-11-20T10:00:00Z');
const at = (hhmmss: string) => new Date(`2026-11-20T${hhmmss}Z`);

const policy = policyWithSources(
  '  bugs:\n    type: github-issues\n    repo: acme/app\n    slis:\n      critical_bugs: { label: critical }\n',
);

let gh: Emulator;
beforeAll(async () => {
  gh = await startCheckedEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      'tok-bot': { kind: 'github-actions', permissions: { issues: 'read' } },
      'tok-po': { kind: 'person', login: 'autosave-po' },
    },
  });
  await gh.seed({ 'README.md': 'app\n' }, 'initial');
  const issue = (t: string, labels: string[]) =>
    gh.openIssue({ title: `bug at ${t}`, labels, user: 'autosave-po', createdAt: at(t) });
  await issue('10:01:00', ['critical']);
  await issue('10:14:59', ['critical', 'autosave']);
  await issue('10:15:00', ['critical']); // the next window: windows are [start, end)
  await issue('10:20:00', ['minor']);
  await issue('10:50:00', ['critical']);
  await issue('09:59:59', ['critical']); // before the range
});
afterAll(async () => {
  await gh?.close();
});

async function collect(env: Record<string, string>, windows = 4) {
  const sleeps: number[] = [];
  const log: string[] = [];
  const result = await collectSources({
    policy,
    windows: new Map(Array.from({ length: windows }, (_, i) => [FROM + i * W, ['critical_bugs']])),
    env: { GITHUB_API_URL: gh.url, ...env },
    log: (l) => log.push(l.trimEnd()),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const counts = [...result.windows.values()].map((p) => {
    const a = p.slis.get('critical_bugs');
    return a?.kind === 'count' ? a.count : p.missing.get('critical_bugs');
  });
  return { result, sleeps, log, counts };
}

describe('GitHub issues as the critical-bug count', () => {
  it('one search per window counts the labelled issues created in it', async () => {
    gh.resetRequests();
    const { counts, sleeps, result } = await collect({ GITHUB_TOKEN: 'tok-bot' });
    expect(counts).toEqual([2, 1, 0, 1]);
    expect(sleeps).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(4).fill('GET /search/issues'));
    expect(gh.requests.every((r) => r.token === 'tok-bot' && r.status === 200)).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('the query: repo, issues only, the label quoted, created within the window to the second', () => {
    expect(searchQuery('acme/app', ['critical', 'p0'], '-label:duplicate', FROM, FROM + W)).toBe(
      'repo:acme/app is:issue label:"critical" label:"p0" -label:duplicate created:2026-11-20T10:00:00Z..2026-11-20T10:14:59Z',
    );
  });

  it("a secondary rate limit waits its Retry-After; a 502 waits the plan's back-off", async () => {
    gh.fail({ path: '/search/issues' }, { secondaryRateLimit: 7 }, 1);
    gh.fail({ path: '/search/issues' }, { status: 502 }, 1);
    const { counts, sleeps, log } = await collect({ GITHUB_TOKEN: 'tok-bot' }, 1);
    expect(counts).toEqual([2]);
    expect(sleeps).toEqual([7000, 1000]);
    expect(log[0]).toMatch(
      /^github-issues source "bugs": critical_bugs: search .*: attempt 1 failed: HTTP 403 \(You have exceeded a secondary rate limit.*\): rate limited; retrying in 7s$/,
    );
    expect(log[2]).toMatch(/attempt 3 succeeded$/);
  });

  it('a token GitHub refuses fails on the first attempt, naming the source and the fix', async () => {
    gh.resetRequests();
    const { counts, sleeps, result } = await collect({ GITHUB_TOKEN: 'tok-nobody' }, 3);
    expect(sleeps).toEqual([]);
    expect(gh.requests).toHaveLength(1);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(
      /^github-issues source "bugs": critical_bugs: search repo:acme\/app .*: HTTP 401 \(Bad credentials\); the credentials were refused; check sources\.bugs\.token \(default \$\{GITHUB_TOKEN\}\) and that the secret it names is set$/,
    );
    expect(counts).toEqual([result.failures[0], result.failures[0], result.failures[0]]);
  });

  it('no token at all: the secret to set is named', async () => {
    const { result } = await collect({}, 1);
    expect(result.failures).toEqual([
      `github-issues source "bugs": sources.bugs.token uses ${envRef('GITHUB_TOKEN')}, which is not set; set GITHUB_TOKEN (in a workflow: env: { GITHUB_TOKEN: $\{{ secrets.GITHUB_TOKEN }} })`,
    ]);
  });
});
