/**
 * The GraphQL text of a run's read (run-read.ts) and the shapes of its answer, as GitHub's schema
 * (@octokit/graphql-schema, schema.graphql) names them.
 */
import type { RunReadRequest } from '../ports/forge.js';

export type Actor = { __typename: string; login: string } | null;
export interface Conn<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
export interface Blob {
  oid: string;
  text: string | null;
  isTruncated: boolean;
}
export type Entry = { object: Blob | null } | null;
export interface RawPull {
  number: number;
  url: string;
  title: string;
  body: string;
  state: string;
  mergedAt: string | null;
  author: Actor;
  headRefName: string;
  headRefOid: string;
  baseRefName: string;
  isCrossRepository: boolean;
  labels: { nodes: Array<{ name: string }> } | null;
  files?: Conn<{ path: string; changeType: string }> | null;
  reviews?: Conn<RawReview> | null;
  comments?: Conn<RawComment>;
  commits?: {
    nodes: Array<{
      commit: {
        status: { context: { state: string; description: string | null } | null } | null;
        file: Entry;
      };
    }>;
  };
}
export interface RawReview {
  fullDatabaseId: string | null;
  author: Actor;
  state: string;
  commit: { oid: string } | null;
  submittedAt: string | null;
}
export interface RawComment {
  fullDatabaseId: string | null;
  body: string;
  author: Actor;
}
export interface RawIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  author: Actor;
  labels: { nodes: Array<{ name: string }> } | null;
}

export const PAGE = 'pageInfo { hasNextPage endCursor }';
// GitHub allows at most 100 labels on an issue or pull request: one page holds them all.
export const LABELS = 'labels(first: 100) { nodes { name } }';
export const AUTHOR = 'author { __typename login }';
export const BLOB = 'object { ... on Blob { oid text isTruncated } }';
export const PULL = `number url title body state mergedAt ${AUTHOR} headRefName headRefOid baseRefName isCrossRepository ${LABELS}`;
export const REVIEWS = `fullDatabaseId ${AUTHOR} state commit { oid } submittedAt`;
export const COMMENTS = `fullDatabaseId body ${AUTHOR}`;
export const FILES = 'path changeType';
export const ISSUE = `number url title body ${AUTHOR} ${LABELS}`;

/** GraphQL names a bot `github-actions` where REST (and phasegate) say `github-actions[bot]`. */
export const loginOf = (a: Actor) => (!a ? '' : a.__typename === 'Bot' ? `${a.login}[bot]` : a.login);

export const PULL_DETAILS = `
  files(first: 100) { nodes { ${FILES} } ${PAGE} }
  reviews(first: 100) { nodes { ${REVIEWS} } ${PAGE} }
  comments(first: 100) { nodes { ${COMMENTS} } ${PAGE} }
  commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } file(path: $headFile) { ${BLOB} } } } }`;

export function document(r: RunReadRequest): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = { changed: r.changed };
  const defs = ['$owner: String!', '$name: String!', '$changed: String!'];
  const files = r.files.map((path, k) => {
    variables[`f${k}`] = path;
    defs.push(`$f${k}: String!`);
    return `f${k}: file(path: $f${k}) { ${BLOB} }`;
  });
  const issues = r.issueLabels.map((label, k) => {
    variables[`l${k}`] = label;
    defs.push(`$l${k}: String!`);
    return `i${k}: issues(states: OPEN, labels: [$l${k}], first: 100) { nodes { ${ISSUE} } ${PAGE} }`;
  });
  let pulls = '';
  if (r.pulls) {
    variables.label = r.pulls.label;
    defs.push('$label: String!');
    const d = r.pulls.details;
    if (d) {
      Object.assign(variables, { context: d.statusContext, headFile: d.file });
      defs.push('$context: String!', '$headFile: String!');
    }
    pulls = `pulls: pullRequests(states: OPEN, labels: [$label], first: 100) {
      nodes { ${PULL} ${d ? PULL_DETAILS : ''} } ${PAGE} }`;
  }
  const query = `query(${defs.join(', ')}) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit {
      ${files.join('\n      ')}
      history(path: $changed, first: 1) { nodes { oid committedDate
        associatedPullRequests(first: 100) { nodes { ${PULL} } } } }
    } } }
    ${pulls}
    ${issues.join('\n    ')}
  }
}`;
  return { query, variables };
}
