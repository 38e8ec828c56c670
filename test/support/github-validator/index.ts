/**
 * The emulator as tests run it: checked against GitHub's own descriptions of its API. REST
 * answers and webhook payloads against the OpenAPI description (@octokit/openapi, ajv), GraphQL
 * documents and answers against the GraphQL schema (@octokit/graphql-schema, graphql). These are
 * devDependencies, so they live here and reach the emulator as its `validator` option; every
 * mismatch lands in `gh.violations`, which tests assert is empty.
 */
import {
  type Emulator,
  type EmulatorOptions,
  emulatorSurface,
  startEmulator,
  type Validator,
} from '../../../src/emulator/index.js';
import { graphqlValidator } from './graphql.js';
import { loadRestValidator } from './openapi.js';

/** A validator for everything the emulator answers (loaded once per process). */
export async function loadGitHubValidator(): Promise<Validator> {
  const { operations, webhooks } = emulatorSurface();
  const rest = await loadRestValidator(operations, webhooks);
  return {
    check: (method, template, status, body) => rest.check(method, template, status, body),
    checkWebhook: (schema, payload) => rest.checkWebhook(schema, payload),
    graphqlRequestErrors: (request) => graphqlValidator.graphqlRequestErrors(request),
    checkGraphqlData: (request, data) => graphqlValidator.checkGraphqlData(request, data),
  };
}

/** `startEmulator` with GitHub's descriptions as its validator: what every test should use. */
export async function startCheckedEmulator(options: Omit<EmulatorOptions, 'validator'>): Promise<Emulator> {
  return startEmulator({ ...options, validator: await loadGitHubValidator() });
}
