/**
 * `jobs.<job_id>.strategy`: a matrix's combinations, one job run each, as GitHub expands them
 * (github/docs data/reusables/actions/jobs/using-matrix-strategy.md: "A job will run for each
 * possible combination of the variables", created in the order the variables are defined, and "A
 * matrix will generate a maximum of 256 jobs per workflow run"; matrix-exclude.md,
 * matrix-include.md; matrix-from-context.md: a vector, or the whole matrix, from an expression such
 * as `fromJSON(needs.<job>.outputs.<name>)`).
 *
 * The strategy is evaluated with the contexts GitHub's parser allows there (@actions/workflow-parser
 * workflow-v1.0.json, `strategy`: github, inputs, vars, needs); an expression reaching for another
 * one fails. A vector without values fails the job, as on GitHub: "Matrix vector '<name>' does not
 * contain any values" (so a workflow guards the job with an `if:`, which is evaluated first: the
 * job `if:` has no `matrix` context).
 */
import { data } from '@actions/expressions';
import { isBasicExpression, isMapping, isSequence } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { type Contexts, evaluate, literal } from './expressions.js';

export const MAX_MATRIX_JOBS = 256;

export type Combination = Record<string, unknown>;

export interface Strategy {
  combinations: Combination[];
  failFast: boolean;
  /** How many of the combinations run at once. */
  maxParallel: number;
}

/** An expression's result as plain data. */
export function plain(value: data.ExpressionData): unknown {
  switch (value.kind) {
    case data.Kind.Array:
      return value.values().map(plain);
    case data.Kind.Dictionary:
      return Object.fromEntries(value.pairs().map((p) => [p.key, plain(p.value)]));
    case data.Kind.Null:
      return null;
    default:
      return value.value;
  }
}

/** A part of the workflow as plain data, each `${{ }}` in it evaluated. */
function resolve(token: TemplateToken, contexts: Contexts): unknown {
  if (isBasicExpression(token)) return plain(evaluate(token.expression, contexts));
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const pair of token) out[String(literal(pair.key))] = resolve(pair.value, contexts);
    return out;
  }
  if (isSequence(token)) return [...token].map((t) => resolve(t, contexts));
  return literal(token);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function entries(value: unknown, where: string): Combination[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every(isObject))
    throw new Error(`${where}: a sequence of mappings is expected`);
  return value;
}

/** The matrix's combinations: the vectors' product, less `exclude`, with `include` merged in or added. */
export function combinations(matrix: unknown, where: string): Combination[] {
  if (!isObject(matrix)) throw new Error(`${where}: the matrix is not a mapping`);
  const { include, exclude, ...vectors } = matrix;
  let out: Combination[] = [{}];
  for (const [name, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`${where}: matrix vector '${name}' is not a sequence`);
    if (!values.length) throw new Error(`Matrix vector '${name}' does not contain any values`);
    out = out.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  if (!Object.keys(vectors).length) out = [];
  for (const x of entries(exclude, `${where}.exclude`))
    out = out.filter((c) => !Object.entries(x).every(([k, v]) => same(c[k], v)));
  for (const extra of entries(include, `${where}.include`)) {
    // Added to each combination whose original values it leaves as they are; else a new one.
    const fits = out.filter((c) => Object.entries(extra).every(([k, v]) => !(k in vectors) || same(c[k], v)));
    for (const c of fits) Object.assign(c, extra);
    if (!fits.length) out.push({ ...extra });
  }
  if (!out.length) throw new Error(`${where}: the matrix has no combinations`);
  if (out.length > MAX_MATRIX_JOBS)
    throw new Error(
      `${where}: the matrix makes ${out.length} jobs; GitHub allows at most ${MAX_MATRIX_JOBS} per workflow run`,
    );
  return out;
}

/** The job's strategy, evaluated with github, inputs, vars and needs; none: one run, no matrix. */
export function expandStrategy(
  token: TemplateToken | undefined,
  contexts: { github: unknown; inputs: unknown; vars: unknown; needs: unknown },
  where: string,
): Strategy | undefined {
  if (!token) return undefined;
  const strategy = resolve(token, contexts);
  if (!isObject(strategy)) throw new Error(`${where}: the strategy is not a mapping`);
  const combos = combinations(strategy.matrix, `${where}.matrix`);
  const max = strategy['max-parallel'];
  return {
    combinations: combos,
    failFast: strategy['fail-fast'] !== false,
    maxParallel: typeof max === 'number' && max > 0 ? max : combos.length,
  };
}
