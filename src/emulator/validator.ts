/**
 * What the emulator asks of a checker of its answers. The emulator itself carries no copy of
 * GitHub's API descriptions (they, and the libraries that read them, are devDependencies):
 * tests pass a validator built from `@octokit/openapi` and `@octokit/graphql-schema`
 * (test/support/github-validator); the demo passes none and nothing is checked.
 */

/** One entry of a GraphQL answer's `errors`, as GitHub (and graphql-js) write them. */
export interface GraphqlError {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A POST /graphql body, as read. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface Validator {
  /**
   * REST: why `body` does not match the response documented for this operation and status;
   * undefined when it does. `template` is the OpenAPI path template (`/repos/{owner}/{repo}`).
   */
  check(method: string, template: string, status: number, body: unknown): string | undefined;
  /** Webhooks: the same for an event payload, by schema name (`webhook-push`, …). */
  checkWebhook(schema: string, payload: unknown): string | undefined;
  /**
   * GraphQL: the errors GitHub answers for a request whose document (or variables) does not fit
   * its schema, before running anything; [] when it fits.
   */
  graphqlRequestErrors(request: GraphqlRequest): GraphqlError[];
  /**
   * GraphQL: why an answer's `data` does not fit the schema for the request's document (types,
   * nullability, enum values); undefined when it does. Every object in `data` carries its type
   * name as `__typename`, enumerable only when the document asked for it.
   */
  checkGraphqlData(request: GraphqlRequest, data: unknown): string | undefined;
}

/** [METHOD, OpenAPI path template] */
export type OperationKey = [string, string];
