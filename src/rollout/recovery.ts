/**
 * The recovery watch (SPEC.md section 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、
 * 改善を確認したら Phase A-1 から再開). It runs after every rollback, whichever phase it lands in:
 *
 * - The watched SLOs must pass for `recovery.for`, counted from the rollback, with no failing step
 *   and every window collected (a soak over them). Until then nothing advances or restarts.
 * - Once it is met, the rollout restarts from `recovery.restart`, forward or back (after B-1 → B-0
 *   the reference policy restarts from A-1, as the plan says). When the rollback landed on the
 *   restart phase itself (A-2 → A-1), that phase restarts in place: no change is proposed and its
 *   own advance rule applies from then on.
 * - A watched SLO with no data in the phase rolled back into does not block the watch forever: when
 *   that phase does not judge the SLO's SLI itself, every window of the watch was collected, and
 *   it saw fewer events than one verdict needs (min_samples), it is reported as not applicable and
 *   the others are judged (merge events while `merge.precision` is `legacy`). Missing windows (a
 *   source down) are never "no data in this phase": they keep the watch from being met. With no
 *   applicable SLO left, nothing confirms improvement and the watch is not met.
 */
import { evaluateAdvance, type Judge } from '../judge/index.js';
import type { PhaseSpec, Policy, SloSpec } from '../policy/model.js';
import type { SliAggregate } from '../telemetry/record.js';
import type { EnteredBy } from './current.js';

export interface RecoveryResult {
  /** Whether the watch confirmed improvement. */
  met: boolean;
  detail: string;
  /** The phase the rollout restarts from once the watch is met. */
  restart: string;
  /** The rollback landed on the restart phase: it restarts in place, with no phase change. */
  inPlace: boolean;
  /** Watched SLO ids with no data in this phase: reported, not judged. */
  notApplicable: string[];
}

export function recoveryWatch(
  policy: Policy,
  phase: PhaseSpec,
  judge: Judge,
  entered: EnteredBy | undefined,
  at: number,
): RecoveryResult | null {
  const spec = policy.recovery;
  if (!spec || entered?.by !== 'rollback') return null;
  const judged = new Set(phase.slos.map((s) => s.sli));
  const from = Math.max(judge.since, at - spec.forMs);
  const notApplicable = spec.watch.filter((s) => !judged.has(s.sli) && noDataHere(judge, s, from, at));
  const watched = spec.watch.filter((s) => !notApplicable.includes(s));
  const na = notApplicable.length
    ? `; ${ids(notApplicable)} not applicable: fewer events than one verdict needs in ${phase.id} since the rollback`
    : '';
  const base = {
    restart: spec.restart,
    inPlace: spec.restart === phase.id,
    notApplicable: notApplicable.map((s) => s.id),
  };
  if (!watched.length) {
    return {
      ...base,
      met: false,
      detail: `recovery watch: no watched SLO has data in ${phase.id}${na}; nothing confirms improvement yet`,
    };
  }
  const soak = evaluateAdvance(judge, { ...phase, slos: watched }, { rule: 'soak', forMs: spec.forMs }, at);
  return { ...base, met: soak.met, detail: `recovery watch (${ids(watched)})${na}: ${soak.detail}` };
}

/** All windows of [from, at) collected, and fewer events than one verdict of `slo` needs. */
function noDataHere(judge: Judge, slo: SloSpec, from: number, at: number): boolean {
  if (at <= from) return false;
  const span = judge.series(slo.sli).span(from, at);
  if (span.expected === 0 || span.missing > 0) return false;
  return slo.sliKind !== 'count' && events(span.aggregate) < Math.max(1, slo.minSamples);
}

function events(agg: SliAggregate): number {
  return agg.kind === 'ratio' ? agg.denominator : agg.count;
}

function ids(slos: readonly SloSpec[]): string {
  return slos.map((s) => s.id).join(' and ');
}
