/**
 * The query root: `viewer`, `node`, and `repository` with what a run reads in one document —
 * the default branch and refs, objects by expression (`main:phases/current.yaml`) or oid, the
 * open pull requests and issues filtered by state and label, one issue or pull request by number.
 */
import type { Ctx } from '../context.js';
import { connection, enumList, type Page } from './connection.js';
import { FieldError, type GqlObject } from './execute.js';
import { byNodeId, commitNode, gitObject, issueNode, need, pullNode, type See } from './nodes.js';

/** A ref by qualified name (`refs/heads/main`) or branch name, as GitHub's `Ref`; null when absent. */
export async function refNode(see: See, qualified: string): Promise<GqlObject | null> {
  const full = qualified.startsWith('refs/') ? qualified : `refs/heads/${qualified}`;
  const sha = await see.ctx.git.refSha(full);
  if (!sha) return null;
  const cut = full.lastIndexOf('/') + 1;
  const prefix = full.startsWith('refs/heads/') ? 'refs/heads/' : full.slice(0, cut);
  return {
    __typename: 'Ref',
    name: full.slice(prefix.length),
    prefix,
    // The ref's name is metadata; what it points to is contents (REST: git/ref needs contents).
    target: () => {
      need(see, 'query contents');
      return commitNode(see, sha);
    },
  };
}

/** `rev` or `rev:path`, as `git rev-parse` reads it (GitHub's `object(expression:)`). */
async function objectByExpression(see: See, expression: string): Promise<GqlObject | null> {
  const colon = expression.indexOf(':');
  const rev = colon < 0 ? expression : expression.slice(0, colon);
  const commit = await see.ctx.git.resolveCommit(rev);
  if (!commit) return null;
  if (colon < 0) return commitNode(see, commit);
  const oid = await see.ctx.git.objectAt(commit, expression.slice(colon + 1));
  return oid ? gitObject(see, oid) : null;
}

const hasLabel = (labels: string[], wanted: string[] | null) =>
  !wanted || labels.some((l) => wanted.includes(l.toUpperCase()));

function repositoryNode(see: See): GqlObject {
  const { ctx } = see;
  const find = (n: number) => ctx.store.issues.get(n);
  const list = (pulls: boolean, args: Page & { states?: unknown; labels?: unknown }) => {
    const states = enumList(args.states);
    const labels = enumList(args.labels);
    // Oldest first, GitHub's order without orderBy.
    return [...ctx.store.issues.values()]
      .filter((i) => Boolean(i.pull) === pulls)
      .filter((i) => {
        const state = i.pull?.merged ? 'MERGED' : i.state.toUpperCase();
        return (!states || states.includes(state)) && hasLabel(i.labels, labels);
      })
      .sort((a, b) => a.number - b.number);
  };
  return {
    __typename: 'Repository',
    nameWithOwner: ctx.fullName,
    defaultBranchRef: () => refNode(see, ctx.id.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => refNode(see, qualifiedName),
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      need(see, 'query contents');
      if (oid) return (await ctx.git.objectType(oid)) ? gitObject(see, oid) : null;
      return expression ? objectByExpression(see, expression) : null;
    },
    issue: ({ number }: { number: number }) => {
      need(see, 'query issues');
      const i = find(number);
      return i && !i.pull ? issueNode(see, i) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      need(see, 'query pull requests');
      const i = find(number);
      return i?.pull ? pullNode(see, i) : null;
    },
    pullRequests: (args: Page & { states?: unknown; labels?: unknown }) => {
      need(see, 'query pull requests', true);
      return connection('PullRequestConnection', list(true, args), args, (i) => pullNode(see, i));
    },
    issues: (args: Page & { states?: unknown; labels?: unknown }) => {
      need(see, 'query issues', true);
      return connection('IssueConnection', list(false, args), args, (i) => issueNode(see, i));
    },
  };
}

function node(see: See, id: string) {
  const i = byNodeId(see.ctx, id);
  if (!i) throw new FieldError(`Could not resolve to a node with the global id of '${id}'`);
  return i.pull ? pullNode(see, i) : issueNode(see, i);
}

export function queryRoot(ctx: Ctx, see: See): GqlObject {
  return {
    __typename: 'Query',
    // An App's installation token is its bot user: `<slug>[bot]`, as REST names it.
    viewer: { __typename: 'User', login: see.who.login },
    node: ({ id }: { id: string }) => node(see, id),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (`${owner}/${name}`.toLowerCase() !== ctx.fullName.toLowerCase())
        throw new FieldError(
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          'NOT_FOUND',
        );
      try {
        need(see, 'query repository');
      } catch {
        throw new FieldError(
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          'NOT_FOUND',
        );
      }
      return repositoryNode(see);
    },
  };
}
