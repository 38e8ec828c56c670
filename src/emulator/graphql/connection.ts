/**
 * GraphQL connections as GitHub shapes them: `nodes`, `edges { cursor node }`, `pageInfo` and
 * `totalCount`, sliced by `first`/`last` and the opaque cursors `after`/`before`. The limits
 * (`first` or `last` required, at most 100) are checked before a document runs
 * (execute.ts: paginationErrors); a cursor this emulator did not give out is GitHub's
 * INVALID_CURSOR_ARGUMENTS.
 */
import { FieldError, type GqlObject } from './execute.js';

export interface Page {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** The field names that are connections, for the node-limit check. */
export const CONNECTIONS: ReadonlySet<string> = new Set([
  'associatedPullRequests',
  'comments',
  'commits',
  'files',
  'history',
  'issues',
  'labels',
  'parents',
  'pullRequests',
  'reviews',
]);

const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');

function indexOf(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  if (!m) throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'UNPROCESSABLE', true);
  return Number(m[1]);
}

/** One page of `items` as the connection type `typename` (`PullRequestConnection`). */
export function connection<T>(
  typename: string,
  items: readonly T[],
  page: Page,
  node: (item: T) => unknown,
): GqlObject {
  let start = page.after === undefined || page.after === null ? 0 : indexOf(page.after) + 1;
  let end = page.before === undefined || page.before === null ? items.length : indexOf(page.before);
  end = Math.min(end, items.length);
  if (typeof page.first === 'number') end = Math.min(end, start + page.first);
  if (typeof page.last === 'number') start = Math.max(start, end - page.last);
  const slice = items.slice(start, Math.max(start, end)).map((item, k) => ({ item, at: start + k }));
  const edge = typename.replace(/Connection$/, 'Edge');
  return {
    __typename: typename,
    totalCount: items.length,
    nodes: slice.map((s) => node(s.item)),
    edges: slice.map((s) => ({ __typename: edge, cursor: cursorOf(s.at), node: node(s.item) })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? cursorOf(slice[0]!.at) : null,
      endCursor: slice.length ? cursorOf(slice.at(-1)!.at) : null,
    },
  };
}

/** An enum-list argument given as one value or a list (GraphQL's input coercion): upper case. */
export function enumList(v: unknown): string[] | null {
  if (v === undefined || v === null) return null;
  return (Array.isArray(v) ? v : [v]).map((x) => String(x).toUpperCase());
}
