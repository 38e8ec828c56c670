/**
 * Issue 12, the crash-rate baseline "as canary analysis does": when events carry a cohort, the
 * baseline is the same SLI measured at the same time on a concurrent control cohort (users
 * without the feature). A regression everywhere (a bad OS update) then does not count against the
 * rollout, and a phase re-entered after a rollback is compared with now, not with a stale rate.
 *
 * Every test here runs the real collect on JSONL files in a temp folder, writes the window
 * records and reads them back, then evaluates, as the CLI and the Action do.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/policy/model.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { collectJsonl } from '../../../src/telemetry/sources/jsonl.js';
import { readRecords, writeRecords } from '../../../src/telemetry/sources/record-files.js';
import { type CohortRates, cohortTrace, controlPolicy } from '../../support/cohorts.js';
import { DAY, referencePolicy, tokyo } from '../../support/traces.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Events of [from, to) written to a file, collected, committed as window records and read back. */
async function collected(policy: Policy, from: number, to: number, rates: CohortRates) {
  const dir = await mkdtemp(path.join(tmpdir(), 'phasegate-control-'));
  dirs.push(dir);
  const events = path.join(dir, 'events.jsonl');
  await writeFile(events, cohortTrace(from, to, rates));
  const r = await collectJsonl({ source: events, policy, from, to });
  await writeRecords(path.join(dir, 'reports'), r.windows);
  return readRecords(path.join(dir, 'reports'));
}

const policy = controlPolicy();
const crashOf = (ev: ReturnType<typeof evaluate>) => ev.slos.find((v) => v.id === 'crash-rate-increase')!;

describe('crash-rate increase against a concurrent control cohort', () => {
  const since = tokyo('2026-11-12T09:00'); // A-2 goes live
  const regression = tokyo('2026-11-13T09:00');
  const at = regression + DAY; // the 24 h window holds the regression alone
  const from = since - DAY;

  it('a regression in both cohorts passes, one only in the rollout fails', async () => {
    // A bad OS update: every user crashes twice as often, with the feature or without it.
    const everywhere = await collected(policy, from, at, {
      sessions: 40,
      rate: (t) => (t < regression ? 0.025 : 0.05),
    });
    const both = evaluate({ policy, phase: 'A-2', since, records: everywhere, at });
    expect(crashOf(both)).toMatchObject({
      status: 'pass',
      value: 0,
      samples: 3840,
      baseline: { value: 0.05, from: regression, to: at, samples: 3840 },
      reason:
        'crash-rate-increase: +0% <= +5% over 24h (3840 samples) vs control cohort 5% (cohort: control; 3840 samples)',
    });
    expect(both.decision.action).not.toBe('rollback');

    // The feature: only the users who have it crash twice as often.
    const rolloutOnly = await collected(policy, from, at, {
      sessions: 40,
      rate: (t, cohort) => (t >= regression && cohort === 'beta' ? 0.05 : 0.025),
    });
    const only = evaluate({ policy, phase: 'A-2', since, records: rolloutOnly, at });
    expect(crashOf(only)).toMatchObject({
      status: 'fail',
      value: 1,
      reason:
        'crash-rate-increase: +100% > +5% over 24h (3840 samples) vs control cohort 2.5% (cohort: control; 3840 samples)',
    });
    expect(only.decision).toMatchObject({ action: 'rollback', to: 'A-1' });
  });

  it('a phase re-entered after a rollback is compared with the control cohort now, not a stale rate', async () => {
    const started = tokyo('2026-11-10T09:00'); // A-1 live: the rollout began
    const entered = tokyo('2026-11-12T09:00'); // A-2, with a regression of its own
    const rolledBack = tokyo('2026-11-13T09:00'); // back to A-1
    const osUpdate = tokyo('2026-11-14T09:00'); // from here everyone crashes at 5 %, not 2.5 %
    const reentered = tokyo('2026-11-15T09:00'); // A-2 again, its regression fixed
    const now = reentered + DAY;
    const rate = (t: number, cohort: 'beta' | 'control') =>
      t >= osUpdate ? 0.05 : cohort === 'beta' && t >= entered && t < rolledBack ? 0.075 : 0.025;
    // 8 days before the rollout too, so the pre-rollout baseline has its 7 days
    const events = { sessions: 40, rate };
    const records = await collected(policy, started - 8 * DAY, now, events);

    const first = evaluate({ policy, phase: 'A-2', since: entered, started, records, at: rolledBack });
    expect(crashOf(first).status).toBe('fail');
    expect(first.decision).toMatchObject({ action: 'rollback', to: 'A-1' });

    const again = evaluate({ policy, phase: 'A-2', since: reentered, started, records, at: now });
    expect(crashOf(again)).toMatchObject({
      status: 'pass',
      value: 0,
      baseline: { value: 0.05, from: reentered, to: now, samples: 3840 },
    });
    expect(again.decision.action).not.toBe('rollback');

    // The same events judged against the pre-rollout rate (the reference policy): 5 % now
    // against the 2.5 % of before the rollout, +100 %, and the fixed phase would roll back again.
    const stale = referencePolicy();
    const old = await collected(stale, started - 8 * DAY, now, events);
    const before = evaluate({
      policy: stale,
      phase: 'A-2',
      since: reentered,
      started,
      records: old,
      at: now,
    });
    expect(crashOf(before).status).toBe('fail');
    expect(crashOf(before).value).toBeCloseTo(1, 12);
    expect(before.decision).toMatchObject({ action: 'rollback', to: 'A-1' });
  });

  it('no control events: no data, never a pass', async () => {
    const records = await collected(policy, from, at, {
      sessions: 40,
      rate: (_t, cohort) => (cohort === 'beta' ? 0.05 : 0.01),
      controlSpelling: () => 'ctrl', // not the control cohort: every event is the rollout's
    });
    const ev = evaluate({ policy, phase: 'A-2', since, records, at });
    expect(crashOf(ev)).toMatchObject({
      status: 'no_data',
      value: null,
      samples: 7680,
      reason:
        'crash-rate-increase: no data over 24h: no control-cohort events (cohort: control) to compare with',
    });
    expect(ev.decision.action).toBe('hold');
  });

  it('a control cohort that never crashes is no data: an increase over 0 is undefined', async () => {
    const records = await collected(policy, from, at, {
      sessions: 40,
      rate: (_t, cohort) => (cohort === 'beta' ? 0.01 : 0),
    });
    const crash = crashOf(evaluate({ policy, phase: 'A-2', since, records, at }));
    expect(crash.status).toBe('no_data');
    expect(crash.reason).toBe(
      "crash-rate-increase: no data over 24h: the control cohort's rate (cohort: control) is 0 (0 of 3840), so an increase is undefined",
    );
  });

  it('min_samples holds for the control cohort too', async () => {
    // 2 control sessions a window: 192 in 24 h, under A-2's min_samples of 200
    const records = await collected(policy, from, at, { sessions: 2, rate: () => 0.5 });
    const crash = crashOf(evaluate({ policy, phase: 'A-2', since, records, at }));
    expect(crash).toMatchObject({ status: 'no_data', samples: 192 });
    expect(crash.reason).toBe('crash-rate-increase: no data over 24h: 192 samples < min 200');
    const more = await collected(policy, from, at, {
      sessions: 2,
      rate: () => 0.5,
      controlSpelling: (k) => (k % 3 === 0 ? 'control' : 'beta'), // a third of the control windows
    });
    const few = crashOf(evaluate({ policy, phase: 'A-2', since, records: more, at }));
    expect(few.samples).toBe(320);
    expect(few.reason).toBe(
      'crash-rate-increase: no data over 24h: the control cohort (cohort: control) has 64 samples < min 200',
    );
  });

  it('windows collected before the SLI had control: are no data, with the fix', async () => {
    const old = await collected(referencePolicy(), from, at, { sessions: 40, rate: () => 0.01 });
    const crash = crashOf(evaluate({ policy, phase: 'A-2', since, records: old, at }));
    expect(crash.status).toBe('no_data');
    expect(crash.reason).toBe(
      'crash-rate-increase: no data over 24h: 96 of 96 windows have no control-cohort counts (collected before slis.crash_rate had control:, or from a source that cannot split events); collect them again',
    );
  });
});
