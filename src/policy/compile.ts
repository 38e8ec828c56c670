/**
 * From the policy's files (as text) to a checked, compiled Policy. Pure: the caller reads the
 * files. Every problem found is collected and reported with file, line, column and field.
 */
import type { z } from 'zod';
import { fieldPath, PolicyError, type PolicyIssue } from './errors.js';
import type {
  AdvanceSpec,
  Baseline,
  Comparison,
  Condition,
  PhaseSpec,
  Policy,
  SliKind,
  SloSpec,
  Stat,
  TriggerSpec,
  ValueUnit,
} from './model.js';
import { compileGithub, compileNotify, compileRecovery } from './operations.js';
import { PhaseFile, RolloutFile, type SliDefinition, type Slo } from './schema.js';
import { compileSources } from './sources-compile.js';
import { parseCount, parseDuration, parsePercent } from './units.js';
import { YamlSource } from './yaml-source.js';

export const ROLLOUT_FILE = 'rollout.yaml';
export const CURRENT_FILE = 'current.yaml';

export interface PolicyFiles {
  /** Folder name used in messages, e.g. "phases". */
  dir: string;
  /** File name (relative to dir) → contents. Must hold rollout.yaml and <phase>.yaml for each phase. */
  files: Record<string, string>;
}

export function compilePolicy(input: PolicyFiles): Policy {
  const issues: PolicyIssue[] = [];
  const rolloutPath = `${input.dir}/${ROLLOUT_FILE}`;
  const rolloutText = input.files[ROLLOUT_FILE];
  if (rolloutText === undefined) {
    throw new PolicyError([
      {
        position: { file: rolloutPath, line: 1, column: 1 },
        field: '',
        message: `missing; create it with the rollout name, timezone, phase order and SLIs (see phases/${ROLLOUT_FILE} in phasegate)`,
      },
    ]);
  }
  const rolloutSrc = new YamlSource(rolloutPath, rolloutText);
  const rollout = validate(rolloutSrc, RolloutFile, issues);
  if (!rollout) throw new PolicyError(issues);

  const rolloutTz = checkTimezone(rollout.timezone);
  if (rolloutTz) issues.push(at(rolloutSrc, ['timezone'], rolloutTz));
  const windowMs = parseDuration(rollout.window)!;
  if (windowMs < 60_000 || 86_400_000 % windowMs !== 0) {
    issues.push(
      at(rolloutSrc, ['window'], `"${rollout.window}" must divide a day evenly and be at least 1m`),
    );
  }

  const seen = new Map<string, number>();
  rollout.phases.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(at(rolloutSrc, ['phases', i], `duplicate phase id "${id}" (also phases[${first}])`));
    } else seen.set(id, i);
  });

  const order = rollout.phases;
  const phases: PhaseSpec[] = [];
  for (const [index, id] of [...seen.entries()].map(([id, i]) => [i, id] as const)) {
    const name = `${id}.yaml`;
    const path = `${input.dir}/${name}`;
    const text = input.files[name];
    if (text === undefined) {
      issues.push(at(rolloutSrc, ['phases', index], `phase "${id}" has no file ${path}; create it`));
      continue;
    }
    const src = new YamlSource(path, text);
    const file = validate(src, PhaseFile, issues);
    if (!file) continue;
    if (file.id !== id) {
      issues.push(
        at(src, ['id'], `"${file.id}" does not match the file name; rename the file or set id: ${id}`),
      );
      continue;
    }
    phases.push(compilePhase(src, file, rollout.slis, issues));
  }

  // Cross-phase references: rollback targets must name a phase that comes earlier.
  for (const phase of phases) {
    const target = phase.rollback.to;
    if (target === null) continue;
    const src = new YamlSource(phase.file, input.files[`${phase.id}.yaml`]!);
    const ti = order.indexOf(target);
    if (ti < 0) {
      issues.push(
        at(src, ['rollback', 'to'], `unknown phase "${target}"; valid phases: ${order.join(', ')}`),
      );
    } else if (ti >= order.indexOf(phase.id)) {
      issues.push(
        at(src, ['rollback', 'to'], `"${target}" is not earlier than ${phase.id} in the rollout order`),
      );
    }
  }

  const sources = compileSources(
    rollout.sources,
    rollout.slis,
    (path, message) => at(rolloutSrc, ['sources', ...path], message),
    issues,
  );
  const recovery = compileRecovery(
    rollout.recovery,
    phases,
    order,
    (path, message) => at(rolloutSrc, path, message),
    issues,
  );
  if (issues.length) throw new PolicyError(issues);
  return {
    rollout: rollout.rollout,
    description: rollout.description,
    timezone: rollout.timezone,
    windowMs,
    slis: rollout.slis,
    phases,
    holidays: rollout.holidays ?? [],
    github: compileGithub(rollout.github),
    recovery,
    notify: compileNotify(rollout.notify),
    sources,
  };

  function compilePhase(
    src: YamlSource,
    file: z.infer<typeof PhaseFile>,
    slis: Record<string, SliDefinition>,
    out: PolicyIssue[],
  ): PhaseSpec {
    const i = order.indexOf(file.id);
    const defaultTarget = i > 0 ? order[i - 1]! : null;
    const sloIds = new Set<string>();
    const slos: SloSpec[] = [];
    file.slos.forEach((slo, k) => {
      if (sloIds.has(slo.id)) out.push(at(src, ['slos', k, 'id'], `duplicate SLO id "${slo.id}"`));
      sloIds.add(slo.id);
      const compiled = compileSlo(src, ['slos', k], slo, slis, out);
      if (compiled) slos.push(compiled);
    });
    const when: TriggerSpec[] = [];
    file.rollback.when.forEach((t, k) => {
      const path = ['rollback', 'when', k];
      if (t.slo !== 'any' && !sloIds.has(t.slo)) {
        out.push(
          at(
            src,
            [...path, 'slo'],
            `unknown SLO "${t.slo}"; this phase defines: ${[...sloIds].join(', ') || 'none'}`,
          ),
        );
        return;
      }
      let breach: Condition | undefined;
      if (t.breach) {
        const unitOf = t.slo === 'any' ? undefined : slos.find((s) => s.id === t.slo)?.unit;
        if (!unitOf) {
          out.push(at(src, [...path, 'breach'], 'a breach condition needs a single SLO, not "any"'));
          return;
        }
        const threshold = parseQuantity(t.breach.value, unitOf);
        if (threshold === undefined) {
          out.push(at(src, [...path, 'breach', 'value'], unitMessage(t.breach.value, unitOf)));
          return;
        }
        breach = { op: t.breach.op, threshold, text: t.breach.value };
      }
      if (t.rule === 'immediate') when.push({ rule: 'immediate', slo: t.slo, breach });
      else if (t.rule === 'breaches_per_day')
        when.push({ rule: 'breaches_per_day', slo: t.slo, count: t.count, breach });
      else when.push({ rule: 'sustained', slo: t.slo, forMs: parseDuration(t.for)!, breach });
    });
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
        to: file.rollback.to === undefined ? defaultTarget : file.rollback.to,
        approval: file.rollback.approval,
        when,
        note: file.rollback.note,
      },
    };
  }
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

  let baseline: Baseline | undefined;
  if (stat.kind === 'increase') {
    if (slo.baseline === undefined) {
      out.push(
        at(
          src,
          path,
          '`stat: increase` needs `baseline`: "before_phase" or a fixed value such as "0.8%"',
          'stat',
        ),
      );
      return undefined;
    }
    if (slo.baseline === 'before_phase') {
      const w = slo.baseline_window ? parseDuration(slo.baseline_window)! : 7 * 86_400_000;
      baseline = { kind: 'before_phase', windowMs: w };
    } else {
      const v = parsePercent(slo.baseline);
      if (v === undefined) {
        out.push(at(src, [...path, 'baseline'], unitMessage(slo.baseline, 'percent')));
        return undefined;
      }
      baseline = { kind: 'fixed', value: v };
    }
  } else if (slo.baseline !== undefined) {
    out.push(at(src, [...path, 'baseline'], 'only `stat: increase` takes a baseline; remove it'));
  }
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

function checkTimezone(tz: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return undefined;
  } catch {
    return `unknown time zone "${tz}"; use an IANA name such as "Asia/Tokyo" or "UTC"`;
  }
}

function at(src: YamlSource, path: readonly PropertyKey[], message: string, key?: string): PolicyIssue {
  return { position: src.positionOf(path, key), field: fieldPath(key ? [...path, key] : path), message };
}

/** A single located error, for checks made outside compilePolicy (e.g. the current-phase file). */
export function compilePolicyError(
  src: YamlSource,
  path: readonly PropertyKey[],
  message: string,
): PolicyError {
  return new PolicyError([at(src, path, message)]);
}

/** Parse YAML and check it against a schema, turning every problem into a located issue. */
export function validate<T extends z.ZodType>(
  src: YamlSource,
  schema: T,
  issues: PolicyIssue[],
): z.infer<T> | undefined {
  if (src.syntaxErrors.length) {
    for (const e of src.syntaxErrors) issues.push({ position: e.position, field: '', message: e.message });
    return undefined;
  }
  const result = schema.safeParse(src.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          position: src.positionOf(path, key),
          field: fieldPath([...path, key]),
          message: `unknown field "${key}"; remove it or check its spelling`,
        });
      }
      continue;
    }
    issues.push({ position: src.positionOf(path), field: fieldPath(path), message: describeIssue(issue) });
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}`;
  }
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    const options = [...issue.message.matchAll(/'([^']+)'/g)].map((m) => `"${m[1]}"`);
    const key = 'discriminator' in issue ? String(issue.discriminator) : '';
    const given = (issue.input as Record<string, unknown> | undefined)?.[key];
    return given === undefined
      ? `required: one of ${options.join(', ')}`
      : `${JSON.stringify(given)} is not one of ${options.join(', ')}`;
  }
  if (issue.code === 'invalid_format' && issue.input !== undefined) {
    return `${JSON.stringify(issue.input)} is not ${issue.message}`;
  }
  if (issue.code === 'invalid_value') {
    return `${JSON.stringify(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}
