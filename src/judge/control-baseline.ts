/**
 * The rate an SLO's increase is measured against (slo.ts), and baseline "control": the SLI's
 * control cohort over the very span judged.
 */
import type { Policy, SloSpec } from '../policy/model.js';
import { formatValue, round12 } from './format.js';
import type { SpanData } from './span.js';

export interface BaselineResult {
  value: number | null;
  from: number | null;
  to: number | null;
  samples: number;
  /** Why there is no usable baseline, or a description of it. */
  text: string;
}

/**
 * Baseline "control": the SLI's control cohort over the very span judged, so a regression
 * everywhere cancels out and a re-entered phase is compared with now. Nothing to compare with
 * (no control counts, no control events, too few, or a control rate of 0, where an increase is
 * undefined) is never a pass: the verdict is no_data, saying which.
 */
export function controlBaseline(policy: Policy, slo: SloSpec, span: SpanData): BaselineResult {
  const def = policy.slis[slo.sli];
  const cohort = Object.entries((def?.kind === 'ratio' && def.control) || {})
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  const agg = span.aggregate;
  const c = agg.kind === 'ratio' ? agg.control : undefined;
  const none = (text: string, samples = 0): BaselineResult => ({
    value: null,
    from: span.from,
    to: span.to,
    samples,
    text,
  });
  if (!c) {
    const collected = span.expected - span.missing;
    return none(
      `${span.uncontrolled} of ${collected} windows have no control-cohort counts (collected before slis.${slo.sli} had control:, or from a source that cannot split events); collect them again`,
    );
  }
  if (c.denominator === 0) return none(`no control-cohort events (${cohort}) to compare with`);
  if (c.denominator < slo.minSamples) {
    return none(
      `the control cohort (${cohort}) has ${c.denominator} samples < min ${slo.minSamples}`,
      c.denominator,
    );
  }
  const rate = c.numerator / c.denominator;
  if (round12(rate) === 0) {
    return none(
      `the control cohort's rate (${cohort}) is 0 (${c.numerator} of ${c.denominator}), so an increase is undefined`,
      c.denominator,
    );
  }
  return {
    value: rate,
    from: span.from,
    to: span.to,
    samples: c.denominator,
    text: `control cohort ${formatValue(rate, 'percent', { digits: 3 })} (${cohort}; ${c.denominator} samples)`,
  };
}
