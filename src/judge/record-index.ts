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
  /** Records in order of start; those before `head` were let go. */
  private sorted: WindowRecord[];
  private head = 0;
  /** Records not read yet, in order of start (a stream), and the next of them. */
  private readonly source: Iterator<WindowRecord> | undefined;
  private next: WindowRecord | undefined;
  /** Records before this were let go: a slice holds none of them, its index view their sums. */
  private forgotten = Number.NEGATIVE_INFINITY;
  /** When forgetBefore last asked which sums stay. */
  private sumsAsked = Number.NEGATIVE_INFINITY;
  private readonly bySli = new Map<string, SliWindows>();
  /** Per policy: verdicts shared by the runs of a phase (its start, the rollout's), the newest few phases. */
  private readonly verdicts = new WeakMap<Policy, Map<string, SharedVerdicts>>();
  /**
   * Every window record on the grid is one window long, so the records a slice holds are exactly
   * the windows between its bounds; else slices are indexed on their own.
   */
  private uniform = true;
  /** The longest record's length (end − start), in ms. */
  private longest = 0;

  /**
   * An array is taken in any order (later records for the same window replace earlier ones);
   * any other iterable is read as slices need it, and must give records in order of start.
   */
  constructor(
    records: Iterable<WindowRecord>,
    private readonly windowMs: number,
    /** The SLIs to index from the start, before any record is let go (a policy's). */
    slis: Record<string, { kind: SliKind }> = {},
  ) {
    if (Array.isArray(records)) {
      // A stable sort keeps re-collected windows after their first record, so they still win.
      this.sorted = [...(records as readonly WindowRecord[])].sort((a, b) => a.start - b.start);
      for (const r of this.sorted) this.admit(r);
    } else {
      this.sorted = [];
      this.source = records[Symbol.iterator]();
      this.next = this.source.next().value ?? undefined;
    }
    for (const [sli, { kind }] of Object.entries(slis)) this.windows(sli, kind, windowMs);
  }

  /** The records inside [from, to): start ≥ from and end ≤ to (readRecords does the same with file names). */
  slice(from: number, to: number): WindowRecord[] {
    this.readUntil(to);
    // Records that start at least the longest record's length before `to` end by then: copied
    // whole (a run's lookback is days of windows); only the last few are looked at one by one.
    const first = this.firstStartAtLeast(from);
    const whole = Math.max(first, this.firstStartAtLeast(to - this.longest + 1));
    const out = this.sorted.slice(first, whole);
    for (let i = whole; i < this.sorted.length; i++) {
      const r = this.sorted[i]!;
      if (r.start >= to) break;
      if (r.end <= to) out.push(r);
    }
    if (this.uniform) slices.set(out, { index: this, from, to });
    return out;
  }

  /**
   * Let go of the records that start before `t`, whose windows no later judge merges (the caller
   * knows: the replay's history, simulate/engine.ts): slices leave them out, and their views keep
   * only their sums and reasons, all a baseline's rate reads. With `sums`, the views also let go
   * of the sums before its `from` but at its instants `pins` (a baseline's edges), which no later
   * judge reads. Memory then holds the history, not the days. A span that would merge a
   * window let go, or read a sum let go, throws (span.ts, prefix-sums.ts).
   */
  forgetBefore(t: number, sums?: () => { from: number; pins: readonly number[] }): void {
    // Only while slices are views of exact sums: else a judge indexes the slice itself, and needs all of it.
    if (t <= this.forgotten || !this.uniform) return;
    for (const d of this.bySli.values()) if (!d.exact) return;
    this.forgotten = t;
    while (this.head < this.sorted.length && this.sorted[this.head]!.start < t) this.head++;
    if (this.head > 1024 && this.head * 2 > this.sorted.length) {
      this.sorted = this.sorted.slice(this.head);
      this.head = 0;
    }
    const w = this.windowMs;
    for (const d of this.bySli.values()) d.forget(Math.ceil((t - d.base) / w));
    // Sums go in batches (a copy of those that stay): asked for every SUMS_BATCH windows.
    if (!sums || t - this.sumsAsked < SUMS_BATCH * w) return;
    this.sumsAsked = t;
    const { from, pins } = sums();
    for (const d of this.bySli.values()) {
      // A span's edge rounds inwards to the grid and is clipped to the windows indexed (span.ts):
      // both neighbours of a pinned instant stay, or the first window's.
      const at = (x: number) => (x - d.base) / w;
      const ks = pins.flatMap((x) => [Math.floor(at(x)), Math.ceil(at(x))].map((k) => Math.max(k, 0)));
      d.dropSums(Math.floor(at(from)), ks);
    }
  }

  /** The SLI's windows over every record, when a slice's view of them equals indexing the slice. */
  windows(sli: string, kind: SliKind, windowMs: number): SliWindows | undefined {
    if (windowMs !== this.windowMs) return undefined;
    const key = `${kind}:${sli}`;
    let d = this.bySli.get(key);
    if (!d) {
      // Indexed only now, it would lack the windows let go, whose sums a baseline reads.
      if (this.forgotten > Number.NEGATIVE_INFINITY) return undefined;
      d = new SliWindows(sli, kind, windowMs, this.sorted.slice(this.head));
      this.bySli.set(key, d);
    }
    // Once records were let go, the index is all there is of them (a sum past 2^53 may round).
    return d.exact || this.forgotten > Number.NEGATIVE_INFINITY ? d : undefined;
  }

  /** Reads the stream up to the records that start at or after `to`. */
  private readUntil(to: number): void {
    while (this.next && this.next.start < to) {
      const r = this.next;
      const last = this.sorted.at(-1);
      if (last && r.start < last.start) {
        throw new Error(
          `window records out of order: ${new Date(r.start).toISOString()} came after ${new Date(last.start).toISOString()}; give an array, or records in order of start`,
        );
      }
      this.sorted.push(r);
      this.admit(r);
      for (const d of this.bySli.values()) d.append(r);
      this.next = this.source!.next().value ?? undefined;
    }
  }

  /** Takes note of a record's length: the longest, and whether it is one window. */
  private admit(r: WindowRecord): void {
    this.longest = Math.max(this.longest, r.end - r.start);
    if (r.start % this.windowMs !== 0 || r.end === r.start + this.windowMs) return;
    if (this.forgotten > Number.NEGATIVE_INFINITY) {
      throw new Error(
        `window record ${new Date(r.start).toISOString()} is not one window (${this.windowMs} ms) long, and records before it were let go`,
      );
    }
    this.uniform = false;
  }

  /**
   * The verdicts shared by judges of `policy` whose phase began at `since` (rollout: `started`;
   * 'any' for the verdicts of SLOs that do not read it).
   */
  sharedVerdicts(policy: Policy, since: number, started: number | undefined | 'any'): SharedVerdicts {
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
      // A phase left is rarely judged again (an apply run right after its merge): keep a few
      // (each has up to three keys: any start, the rollout's, none).
      for (const old of phases.keys()) if (phases.size > KEPT_PHASES) phases.delete(old);
    }
    return shared;
  }

  private firstStartAtLeast(t: number): number {
    let lo = this.head;
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

const KEPT_PHASES = 12;
const SUMS_BATCH = 512;

/**
 * Verdicts per SLO and key (a step, or an explicit span) judged over windows the judge saw all
 * of. A later judge that sees them all too (with the same flags, span.ts) would compute the same
 * verdict, so it takes this one.
 */
export class SharedVerdicts {
  private readonly bySlo = new Map<
    SloSpec,
    Map<number | string, { flags: string; end: number; verdict: object }>
  >();
  private readonly scansBySlo = new Map<SloSpec, Scan[]>();
  private added = 0;

  /**
   * `end`: where the verdict's span ends. (Generic in the verdict's type, which slo.ts defines:
   * that module imports this one.)
   */
  verdict<V extends object>(
    slo: SloSpec,
    key: number | string,
    end: number,
    flags: string,
    compute: () => V,
  ): V {
    let keys = this.bySlo.get(slo);
    if (!keys) {
      keys = new Map();
      this.bySlo.set(slo, keys);
    }
    const hit = keys.get(key);
    if (hit?.flags === flags) return hit.verdict as V;
    const verdict = compute();
    keys.set(key, { flags, end, verdict });
    this.added++;
    return verdict;
  }

  /**
   * The scans of SLOs' steps kept (first-failure.ts), by their first SLO; each scan holds its SLOs
   * and their series' flags, which the caller compares.
   */
  scans<V extends object>(first: SloSpec): Scan<V>[] {
    let list = this.scansBySlo.get(first);
    if (!list) {
      list = [];
      this.scansBySlo.set(first, list);
    }
    return list as Scan<V>[];
  }

  /** Forget the verdicts and scans of spans that end before `t`, where the slices still to come begin. */
  forgetBefore(t: number): void {
    if (this.added < FORGET_EVERY) return;
    this.added = 0;
    for (const keys of this.bySlo.values()) for (const [key, { end }] of keys) if (end < t) keys.delete(key);
    for (const list of this.scansBySlo.values()) {
      const kept = list.filter((scan) => scan.through >= t);
      list.splice(0, list.length, ...kept);
    }
  }
}

const FORGET_EVERY = 4096;

/**
 * Steps [first, through] of `slos` scanned by a judge that saw every window (first-failure.ts);
 * `failure`: the first failing verdict, at `through`. Generic in the verdict's type, as verdict() is.
 */
export interface Scan<V = object> {
  slos: readonly SloSpec[];
  flags: string;
  first: number;
  through: number;
  failure: { step: number; verdict: V } | null;
}

/** The shared verdicts for a judge over `records`, when they are a slice of indexed records. */
export function sharedVerdicts(
  records: readonly WindowRecord[],
  policy: Policy,
  since: number,
  started: number | undefined | 'any',
): SharedVerdicts | undefined {
  const cut = slices.get(records);
  if (!cut) return undefined;
  const shared = cut.index.sharedVerdicts(policy, since, started);
  shared.forgetBefore(cut.from);
  return shared;
}
