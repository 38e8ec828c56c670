/**
 * A rollout replayed run by run on a stage: the scheduled run every window, and between runs the
 * people (people.ts) approving, the gate runs their reviews start, their merges and the apply run
 * each merge's push starts. The same driver runs on the in-memory PR book (`simulate`) and on the
 * loopback GitHub (the demo, and the test that holds the two to the same intents), so what
 * simulate shows is what the Action does, by construction.
 */
import { type RunResult, runLoop } from '../interpreters/run-loop.js';
import type { World } from '../interpreters/world.js';
import type { Trigger } from '../plan/facts.js';
import type { Policy } from '../policy/model.js';
import type { Log } from '../ports/context.js';
import { dueApprovals, dueMerge, type PeoplePull } from './people.js';

export interface Stage {
  world: World;
  /** Move the stage's clock to `t`. */
  at(t: number): Promise<void>;
  /** The rollout's open phase PRs, as the people see them. */
  openPulls(): Promise<PeoplePull[]>;
  /**
   * People approve the head commit (for an advance or restart they tick the QA checklist first);
   * returns who will merge it.
   */
  approve(pull: PeoplePull): Promise<string>;
  /** A person merges; returns the merge commit and the tip it moved from (the push the apply run is for). */
  merge(pull: PeoplePull, by: string): Promise<{ sha: string; before: string | null }>;
  /** Leave out the scheduled run at `t` (the demo's shortcut for runs that would only hold). */
  skip?(t: number): Promise<boolean>;
}

export interface ReplayRun {
  at: number;
  trigger: Trigger;
  result: RunResult;
}

export interface ReplayOptions {
  policy: Policy;
  /** The first scheduled run is one window after `from`; the last at or before `to`. */
  from: number;
  to: number;
  approveAfterMs: number;
  /** Scheduled runs start this long after each window boundary (the cron's minute; default 0). */
  cronOffsetMs?: number;
  log: Log;
  onRun?(run: ReplayRun): Promise<void> | void;
  onMerge?(m: { at: number; pull: PeoplePull; by: string; sha: string }): Promise<void> | void;
  onStep?(done: number, total: number): void;
}

export interface ReplayResult {
  steps: number;
  /** The run whose decision completed the rollout, if one did. */
  completed: { at: number; result: RunResult } | null;
}

export async function replay(stage: Stage, o: ReplayOptions): Promise<ReplayResult> {
  const w = o.policy.windowMs;
  const first = Math.floor(o.from / w) * w + w;
  const total = o.to >= first ? Math.floor((o.to - first) / w) + 1 : 0;
  let steps = 0;
  /** Who approved each PR: they press the merge button. */
  const mergers = new Map<number, string>();
  const run = async (at: number, trigger: Trigger) => {
    const result = await runLoop(stage.world, trigger, o.log);
    await o.onRun?.({ at, trigger, result });
    return result;
  };
  for (let t = first; t <= o.to; t += w) {
    steps++;
    let now = t + (o.cronOffsetMs ?? 0);
    await stage.at(now);
    if (!(await stage.skip?.(now))) {
      const scheduled = await run(now, { command: 'propose' });
      if (scheduled.plan.evaluation.decision.action === 'complete') {
        o.onStep?.(total, total);
        return { steps, completed: { at: now, result: scheduled } };
      }
    }
    // The people, until the next scheduled run: approvals as they come due, each starting the
    // gate run of its review; then the merge of a PR whose gate is green, and its apply run.
    for (const pull of dueApprovals(
      await stage.openPulls(),
      t + w - 1 + (o.cronOffsetMs ?? 0),
      o.approveAfterMs,
    )) {
      now = Math.max(now, pull.openedAt + o.approveAfterMs);
      await stage.at(now);
      mergers.set(pull.number, await stage.approve(pull));
      await run(now, { command: 'gate', pr: pull.number });
    }
    const merge = dueMerge(await stage.openPulls());
    if (merge) {
      const by = mergers.get(merge.number) ?? 'someone';
      const { sha, before } = await stage.merge(merge, by);
      await o.onMerge?.({ at: now, pull: merge, by, sha });
      await run(now, { command: 'apply', sha, before });
    }
    o.onStep?.(steps, total);
  }
  return { steps, completed: null };
}
