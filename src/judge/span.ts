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

/** One SLI's windows over a set of records, with prefix sums over window index. */
export class SliWindows {
  readonly base: number;
  readonly n: number;
  readonly windows: (SliAggregate | undefined)[];
  /** Window indexes with a reason the SLI is missing there, ascending, and the reasons. */
  readonly reasonAt: number[] = [];
  readonly reasonText: string[] = [];
  /** Prefix sums over window index: collected windows, numerators / counts, denominators. */
  readonly collectedPrefix: Float64Array;
  readonly aPrefix: Float64Array;
  readonly bPrefix: Float64Array;
  /** Windows whose count has distinct values; ratio windows with control-cohort counts. */
  readonly distinctPrefix: Float64Array;
  readonly controlPrefix: Float64Array;
  /** Ratio SLIs: the control cohort's numerators and denominators. */
  readonly cnPrefix: Float64Array;
  readonly cdPrefix: Float64Array;
  /**
   * Every count is a whole number and every sum below 2^53, so a difference of prefix sums is
   * exactly the sum of the windows between, wherever the sums start: a slice's view then gives
   * what indexing the slice itself would.
   */
  readonly exact: boolean;

  constructor(
    readonly sli: string,
    readonly kind: SliKind,
    readonly windowMs: number,
    records: readonly WindowRecord[],
  ) {
    const usable = records.filter((r) => r.start % windowMs === 0);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const r of usable) {
      lo = Math.min(lo, r.start);
      hi = Math.max(hi, r.start);
    }
    this.base = usable.length ? lo : 0;
    this.n = usable.length ? (hi - lo) / windowMs + 1 : 0;
    this.windows = new Array<SliAggregate | undefined>(this.n);
    const reasons = new Map<number, string>();
    // Later records for the same window replace earlier ones (a re-collected window).
    for (const r of usable) {
      const k = (r.start - this.base) / windowMs;
      const reason = r.missing.get(sli);
      const agg = r.slis.get(sli);
      if (reason !== undefined) {
        this.windows[k] = undefined;
        reasons.set(k, reason);
      } else if (agg && agg.kind === kind) {
        this.windows[k] = agg;
        reasons.delete(k);
      } else {
        this.windows[k] = undefined;
        reasons.set(k, agg ? `recorded as ${agg.kind}, expected ${kind}` : 'not in the report');
      }
    }
    for (const k of [...reasons.keys()].sort((a, b) => a - b)) {
      this.reasonAt.push(k);
      this.reasonText.push(reasons.get(k)!);
    }
    const size = this.n + 1;
    this.collectedPrefix = new Float64Array(size);
    this.aPrefix = new Float64Array(size);
    this.bPrefix = new Float64Array(size);
    this.distinctPrefix = new Float64Array(size);
    this.controlPrefix = new Float64Array(size);
    const ratio = kind === 'ratio' ? size : 0;
    this.cnPrefix = new Float64Array(ratio);
    this.cdPrefix = new Float64Array(ratio);
    let whole = true;
    for (let k = 0; k < this.n; k++) {
      const w = this.windows[k];
      const [a, b] = !w ? [0, 0] : w.kind === 'ratio' ? [w.numerator, w.denominator] : [w.count, 0];
      const c = w?.kind === 'ratio' ? w.control : undefined;
      this.collectedPrefix[k + 1] = this.collectedPrefix[k]! + (w ? 1 : 0);
      this.aPrefix[k + 1] = this.aPrefix[k]! + a;
      this.bPrefix[k + 1] = this.bPrefix[k]! + b;
      this.distinctPrefix[k + 1] =
        this.distinctPrefix[k]! + (w?.kind === 'count' && w.distinct !== undefined ? 1 : 0);
      this.controlPrefix[k + 1] = this.controlPrefix[k]! + (c ? 1 : 0);
      whole &&=
        Number.isInteger(a) && Number.isInteger(b) && safe(this.aPrefix[k + 1]!, this.bPrefix[k + 1]!);
      if (ratio === 0) continue;
      this.cnPrefix[k + 1] = this.cnPrefix[k]! + (c?.numerator ?? 0);
      this.cdPrefix[k + 1] = this.cdPrefix[k]! + (c?.denominator ?? 0);
      whole &&=
        Number.isInteger(c?.numerator ?? 0) &&
        Number.isInteger(c?.denominator ?? 0) &&
        safe(this.cnPrefix[k + 1]!, this.cdPrefix[k + 1]!);
    }
    this.exact = whole;
  }

  /** The first index ≥ `k` of a window with a missing reason. */
  firstReasonFrom(k: number): number {
    let lo = 0;
    let hi = this.reasonAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.reasonAt[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    this.distinct = data.distinctPrefix[this.hi]! - data.distinctPrefix[this.lo]! > 0;
    this.controlled = data.controlPrefix[this.hi]! - data.controlPrefix[this.lo]! > 0;
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
    return `${this.distinct ? 'distinct' : ''}/${this.controlled ? 'controlled' : ''}`;
  }

  /** Merge the windows lying entirely inside [from, to) (both rounded inwards to the grid). */
  span(from: number, to: number): SpanData {
    const d = this.data;
    const w = this.windowMs;
    const f = alignUp(from, w);
    const t = Math.max(f, alignDown(to, w));
    const expected = (t - f) / w;
    // Index range clipped to the windows this series sees.
    const k0 = Math.min(Math.max((f - d.base) / w, this.lo), this.hi);
    const k1 = Math.min(Math.max((t - d.base) / w, this.lo), this.hi);
    const collected = d.collectedPrefix[k1]! - d.collectedPrefix[k0]!;
    const missingReasons = new Set<string>();
    let explained = 0;
    for (let i = d.firstReasonFrom(k0); i < d.reasonAt.length && d.reasonAt[i]! < k1; i++) {
      missingReasons.add(d.reasonText[i]!);
      explained++;
    }
    if (expected - collected > explained) missingReasons.add('no report');
    const uncontrolled =
      this.kind === 'ratio' ? collected - (d.controlPrefix[k1]! - d.controlPrefix[k0]!) : 0;
    return {
      from: f,
      to: t,
      expected,
      missing: expected - collected,
      missingReasons: [...missingReasons],
      aggregate: this.merge(k0, k1, uncontrolled),
      uncontrolled,
    };
  }

  private merge(k0: number, k1: number, uncontrolled: number): SliAggregate {
    const d = this.data;
    const a = d.aPrefix[k1]! - d.aPrefix[k0]!;
    const b = d.bPrefix[k1]! - d.bPrefix[k0]!;
    if (this.kind === 'ratio') {
      if (!this.controlled || uncontrolled > 0) return { kind: 'ratio', numerator: a, denominator: b };
      const control = {
        numerator: d.cnPrefix[k1]! - d.cnPrefix[k0]!,
        denominator: d.cdPrefix[k1]! - d.cdPrefix[k0]!,
      };
      return { kind: 'ratio', numerator: a, denominator: b, control };
    }
    if (this.kind === 'count' && !this.distinct) return { kind: 'count', count: a };
    // Latency sketches, and distinct values (a bug reported in two windows counts once), merge window by window.
    const out = emptyAggregate(this.kind === 'count' ? 'count' : 'latency');
    for (let k = k0; k < k1; k++) {
      const win = d.windows[k];
      if (win) mergeInto(out, win);
    }
    return out;
  }
}

function safe(...sums: number[]): boolean {
  return sums.every((s) => Math.abs(s) <= Number.MAX_SAFE_INTEGER);
}
