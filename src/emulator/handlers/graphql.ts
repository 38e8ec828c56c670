/**
 * POST /graphql for the mutations phasegate needs beyond REST: pinIssue (the dashboard),
 * enablePullRequestAutoMerge (rollbacks that need no approval) and createCommitOnBranch (a
 * branch commit in one call, graphql/commit-on-branch.ts), with the undo twins and
 * lookups by number (`repository { issue pullRequest }`, `node`). Documents are read by the
 * emulator's own small reader (graphql/document.ts) and run over the resolvers below
 * (graphql/execute.ts). With a validator (tests), every document is first checked against
 * GitHub's published schema and every answer's data after, so field names, arguments and
 * nullability are real; a field the emulator does not implement is an error and a violation,
 * never a silent null.
 */
import { decide } from '../access.js';
import type { Ctx } from '../context.js';
import { type CommitOnBranchInput, createCommitOnBranch } from '../graphql/commit-on-branch.js';
import { CONNECTIONS } from '../graphql/connection.js';
import { GraphqlSyntaxError, parseDocument, Unsupported } from '../graphql/document.js';
import {
  execute,
  FieldError,
  type GqlObject,
  paginationErrors,
  selectOperation,
  type TypeMap,
  unserved,
  variableValues,
} from '../graphql/execute.js';
import { actor, byNodeId, issueNode, pullNode, type See } from '../graphql/nodes.js';
import { queryRoot } from '../graphql/reads.js';
import type { Identity } from '../identity.js';
import { type Assessment, assess, gateState } from '../protection.js';
import type { Res, Router } from '../router.js';
import type { IssueRec } from '../store.js';
import type { GraphqlError, GraphqlRequest } from '../validator.js';

/** The types the resolvers return, with the interfaces they are reached through. */
const TYPES: TypeMap = {
  Query: [],
  Mutation: [],
  Repository: ['Node'],
  Issue: ['Node'],
  PullRequest: ['Node'],
  User: ['Actor', 'Node'],
  Bot: ['Actor', 'Node'],
  Commit: ['GitObject', 'Node'],
  Tree: ['GitObject', 'Node'],
  Blob: ['GitObject', 'Node'],
  Ref: ['Node'],
  TreeEntry: [],
  Status: ['Node'],
  StatusContext: ['Node'],
  Label: ['Node'],
  IssueComment: ['Node', 'Comment'],
  PullRequestReview: ['Node', 'Comment'],
  PullRequestCommit: ['Node'],
  PullRequestChangedFile: [],
  PageInfo: [],
  AutoMergeRequest: [],
  PinIssuePayload: [],
  UnpinIssuePayload: [],
  EnablePullRequestAutoMergePayload: [],
  DisablePullRequestAutoMergePayload: [],
  CreateCommitOnBranchPayload: [],
};

class Unprocessable extends FieldError {}

/**
 * The access check (access.ts) for one mutation: GitHub answers an integration lacking the
 * permission with a FORBIDDEN "Resource not accessible by integration" entry, and a person
 * lacking the role with "<login> does not have the correct permissions to execute `PinIssue`".
 */
function guard(ctx: Ctx, who: Identity, mutation: string): void {
  const v = decide(`mutation ${mutation}`, who, ctx.roleOf(who.login));
  if (v.ok) return;
  const name = mutation[0]!.toUpperCase() + mutation.slice(1);
  const message =
    who.kind === 'person'
      ? `${who.login} does not have the correct permissions to execute \`${name}\``
      : v.message;
  throw new FieldError(message, 'FORBIDDEN');
}

type Input = { input?: Record<string, string | undefined> };

/**
 * GitHub enables auto-merge only on a protected base ("Pull request Protected branch rules not
 * configured for this branch") and only while its rules still block the merge ("Pull request
 * Pull request is in clean status"): both are gh's reports of the mutation's errors.
 */
function enableAutoMerge(
  see: See,
  login: string,
  i: IssueRec,
  input: NonNullable<Input['input']>,
  gates: Map<number, Assessment>,
) {
  const { ctx } = see;
  if (i.state !== 'open') throw new Unprocessable('Pull request Pull request is closed');
  const gate = gates.get(i.number);
  if (!gate?.protected) {
    throw new Unprocessable('Pull request Protected branch rules not configured for this branch');
  }
  if (gateState(gate) === 'clean') throw new Unprocessable('Pull request Pull request is in clean status');
  if (input.expectedHeadOid && input.expectedHeadOid !== i.pull!.headSha) {
    throw new Unprocessable('Pull request Head sha did not match expected head oid');
  }
  const method = (input.mergeMethod ?? 'MERGE').toLowerCase() as 'merge' | 'squash' | 'rebase';
  i.pull!.auto_merge = { enabled_by: login, merge_method: method };
  i.updated_at = ctx.now();
  return {
    __typename: 'EnablePullRequestAutoMergePayload',
    clientMutationId: input.clientMutationId ?? null,
    actor: actor(ctx, login),
    pullRequest: pullNode(see, i),
  };
}

/** What the rules say of each open PR, judged before the (synchronous) resolvers run. */
async function openPullGates(ctx: Ctx): Promise<Map<number, Assessment>> {
  const out = new Map<number, Assessment>();
  for (const i of ctx.store.issues.values()) {
    if (i.pull && i.state === 'open') out.set(i.number, await assess(ctx, i, null));
  }
  return out;
}

function mutationRoot(see: See, gates: Map<number, Assessment>): GqlObject {
  const { ctx, who } = see;
  const login = who.login;
  const pull = (id: string | undefined) => {
    const i = byNodeId(ctx, id ?? '');
    if (!i?.pull)
      throw new Unprocessable(`Could not resolve to a PullRequest with the global id of '${id}'.`);
    return i;
  };
  return {
    __typename: 'Mutation',
    pinIssue: ({ input = {} }: Input) => {
      guard(ctx, who, 'pinIssue');
      const i = byNodeId(ctx, input.issueId ?? '');
      if (!i || i.pull)
        throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
      if (!i.pinned && [...ctx.store.issues.values()].filter((x) => x.pinned).length >= 3) {
        throw new Unprocessable('Repository can only have 3 pinned issues');
      }
      i.pinned = true;
      return {
        __typename: 'PinIssuePayload',
        clientMutationId: input.clientMutationId ?? null,
        issue: issueNode(see, i),
      };
    },
    unpinIssue: ({ input = {} }: Input) => {
      guard(ctx, who, 'unpinIssue');
      const i = byNodeId(ctx, input.issueId ?? '');
      if (!i || i.pull)
        throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
      i.pinned = false;
      return {
        __typename: 'UnpinIssuePayload',
        clientMutationId: input.clientMutationId ?? null,
        issue: issueNode(see, i),
      };
    },
    enablePullRequestAutoMerge: ({ input = {} }: Input) => {
      guard(ctx, who, 'enablePullRequestAutoMerge');
      return enableAutoMerge(see, login, pull(input.pullRequestId), input, gates);
    },
    createCommitOnBranch: ({ input }: { input: CommitOnBranchInput }) => {
      guard(ctx, who, 'createCommitOnBranch');
      return createCommitOnBranch(see, input);
    },
    disablePullRequestAutoMerge: ({ input = {} }: Input) => {
      guard(ctx, who, 'disablePullRequestAutoMerge');
      const i = pull(input.pullRequestId);
      i.pull!.auto_merge = null;
      return {
        __typename: 'DisablePullRequestAutoMergePayload',
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(ctx, login),
        pullRequest: pullNode(see, i),
      };
    },
  };
}

const answer = (body: Record<string, unknown>): Res => ({ status: 200, body });
const located = (err: GraphqlSyntaxError | Unsupported): GraphqlError => ({
  message: err.message,
  locations: [err.loc],
});

function notImplemented(ctx: Ctx, what: string[]): Res {
  ctx.violations.push(`POST /graphql: the emulator does not implement ${what.join(', ')}`);
  return answer({ errors: [{ message: `not implemented by the emulator: ${what.join(', ')}` }] });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function registerGraphql(r: Router): void {
  r.add('POST', '/graphql', async ({ ctx, body, who }) => {
    const request: GraphqlRequest = {
      query: typeof body.query === 'string' ? body.query : '',
      variables: isRecord(body.variables) ? body.variables : {},
      ...(typeof body.operationName === 'string' ? { operationName: body.operationName } : {}),
    };
    // What GitHub refuses before running anything: only a validator that knows the schema can say.
    const invalid = ctx.validator?.graphqlRequestErrors(request) ?? [];
    if (invalid.length) return answer({ errors: invalid });

    let operations: ReturnType<typeof parseDocument>;
    try {
      operations = parseDocument(request.query);
    } catch (err) {
      if (err instanceof Unsupported) return notImplemented(ctx, [err.what]);
      if (err instanceof GraphqlSyntaxError) return answer({ errors: [located(err)] });
      throw err;
    }
    const selected = selectOperation(operations, request.operationName);
    if ('error' in selected) return answer({ errors: [selected.error] });
    const { op } = selected;
    const vars = variableValues(op, request.variables);
    if ('errors' in vars) return answer({ errors: vars.errors });
    const enabling = op.selections.some((f) => f.kind === 'Field' && f.name === 'enablePullRequestAutoMerge');
    const gates = enabling ? await openPullGates(ctx) : new Map<number, Assessment>();
    const see: See = { ctx, who };
    const root = op.operation === 'mutation' ? mutationRoot(see, gates) : queryRoot(ctx, see);
    const gaps = unserved(op, root, TYPES);
    if (gaps.length) return notImplemented(ctx, gaps);
    const unbounded = paginationErrors(op, vars.values, CONNECTIONS);
    if (unbounded.length) return answer({ errors: unbounded });

    const result = await execute(op, root, vars.values, TYPES);
    if (result.missing.length) {
      ctx.violations.push(`POST /graphql: the emulator does not implement ${result.missing.join(', ')}`);
    } else {
      const problem = ctx.validator?.checkGraphqlData(request, result.data);
      if (problem) ctx.violations.push(`POST /graphql: the answer does not fit GitHub's schema: ${problem}`);
    }
    return answer(
      result.errors.length ? { data: result.data, errors: result.errors } : { data: result.data },
    );
  });
}
