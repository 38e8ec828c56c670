/**
 * A dry run reads GitHub, then plays the run forward on an in-memory PR book: it prints every
 * intent the run would carry out (a rollback PR, its merge, the lock notice, the RCA issue,
 * Slack) and writes nothing, on GitHub or to a webhook.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../../src/demo/trace.js';
import { ok, repositoryFiles, World, writesOf } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
let w: World;
beforeAll(async () => {
  w = await World.start(
    traceText({
      seed: 9,
      from: T('2026-11-15T00:00:00Z'),
      to: T('2026-11-16T12:00:00Z'),
      ratePerMinute: 40,
      latency: latencySteps({ p50Ms: 600, p95Ms: 1500 }, [
        { from: T('2026-11-16T08:00:00Z'), p50Ms: 2600, p95Ms: 4200 },
      ]),
    }),
  );
  w.now = T('2026-11-15T00:00:00Z');
  const files = repositoryFiles();
  // A-1 is live: its rollback needs no approval, so phasegate would merge it at once.
  files['phases/current.yaml'] = files['phases/current.yaml']!.replace(/^phase: A-0$/m, 'phase: A-1').replace(
    /autosave\.enabled: false/,
    'autosave.enabled: true',
  );
  await w.gh.seed(files, 'A-1 is live');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

it('prints the whole rollback it would make and writes nothing', async () => {
  w.now = T('2026-11-16T10:07:00Z');
  ok(await w.step('collect', { events: w.eventsFile, backfill: '30h' }));
  w.gh.resetRequests();
  const dry = ok(await w.step('propose', { 'dry-run': 'true' }));
  expect(dry.outputs.decision).toBe('rollback');
  const said = dry.log.filter((l) => l.startsWith('dry run: would '));
  expect(said.map((l) => l.split(':').slice(0, 2).join(':').split('\n')[0])).toEqual([
    'dry run: would open a PR from phasegate/autosave/rollback-A-0',
    'dry run: would set phasegate/verdict=success on #1 (0000001)',
    'dry run: would post the verdict comment on #1',
    'dry run: would merge #1',
    'dry run: would POST the lock notice {"event"',
    'dry run: would post to Slack (phases/templates/slack-rollback.ja.md)',
    'dry run: would open the RCA issue "RCA',
    'dry run: would append 2 entries to reports/runbook/2026-11.md on the default branch',
    'dry run: would label #1 phasegate',
  ]);
  // The Slack text it would send, in full.
  expect(dry.log.join('\n')).toContain('【ロールバック】autosave: A-1 → A-0');
  expect(writesOf(w.gh.requests)).toEqual([]);
  expect(w.gh.state.pulls).toEqual([]);
  expect(w.slack.got).toEqual([]);
  expect(w.lock.got).toEqual([]);
}, 120_000);
