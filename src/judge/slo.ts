/**
 * One SLO judged at one evaluation instant: the value over its window, the threshold, the
 * sample count and a status. Missing data is a verdict (no_data), never an exception.
 *
 * The span judged at instant `at` (a step boundary) is the SLO's window ending at `at` —
 * windows with end ≤ at and start ≥ at − window, or for window "day" the local calendar day of
 * the newest window (so the step at local midnight judges the whole day that just ended) —
 * clipped to windows that start at or after the phase began: data from an earlier phase (say,
 * the failures that caused a rollback) never judges this one.
 */
import type { Comparison, Condition, Policy, SloSpec, ValueUnit } from '../policy/model.js';
import { type SliAggregate, samplesOf, type WindowRecord } from '../telemetry/record.js';
import { localDate, localDayStart } from './calendar.js';
import { type BaselineResult, controlBaseline } from './control-baseline.js';
import { formatAgainst, formatSpan, formatValue, holds, round12, sign } from './format.js';
import { type SharedVerdicts, seriesOver, sharedVerdicts } from './record-index.js';
import { alignDown, type SliSeries, type SpanData } from './span.js';
import { exactNote, quantileHolds, statLabel, statValue } from './stat.js';

export type SloStatus = 'pass' | 'fail' | 'no_data';

export interface SloVerdict {
  id: string;
  sli: string;
  status: SloStatus;
  /** The SLO's value over its window; null when there were no events (or no baseline). */
  value: number | null;
  threshold: number;
  op: Comparison;
  unit: ValueUnit;
  /** The threshold as the policy wrote it ("2.5s"). */
  thresholdText: string;
  /** "p95", "mean", "max", "ratio", "count" or "increase". */
  stat: string;
  /** Events behind the value; for count SLIs, the windows collected. */
  samples: number;
  minSamples: number;
  /** The span judged (aligned, clipped to the phase start). */
  window: { from: number; to: number };
  /** Windows in the span and how many of them were not collected. */
  windows: { expected: number; missing: number };
  /**
   * For stat "increase": the baseline rate and where it came from; for baseline "control", the
   * control cohort's rate and sample count over the span judged.
   */
  baseline?: { value: number | null; from: number | null; to: number | null; samples: number };
  /** The evaluation instant (aligned to a step). */
  at: number;
  reason: string;
}

export interface JudgeInput {
  policy: Policy;
  records: readonly WindowRecord[];
  /** When the current phase began; spans are clipped to it. Omit to judge without clipping. */
  since?: number;
  /** When the rollout left its first phase (baseline "before_rollout"); unknown: the phase start. */
  rolloutStart?: number;
}

/** The merged data behind each verdict, for judging breach conditions on it exactly. */
const aggregates = new WeakMap<SloVerdict, SliAggregate>();

/**
 * Judges SLOs over a fixed set of window records; verdicts are memoized per (SLO, step), and
 * over a slice of indexed records also for the later runs that see the same windows.
 */
export class Judge {
  readonly policy: Policy;
  readonly since: number;
  readonly rolloutStart: number | undefined;
  private readonly records: readonly WindowRecord[];
  private readonly seriesBySli = new Map<string, SliSeries>();
  private readonly memo = new Map<SloSpec, Map<number, SloVerdict>>();
  private readonly baselines = new Map<SloSpec, BaselineResult>();
  /** Shared verdicts of SLOs that read the rollout's start (before_rollout), and of the others. */
  private readonly shared: SharedVerdicts | undefined;
  private readonly sharedAnyStart: SharedVerdicts | undefined;

  constructor(input: JudgeInput) {
    this.policy = input.policy;
    this.records = input.records;
    this.since = input.since ?? Number.NEGATIVE_INFINITY;
    this.rolloutStart = input.rolloutStart;
    this.shared = sharedVerdicts(input.records, this.policy, this.since, this.rolloutStart);
    // Charts judge without the rollout's start (plan/charts.ts): they share the decisions' other verdicts.
    this.sharedAnyStart = sharedVerdicts(input.records, this.policy, this.since, 'any');
  }

  get windowMs(): number {
    return this.policy.windowMs;
  }

  series(sli: string): SliSeries {
    let s = this.seriesBySli.get(sli);
    if (!s) {
      const kind = this.policy.slis[sli]?.kind ?? 'count';
      s = seriesOver(this.records, sli, kind, this.windowMs);
      this.seriesBySli.set(sli, s);
    }
    return s;
  }

  /** The SLO's verdict at the step containing `at` (aligned down to a window boundary). */
  verdict(slo: SloSpec, at: number): SloVerdict {
    const step = alignDown(at, this.windowMs);
    let bySlo = this.memo.get(slo);
    if (!bySlo) {
      bySlo = new Map();
      this.memo.set(slo, bySlo);
    }
    let v = bySlo.get(step);
    if (!v) {
      v = this.shareable(slo, this.spanStart(slo, step), step, step, () => this.compute(slo, step));
      bySlo.set(step, v);
    }
    return v;
  }

  /**
   * A verdict depends on the windows of its span and baseline and on nothing else the records
   * hold: when this judge sees all of them, so did any earlier judge in this phase that did, and
   * its verdict is this one. `key` names the verdict among the SLO's: its step, or its span.
   */
  private shareable(
    slo: SloSpec,
    from: number,
    to: number,
    key: number | string,
    compute: () => SloVerdict,
  ): SloVerdict {
    const shared = slo.baseline?.kind === 'before_rollout' ? this.shared : this.sharedAnyStart;
    return shared && this.sees(slo, from, to)
      ? shared.verdict(slo, key, to, this.series(slo.sli).flags, compute)
      : compute();
  }

  /** Whether this judge sees every window a verdict of `slo` over [from, to) reads, its baseline's too. */
  sees(slo: SloSpec, from: number, to: number): boolean {
    const series = this.series(slo.sli);
    const base = slo.stat.kind === 'increase' ? this.baselineSpan(slo) : null;
    return series.covers(from, to) && (!base || series.covers(base.from, base.to));
  }

  /**
   * What this judge shares with the later runs of its phase (its start and the rollout's), when
   * its records are a slice of indexed records (record-index.ts).
   */
  get sharing(): SharedVerdicts | undefined {
    return this.shared;
  }

  /** The span an SLO judges at a step, before alignment to the grid. */
  spanStart(slo: SloSpec, step: number): number {
    const start = slo.window === 'day' ? localDayStart(step - 1, this.policy.timezone) : step - slo.window;
    return Math.max(start, this.since);
  }

  /**
   * The SLO judged over an explicit span [from, to) (clipped to the phase start), e.g. a whole
   * calendar day; `where` describes the span in the reason ("on 2026-11-21 (Asia/Tokyo)").
   */
  verdictOver(slo: SloSpec, from: number, to: number, where: string): SloVerdict {
    const start = Math.max(from, this.since);
    // Shared too: consecutive_days judges the same complete days at every run.
    return this.shareable(slo, start, to, `${start}/${to} ${where}`, () => {
      const span = this.series(slo.sli).span(start, to);
      return this.judgeSpan(slo, span, alignDown(to, this.windowMs), where);
    });
  }

  private compute(slo: SloSpec, step: number): SloVerdict {
    const span = this.series(slo.sli).span(this.spanStart(slo, step), step);
    return this.judgeSpan(slo, span, step, this.describeSpan(slo, span, step));
  }

  private judgeSpan(slo: SloSpec, span: SpanData, step: number, where: string): SloVerdict {
    const samples = slo.sliKind === 'count' ? span.expected - span.missing : samplesOf(span.aggregate);
    let value = statValue(slo.stat, span.aggregate);
    let baseline: BaselineResult | undefined;
    if (slo.stat.kind === 'increase') {
      baseline =
        slo.baseline?.kind === 'control' ? controlBaseline(this.policy, slo, span) : this.baseline(slo);
      value = value !== null && baseline.value ? value / baseline.value - 1 : null;
    }
    const label = statLabel(slo.stat);
    const outcome = this.outcome(slo, span, where, { samples, value, baseline, label });
    // One object, its keys in the order verdicts have always had (JSON outputs print them).
    const verdict: SloVerdict = {
      id: slo.id,
      sli: slo.sli,
      value,
      threshold: slo.objective.threshold,
      op: slo.objective.op,
      unit: slo.unit,
      thresholdText: slo.objective.text,
      stat: label,
      samples,
      minSamples: slo.minSamples,
      window: { from: span.from, to: span.to },
      windows: { expected: span.expected, missing: span.missing },
      at: step,
      ...(baseline && {
        baseline: { value: baseline.value, from: baseline.from, to: baseline.to, samples: baseline.samples },
      }),
      status: outcome.status,
      reason: outcome.reason,
    };
    if (outcome.status !== 'no_data') aggregates.set(verdict, span.aggregate);
    return verdict;
  }

  /** The status of a span's verdict and the reason it gives. */
  private outcome(
    slo: SloSpec,
    span: SpanData,
    where: string,
    v: { samples: number; value: number | null; baseline: BaselineResult | undefined; label: string },
  ): { status: SloStatus; reason: string } {
    const { samples, value, baseline } = v;
    const noData = (why: string) => ({
      status: 'no_data' as const,
      reason: `${slo.id}: no data ${where}: ${why}`,
    });
    if (span.expected === 0) return noData('no complete window yet');
    if (span.missing > 0) {
      return noData(
        `${span.missing} of ${span.expected} windows not collected (${span.missingReasons.join('; ')})`,
      );
    }
    const what = slo.sliKind === 'count' ? 'windows' : 'samples';
    if (samples < slo.minSamples) return noData(`${samples} ${what} < min ${slo.minSamples}`);
    if (baseline && baseline.value === null) return noData(baseline.text);
    if (value === null) return noData('no events');
    const exact = quantileHolds(slo.stat, span.aggregate, slo.objective);
    const pass = exact ?? holds(value, slo.objective);
    const note =
      exact !== undefined && exact !== holds(value, slo.objective)
        ? exactNote(span.aggregate, slo.objective)
        : '';
    const shown = `${formatAgainst(value, slo.objective.threshold, slo.unit, slo.stat.kind === 'increase')} ${sign(slo.objective.op, pass)} ${slo.objective.text}${note}`;
    const stat = slo.stat.kind === 'quantile' || slo.stat.kind === 'mean' || slo.stat.kind === 'max';
    const vs = baseline ? ` vs ${baseline.text}` : '';
    return {
      status: pass ? 'pass' : 'fail',
      reason: `${slo.id}: ${stat ? `${v.label} ` : ''}${shown} ${where} (${samples} ${what})${vs}`,
    };
  }

  /**
   * Whether `cond` holds for a verdict this judge gave for `slo`: exactly from the window
   * records' threshold counts when they have them for this threshold, else on the shown value.
   */
  conditionHolds(verdict: SloVerdict, slo: SloSpec, cond: Condition): boolean {
    const agg = aggregates.get(verdict);
    const exact = agg && quantileHolds(slo.stat, agg, cond);
    return exact ?? (verdict.value !== null && holds(verdict.value, cond));
  }

  private describeSpan(slo: SloSpec, span: SpanData, step: number): string {
    const tz = this.policy.timezone;
    if (slo.window === 'day') return `on ${localDate(step - 1, tz)} (${tz}) so far`;
    const full = step - slo.window;
    if (span.from > full && this.since > full) {
      return `over ${formatSpan(span.to - span.from)} since the phase began (window ${formatSpan(slo.window)})`;
    }
    return `over ${formatSpan(slo.window)}`;
  }

  /** The rate an increase is measured against: fixed, or over the span before the phase began. */
  private baseline(slo: SloSpec): BaselineResult {
    const cached = this.baselines.get(slo);
    if (cached) return cached;
    const result = this.computeBaseline(slo);
    this.baselines.set(slo, result);
    return result;
  }

  /** The span a baseline before the phase or the rollout is measured over. */
  private baselineSpan(slo: SloSpec): { rollout: boolean; from: number; to: number } | null {
    const b = slo.baseline;
    if (b?.kind !== 'before_phase' && b?.kind !== 'before_rollout') return null;
    const rollout = b.kind === 'before_rollout' && this.rolloutStart !== undefined;
    const end = rollout ? this.rolloutStart! : this.since;
    return { rollout, from: end - b.windowMs, to: end };
  }

  private computeBaseline(slo: SloSpec): BaselineResult {
    const b = slo.baseline;
    const none = (text: string, samples = 0, from: number | null = null, to: number | null = null) => ({
      value: null,
      from,
      to,
      samples,
      text,
    });
    // (control baselines are measured per span, in judgeSpan)
    if (!b || b.kind === 'control') return none('the SLO has no baseline');
    if (b.kind === 'fixed') {
      if (b.value <= 0) return none(`the fixed baseline ${formatValue(b.value, 'percent')} is not positive`);
      return {
        value: b.value,
        from: null,
        to: null,
        samples: 0,
        text: `baseline ${formatValue(b.value, 'percent')}`,
      };
    }
    const { rollout, from, to: end } = this.baselineSpan(slo)!;
    const label =
      b.kind === 'before_phase'
        ? `the ${formatSpan(b.windowMs)} before the phase began`
        : rollout
          ? `the ${formatSpan(b.windowMs)} before the rollout began`
          : `the ${formatSpan(b.windowMs)} before the phase began (the rollout's start is not recorded)`;
    if (!Number.isFinite(end)) return none(`the baseline is ${label}, and the phase start is unknown`);
    const span = this.series(slo.sli).span(from, end);
    const agg = span.aggregate;
    const samples = samplesOf(agg);
    const rate = agg.kind === 'ratio' && agg.denominator > 0 ? agg.numerator / agg.denominator : null;
    const coverage =
      span.missing > 0 ? `, ${span.expected - span.missing} of ${span.expected} windows collected` : '';
    if (samples === 0) return none(`no baseline data in ${label}`, 0, span.from, span.to);
    if (samples < slo.minSamples) {
      return none(
        `baseline over ${label} has ${samples} samples < min ${slo.minSamples}`,
        samples,
        span.from,
        span.to,
      );
    }
    if (rate === null || round12(rate) === 0) {
      return none(
        `the baseline over ${label} is 0, so an increase is undefined`,
        samples,
        span.from,
        span.to,
      );
    }
    return {
      value: rate,
      from: span.from,
      to: span.to,
      samples,
      text: `baseline ${formatValue(rate, 'percent', { digits: 3 })} over ${label} (${samples} samples${coverage})`,
    };
  }
}

/** Judge one SLO at one instant. For many SLOs or steps over the same window records, reuse a Judge. */
export function judgeSlo(input: JudgeInput & { slo: SloSpec; at: number }): SloVerdict {
  return new Judge(input).verdict(input.slo, input.at);
}
