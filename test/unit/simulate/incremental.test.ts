/**
 * The replay judges every run through one index of all window records (judge/record-index.ts)
 * rather than indexing each run's lookback anew. It must decide exactly as the straightforward
 * replay does: run by run, every evaluation and intent deep-equals it, on the demo scenario
 * (every phase, rollbacks, before_rollout baselines), from an array and from a stream whose old
 * records the replay lets go, and on 90 days held in GA (a stream), whose run-by-run digests were
 * recorded from the replay before the index existed (held-in-ga-90d.json).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchPolicy, DAY, heldInGa } from '../../../scripts/bench/held-in-ga.js';
import { SCENARIO, scenarioRecords, scenarioWindows } from '../../../src/demo/scenario.js';
import { simulate } from '../../../src/simulate/engine.js';
import type { ReplayRun } from '../../../src/simulate/replay.js';
import type { SimulateInput } from '../../../src/simulate/types.js';

const policy = benchPolicy();

/** What a run planned, as JSON: its evaluations (verdicts, rules, decision) and intents. */
function planned(run: ReplayRun): string {
  return JSON.stringify({ at: run.at, trigger: run.trigger, passes: run.result.passes.map((p) => p.plan) });
}

async function replayed(input: SimulateInput) {
  const runs: unknown[] = [];
  const result = await simulate({ ...input, onRun: (run) => void runs.push(JSON.parse(planned(run))) });
  return { result: JSON.parse(JSON.stringify(result)), runs };
}

describe('simulate: one index for every run', () => {
  it('decides run by run exactly as re-indexing each run does, on the demo scenario', async () => {
    const input: SimulateInput = {
      policy,
      records: scenarioRecords(policy),
      from: SCENARIO.start,
      to: SCENARIO.start + SCENARIO.days * DAY,
    };
    const oracle = await replayed({ ...input, reindexEachRun: true });
    const indexed = await replayed(input);
    // As a stream: records are read as runs reach them and let go once no run can read them.
    const streamed = await replayed({ ...input, records: scenarioWindows(policy) });
    expect(oracle.runs.length).toBeGreaterThan(SCENARIO.days * 96 * 0.9);
    expect(oracle.result.changes.length).toBeGreaterThan(4);
    expect(indexed.runs).toEqual(oracle.runs);
    expect(indexed.result).toEqual(oracle.result);
    expect(streamed.runs).toEqual(oracle.runs);
    expect(streamed.result).toEqual(oracle.result);
  }, 240_000);

  it('holds 90 days in GA, from a stream, as the replay before the index did, run by run', async () => {
    const recorded = JSON.parse(readFileSync(new URL('./held-in-ga-90d.json', import.meta.url), 'utf8'));
    const digests: string[] = [];
    let hash = createHash('sha256');
    let day = SCENARIO.start + DAY;
    const result = await simulate({
      policy,
      records: heldInGa(policy, 90),
      from: SCENARIO.start,
      to: SCENARIO.start + 90 * DAY,
      startPhase: 'B-1',
      onRun: (run) => {
        while (run.at >= day) {
          digests.push(hash.digest('hex').slice(0, 16));
          hash = createHash('sha256');
          day += DAY;
        }
        hash.update(planned(run));
      },
    });
    digests.push(hash.digest('hex').slice(0, 16));
    expect(JSON.parse(JSON.stringify(result))).toEqual(recorded.result);
    expect(digests).toHaveLength(91); // the 90 days, and the run at the end of the last
    expect(digests).toEqual(recorded.dailyRunDigests);
  }, 240_000);
});
