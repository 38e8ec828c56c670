/**
 * How much window history the recent records folder keeps (issue 14, item 5): everything a
 * decision can read, so compacting older windows into the archive (telemetry/archive.ts) and
 * leaving the archive out of the workflows' checkouts changes no verdict.
 *
 * Kept, as spans of time: the retention before now (the longest trailing lookback of any phase,
 * the baseline span a phase entered now would read, the collect back-fill), and the baseline
 * spans anchored in the past: the live phase's start (before_phase, before_rollout without
 * `started`) and the rollout's start (before_rollout, read by every phase it may return to).
 * Each span is widened by a margin of two days, more than a local day in any time zone.
 */
import type { Policy, SloSpec } from '../policy/model.js';
import { historyMs } from './lookback.js';

const DAY = 86_400_000;
export const RETENTION_MARGIN_MS = 2 * DAY;

/** A span of time [from, to) whose window records stay in the recent folder. */
export interface KeptSpan {
  from: number;
  to: number;
}

function anchoredBaselineMs(slos: readonly SloSpec[], kinds: readonly string[]): number {
  let ms = 0;
  for (const slo of slos)
    if (slo.baseline && kinds.includes(slo.baseline.kind) && 'windowMs' in slo.baseline)
      ms = Math.max(ms, slo.baseline.windowMs);
  return ms;
}

const ANCHORED = ['before_phase', 'before_rollout'];

/**
 * The trailing span before now the recent folder keeps: the longest any decision of the policy
 * reads back from its instant (a phase entered now reads its baseline from now back), at least
 * the collect back-fill, plus a window and the margin.
 */
export function retentionMs(policy: Policy, backfillMs: number): number {
  let ms = backfillMs;
  for (const phase of policy.phases) {
    ms = Math.max(ms, historyMs(policy, phase), anchoredBaselineMs(phase.slos, ANCHORED));
    for (const slo of phase.slos) if (slo.window !== 'day') ms = Math.max(ms, slo.window);
  }
  for (const slo of policy.recovery?.watch ?? []) {
    if (slo.window !== 'day') ms = Math.max(ms, slo.window);
    ms = Math.max(ms, anchoredBaselineMs([slo], ANCHORED));
  }
  return ms + policy.windowMs + RETENTION_MARGIN_MS;
}

/** The spans of time whose windows stay in the recent folder at `now`, for the live phase given. */
export function keptSpans(
  policy: Policy,
  live: { phase: string; since: number; started?: number },
  now: number,
  backfillMs: number,
): KeptSpan[] {
  const spans: KeptSpan[] = [{ from: now - retentionMs(policy, backfillMs), to: Number.POSITIVE_INFINITY }];
  const pin = (anchor: number, ms: number) => {
    if (ms > 0) spans.push({ from: anchor - ms - RETENTION_MARGIN_MS, to: anchor + RETENTION_MARGIN_MS });
  };
  const livePhase = policy.phases.find((p) => p.id === live.phase);
  const watch = policy.recovery?.watch ?? [];
  pin(live.since, anchoredBaselineMs([...(livePhase?.slos ?? []), ...watch], ANCHORED));
  // The rollout's start, or where the next phase change will put it when current.yaml has none
  // and the live phase is not the first (rollout/current.ts startedAfter: the live phase's start):
  // every phase it may move to reads its before_rollout baseline back from there.
  const first = live.phase === policy.phases[0]?.id;
  const rolloutStart = live.started ?? (first ? undefined : live.since);
  if (rolloutStart !== undefined) {
    const all = [...policy.phases.flatMap((p) => p.slos), ...watch];
    pin(rolloutStart, anchoredBaselineMs(all, ['before_rollout']));
  }
  return spans;
}

/** Whether [from, to) overlaps a kept span: its windows must stay in the recent folder. */
export function isKept(from: number, to: number, spans: readonly KeptSpan[]): boolean {
  return spans.some((s) => from < s.to && s.from < to);
}
