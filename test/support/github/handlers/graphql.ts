/**
 * POST /graphql for the two mutations phasegate needs beyond REST: pinIssue (the dashboard)
 * and enablePullRequestAutoMerge (rollbacks that need no approval), with their undo twins and
 * lookups by number. Documents are validated against GitHub's published schema
 * (@octokit/graphql-schema) and executed over it, so field names and nullability are real;
 * a field the emulator does not implement is an error and a violation, never a silent null.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GraphQLSchema, IntrospectionQuery, OperationDefinitionNode } from 'graphql';
import type { Ctx } from '../context.js';
import type { Router } from '../router.js';
import type { IssueRec } from '../store.js';

const SUPPORTED = new Set([
  'pinIssue',
  'unpinIssue',
  'enablePullRequestAutoMerge',
  'disablePullRequestAutoMerge',
  'repository',
  'node',
]);

type GraphQL = typeof import('graphql');
let schema: Promise<{ gql: GraphQL; schema: GraphQLSchema }> | undefined;

/** graphql and GitHub's schema, loaded on the first request (most runs never make one). */
function loadSchema(): Promise<{ gql: GraphQL; schema: GraphQLSchema }> {
  schema ??= (async () => {
    const gql = await import('graphql');
    // The package exports only its JS entry: find its folder on the module search path instead.
    const paths = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
    const file = paths
      .map((p) => join(p, '@octokit', 'graphql-schema', 'schema.json'))
      .find((f) => existsSync(f));
    if (!file) throw new Error('@octokit/graphql-schema is not installed: run `npm ci`');
    // The file is the introspection result itself ({"__schema": …}), not a {data} response.
    return {
      gql,
      schema: gql.buildClientSchema(JSON.parse(await readFile(file, 'utf8')) as IntrospectionQuery),
    };
  })();
  return schema;
}

class Unprocessable extends Error {}

function actor(ctx: Ctx, login: string) {
  const u = ctx.store.user(login);
  return { __typename: u.type === 'Bot' ? 'Bot' : 'User', login: u.login, id: `U_${u.id}` };
}

/** The node_id REST gave out → the record (see shapes: nodeId(kind, id)). */
function byNodeId(ctx: Ctx, id: string): IssueRec | undefined {
  const m = /^(I|PR)_(.+)$/.exec(id);
  if (!m) return undefined;
  const n = Number(Buffer.from(m[2]!, 'base64url').toString().split(':')[1]);
  return [...ctx.store.issues.values()].find((i) =>
    m[1] === 'PR' ? i.pull?.id === n : !i.pull && i.id === n,
  );
}

function issueNode(ctx: Ctx, i: IssueRec) {
  return {
    __typename: 'Issue',
    id: `I_${Buffer.from(`0:${i.id}`).toString('base64url')}`,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state.toUpperCase(),
    url: `${ctx.repoHtml}/issues/${i.number}`,
    isPinned: i.pinned,
  };
}

function pullNode(ctx: Ctx, i: IssueRec) {
  const p = i.pull!;
  return {
    __typename: 'PullRequest',
    id: `PR_${Buffer.from(`0:${p.id}`).toString('base64url')}`,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: p.merged ? 'MERGED' : i.state.toUpperCase(),
    merged: p.merged,
    url: `${ctx.repoHtml}/pull/${i.number}`,
    headRefName: p.headRef,
    headRefOid: p.headSha,
    baseRefName: p.baseRef,
    autoMergeRequest: p.auto_merge
      ? {
          enabledAt: i.updated_at,
          enabledBy: actor(ctx, p.auto_merge.enabled_by),
          mergeMethod: p.auto_merge.merge_method.toUpperCase(),
        }
      : null,
  };
}

function node(ctx: Ctx, id: string) {
  const i = byNodeId(ctx, id);
  if (!i) throw new Unprocessable(`Could not resolve to a node with the global id of '${id}'`);
  return i.pull ? pullNode(ctx, i) : issueNode(ctx, i);
}

function root(ctx: Ctx, login: string) {
  type Input = { input: Record<string, string | undefined> };
  const pull = (id: string | undefined) => {
    const i = byNodeId(ctx, id ?? '');
    if (!i?.pull)
      throw new Unprocessable(`Could not resolve to a PullRequest with the global id of '${id}'.`);
    return i;
  };
  return {
    node: ({ id }: { id: string }) => node(ctx, id),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (`${owner}/${name}`.toLowerCase() !== ctx.fullName.toLowerCase()) return null;
      const find = (n: number) => ctx.store.issues.get(n);
      return {
        __typename: 'Repository',
        nameWithOwner: ctx.fullName,
        issue: ({ number }: { number: number }) => {
          const i = find(number);
          return i && !i.pull ? issueNode(ctx, i) : null;
        },
        pullRequest: ({ number }: { number: number }) => {
          const i = find(number);
          return i?.pull ? pullNode(ctx, i) : null;
        },
      };
    },
    pinIssue: ({ input }: Input) => {
      const i = byNodeId(ctx, input.issueId ?? '');
      if (!i || i.pull)
        throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
      if (!i.pinned && [...ctx.store.issues.values()].filter((x) => x.pinned).length >= 3) {
        throw new Unprocessable('Repository can only have 3 pinned issues');
      }
      i.pinned = true;
      return { clientMutationId: input.clientMutationId ?? null, issue: issueNode(ctx, i) };
    },
    unpinIssue: ({ input }: Input) => {
      const i = byNodeId(ctx, input.issueId ?? '');
      if (!i || i.pull)
        throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
      i.pinned = false;
      return { clientMutationId: input.clientMutationId ?? null, issue: issueNode(ctx, i) };
    },
    enablePullRequestAutoMerge: ({ input }: Input) => {
      const i = pull(input.pullRequestId);
      if (i.state !== 'open') throw new Unprocessable('Pull request Pull request is closed');
      // GitHub enables auto-merge only while something (reviews, checks) still blocks the merge.
      if (!ctx.isProtected(`refs/heads/${i.pull!.baseRef}`)) {
        throw new Unprocessable('Pull request Pull request is in clean status');
      }
      if (input.expectedHeadOid && input.expectedHeadOid !== i.pull!.headSha) {
        throw new Unprocessable('Pull request Head sha did not match expected head oid');
      }
      const method = (input.mergeMethod ?? 'MERGE').toLowerCase() as 'merge' | 'squash' | 'rebase';
      i.pull!.auto_merge = { enabled_by: login, merge_method: method };
      i.updated_at = ctx.now();
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(ctx, login),
        pullRequest: pullNode(ctx, i),
      };
    },
    disablePullRequestAutoMerge: ({ input }: Input) => {
      const i = pull(input.pullRequestId);
      i.pull!.auto_merge = null;
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(ctx, login),
        pullRequest: pullNode(ctx, i),
      };
    },
  };
}

export function registerGraphql(r: Router): void {
  r.add('POST', '/graphql', async ({ ctx, body, user }) => {
    const { gql, schema: gqlSchema } = await loadSchema();
    let document: ReturnType<GraphQL['parse']>;
    try {
      document = gql.parse(String(body.query ?? ''));
    } catch (err) {
      return { status: 200, body: { errors: [{ message: (err as Error).message }] } };
    }
    const invalid = gql.validate(gqlSchema, document);
    if (invalid.length) return { status: 200, body: { errors: invalid.map((e) => e.toJSON()) } };
    const fields = document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .flatMap((d) => d.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : '')));
    const missing = fields.filter((f) => f && !SUPPORTED.has(f));
    if (missing.length) {
      ctx.violations.push(`POST /graphql: the emulator does not implement ${missing.join(', ')}`);
      return {
        status: 200,
        body: { errors: [{ message: `not implemented by the emulator: ${missing.join(', ')}` }] },
      };
    }
    const result = await gql.execute({
      schema: gqlSchema,
      document,
      rootValue: root(ctx, user.login),
      variableValues: (body.variables ?? {}) as Record<string, unknown>,
    });
    const errors = result.errors?.map((e) => ({ type: 'UNPROCESSABLE', ...e.toJSON() }));
    return { status: 200, body: errors ? { data: result.data ?? null, errors } : { data: result.data } };
  });
}
