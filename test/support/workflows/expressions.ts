/**
 * Expressions evaluated with GitHub's own evaluator (@actions/expressions), over contexts given as
 * plain objects. The parser refuses a context the caller does not provide ("Unrecognized
 * named-value"), so an expression that reaches for a context GitHub does not offer at that key
 * fails instead of reading nothing. The status functions `success()`, `failure()`,
 * `cancelled()` and `always()` exist where a `Status` is given (`if:` of jobs and steps).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import {
  isBasicExpression,
  isBoolean,
  isLiteral,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export type Contexts = Record<string, unknown>;

/** What the status functions see: a previous job or step failed, the run was cancelled. */
export interface Status {
  failed: boolean;
  cancelled: boolean;
}

function statusFunctions(s: Status): FunctionDefinition[] {
  const fn = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  return [
    fn('success', () => !s.failed && !s.cancelled),
    fn('failure', () => s.failed),
    fn('cancelled', () => s.cancelled),
    fn('always', () => true),
  ];
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** Evaluates one expression (the text inside `${{ }}`). */
export function evaluate(expression: string, contexts: Contexts, status?: Status): data.ExpressionData {
  const functions = status ? statusFunctions(status) : [];
  try {
    const tree = new Parser(new Lexer(expression).lex().tokens, Object.keys(contexts), functions).parse();
    const dict = toData(contexts) as data.Dictionary;
    return new Evaluator(tree, dict, new Map(functions.map((f) => [f.name, f]))).evaluate();
  } catch (error) {
    throw new Error(`\${{ ${expression} }}: ${(error as Error).message}`);
  }
}

/** An `if:` condition, as GitHub's converter left it (`success() && (…)` when no status function). */
export function condition(expression: string, contexts: Contexts, status: Status): boolean {
  return truthy(evaluate(expression, contexts, status));
}

/** An expression's result as a string, as GitHub passes `with:` and `env:` values. */
export function asString(value: data.ExpressionData, where: string): string {
  if (value.kind === data.Kind.Dictionary || value.kind === data.Kind.Array) {
    throw new Error(`${where}: an object or array where GitHub expects a string`);
  }
  return value.coerceString();
}

/** A scalar value of the workflow (literal or `${{ }}`) as the string GitHub makes of it. */
export function tokenString(token: TemplateToken, contexts: Contexts, where: string): string {
  if (isBasicExpression(token)) return asString(evaluate(token.expression, contexts), where);
  if (isString(token)) return token.value;
  if (isBoolean(token) || isNumber(token)) return String(token.value);
  if (isLiteral(token)) return ''; // null
  throw new Error(`${where}: a mapping or sequence where GitHub expects a string`);
}

/** A scalar value as the data the expression makes (booleans stay booleans: `cancel-in-progress`). */
export function tokenValue(token: TemplateToken, contexts: Contexts): unknown {
  if (isBasicExpression(token)) {
    const v = evaluate(token.expression, contexts);
    return v.kind === data.Kind.Boolean ? truthy(v) : v.coerceString();
  }
  return literal(token);
}

/** A literal part of the document (no expressions) as plain data. */
export function literal(token: TemplateToken): unknown {
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const pair of token) out[String(literal(pair.key))] = literal(pair.value);
    return out;
  }
  if (isSequence(token)) return [...token].map(literal);
  if (isString(token) || isBoolean(token) || isNumber(token)) return token.value;
  if (isBasicExpression(token)) throw new Error(`\${{ ${token.expression} }} where a literal is expected`);
  return null;
}

/** A mapping of strings (`env:`, `with:`), each value evaluated with `contexts`. */
export function stringMap(token: TemplateToken | undefined, contexts: Contexts, where: string) {
  const out: Record<string, string> = {};
  if (!token) return out;
  if (!isMapping(token)) throw new Error(`${where}: not a mapping`);
  for (const pair of token) {
    const key = String(literal(pair.key));
    out[key] = tokenString(pair.value, contexts, `${where}.${key}`);
  }
  return out;
}
