/**
 * A phase file compiled: its SLOs (the SLI, the statistic, the threshold in the SLI's unit, the
 * baseline), its rollback rules and its advance rule, each problem located. Pure.
 */
import type { z } from 'zod';
import type { PolicyIssue } from './errors.js';
import type {
  AdvanceSpec,
  Baseline,
  Comparison,
  Condition,
  PhaseSpec,
  SliKind,
  SloSpec,
  Stat,
  TriggerSpec,
  ValueUnit,
} from './model.js';
import type { PhaseFile, SliDefinition, Slo } from './schema.js';
import { parseCount, parseDuration, parsePercent } from './units.js';
import { at } from './validate.js';
import type { YamlSource } from './yaml-source.js';

export function compilePhase(
  src: YamlSource,
  file: z.infer<typeof PhaseFile>,
  order: string[],
  slis: Record<string, SliDefinition>,
  out: PolicyIssue[],
): PhaseSpec {
  const i = order.indexOf(file.id);
  const sloIds = new Set<string>();
  const slos: SloSpec[] = [];
  file.slos.forEach((slo, k) => {
    if (sloIds.has(slo.id)) out.push(at(src, ['slos', k, 'id'], `duplicate SLO id "${slo.id}"`));
    sloIds.add(slo.id);
    const compiled = compileSlo(src, ['slos', k], slo, slis, out);
    if (compiled) slos.push(compiled);
  });
  const when = file.rollback.when.flatMap((t, k) =>
    compileTrigger(src, ['rollback', 'when', k], t, { ids: sloIds, slos }, out),
  );
  let advance: AdvanceSpec | undefined;
  if (file.advance?.rule === 'soak') advance = { rule: 'soak', forMs: parseDuration(file.advance.for)! };
  else if (file.advance) advance = { rule: 'consecutive_days', days: file.advance.days };
  return {
    id: file.id,
    name: file.name,
    audience: file.audience,
    description: file.description,
    file: src.file,
    flags: file.flags,
    slos,
    advance,
    rollback: {
      to: file.rollback.to === undefined ? (i > 0 ? order[i - 1]! : null) : file.rollback.to,
      approval: file.rollback.approval,
      when,
      note: file.rollback.note,
    },
  };
}

/** One rollback rule (`ids`: every SLO the phase declares, compiled or not); none when it is wrong. */
function compileTrigger(
  src: YamlSource,
  path: (string | number)[],
  t: z.infer<typeof PhaseFile>['rollback']['when'][number],
  phase: { ids: Set<string>; slos: SloSpec[] },
  out: PolicyIssue[],
): TriggerSpec[] {
  const { slos } = phase;
  if (t.slo !== 'any' && !phase.ids.has(t.slo)) {
    const ids = [...phase.ids].join(', ');
    out.push(at(src, [...path, 'slo'], `unknown SLO "${t.slo}"; this phase defines: ${ids || 'none'}`));
    return [];
  }
  let breach: Condition | undefined;
  if (t.breach) {
    const unitOf = t.slo === 'any' ? undefined : slos.find((s) => s.id === t.slo)?.unit;
    if (!unitOf) {
      out.push(at(src, [...path, 'breach'], 'a breach condition needs a single SLO, not "any"'));
      return [];
    }
    const threshold = parseQuantity(t.breach.value, unitOf);
    if (threshold === undefined) {
      out.push(at(src, [...path, 'breach', 'value'], unitMessage(t.breach.value, unitOf)));
      return [];
    }
    breach = { op: t.breach.op, threshold, text: t.breach.value };
  }
  if (t.rule === 'immediate') return [{ rule: 'immediate', slo: t.slo, breach }];
  if (t.rule === 'breaches_per_day')
    return [{ rule: 'breaches_per_day', slo: t.slo, count: t.count, breach }];
  return [{ rule: 'sustained', slo: t.slo, forMs: parseDuration(t.for)!, breach }];
}

function compileSlo(
  src: YamlSource,
  path: (string | number)[],
  slo: Slo,
  slis: Record<string, SliDefinition>,
  out: PolicyIssue[],
): SloSpec | undefined {
  const sli = slis[slo.sli];
  if (!sli) {
    out.push(
      at(
        src,
        [...path, 'sli'],
        `unknown SLI "${slo.sli}"; rollout.yaml defines: ${Object.keys(slis).join(', ')}`,
      ),
    );
    return undefined;
  }
  const stat = parseStat(slo.stat);
  const allowed: Record<SliKind, Stat['kind'][]> = {
    latency: ['quantile', 'mean', 'max'],
    ratio: ['ratio', 'increase'],
    count: ['count'],
  };
  if (!allowed[sli.kind].includes(stat.kind)) {
    out.push(
      at(
        src,
        [...path, 'stat'],
        `"${slo.stat}" does not apply to a ${sli.kind} SLI; use ${allowedText(sli.kind)}`,
      ),
    );
    return undefined;
  }
  const unit: ValueUnit = sli.kind === 'latency' ? 'ms' : sli.kind === 'count' ? 'count' : 'percent';
  const key = slo.max !== undefined ? 'max' : 'min';
  const text = (slo.max ?? slo.min)!;
  const threshold = parseQuantity(text, unit);
  if (threshold === undefined) {
    out.push(at(src, [...path, key], unitMessage(text, unit)));
    return undefined;
  }
  const op: Comparison = key === 'max' ? '<=' : '>=';
  const window = slo.window === 'day' ? 'day' : parseDuration(slo.window)!;

  const baseline = compileBaseline(src, path, slo, stat, sli, out);
  if (baseline === null) return undefined;
  return {
    id: slo.id,
    description: slo.description,
    sli: slo.sli,
    sliKind: sli.kind,
    stat,
    objective: { op, threshold, text },
    window,
    minSamples: slo.min_samples,
    baseline,
    unit,
  };
}

/**
 * The baseline of an increase (before the rollout or the phase, the control cohort, or fixed);
 * null when it is missing or unreadable.
 */
function compileBaseline(
  src: YamlSource,
  path: (string | number)[],
  slo: Slo,
  stat: Stat,
  sli: SliDefinition,
  out: PolicyIssue[],
): Baseline | undefined | null {
  if (stat.kind !== 'increase') {
    if (slo.baseline !== undefined)
      out.push(at(src, [...path, 'baseline'], 'only `stat: increase` takes a baseline; remove it'));
    return undefined;
  }
  if (slo.baseline === undefined) {
    out.push(
      at(
        src,
        path,
        '`stat: increase` needs `baseline`: "before_rollout", "before_phase", "control" or a fixed value such as "0.8%"',
        'stat',
      ),
    );
    return null;
  }
  if (slo.baseline === 'control') return controlBaseline(src, path, slo, sli, out);
  if (slo.baseline === 'before_phase' || slo.baseline === 'before_rollout') {
    const w = slo.baseline_window ? parseDuration(slo.baseline_window)! : 7 * 86_400_000;
    return { kind: slo.baseline, windowMs: w };
  }
  const v = parsePercent(slo.baseline);
  if (v === undefined) {
    out.push(at(src, [...path, 'baseline'], unitMessage(slo.baseline, 'percent')));
    return null;
  }
  return { kind: 'fixed', value: v };
}

/**
 * `baseline: control` needs the SLI to say which events are the control cohort; a look-back
 * window means nothing for it (the control is measured over the SLO's own window, at the same time),
 * so one given is an error rather than silently ignored.
 */
function controlBaseline(
  src: YamlSource,
  path: (string | number)[],
  slo: Slo,
  sli: SliDefinition,
  out: PolicyIssue[],
): Baseline | null {
  let ok = true;
  if (sli.kind !== 'ratio' || sli.control === undefined) {
    out.push(
      at(
        src,
        [...path, 'baseline'],
        `SLO "${slo.id}": baseline "control" compares with the control cohort of SLI "${slo.sli}", which declares none; add \`control: { cohort: control }\` (the field and value of control-cohort events) under slis.${slo.sli} in rollout.yaml, or use baseline "before_rollout"`,
      ),
    );
    ok = false;
  }
  if (slo.baseline_window !== undefined) {
    out.push(
      at(
        src,
        [...path, 'baseline_window'],
        `SLO "${slo.id}": baseline "control" is measured over the SLO's own window (${slo.window}), at the same time; remove baseline_window`,
      ),
    );
    ok = false;
  }
  return ok ? { kind: 'control' } : null;
}

function parseStat(text: string): Stat {
  if (text.startsWith('p')) return { kind: 'quantile', q: Number(text.slice(1)) / 100 };
  return { kind: text as Exclude<Stat['kind'], 'quantile'> };
}

function allowedText(kind: SliKind): string {
  return { latency: 'p95 (any pNN), mean or max', ratio: 'ratio or increase', count: 'count' }[kind];
}

/** A threshold in the SLO's unit: latency needs a duration unit, ratios a "%", counts a whole number. */
function parseQuantity(text: string, unit: ValueUnit): number | undefined {
  if (unit === 'ms') return parseDuration(text);
  if (unit === 'percent') return parsePercent(text);
  return parseCount(text);
}

function unitMessage(text: string, unit: ValueUnit): string {
  const expected = {
    ms: 'a latency with a unit, such as "2.5s" or "800ms"',
    percent: 'a percentage, such as "99.5%" or "+5%"',
    count: 'a whole number, such as "3"',
  }[unit];
  return `"${text}" is not ${expected}`;
}
