/**
 * Window records held for many runs (the replay's): sorted by start, each run reading a slice of
 * them, [from, to), as the Action reads the files of its lookback. Each SLI is indexed once over
 * all of them, and a Judge over a slice sees that index through the slice's bounds (span.ts), so a
 * run costs what it judges, not the length of its lookback: before_rollout baselines make that
 * lookback reach back to the rollout's start, and re-indexing it every run grew with the days.
 *
 * Verdicts are kept across runs too (SharedVerdicts): a run judges the steps of its rules' history
 * (a day of soak, 5 calendar days), which earlier runs of the same phase already judged over the
 * same windows; only the new step is new.
 */
import type { Policy, SliKind, SloSpec } from '../policy/model.js';
import type { WindowRecord } from '../telemetry/record.js';
import { SliSeries, SliWindows } from './span.js';

/** A slice made by an IndexedRecords: whose records, and the bounds it was cut at. */
const slices = new WeakMap<readonly WindowRecord[], { index: IndexedRecords; from: number; to: number }>();

export class IndexedRecords {
  private readonly sorted: WindowRecord[];
  private readonly bySli = new Map<string, SliWindows>();
  /** Per policy: verdicts shared by the runs of a phase (its start, the rollout's), the newest few phases. */
  private readonly verdicts = new WeakMap<Policy, Map<string, SharedVerdicts>>();
  /**
   * Every window record on the grid is one window long, so the records a slice holds are exactly
   * the windows between its bounds; else slices are indexed on their own.
   */
  private readonly uniform: boolean;

  constructor(
    records: readonly WindowRecord[],
    private readonly windowMs: number,
  ) {
    // A stable sort keeps re-collected windows after their first record, so they still win.
    this.sorted = [...records].sort((a, b) => a.start - b.start);
    this.uniform = this.sorted.every((r) => r.start % windowMs !== 0 || r.end === r.start + windowMs);
  }

  /** The records inside [from, to): start ≥ from and end ≤ to (readRecords does the same with file names). */
  slice(from: number, to: number): WindowRecord[] {
    const out: WindowRecord[] = [];
    for (let i = this.firstStartAtLeast(from); i < this.sorted.length; i++) {
      const r = this.sorted[i]!;
      if (r.start >= to) break;
      if (r.end <= to) out.push(r);
    }
    if (this.uniform) slices.set(out, { index: this, from, to });
    return out;
  }

  /** The SLI's windows over every record, when a slice's view of them equals indexing the slice. */
  windows(sli: string, kind: SliKind, windowMs: number): SliWindows | undefined {
    if (windowMs !== this.windowMs) return undefined;
    const key = `${kind}:${sli}`;
    let d = this.bySli.get(key);
    if (!d) {
      d = new SliWindows(sli, kind, windowMs, this.sorted);
      this.bySli.set(key, d);
    }
    return d.exact ? d : undefined;
  }

  /** The verdicts shared by judges of `policy` whose phase began at `since` (rollout: `started`). */
  sharedVerdicts(policy: Policy, since: number, started: number | undefined): SharedVerdicts {
    let phases = this.verdicts.get(policy);
    if (!phases) {
      phases = new Map();
      this.verdicts.set(policy, phases);
    }
    const key = `${since}/${started}`;
    let shared = phases.get(key);
    if (!shared) {
      shared = new SharedVerdicts();
      phases.set(key, shared);
      // A phase left is rarely judged again (an apply run right after its merge): keep a few.
      for (const old of phases.keys()) if (phases.size > KEPT_PHASES) phases.delete(old);
    }
    return shared;
  }

  private firstStartAtLeast(t: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** One SLI's series over `records`: a view of their index when they are a slice of indexed records. */
export function seriesOver(
  records: readonly WindowRecord[],
  sli: string,
  kind: SliKind,
  windowMs: number,
): SliSeries {
  const cut = slices.get(records);
  const d = cut?.index.windows(sli, kind, windowMs);
  if (cut && d) return new SliSeries(d, cut.from, cut.to);
  return SliSeries.of(sli, kind, windowMs, records);
}

const KEPT_PHASES = 4;

/**
 * Verdicts per (SLO, step) judged over windows the judge saw all of. A later judge that sees them
 * all too (with the same flags, span.ts) would compute the same verdict, so it takes this one.
 */
export class SharedVerdicts {
  private readonly bySlo = new Map<SloSpec, Map<number, { flags: string; verdict: object }>>();
  private added = 0;

  /** (Generic in the verdict's type, which slo.ts defines: that module imports this one.) */
  verdict<V extends object>(slo: SloSpec, step: number, flags: string, compute: () => V): V {
    let steps = this.bySlo.get(slo);
    if (!steps) {
      steps = new Map();
      this.bySlo.set(slo, steps);
    }
    const hit = steps.get(step);
    if (hit?.flags === flags) return hit.verdict as V;
    const verdict = compute();
    steps.set(step, { flags, verdict });
    this.added++;
    return verdict;
  }

  /** Forget steps before `t`: their spans end before the slices still to come begin. */
  forgetBefore(t: number): void {
    if (this.added < FORGET_EVERY) return;
    this.added = 0;
    for (const steps of this.bySlo.values())
      for (const step of steps.keys()) if (step < t) steps.delete(step);
  }
}

const FORGET_EVERY = 4096;

/** The shared verdicts for a judge over `records`, when they are a slice of indexed records. */
export function sharedVerdicts(
  records: readonly WindowRecord[],
  policy: Policy,
  since: number,
  started: number | undefined,
): SharedVerdicts | undefined {
  const cut = slices.get(records);
  if (!cut) return undefined;
  const shared = cut.index.sharedVerdicts(policy, since, started);
  shared.forgetBefore(cut.from);
  return shared;
}
