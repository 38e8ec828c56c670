/**
 * Runs one operation of a parsed document over the emulator's resolvers, as GraphQL's execution
 * algorithm does for the parts the reader accepts: fields are collected by response key across
 * inline fragments, arguments take variables and literals, objects are completed against their
 * sub-selections, and an error thrown by a resolver becomes an entry of `errors` with its path and
 * a null in its place. A field the document asks for that the resolvers do not serve is never
 * answered as a silent null: it is listed in `missing` (and the handler reports it).
 */
import type { GraphqlError } from '../validator.js';
import {
  type Field,
  type Location,
  type Operation,
  type Selection,
  type TypeRef,
  Unsupported,
  type Value,
} from './document.js';

/** What resolvers return: a GraphQL type name and fields (values, objects, or functions of the arguments). */
export interface GqlObject {
  __typename: string;
  [field: string]: unknown;
}

/**
 * Thrown by a resolver: the field becomes null and the message an entry of `errors`, of GitHub's
 * `type` (UNPROCESSABLE, FORBIDDEN for what the token may not do, STALE_DATA for a head that moved).
 */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly type:
      | 'UNPROCESSABLE'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'STALE_DATA'
      | 'BRANCH_PROTECTION_RULE_VIOLATION' = 'UNPROCESSABLE',
    /**
     * The field is non-null in GitHub's schema (`pullRequests: PullRequestConnection!`): its null
     * makes the object holding it null, as GraphQL's execution propagates it.
     */
    readonly nonNull = false,
  ) {
    super(message);
  }
}

/** A non-null field came out null: the object holding it becomes null (GraphQL's null propagation). */
class NullPropagation extends Error {}

export interface Execution {
  data: Record<string, unknown> | null;
  errors: GraphqlError[];
  /** What the document asked for that the emulator does not serve: `addComment`, `Issue.createdAt`. */
  missing: string[];
}

/** type name → the interfaces it is reached through, for `... on Node` and the like. */
export type TypeMap = Record<string, string[]>;

const errorOf = (message: string, loc: Location, path?: Array<string | number>): GraphqlError => ({
  message,
  locations: [loc],
  ...(path ? { path } : {}),
});

/** The operation to run: the only one, or the one named (GraphQL's rules and messages). */
export function selectOperation(
  ops: Operation[],
  name: string | undefined,
): { op: Operation } | { error: GraphqlError } {
  if (name) {
    const op = ops.find((o) => o.name === name);
    return op ? { op } : { error: { message: `Unknown operation named "${name}".` } };
  }
  if (ops.length > 1) {
    return { error: { message: 'Must provide operation name if query contains multiple operations.' } };
  }
  return { op: ops[0]! };
}

function typeText(t: TypeRef): string {
  if (t.kind === 'Named') return t.name;
  return t.kind === 'List' ? `[${typeText(t.of)}]` : `${typeText(t.of)}!`;
}

function literal(v: Value, variables: Record<string, unknown>): unknown {
  switch (v.kind) {
    case 'Variable':
      return variables[v.name];
    case 'Null':
      return null;
    case 'List':
      return v.values.map((x) => literal(x, variables));
    case 'Object':
      return Object.fromEntries(v.fields.map((f) => [f.name, literal(f.value, variables)]));
    default:
      return v.value;
  }
}

function variableRefs(selections: Selection[], out: Array<{ name: string; loc: Location }>): void {
  const walk = (v: Value): void => {
    if (v.kind === 'Variable') out.push({ name: v.name, loc: v.loc });
    else if (v.kind === 'List') v.values.forEach(walk);
    else if (v.kind === 'Object') for (const f of v.fields) walk(f.value);
  };
  for (const s of selections) {
    if (s.kind === 'Field') for (const a of s.arguments) walk(a.value);
    if (s.selections) variableRefs(s.selections, out);
  }
}

/**
 * The operation's variable values: given ones, then defaults. Errors, as GraphQL words them, for
 * a variable used but not defined and a required one not provided. No type coercion: the
 * resolvers read IDs and enums as the strings they are.
 */
export function variableValues(
  op: Operation,
  given: Record<string, unknown>,
): { values: Record<string, unknown> } | { errors: GraphqlError[] } {
  const errors: GraphqlError[] = [];
  const defined = new Set(op.variables.map((d) => d.name));
  const refs: Array<{ name: string; loc: Location }> = [];
  variableRefs(op.selections, refs);
  for (const r of refs) {
    if (defined.has(r.name)) continue;
    const by = op.name ? ` by operation "${op.name}"` : '';
    errors.push(errorOf(`Variable "$${r.name}" is not defined${by}.`, r.loc));
  }
  const values: Record<string, unknown> = {};
  for (const d of op.variables) {
    let v = given[d.name];
    if (v === undefined && d.defaultValue) v = literal(d.defaultValue, {});
    if (d.type.kind === 'NonNull' && (v === undefined || v === null)) {
      const why = v === undefined ? 'was not provided' : 'must not be null';
      const kind = v === undefined ? 'required' : 'non-null';
      errors.push({ message: `Variable "$${d.name}" of ${kind} type "${typeText(d.type)}" ${why}.` });
      continue;
    }
    if (v !== undefined) values[d.name] = v;
  }
  return errors.length ? { errors } : { values };
}

/**
 * What the emulator cannot serve, found before anything runs (mutations have effects): top-level
 * fields the root lacks (by name) and fragments on types it does not know (`fragments on X`).
 * Fields deeper down are found while running (`Issue.createdAt`), see `Execution.missing`.
 */
export function unserved(op: Operation, root: GqlObject, types: TypeMap): string[] {
  const known = knownTypes(types);
  const found = new Set<string>();
  const walk = (selections: Selection[], top: boolean) => {
    for (const s of selections) {
      if (s.kind === 'InlineFragment') {
        if (s.typeCondition !== undefined && !known.has(s.typeCondition))
          found.add(`fragments on ${s.typeCondition}`);
        walk(s.selections, top);
        continue;
      }
      if (top && s.name !== '__typename' && !(s.name in root)) found.add(s.name);
      if (s.selections) walk(s.selections, false);
    }
  };
  walk(op.selections, true);
  return [...found];
}

function knownTypes(types: TypeMap): Set<string> {
  return new Set([...Object.keys(types), ...Object.values(types).flat()]);
}

/**
 * Runs the operation; resolvers may return promises (git reads). Root fields run one after the
 * other, as GraphQL requires of mutations.
 */
export async function execute(
  op: Operation,
  root: GqlObject,
  variables: Record<string, unknown>,
  types: TypeMap,
): Promise<Execution> {
  const run = new Executor(variables, types);
  let data: Record<string, unknown> | null;
  try {
    data = await run.object(root, op.selections, []);
  } catch (err) {
    if (!(err instanceof NullPropagation)) throw err;
    data = null;
  }
  return { data, errors: run.errors, missing: run.missing };
}

/** GraphQL's execution of a selection set over the emulator's resolvers. */
class Executor {
  readonly errors: GraphqlError[] = [];
  readonly missing: string[] = [];
  private readonly known: Set<string>;

  constructor(
    private readonly variables: Record<string, unknown>,
    private readonly types: TypeMap,
  ) {
    this.known = knownTypes(types);
  }

  private applies(typename: string, condition: string | undefined, loc: Location): boolean {
    if (condition === undefined || condition === typename) return true;
    if (!this.known.has(condition)) throw new Unsupported(`fragments on ${condition}`, loc);
    return (this.types[typename] ?? []).includes(condition);
  }

  /** GraphQL's CollectFields: the fields of a selection set by response key, fragments flattened. */
  private collect(typename: string, selections: Selection[], into = new Map<string, Field[]>()) {
    for (const s of selections) {
      if (s.kind === 'InlineFragment') {
        if (this.applies(typename, s.typeCondition, s.loc)) this.collect(typename, s.selections, into);
        continue;
      }
      const key = s.alias ?? s.name;
      into.set(key, [...(into.get(key) ?? []), s]);
    }
    return into;
  }

  private async complete(value: unknown, fields: Field[], path: Array<string | number>): Promise<unknown> {
    const field = fields[0]!;
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const [i, v] of value.entries()) {
        // List items (`nodes: [PullRequest]`) are nullable: a propagated null stops at the item.
        try {
          out.push(await this.complete(v, fields, [...path, i]));
        } catch (err) {
          if (!(err instanceof NullPropagation)) throw err;
          out.push(null);
        }
      }
      return out;
    }
    const sub = fields.flatMap((f) => f.selections ?? []);
    const isObject = typeof value === 'object' && typeof (value as GqlObject).__typename === 'string';
    if (isObject && !sub.length) {
      throw new FieldError(
        `Field "${field.name}" of type "${(value as GqlObject).__typename}" must have a selection of subfields. Did you mean "${field.name} { ... }"?`,
      );
    }
    if (!isObject && sub.length) {
      throw new FieldError(`Field "${field.name}" must not have a selection since it has no subfields.`);
    }
    return isObject ? await this.object(value as GqlObject, sub, path) : value;
  }

  async object(
    source: GqlObject,
    selections: Selection[],
    path: Array<string | number>,
  ): Promise<Record<string, unknown>> {
    const typename = source.__typename;
    const out: Record<string, unknown> = {};
    for (const [key, fields] of this.collect(typename, selections)) {
      const field = fields[0]!;
      const at = [...path, key];
      if (field.name === '__typename') {
        out[key] = typename;
        continue;
      }
      if (!(field.name in source)) {
        const what = path.length ? `${typename}.${field.name}` : field.name;
        this.missing.push(what);
        this.errors.push(errorOf(`not implemented by the emulator: ${what}`, field.loc, at));
        out[key] = null;
        continue;
      }
      try {
        let value = source[field.name];
        if (typeof value === 'function') {
          const args = Object.fromEntries(
            field.arguments.map((a) => [a.name, literal(a.value, this.variables)]),
          );
          value = await (value as (args: Record<string, unknown>) => unknown)(args);
        }
        out[key] = await this.complete(value, fields, at);
      } catch (err) {
        if (err instanceof NullPropagation) {
          out[key] = null;
          continue;
        }
        if (!(err instanceof FieldError)) throw err;
        this.errors.push({ type: err.type, ...errorOf(err.message, field.loc, at) });
        if (err.nonNull) throw new NullPropagation();
        out[key] = null;
      }
    }
    // For whoever checks the answer against the schema (abstract types need the runtime type);
    // not enumerable, so it is not part of the JSON answer unless the document asked for it.
    if (!('__typename' in out))
      Object.defineProperty(out, '__typename', { value: typename, enumerable: false });
    return out;
  }
}

/** "Individual calls cannot request more than 500,000 total nodes." */
const MAX_NODES = 500_000;

/**
 * GitHub's node limit, checked before anything runs: every connection needs `first` or `last`,
 * of 1 to 100, and a call asks for at most 500,000 nodes ("You must supply a first or last
 * argument on any connection", github/docs
 * content/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api.md). Answered as
 * errors only, with GitHub's types and words. `connections`: the field names that are connections.
 */
export function paginationErrors(
  op: Operation,
  variables: Record<string, unknown>,
  connections: ReadonlySet<string>,
): GraphqlError[] {
  const errors: GraphqlError[] = [];
  // Nodes the document may ask for: each connection's first/last times those of the connections
  // it sits in, summed over the document (the docs' "Calculating nodes in a call").
  let nodes = 0;
  let overLimit = false;
  const walk = (selections: Selection[], path: string[], times: number) => {
    for (const s of selections) {
      if (s.kind === 'InlineFragment') {
        walk(s.selections, path, times);
        continue;
      }
      const at = [...path, s.alias ?? s.name];
      let inside = times;
      if (connections.has(s.name)) {
        const arg = (name: string) => {
          const a = s.arguments.find((x) => x.name === name);
          return a ? literal(a.value, variables) : undefined;
        };
        const first = arg('first');
        const last = arg('last');
        const type = { locations: [s.loc], path: at };
        if (typeof first !== 'number' && typeof last !== 'number') {
          errors.push({
            type: 'MISSING_PAGINATION_BOUNDARIES',
            ...type,
            message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${s.name}\` connection.`,
          });
        }
        for (const [name, n] of [
          ['first', first],
          ['last', last],
        ] as const) {
          if (typeof n === 'number' && n > 100) {
            errors.push({
              type: 'EXCESSIVE_PAGINATION',
              ...type,
              message: `Requesting ${n} records on the \`${s.name}\` connection exceeds the \`${name}\` limit of 100 records.`,
            });
          }
        }
        const n = typeof first === 'number' ? first : typeof last === 'number' ? last : 0;
        inside = times * n;
        nodes += inside;
        if (nodes > MAX_NODES && !overLimit) {
          overLimit = true;
          errors.push({
            type: 'MAX_NODE_LIMIT_EXCEEDED',
            message: `By the time this query traverses to the ${s.name} connection, it is requesting up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`,
          });
        }
      }
      if (s.selections) walk(s.selections, at, inside);
    }
  };
  walk(op.selections, [], 1);
  return errors;
}
