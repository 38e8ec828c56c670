/**
 * A run's reads in one GraphQL query: the token's login, the default branch with the files at
 * its head and the last change of current.yaml with its pull requests, the open phase PRs with
 * their files, head file, reviews, status and comments, and the open issues by label. Fields,
 * arguments and the Bot-login rule follow GitHub's schema (@octokit/graphql-schema,
 * schema.graphql): `Commit.file(path:)`, `Commit.history(path:, first:)`,
 * `Commit.associatedPullRequests`, `Status.context(name:)`, `Repository.pullRequests(states:,
 * labels:)`. A connection holds at most 100 nodes (GitHub's node limit); past that, the rest is
 * read page by page (`pageInfo.hasNextPage`), so nothing is silently cut.
 */
import type {
  Comment,
  Issue,
  PullDetails,
  PullRequest,
  Review,
  RunRead,
  RunReadRequest,
} from '../ports/forge.js';
import type { Octokit } from './client.js';
import {
  BLOB,
  COMMENTS,
  type Conn,
  document,
  type Entry,
  FILES,
  ISSUE,
  loginOf,
  PAGE,
  PULL,
  PULL_DETAILS,
  type RawComment,
  type RawIssue,
  type RawPull,
  REVIEWS,
} from './run-read-query.js';

export class RunReader {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: { owner: string; name: string },
    /** The bot login the run was given (`bot-login`), for a viewer answered without `[bot]`. */
    private readonly botLogin: string,
  ) {}

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.octokit.graphql<T>(query, { owner: this.repo.owner, name: this.repo.name, ...variables });
  }

  async read(r: RunReadRequest): Promise<RunRead> {
    const { query, variables } = document(r);
    type Data = {
      viewer: { login: string };
      repository: {
        defaultBranchRef: {
          name: string;
          target: Record<string, Entry> & {
            history: {
              nodes: Array<{
                oid: string;
                committedDate: string;
                associatedPullRequests: Conn<RawPull> | null;
              }>;
            };
          };
        } | null;
        pulls?: Conn<RawPull>;
      } & Record<string, Conn<RawIssue>>;
    };
    const data = await this.ask<Data>(query, variables);
    const branch = data.repository.defaultBranchRef;
    if (!branch) throw new Error(`${this.repo.owner}/${this.repo.name} has no default branch`);
    const files: Record<string, string | null> = {};
    for (const [k, path] of r.files.entries()) files[path] = await this.text(branch.target[`f${k}`] ?? null);
    const change = branch.target.history.nodes[0];
    // viewer is a User: an App's token answers `<slug>[bot]` (fullsend-ai/fullsend#1953). Should
    // it answer the bare slug, as GraphQL names bots elsewhere, the bot login given is that account.
    const viewer = data.viewer.login;
    const identity = `${viewer}[bot]`.toLowerCase() === this.botLogin.toLowerCase() ? this.botLogin : viewer;
    const pulls =
      r.pulls && data.repository.pulls ? await this.pulls(r.pulls, data.repository.pulls, identity) : [];
    const issues: Record<string, Issue[]> = {};
    for (const [k, label] of r.issueLabels.entries()) {
      const raw = await this.repositoryPages(data.repository[`i${k}`]!, 'issues', ISSUE, { label }, '');
      issues[label] = raw.map((i) => ({
        number: i.number,
        url: i.url,
        title: i.title,
        body: i.body,
        labels: (i.labels?.nodes ?? []).map((l) => l.name),
        author: loginOf(i.author),
      }));
    }
    return {
      identity,
      defaultBranch: branch.name,
      files,
      lastChange: change
        ? {
            sha: change.oid,
            at: Date.parse(change.committedDate),
            pulls: (change.associatedPullRequests?.nodes ?? []).map((p) => this.pull(p)),
          }
        : null,
      pulls,
      issues,
    };
  }

  /** The open labelled PRs, every page; with details of the token's own. */
  private async pulls(
    want: NonNullable<RunReadRequest['pulls']>,
    first: Conn<RawPull>,
    identity: string,
  ): Promise<RunRead['pulls']> {
    const d = want.details;
    const raw = await this.repositoryPages(
      first,
      'pullRequests',
      `${PULL} ${d ? PULL_DETAILS : ''}`,
      d ? { label: want.label, context: d.statusContext, headFile: d.file } : { label: want.label },
      d ? ', $context: String!, $headFile: String!' : '',
    );
    // Details only of the token's own PRs (phasegate's proposals): another's costs no more pages.
    const own = (p: RawPull) => loginOf(p.author).toLowerCase() === identity.toLowerCase();
    const out: RunRead['pulls'] = [];
    for (const p of raw)
      out.push(
        d && own(p)
          ? { ...this.pull(p), details: await this.details(p, identity, d.commentMarker) }
          : this.pull(p),
      );
    return out;
  }

  /**
   * A branch's head commit, its tree and first parent, `paths` at it (null: absent) and the blob
   * ids of `idPaths` (null: absent), in one request; null when the branch does not exist.
   */
  async head(
    branch: string,
    paths: string[],
    idPaths: string[] = [],
  ): Promise<{
    sha: string;
    tree: string;
    parent?: string;
    files: Record<string, string | null>;
    oids: Record<string, string | null>;
  } | null> {
    const variables: Record<string, unknown> = { ref: `refs/heads/${branch}` };
    const defs: string[] = [];
    const fields = (prefix: string, list: string[], select: string) =>
      list.map((p, k) => {
        variables[`${prefix}${k}`] = p;
        defs.push(`, $${prefix}${k}: String!`);
        return `${prefix}${k}: file(path: $${prefix}${k}) { ${select} }`;
      });
    const entries = [...fields('e', paths, BLOB), ...fields('o', idPaths, 'oid')].join(' ');
    type Data = {
      repository: {
        ref: {
          target: { oid: string; tree: { oid: string }; parents: { nodes: Array<{ oid: string }> } } & Record<
            string,
            Entry & { oid?: string }
          >;
        } | null;
      };
    };
    const data = await this.ask<Data>(
      `query($owner: String!, $name: String!, $ref: String!${defs.join('')}) {
        repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) {
          target { ... on Commit { oid tree { oid } parents(first: 1) { nodes { oid } } ${entries} } } } } }`,
      variables,
    );
    const target = data.repository.ref?.target;
    if (!target) return null;
    const files: Record<string, string | null> = {};
    for (const [k, path] of paths.entries()) files[path] = await this.text(target[`e${k}`] ?? null);
    const oids: Record<string, string | null> = {};
    for (const [k, path] of idPaths.entries()) oids[path] = target[`o${k}`]?.oid ?? null;
    return { sha: target.oid, tree: target.tree.oid, parent: target.parents.nodes[0]?.oid, files, oids };
  }

  /** A blob's text; past GraphQL's cut (`isTruncated`), the whole blob through REST. */
  private async text(entry: Entry): Promise<string | null> {
    const blob = entry?.object;
    if (!blob || blob.text === null) return null;
    if (!blob.isTruncated) return blob.text;
    const { data } = await this.octokit.rest.git.getBlob({
      owner: this.repo.owner,
      repo: this.repo.name,
      file_sha: blob.oid,
    });
    return Buffer.from(data.content, 'base64').toString('utf8');
  }

  private pull(p: RawPull): PullRequest {
    return {
      number: p.number,
      url: p.url,
      title: p.title,
      body: p.body,
      state: p.state === 'OPEN' ? 'open' : 'closed',
      merged: p.mergedAt !== null,
      mergedAt: p.mergedAt ? Date.parse(p.mergedAt) : null,
      author: loginOf(p.author),
      headRef: p.headRefName,
      headSha: p.headRefOid,
      baseRef: p.baseRefName,
      labels: (p.labels?.nodes ?? []).map((l) => l.name),
      fromFork: p.isCrossRepository,
    };
  }

  private async details(p: RawPull, identity: string, marker: string): Promise<PullDetails> {
    const me = identity.toLowerCase();
    const files = await this.pullPages(p.files!, p.number, 'files', FILES);
    // GraphQL names a renamed file by its new path only: ask REST for both, as the gate reads both.
    const renamed = files.some((f) => f.changeType === 'RENAMED');
    const reviews = await this.pullPages(p.reviews!, p.number, 'reviews', REVIEWS);
    const isVerdict = (c: RawComment) => loginOf(c.author).toLowerCase() === me && c.body.includes(marker);
    const comments = await this.pullPages(p.comments!, p.number, 'comments', COMMENTS, (c) =>
      c.some(isVerdict),
    );
    const head = p.commits?.nodes[0]?.commit;
    const status = head?.status?.context ?? null;
    return {
      files: renamed ? await this.restFiles(p.number) : files.map((f) => f.path),
      headFile: await this.text(head?.file ?? null),
      reviews: reviews.map(
        (v): Review => ({
          id: Number(v.fullDatabaseId ?? 0),
          user: v.author ? { login: loginOf(v.author) } : null,
          state: v.state,
          commit_id: v.commit?.oid ?? null,
          submitted_at: v.submittedAt,
        }),
      ),
      status: status ? { state: status.state.toLowerCase(), description: status.description ?? '' } : null,
      comments: comments.map(
        (c): Comment => ({ id: Number(c.fullDatabaseId ?? 0), body: c.body, author: loginOf(c.author) }),
      ),
    };
  }

  private async restFiles(number: number): Promise<string[]> {
    const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      owner: this.repo.owner,
      repo: this.repo.name,
      pull_number: number,
      per_page: 100,
    });
    return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  }

  /** A PR's connection (`files`, `reviews`, `comments`), every page or until `enough` says so. */
  private pullPages<T>(
    first: Conn<T>,
    number: number,
    field: string,
    select: string,
    enough?: (nodes: T[]) => boolean,
  ): Promise<T[]> {
    return this.allPages(
      first,
      async (after) =>
        (
          await this.ask<{ repository: { pullRequest: Record<string, Conn<T>> } }>(
            `query($owner: String!, $name: String!, $number: Int!, $after: String) {
          repository(owner: $owner, name: $name) { pullRequest(number: $number) {
            ${field}(first: 100, after: $after) { nodes { ${select} } ${PAGE} } } } }`,
            { number, after },
          )
        ).repository.pullRequest[field]!,
      enough,
    );
  }

  /** An open, labelled repository connection (`pullRequests`, `issues`), every page. */
  private repositoryPages<T>(
    first: Conn<T>,
    field: string,
    select: string,
    variables: Record<string, unknown>,
    moreDefs: string,
  ): Promise<T[]> {
    return this.allPages(
      first,
      async (after) =>
        (
          await this.ask<{ repository: Record<string, Conn<T>> }>(
            `query($owner: String!, $name: String!, $label: String!${moreDefs}, $after: String) {
          repository(owner: $owner, name: $name) {
            ${field}(states: OPEN, labels: [$label], first: 100, after: $after) { nodes { ${select} } ${PAGE} } } }`,
            { ...variables, after },
          )
        ).repository[field]!,
    );
  }

  /** A connection's nodes from its first page on, while it has a next page and `enough` is not met. */
  private async allPages<T>(
    first: Conn<T>,
    next: (after: string | null) => Promise<Conn<T>>,
    enough: (nodes: T[]) => boolean = () => false,
  ): Promise<T[]> {
    const out = [...first.nodes];
    let page = first.pageInfo;
    while (page.hasNextPage && !enough(out)) {
      const conn = await next(page.endCursor);
      out.push(...conn.nodes);
      page = conn.pageInfo;
    }
    return out;
  }
}
