/**
 * Bounded history through the Action (issue 14, item 5): a scheduled collect moves the days older
 * than the retention into reports/monitoring/archive/ in its one commit, from a checkout that
 * leaves the archive out (the workflows' sparse checkout); a re-run from a checkout older than
 * the branch changes nothing; a late window of an archived day joins its day file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scenarioRecords } from '../../../src/demo/scenario.js';
import { traceText } from '../../../src/demo/trace.js';
import { encodeRecord } from '../../../src/telemetry/codec.js';
import { windowFileName } from '../../../src/telemetry/window.js';
import { referencePolicy } from '../../support/policy.js';
import { ok, repositoryFiles, World } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;
const policy = referencePolicy();
const OLD_FROM = T('2026-11-10T00:00:00Z');
const NOW = T('2026-11-30T00:07:00Z');
const SPARSE = { 'sparse-checkout': '/*\n!/reports/monitoring/archive/' };
/** 19 days of window records already committed, as flat files, and a run log of the first day. */
const old = scenarioRecords(policy, { from: OLD_FROM, to: T('2026-11-29T00:00:00Z'), scale: 0.01 });
const path = (end: number) => `reports/monitoring/${windowFileName(end)}`;
const dayText = (day: string) =>
  old
    .filter((r) => new Date(r.start).toISOString().startsWith(day))
    .map(encodeRecord)
    .join('');
const files = async (ref: string, dir: string) =>
  (await w.gh.gitText(['ls-tree', '--name-only', ref, `${dir}/`])).split('\n').filter(Boolean);

let w: World;
beforeAll(async () => {
  w = await World.start(traceText({ seed: 3, from: T('2026-11-29T00:00:00Z'), to: NOW, ratePerMinute: 20 }));
  w.now = NOW;
  const seeded = repositoryFiles();
  for (const r of old) seeded[path(r.end)] = encodeRecord(r);
  seeded['reports/monitoring/runs/20261110.jsonl'] = '{"run":"1"}\n{"run":"2"}\n';
  await w.gh.seed(seeded, 'Start the autosave rollout, with the records so far');
}, 120_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

it('collect moves the days before the retention into the archive, in its one commit', async () => {
  const before = await w.gh.refSha('main');
  const run = ok(await w.step('collect', { events: w.eventsFile, backfill: '24h', ...SPARSE }));
  expect(existsSync(join(run.workspace, 'reports/monitoring/archive'))).toBe(false);
  expect(await w.gh.gitText(['rev-list', '--count', `${before}..main`])).toBe('1\n');
  // Retention 9 days 15 minutes before 00:07 on the 30th: the 10th to the 19th move (UTC days).
  const archived = await files('main', 'reports/monitoring/archive/2026/11');
  expect(archived).toEqual(
    Array.from({ length: 10 }, (_, i) => `reports/monitoring/archive/2026/11/202611${10 + i}.jsonl`),
  );
  expect(await w.gh.readFile('main', 'reports/monitoring/archive/2026/11/20261110.jsonl')).toBe(
    dayText('2026-11-10'),
  );
  const recent = (await files('main', 'reports/monitoring')).filter((f) => /\d{12}\.jsonl$/.test(f));
  expect(recent[0]).toBe(path(T('2026-11-20T00:15:00Z')));
  expect(recent).toHaveLength(10 * 96); // the 20th to the 29th (collected by this run)
  expect(await w.gh.readFile('main', 'reports/monitoring/runs/20261110.jsonl')).toBeNull();
  expect(await w.gh.readFile('main', 'reports/monitoring/archive/runs/2026/11/20261110.jsonl')).toBe(
    '{"run":"1"}\n{"run":"2"}\n',
  );
  const message = await w.gh.gitText(['log', '-1', '--format=%s', 'main']);
  expect(message).toContain('10 day(s) of window records moved into the archive');

  // A re-run of that workflow run checks out the commit it started from: the moved files are
  // gone from the branch (GitHub refuses to delete a missing file), the day files hold them.
  const head = await w.gh.refSha('main');
  ok(
    await w.step(
      'collect',
      { events: w.eventsFile, backfill: '24h', ...SPARSE },
      {
        name: 'schedule',
        payload: { schedule: '7-59/15 * * * *' },
        sha: before!,
      },
    ),
  );
  expect(await w.gh.gitText(['diff', '--stat', head!, 'main', '--', 'reports/monitoring/archive'])).toBe('');
  expect(await w.gh.readFile('main', 'reports/monitoring/archive/2026/11/20261110.jsonl')).toBe(
    dayText('2026-11-10'),
  );
}, 300_000);

it('a late window of an archived day joins its day file, the archive still not checked out', async () => {
  const [late] = scenarioRecords(policy, {
    from: OLD_FROM + 3_600_000,
    to: OLD_FROM + 4_500_000,
    seed: 9,
    scale: 0.01,
  });
  await w.gh.push(
    'main',
    { [path(late!.end)]: encodeRecord(late!) },
    'A window collected again by hand',
    'acme',
  );
  w.now = NOW + DAY;
  ok(await w.step('collect', { events: w.eventsFile, backfill: '24h', ...SPARSE }));
  expect(await w.gh.readFile('main', path(late!.end))).toBeNull();
  expect(await w.gh.readFile('main', 'reports/monitoring/archive/2026/11/20261110.jsonl')).toBe(
    dayText('2026-11-10') + encodeRecord(late!),
  );
  // And the next day moved too.
  expect(await files('main', 'reports/monitoring/archive/2026/11')).toContain(
    'reports/monitoring/archive/2026/11/20261120.jsonl',
  );
}, 300_000);
