/**
 * Reading a YAML file against its schema: every problem becomes an issue located by file, line,
 * column and field, with what was found and what is expected. Pure.
 */
import type { z } from 'zod';
import { fieldPath, PolicyError, type PolicyIssue } from './errors.js';
import type { YamlSource } from './yaml-source.js';

export function at(
  src: YamlSource,
  path: readonly PropertyKey[],
  message: string,
  key?: string,
): PolicyIssue {
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
  // jitless: each policy file is checked once per process, and zod's compiled fast path costs
  // more to build (new Function per object schema) than it saves on one small object.
  const result = schema.safeParse(src.data ?? {}, { reportInput: true, jitless: true });
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
