/**
 * One SLI's window records, indexed by window start, so that any span of windows can be merged
 * quickly: prefix sums for counts and ratios, a merge of the few sketches a latency span holds.
 *
 * Windows sit on a fixed grid: window k covers [k·windowMs, (k+1)·windowMs) in epoch ms. A span
 * [from, to) holds the windows that lie entirely inside it. A window is "collected" when a report
 * for it exists and does not list the SLI as missing.
 *
 * SliWindows indexes records once; an SliSeries sees the windows of a slice of them (the records
 * a run reads, record-index.ts) without indexing that slice again: the replay's runs each read
 * their lookback, and rebuilding its sums every run cost as much as the lookback is long.
 */
import type { SliKind } from '../policy/model.js';
import { emptyAggregate, mergeInto, type SliAggregate, type WindowRecord } from '../telemetry/record.js';
import { LatencySketch, type SketchDense } from '../telemetry/sketch.js';
import { A, B, CD, CN, COLLECTED, CONTROL, DISTINCT, PrefixSums } from './prefix-sums.js';
import { SlidingBins, SummedLatency } from './sketch-sum.js';

export interface SpanData {
  /** Aligned span actually judged: windows with start ≥ from and end ≤ to. */
  from: number;
  to: number;
  /** Windows in the span. */
  expected: number;
  /** Windows in the span with no usable report for this SLI. */
  missing: number;
  /** Distinct reasons the collector recorded for missing windows (report.missing). */
  missingReasons: string[];
  /** Merge of the collected windows. */
  aggregate: SliAggregate;
  /**
   * Ratio SLIs: collected windows without control-cohort counts (records written before the SLI
   * had `control:`, or from a source that cannot split events). The aggregate has `control` only
   * when this is 0 and some window of the SLI has them.
   */
  uncontrolled: number;
}

export function alignDown(t: number, step: number): number {
  return Math.floor(t / step) * step;
}

export function alignUp(t: number, step: number): number {
  return Math.ceil(t / step) * step;
}

/**
 * One SLI's windows over a set of records, with prefix sums over window index. Built from records
 * in any order, or appended to record by record in time order (the replay's stream); windows no
 * view will merge again can be let go, keeping only their sums, and sums no view reads again too.
 */
export class SliWindows {
  base = 0;
  n = 0;
  /** Window k's aggregate at windows[k - first]; undefined for a window not collected, or let go. */
  private windows: (SliAggregate | undefined)[] = [];
  /** Latency windows' sketch bins in one array each, made when a span first merges them. */
  private dense: (SketchDense | undefined)[] = [];
  private first = 0;
  /** The last latency span's summed bins, moved to the next span asked for. */
  private readonly bins = new SlidingBins();
  /**
   * Window indexes with a reason the SLI is missing there, and the reasons, in the order the
   * records first gave them: ascending when the records came in time order.
   */
  private readonly reasonAt: number[] = [];
  private readonly reasonText: string[] = [];
  private reasonsAscending = true;
  readonly sums: PrefixSums;
  /** Windows before this index were let go (forget). */
  private kept = 0;

  constructor(
    readonly sli: string,
    readonly kind: SliKind,
    readonly windowMs: number,
    records: readonly WindowRecord[] = [],
  ) {
    this.sums = new PrefixSums(sli);
    const usable = records.filter((r) => r.start % windowMs === 0);
    if (usable.length === 0) return;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const r of usable) {
      lo = Math.min(lo, r.start);
      hi = Math.max(hi, r.start);
    }
    this.base = lo;
    this.n = (hi - lo) / windowMs + 1;
    this.windows.length = this.n;
    const reasons = new Map<number, string>();
    // Later records for the same window replace earlier ones (a re-collected window).
    for (const r of usable) {
      const k = (r.start - this.base) / windowMs;
      const { agg, reason } = this.read(r);
      this.windows[k] = agg;
      if (reason === undefined) reasons.delete(k);
      else reasons.set(k, reason);
    }
    for (const [k, reason] of reasons) this.addReason(k, reason);
    for (let k = 0; k < this.n; k++) this.sum(k);
  }

  /**
   * Every count is a whole number and every sum below 2^53, so a difference of prefix sums is
   * exactly the sum of the windows between, wherever the sums start: a slice's view then gives
   * what indexing the slice itself would.
   */
  get exact(): boolean {
    return this.sums.exact;
  }

  /** Window k's aggregate: undefined when not collected, or let go. */
  window(k: number): SliAggregate | undefined {
    return k >= this.first ? this.windows[k - this.first] : undefined;
  }

  /** Adds a record starting at or after every record before it (the same start: it replaces that window). */
  append(r: WindowRecord): void {
    const w = this.windowMs;
    if (r.start % w !== 0) return;
    if (this.n === 0) this.base = r.start;
    const k = (r.start - this.base) / w;
    if (k < this.n - 1) {
      throw new Error(`SliWindows.append: ${new Date(r.start).toISOString()} is before the last window`);
    }
    if (k === this.n - 1) {
      // A re-collected window: take its sums and reason back, and judge it from this record.
      this.sums.pop();
      if (this.reasonAt.at(-1) === k) {
        this.reasonAt.pop();
        this.reasonText.pop();
      }
      this.n--;
    }
    for (; this.n < k; this.n++) {
      this.windows[this.n - this.first] = undefined;
      this.sum(this.n);
    }
    const { agg, reason } = this.read(r);
    this.windows[k - this.first] = agg;
    this.dense[k - this.first] = undefined;
    if (this.bins.holds(k)) this.bins.reset();
    if (reason !== undefined) this.addReason(k, reason);
    this.sum(k);
    this.n = k + 1;
  }

  /** Let go of the windows before index `k`: no view will merge them again (their sums stay). */
  forget(k: number): void {
    for (this.kept = Math.max(this.kept, this.first); this.kept < Math.min(k, this.n); this.kept++) {
      this.windows[this.kept - this.first] = undefined;
      this.dense[this.kept - this.first] = undefined;
      if (this.bins.holds(this.kept)) this.bins.reset();
    }
    // Drop the slots let go in batches: a copy of the rest once at least half can go.
    const cut = this.kept - this.first;
    if (cut >= 1024 && cut * 2 >= this.windows.length) {
      this.windows = this.windows.slice(cut);
      this.dense = this.dense.slice(cut);
      this.first = this.kept;
    }
  }

  /** Let go of the sums before index `k` but at `pins`: no view reads the others again. */
  dropSums(k: number, pins: readonly number[]): void {
    this.sums.dropBefore(Math.min(k, this.kept), pins);
  }

  /** The reasons windows [k0, k1) are missing, in the order they were first given. */
  reasonsIn(k0: number, k1: number): string[] {
    const out: string[] = [];
    if (!this.reasonsAscending) {
      for (let i = 0; i < this.reasonAt.length; i++) {
        const k = this.reasonAt[i]!;
        if (k >= k0 && k < k1) out.push(this.reasonText[i]!);
      }
      return out;
    }
    let lo = 0;
    let hi = this.reasonAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.reasonAt[mid]! < k0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.reasonAt.length && this.reasonAt[i]! < k1; i++) out.push(this.reasonText[i]!);
    return out;
  }

  /** The latency sketches of windows [k0, k1), their bins summed. */
  sketchSum(k0: number, k1: number): SketchDense {
    return this.bins.span(k0, k1, (k) => {
      const w = this.window(k);
      if (w?.kind !== 'latency') return undefined;
      this.dense[k - this.first] ??= w.sketch.toDense();
      return this.dense[k - this.first];
    });
  }

  private read(r: WindowRecord): { agg: SliAggregate | undefined; reason: string | undefined } {
    const reason = r.missing.get(this.sli);
    const agg = r.slis.get(this.sli);
    if (reason !== undefined) return { agg: undefined, reason };
    if (agg && agg.kind === this.kind) return { agg, reason: undefined };
    return {
      agg: undefined,
      reason: agg ? `recorded as ${agg.kind}, expected ${this.kind}` : 'not in the report',
    };
  }

  private addReason(k: number, reason: string): void {
    if (this.reasonAt.length && this.reasonAt.at(-1)! > k) this.reasonsAscending = false;
    this.reasonAt.push(k);
    this.reasonText.push(reason);
  }

  /** The prefix sums through window k, from those before it. */
  private sum(k: number): void {
    const w = this.windows[k - this.first];
    const [a, b] = !w ? [0, 0] : w.kind === 'ratio' ? [w.numerator, w.denominator] : [w.count, 0];
    const c = w?.kind === 'ratio' ? w.control : undefined;
    const distinct = w?.kind === 'count' && w.distinct !== undefined ? 1 : 0;
    this.sums.push(w ? 1 : 0, a, b, distinct, c ? 1 : 0, c?.numerator ?? 0, c?.denominator ?? 0);
  }
}

export class SliSeries {
  readonly sli: string;
  readonly kind: SliKind;
  readonly windowMs: number;
  /** The window indexes this series sees: [lo, hi). */
  private readonly lo: number;
  private readonly hi: number;
  /** A count SLI with distinct values in some window: a span takes their union, not a sum. */
  private readonly distinct: boolean;
  /** A ratio SLI with control-cohort counts in some window: spans that have them in every window carry them. */
  private readonly controlled: boolean;

  /** All of `data`'s windows, or those of the records that lie in [from, to) (start ≥ from, end ≤ to). */
  constructor(
    private readonly data: SliWindows,
    from = Number.NEGATIVE_INFINITY,
    to = Number.POSITIVE_INFINITY,
  ) {
    this.sli = data.sli;
    this.kind = data.kind;
    this.windowMs = data.windowMs;
    const w = data.windowMs;
    const clip = (k: number) => Math.min(Math.max(k, 0), data.n);
    this.lo = clip(Math.ceil((from - data.base) / w));
    this.hi = Math.max(this.lo, clip(Math.floor((to - data.base) / w)));
    this.distinct = data.sums.between(DISTINCT, this.lo, this.hi) > 0;
    this.controlled = data.sums.between(CONTROL, this.lo, this.hi) > 0;
  }

  /** The series of all of `records`. */
  static of(sli: string, kind: SliKind, windowMs: number, records: readonly WindowRecord[]): SliSeries {
    return new SliSeries(new SliWindows(sli, kind, windowMs, records));
  }

  /**
   * Whether this series sees every window of [from, to) (rounded inwards): then the span is the
   * same in every series over the same index that sees them and has the same `flags`.
   */
  covers(from: number, to: number): boolean {
    const d = this.data;
    const w = this.windowMs;
    const f = alignUp(from, w);
    const t = Math.max(f, alignDown(to, w));
    return (f - d.base) / w >= this.lo && (t - d.base) / w <= this.hi;
  }

  /** What a span's aggregate depends on besides its windows: whether the series has distinct values, control counts. */
  get flags(): string {
    return FLAGS[(this.distinct ? 1 : 0) + (this.controlled ? 2 : 0)]!;
  }

  /** Merge the windows lying entirely inside [from, to) (both rounded inwards to the grid). */
  span(from: number, to: number): SpanData {
    const c = this.coverage(from, to);
    return {
      from: c.from,
      to: c.to,
      expected: c.expected,
      missing: c.missing,
      missingReasons: c.missingReasons,
      aggregate: this.merge(c.k0, c.k1, c.uncontrolled),
      uncontrolled: c.uncontrolled,
    };
  }

  /**
   * Which windows of [from, to) (rounded inwards) were collected, without merging them: a soak
   * asks only that of its whole period, and merging a day of latency sketches cost more than
   * judging it.
   */
  coverage(from: number, to: number): Omit<SpanData, 'aggregate'> & { k0: number; k1: number } {
    const d = this.data;
    const w = this.windowMs;
    const f = alignUp(from, w);
    const t = Math.max(f, alignDown(to, w));
    const expected = (t - f) / w;
    // Index range clipped to the windows this series sees.
    const k0 = Math.min(Math.max((f - d.base) / w, this.lo), this.hi);
    const k1 = Math.min(Math.max((t - d.base) / w, this.lo), this.hi);
    const collected = d.sums.between(COLLECTED, k0, k1);
    const explainedReasons = d.reasonsIn(k0, k1);
    const missingReasons = new Set(explainedReasons);
    const explained = explainedReasons.length;
    if (expected - collected > explained) missingReasons.add('no report');
    const uncontrolled = this.kind === 'ratio' ? collected - d.sums.between(CONTROL, k0, k1) : 0;
    return {
      from: f,
      to: t,
      expected,
      missing: expected - collected,
      missingReasons: [...missingReasons],
      uncontrolled,
      k0,
      k1,
    };
  }

  private merge(k0: number, k1: number, uncontrolled: number): SliAggregate {
    const d = this.data;
    const a = d.sums.between(A, k0, k1);
    const b = d.sums.between(B, k0, k1);
    if (this.kind === 'ratio') {
      if (!this.controlled || uncontrolled > 0) return { kind: 'ratio', numerator: a, denominator: b };
      const control = {
        numerator: d.sums.between(CN, k0, k1),
        denominator: d.sums.between(CD, k0, k1),
      };
      return { kind: 'ratio', numerator: a, denominator: b, control };
    }
    if (this.kind === 'count' && !this.distinct) return { kind: 'count', count: a };
    // Latency windows, and distinct values (a bug reported in two windows counts once), merge
    // window by window, latency sketches apart: the sum of their bins (sketch-sum.ts).
    const out: SliAggregate =
      this.kind === 'count'
        ? emptyAggregate('count')
        : { kind: 'latency', count: 0, sum: 0, min: null, max: null, sketch: NO_BINS };
    for (let k = k0; k < k1; k++) {
      const win = d.window(k);
      if (win) mergeInto(out, win.kind === 'latency' ? { ...win, sketch: NO_BINS } : win);
      else if (d.sums.between(COLLECTED, k, k + 1) > 0) {
        throw new Error(
          `${this.sli}: the window at ${new Date(d.base + k * this.windowMs).toISOString()} was let go (IndexedRecords.forgetBefore) and cannot be merged`,
        );
      }
    }
    return out.kind === 'latency' ? new SummedLatency(out, d.sketchSum(k0, k1)) : out;
  }
}

/** SliSeries.flags by distinct (1) and controlled (2): made once, since every shared verdict asks. */
const FLAGS = ['/', 'distinct/', '/controlled', 'distinct/controlled'] as const;

/** Stands in for the sketches in mergeInto, whose bins are summed apart: it stays empty. */
const NO_BINS = new LatencySketch();
