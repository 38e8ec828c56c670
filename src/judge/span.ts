/**
 * One SLI's window records, indexed by window start, so that any span of windows can be merged
 * quickly: prefix sums for counts and ratios, a merge of the few sketches a latency span holds.
 *
 * Windows sit on a fixed grid: window k covers [k·windowMs, (k+1)·windowMs) in epoch ms. A span
 * [from, to) holds the windows that lie entirely inside it. A window is "collected" when a report
 * for it exists and does not list the SLI as missing.
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

export class SliSeries {
  private readonly base: number;
  private readonly n: number;
  private readonly windows: (SliAggregate | undefined)[];
  private readonly reasons = new Map<number, string>();
  /** Prefix sums over window index: collected windows, numerators / counts, denominators. */
  private readonly collectedPrefix: Float64Array;
  private readonly aPrefix: Float64Array;
  private readonly bPrefix: Float64Array;
  /** A count SLI with distinct values in some window: a span takes their union, not a sum. */
  private readonly distinct: boolean;
  /** A ratio SLI with control-cohort counts in some window: spans that have them in every window carry them. */
  private readonly controlled: boolean;
  /** Prefix sums over window index, for ratio SLIs: windows with control counts, their numerators and denominators. */
  private readonly controlPrefix: Float64Array;
  private readonly cnPrefix: Float64Array;
  private readonly cdPrefix: Float64Array;

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
    // Later records for the same window replace earlier ones (a re-collected window).
    for (const r of usable) {
      const k = (r.start - this.base) / windowMs;
      const reason = r.missing.get(sli);
      const agg = r.slis.get(sli);
      if (reason !== undefined) {
        this.windows[k] = undefined;
        this.reasons.set(k, reason);
      } else if (agg && agg.kind === kind) {
        this.windows[k] = agg;
        this.reasons.delete(k);
      } else {
        this.windows[k] = undefined;
        this.reasons.set(k, agg ? `recorded as ${agg.kind}, expected ${kind}` : 'not in the report');
      }
    }
    this.distinct = this.windows.some((w) => w?.kind === 'count' && w.distinct !== undefined);
    this.controlled = this.windows.some((w) => w?.kind === 'ratio' && w.control !== undefined);
    this.collectedPrefix = new Float64Array(this.n + 1);
    this.aPrefix = new Float64Array(this.n + 1);
    this.bPrefix = new Float64Array(this.n + 1);
    const ratio = kind === 'ratio' ? this.n + 1 : 0;
    this.controlPrefix = new Float64Array(ratio);
    this.cnPrefix = new Float64Array(ratio);
    this.cdPrefix = new Float64Array(ratio);
    for (let k = 0; k < this.n; k++) {
      const w = this.windows[k];
      const [a, b] = !w ? [0, 0] : w.kind === 'ratio' ? [w.numerator, w.denominator] : [w.count, 0];
      this.collectedPrefix[k + 1] = this.collectedPrefix[k]! + (w ? 1 : 0);
      this.aPrefix[k + 1] = this.aPrefix[k]! + a;
      this.bPrefix[k + 1] = this.bPrefix[k]! + b;
      if (ratio === 0) continue;
      const c = w?.kind === 'ratio' ? w.control : undefined;
      this.controlPrefix[k + 1] = this.controlPrefix[k]! + (c ? 1 : 0);
      this.cnPrefix[k + 1] = this.cnPrefix[k]! + (c?.numerator ?? 0);
      this.cdPrefix[k + 1] = this.cdPrefix[k]! + (c?.denominator ?? 0);
    }
  }

  /** Merge the windows lying entirely inside [from, to) (both rounded inwards to the grid). */
  span(from: number, to: number): SpanData {
    const w = this.windowMs;
    const f = alignUp(from, w);
    const t = Math.max(f, alignDown(to, w));
    const expected = (t - f) / w;
    // Index range clipped to the records we hold.
    const k0 = Math.min(Math.max((f - this.base) / w, 0), this.n);
    const k1 = Math.min(Math.max((t - this.base) / w, 0), this.n);
    const collected = this.collectedPrefix[k1]! - this.collectedPrefix[k0]!;
    const missingReasons = new Set<string>();
    let explained = 0;
    for (const [k, reason] of this.reasons) {
      if (k < k0 || k >= k1) continue;
      missingReasons.add(reason);
      explained++;
    }
    if (expected - collected > explained) missingReasons.add('no report');
    const uncontrolled =
      this.kind === 'ratio' ? collected - (this.controlPrefix[k1]! - this.controlPrefix[k0]!) : 0;
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
    const a = this.aPrefix[k1]! - this.aPrefix[k0]!;
    const b = this.bPrefix[k1]! - this.bPrefix[k0]!;
    if (this.kind === 'ratio') {
      if (!this.controlled || uncontrolled > 0) return { kind: 'ratio', numerator: a, denominator: b };
      const control = {
        numerator: this.cnPrefix[k1]! - this.cnPrefix[k0]!,
        denominator: this.cdPrefix[k1]! - this.cdPrefix[k0]!,
      };
      return { kind: 'ratio', numerator: a, denominator: b, control };
    }
    if (this.kind === 'count' && !this.distinct) return { kind: 'count', count: a };
    // Latency sketches, and distinct values (a bug reported in two windows counts once), merge window by window.
    const out = emptyAggregate(this.kind === 'count' ? 'count' : 'latency');
    for (let k = k0; k < k1; k++) {
      const win = this.windows[k];
      if (win) mergeInto(out, win);
    }
    return out;
  }
}
