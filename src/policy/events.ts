/**
 * Compiling rollout.yaml `events:` (the event shape: which key holds the time, in which format,
 * and which the name) and checking every field name the SLIs read: a name is a key, or a dotted
 * path of keys into nested objects ("payload.duration_ms"), never with an empty key. Pure.
 */
import type { PolicyIssue } from './errors.js';
import type { EventShape } from './model.js';
import type { EventsSection, SliDefinition } from './schema.js';

type Report = (path: (string | number)[], message: string) => PolicyIssue;

/** Why a field name is not a key or a dotted path of keys; undefined when it is one. */
export function pathProblem(name: string): string | undefined {
  if (!name.split('.').some((k) => k === '')) return undefined;
  return `"${name}" has an empty key; give a key ("duration_ms") or a dotted path of keys ("payload.duration_ms")`;
}

/** Every field name an SLI reads, with where it is written in rollout.yaml. */
function sliFields(id: string, def: SliDefinition): { path: (string | number)[]; name: string }[] {
  const out: { path: (string | number)[]; name: string }[] = [];
  const where = (at: (string | number)[], w: Record<string, unknown> | undefined) => {
    for (const key of Object.keys(w ?? {})) out.push({ path: [...at, key], name: key });
  };
  const base = ['slis', id];
  if (def.kind === 'ratio') {
    where([...base, 'numerator', 'where'], def.numerator.where);
    where([...base, 'denominator', 'where'], def.denominator.where);
    where([...base, 'control'], def.control);
    return out;
  }
  where([...base, 'where'], def.where);
  if (def.kind === 'latency') out.push({ path: [...base, 'field'], name: def.field });
  if (def.kind === 'count' && def.distinct !== undefined)
    out.push({ path: [...base, 'distinct'], name: def.distinct });
  return out;
}

/** The shape `events:` declares (undefined when absent: the canonical one), every field name checked. */
export function compileEvents(
  section: EventsSection | undefined,
  slis: Record<string, SliDefinition>,
  report: Report,
  issues: PolicyIssue[],
): EventShape | undefined {
  for (const [id, def] of Object.entries(slis)) {
    for (const { path, name } of sliFields(id, def)) {
      const problem = pathProblem(name);
      if (problem) issues.push(report(path, problem));
    }
  }
  if (section === undefined) return undefined;
  const shape: EventShape = {
    timeField: section.time?.field ?? 'ts',
    timeFormat: section.time?.format ?? 'iso8601',
    nameField: section.name,
  };
  const timeProblem = pathProblem(shape.timeField);
  if (timeProblem) issues.push(report(['events', 'time', 'field'], timeProblem));
  const nameProblem = pathProblem(shape.nameField);
  if (nameProblem) issues.push(report(['events', 'name'], nameProblem));
  if (shape.timeField === shape.nameField) {
    issues.push(
      report(
        ['events', 'name'],
        `"${shape.nameField}" is also events.time.field; one key cannot hold both the time and the name`,
      ),
    );
  }
  return shape;
}
