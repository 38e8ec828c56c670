/**
 * What a run costs in GitHub requests: window records are read from the checkout, never listed
 * through the API, so a run's requests do not grow with the number of records committed. The
 * README's "Requests per run" quotes the count (rollout.test.ts and runbook.test.ts hold the others).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { checkDocFigure, README_REQUESTS } from '../../support/doc-excerpt.js';
import { ok, repositoryFiles, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
let w: World;
beforeAll(async () => {
  w = await World.start(
    traceText({ seed: 3, from: T('2026-11-16T00:00:00Z'), to: T('2026-11-18T06:00:00Z'), ratePerMinute: 30 }),
  );
  w.now = T('2026-11-16T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start at A-0');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

it('evaluate makes the same requests with 122 record files as with a day more', async () => {
  const count = async (at: string) => {
    w.now = T(at);
    ok(await w.step('collect', { events: w.eventsFile, backfill: '30h' }));
    w.gh.resetRequests();
    ok(await w.step('evaluate'));
    return w.gh.requests.length;
  };
  const files = async () =>
    (await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/']))
      .split('\n')
      .filter((f) => !f.endsWith('/runs')).length; // the run logs' folder holds no window record
  const few = await count('2026-11-17T06:00:00Z');
  const before = await files();
  const many = await count('2026-11-18T06:00:00Z'); // another day of windows committed
  expect(await files()).toBeGreaterThan(before + 90);
  console.log(`evaluate: ${few} GitHub requests with ${before} record files, ${many} with ${await files()}`);
  expect(many).toBe(few);
  checkDocFigure('README.md', README_REQUESTS.evaluate, few);
}, 120_000);
