/**
 * From the policy's files (as text) to a checked, compiled Policy. Pure: the caller reads the
 * files. Every problem found is collected and reported with file, line, column and field.
 */
import type { z } from 'zod';
import { compilePhase } from './compile-phase.js';
import { PolicyError, type PolicyIssue } from './errors.js';
import { compileEvents } from './events.js';
import { compileHolidays } from './holidays.js';
import type { PhaseSpec, Policy } from './model.js';
import { compileGithub, compileNotify, compileRecovery } from './operations.js';
import { PhaseFile, RolloutFile } from './schema.js';
import { compileSources } from './sources-compile.js';
import { parseDuration } from './units.js';
import { at, validate } from './validate.js';
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
  const windowMs = parseDuration(rollout.window)!;
  const order = rollout.phases;
  const phases = compilePhases(input, rolloutSrc, rollout, windowMs, issues);
  const sources = compileSources(
    rollout.sources,
    rollout.slis,
    (path, message) => at(rolloutSrc, ['sources', ...path], message),
    issues,
  );
  const events = compileEvents(
    rollout.events,
    rollout.slis,
    (path, message) => at(rolloutSrc, path, message),
    issues,
  );
  const recovery = compileRecovery(
    rollout.recovery,
    phases,
    order,
    (path, message) => at(rolloutSrc, path, message),
    issues,
  );
  const holidays = compileHolidays(
    rollout.holidays,
    (path, message) => at(rolloutSrc, ['holidays', ...path], message),
    issues,
  );
  if (issues.length) throw new PolicyError(issues);
  return {
    rollout: rollout.rollout,
    description: rollout.description,
    timezone: rollout.timezone,
    windowMs,
    slis: rollout.slis,
    ...(events && { events }),
    phases,
    holidays,
    github: compileGithub(rollout.github),
    recovery,
    notify: compileNotify(rollout.notify),
    runbook: { ...(rollout.runbook?.template ? { template: rollout.runbook.template } : {}) },
    sources,
  };
}

/** Each phase file rollout.yaml lists, compiled; then every rollback target checked against the order. */
function compilePhases(
  input: PolicyFiles,
  rolloutSrc: YamlSource,
  rollout: RolloutFile,
  windowMs: number,
  issues: PolicyIssue[],
): PhaseSpec[] {
  const order = rollout.phases;
  const phases: { spec: PhaseSpec; src: YamlSource }[] = [];
  for (const [id, index] of checkRollout(rolloutSrc, rollout, windowMs, issues)) {
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
    phases.push({ spec: compilePhase(src, file, order, rollout.slis, issues), src });
  }
  // Each file's parsed source again, not a second parse: the cold start of validate pays for every one.
  for (const { spec, src } of phases) checkRollbackTarget(src, spec, order, issues);
  return phases.map((p) => p.spec);
}

/** rollout.yaml's own checks: the time zone, the window, phase ids once each. Returns id → index. */
function checkRollout(
  src: YamlSource,
  rollout: z.infer<typeof RolloutFile>,
  windowMs: number,
  issues: PolicyIssue[],
): Map<string, number> {
  const tz = checkTimezone(rollout.timezone);
  if (tz) issues.push(at(src, ['timezone'], tz));
  if (windowMs < 60_000 || 86_400_000 % windowMs !== 0) {
    issues.push(at(src, ['window'], `"${rollout.window}" must divide a day evenly and be at least 1m`));
  }
  const seen = new Map<string, number>();
  rollout.phases.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined)
      issues.push(at(src, ['phases', i], `duplicate phase id "${id}" (also phases[${first}])`));
    else seen.set(id, i);
  });
  return seen;
}

/** A rollback target must name a phase that comes earlier. */
function checkRollbackTarget(
  src: YamlSource,
  phase: PhaseSpec,
  order: string[],
  issues: PolicyIssue[],
): void {
  const target = phase.rollback.to;
  if (target === null) return;
  const ti = order.indexOf(target);
  if (ti < 0)
    issues.push(at(src, ['rollback', 'to'], `unknown phase "${target}"; valid phases: ${order.join(', ')}`));
  else if (ti >= order.indexOf(phase.id))
    issues.push(
      at(src, ['rollback', 'to'], `"${target}" is not earlier than ${phase.id} in the rollout order`),
    );
}

let zones: Set<string> | undefined;
const canonicalZones = (): Set<string> => {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return zones;
};

function checkTimezone(tz: string): string | undefined {
  // The canonical IANA names are a list to look in; building a formatter loads ICU's calendar
  // data (~15 ms of a cold start) and is needed only for the aliases the list leaves out (UTC).
  if (canonicalZones().has(tz)) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return undefined;
  } catch {
    return `unknown time zone "${tz}"; use an IANA name such as "Asia/Tokyo" or "UTC"`;
  }
}
