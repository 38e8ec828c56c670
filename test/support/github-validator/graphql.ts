/**
 * The GraphQL half of the emulator's validator in tests: documents are parsed and validated
 * against GitHub's published schema (@octokit/graphql-schema, through `buildClientSchema`) with
 * their variables, as GitHub does before running anything; answers are run back through the
 * schema, so a wrong type, a null where the schema forbids one, or an unknown enum value in
 * what the emulator returns is a violation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildClientSchema,
  type DocumentNode,
  executeSync,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  type IntrospectionQuery,
  parse,
  validate,
} from 'graphql';
import type { GraphqlError, GraphqlRequest, Validator } from '../../../src/emulator/index.js';

let schema: GraphQLSchema | undefined;

/** GitHub's schema, built on first use (~0.3 s; most test files never send GraphQL). */
function githubSchema(): GraphQLSchema {
  if (schema) return schema;
  // The package exports only its JS entry: find its folder on the module search path instead.
  const paths = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
  const file = paths
    .map((p) => join(p, '@octokit', 'graphql-schema', 'schema.json'))
    .find((f) => existsSync(f));
  if (!file) throw new Error('@octokit/graphql-schema is not installed: run `npm ci`');
  // The file is the introspection result itself ({"__schema": …}), not a {data} response.
  schema = buildClientSchema(JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery);
  return schema;
}

const json = (e: GraphQLError): GraphqlError => e.toJSON() as GraphqlError;

function parsed(query: string): DocumentNode | GraphqlError[] {
  try {
    return parse(query);
  } catch (err) {
    return [json(err as GraphQLError)];
  }
}

export const graphqlValidator: Pick<Validator, 'graphqlRequestErrors' | 'checkGraphqlData'> = {
  graphqlRequestErrors(request: GraphqlRequest): GraphqlError[] {
    const document = parsed(request.query);
    if (Array.isArray(document)) return document;
    const invalid = validate(githubSchema(), document);
    if (invalid.length) return invalid.map(json);
    const op = getOperationAST(document, request.operationName);
    if (!op) {
      const message = request.operationName
        ? `Unknown operation named "${request.operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      return [{ message }];
    }
    const coerced = getVariableValues(githubSchema(), op.variableDefinitions ?? [], request.variables);
    return coerced.errors ? coerced.errors.map(json) : [];
  },

  checkGraphqlData(request: GraphqlRequest, data: unknown): string | undefined {
    const document = parsed(request.query);
    if (Array.isArray(document)) return `the document does not parse: ${document[0]!.message}`;
    // Run the document again, over the answer itself: each field reads its response key, each
    // abstract type resolves by the runtime type the emulator recorded in __typename.
    const result = executeSync({
      schema: githubSchema(),
      document,
      rootValue: data,
      variableValues: request.variables,
      operationName: request.operationName,
      fieldResolver: (source, _args, _context, info) => (source as Record<string, unknown>)[info.path.key],
      typeResolver: (value) => (value as { __typename?: string }).__typename,
    });
    if (result.errors?.length) {
      return result.errors.map((e) => `${e.path?.join('.') ?? ''}: ${e.message}`).join('; ');
    }
    const want = JSON.stringify(result.data);
    const got = JSON.stringify(data);
    return want === got ? undefined : `data ${got} reads as ${want} through the schema`;
  },
};
