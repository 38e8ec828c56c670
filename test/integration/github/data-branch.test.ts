/**
 * A protected default branch: committing window records there fails loudly with the fix, and
 * with `records-branch` the records live on a data branch (checked out a second time, as the
 * workflows do) while the phase PRs still target the default branch.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { ok, repositoryFiles, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
let w: World;
beforeAll(async () => {
  w = await World.start(
    traceText({
      seed: 5,
      from: T('2026-11-15T00:00:00Z'),
      to: T('2026-11-17T03:00:00Z'),
      ratePerMinute: 30,
      autoMerge: 0.95,
    }),
    { protectedBranches: ['main'] },
  );
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  await w.gh.push(
    'phasegate-data',
    { 'reports/monitoring/README.md': 'Window records live here.\n' },
    'Data branch',
    'acme',
  );
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

it('window records go to the data branch; a protected main refuses them with the fix named', async () => {
  w.now = T('2026-11-17T02:07:00Z');
  const refused = await w.step('collect', { events: w.eventsFile, backfill: '50h' });
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toMatch(/cannot commit window records to "main".*records-branch/);

  const data = { 'records-branch': 'phasegate-data', records: '.phasegate-data/reports/monitoring' };
  ok(await w.step('collect', { events: w.eventsFile, backfill: '50h', ...data }));
  const files = await w.gh.gitText(['ls-tree', '--name-only', 'phasegate-data', 'reports/monitoring/']);
  expect(files.split('\n').filter((f) => f.endsWith('.jsonl'))).toHaveLength(200);
  expect(await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/'])).not.toMatch(
    /\.jsonl/,
  );

  const propose = ok(await w.step('propose', data));
  expect(propose.outputs.decision).toBe('advance');
  const pr = w.gh.state.pulls.find((p) => p.state === 'open');
  expect(pr?.base.ref).toBe('main');
}, 120_000);
