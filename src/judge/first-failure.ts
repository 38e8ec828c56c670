/**
 * The first failing verdict of a list of SLOs over steps [first, last]: step by step, at each step
 * the SLOs in their order. A soak asks it over its last `for` and consecutive_days over each
 * complete day, at every run: a replay's runs of one phase ask it over steps that moved by one
 * (a soak's period) or not at all (a complete day), which earlier runs already scanned.
 *
 * So a scan is kept with the phase's shared verdicts (record-index.ts): the steps it went through
 * and the failure it stopped at, if any. It is kept, and taken up again, only by judges that see
 * every window its verdicts read: then those verdicts are the shared ones, the same for every such
 * judge (with the same series flags), and what the scan found of them holds for this judge too.
 * A run then judges only the steps no earlier run scanned.
 */
import type { SloSpec } from '../policy/model.js';
import type { Scan as KeptScan } from './record-index.js';
import type { Judge, SloVerdict } from './slo.js';

type Scan = KeptScan<SloVerdict>;

export interface Failure {
  step: number;
  verdict: SloVerdict;
}

/** The first failing verdict of `slos` at steps first, first + windowMs, …, last; undefined when none fails. */
export function firstFailing(
  judge: Judge,
  slos: readonly SloSpec[],
  first: number,
  last: number,
): Failure | undefined {
  const kept = keptScans(judge, slos, first, last);
  if (!kept) return scan(judge, slos, first, last) ?? undefined;
  const w = judge.windowMs;
  const flags = flagsOf(judge, slos);
  const same = (s: Scan) =>
    s.flags === flags && s.slos.length === slos.length && s.slos.every((x, i) => x === slos[i]);
  const earlier = kept.find((s) => same(s) && s.first <= first && first <= s.through + w);
  if (earlier?.failure && earlier.failure.step >= first) {
    // No step before the failure failed: it is the first in [first, last] too, if it lies there.
    return earlier.failure.step <= last ? earlier.failure : undefined;
  }
  if (earlier && !earlier.failure) {
    // Steps up to `through` did not fail: go on from there.
    if (earlier.through >= last) return undefined;
    const failure = scan(judge, slos, earlier.through + w, last);
    earlier.through = failure?.step ?? last;
    earlier.failure = failure;
    return failure ?? undefined;
  }
  // None kept, or its failure lies before `first` and the scan stopped there: scan anew.
  if (earlier) kept.splice(kept.indexOf(earlier), 1);
  const failure = scan(judge, slos, first, last);
  kept.push({ slos, flags, first, through: failure?.step ?? last, failure });
  return failure ?? undefined;
}

function scan(judge: Judge, slos: readonly SloSpec[], first: number, last: number): Failure | null {
  for (let step = first; step <= last; step += judge.windowMs) {
    for (const slo of slos) {
      const verdict = judge.verdict(slo, step);
      if (verdict.status === 'fail') return { step, verdict };
    }
  }
  return null;
}

/** The scans kept for `slos`, when this judge sees every window their verdicts over [first, last] read. */
function keptScans(judge: Judge, slos: readonly SloSpec[], first: number, last: number): Scan[] | undefined {
  const shared = judge.sharing;
  if (!shared || !slos.length || !(first <= last)) return undefined;
  // Spans only move later with the step: the first step's starts earliest.
  if (!slos.every((slo) => judge.sees(slo, judge.spanStart(slo, first), last))) return undefined;
  return shared.scans<SloVerdict>(slos[0]!);
}

function flagsOf(judge: Judge, slos: readonly SloSpec[]): string {
  return slos.map((slo) => judge.series(slo.sli).flags).join(' ');
}
