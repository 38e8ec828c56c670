/**
 * phasegate's GitHub client against GitHub's content-creation limit, as the emulator answers it:
 * a 403 "temporarily blocked from content creation" with no retry-after. Nothing was written, so
 * the create is retried, after the minute GitHub's docs ask for, on the run's clock.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/index.js';
import { createClient } from '../../../src/github/client.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';

let gh: Emulator;
let now = Date.parse('2026-11-17T10:00:00Z');
beforeAll(async () => {
  gh = await startCheckedEmulator({
    tokens: { ghs_bot: { kind: 'github-actions', permissions: { issues: 'write' } } },
    contentCreationLimit: { perMinute: 1 },
    clock: () => new Date(now),
  });
  await gh.seed({ 'README.md': 'hi\n' });
});
afterAll(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

it('a create blocked by the content-creation limit waits a minute and lands once', async () => {
  const sleeps: number[] = [];
  const log: string[] = [];
  const octokit = createClient({
    token: 'ghs_bot',
    baseUrl: gh.url,
    log: (line) => log.push(line),
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  const r = { owner: 'acme', repo: 'app' };
  await octokit.rest.issues.create({ ...r, title: 'first' });
  const second = await octokit.rest.issues.create({ ...r, title: 'second' });
  expect(second.status).toBe(201);
  expect(sleeps).toEqual([60_000]);
  expect(log.join('\n')).toMatch(
    /attempt 1 failed \(403: You have exceeded a secondary rate limit and have been temporarily blocked from content creation/,
  );
  expect(gh.state.issues.map((i) => i.title)).toEqual(['first', 'second']);
  expect(gh.requests.filter((q) => q.method === 'POST').map((q) => q.status)).toEqual([201, 403, 201]);
});
