/**
 * A loopback GitHub for tests and the demo: the REST endpoints phasegate uses (and the GraphQL
 * mutations), over a real bare git repository. Given a validator, every answer is checked with
 * it; tests pass one built from GitHub's OpenAPI description and GraphQL schema
 * (test/support/github-validator), the demo passes none. Nothing here needs a devDependency.
 * See src/emulator/README.md for the API.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ctx, forkRef } from './context.js';
import { type ActionEvent, pullRequestReviewEvent, pushEvent, WEBHOOK_SCHEMAS } from './events.js';
import type { ContentCreationLimit, Fault, RequestMatch } from './faults.js';
import { ContentCreation, Rules } from './faults.js';
import { GitRepo } from './git.js';
import { registerCommits } from './handlers/commits.js';
import { registerGit } from './handlers/git.js';
import { registerGraphql } from './handlers/graphql.js';
import { addComment, createIssue } from './handlers/issue-ops.js';
import { registerIssues } from './handlers/issues.js';
import { createPull, mergePull, pullDetail, submitReview } from './handlers/pull-ops.js';
import { registerPulls } from './handlers/pulls.js';
import { registerRepos } from './handlers/repos.js';
import { registerSearch } from './handlers/search.js';
import { cloneTo, commitFiles, type FileChanges } from './human.js';
import type { AppPermission, Level, Role, TokenSpec } from './identity.js';
import { assess, gateState } from './protection.js';
import type { BranchProtection, Ruleset } from './protection-config.js';
import { Router } from './router.js';
import { type Caller, type Pipeline, type RequestRecord, serve, type Tamper } from './server.js';
import { type StateView, stateView } from './state-view.js';
import { Store } from './store.js';
import { grant } from './tokens.js';
import type { OperationKey, Validator } from './validator.js';
import type { WriteRecord } from './writes.js';

export interface EmulatorOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /**
   * token → who holds it: `{ kind: 'github-actions', permissions? }` (GITHUB_TOKEN),
   * `{ kind: 'app', slug, permissions }` (an App installation), `{ kind: 'person', login }`, or the
   * earlier `{ login, type? }` (see TokenSpec in identity.ts).
   */
  tokens: Record<string, TokenSpec>;
  /**
   * People's repository roles (login → role). People holding a token default to write; anyone
   * else is no collaborator (cannot be assigned).
   */
  collaborators?: Record<string, Role>;
  /** 'org/slug' → member logins */
  teams?: Record<string, string[]>;
  /**
   * Checks every answer (REST bodies, webhook payloads, GraphQL documents and data); mismatches
   * land in `violations`. None (the demo): nothing is checked. Tests pass GitHub's descriptions:
   * `startCheckedEmulator` in test/support/github-validator.
   */
  validator?: Validator;
  /** Base of html_url links (default https://github.com). */
  serverUrl?: string;
  /**
   * Classic branch protection, one rule per branch: required status checks, approvals, code-owner
   * review, stale-approval dismissal, admins and bypass actors (README: "Protection").
   */
  protection?: BranchProtection[];
  /** Repository rulesets: layered with each other and with `protection`; bypass lists per ruleset. */
  rulesets?: Ruleset[];
  /** Logins with the admin role; the owner always has it. */
  admins?: string[];
  /** Shorthand: `['release']` is `protection: [{ branch: 'release' }]` (pull requests required). */
  protectedBranches?: string[];
  /** "Allow GitHub Actions to create and approve pull requests" (default true). */
  actionsCanCreatePullRequests?: boolean;
  /** The clock for timestamps and commit dates (default: real time). */
  clock?: () => Date;
  /**
   * The content-creation secondary rate limit per login, on `clock` (GitHub's figures:
   * GITHUB_CONTENT_CREATION_LIMIT, 80 a minute and 500 an hour). None by default.
   */
  contentCreationLimit?: ContentCreationLimit;
}

export class Emulator {
  /** The validator's findings, GraphQL the emulator cannot read or answer, and emulator failures. */
  readonly violations: string[] = [];
  /** Every request, in arrival order. */
  readonly requests: RequestRecord[] = [];
  private readonly faults = new Rules<Fault>();
  private readonly tampers = new Rules<Tamper>();

  private constructor(
    /** @internal handlers' shared context; event builders read it. */
    readonly ctx: Ctx,
    private readonly server: Server,
    private readonly tokens: Map<string, Caller>,
  ) {}

  static async start(options: EmulatorOptions): Promise<Emulator> {
    const owner = options.owner ?? 'acme';
    const defaultBranch = options.defaultBranch ?? 'main';
    const store = new Store(options.teams ?? {});
    const tokens = new Map<string, Caller>();
    const roles = new Map<string, Role>();
    for (const [login, role] of Object.entries(options.collaborators ?? {}))
      roles.set(login.toLowerCase(), role);
    for (const [token, spec] of Object.entries(options.tokens)) grant(store, tokens, roles, token, spec);
    const identity = {
      owner,
      repo: options.repo ?? 'app',
      defaultBranch,
      serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/$/, ''),
      protection: {
        classic: [
          ...(options.protection ?? []),
          ...(options.protectedBranches ?? []).map((branch) => ({ branch })),
        ],
        rulesets: options.rulesets ?? [],
        admins: options.admins ?? [],
        owner,
        defaultBranch,
      },
      actionsCanCreatePullRequests: options.actionsCanCreatePullRequests ?? true,
      roles,
    };
    const ctx = new Ctx(
      identity,
      await GitRepo.init(defaultBranch),
      store,
      options.clock ?? (() => new Date()),
    );
    const router = routes();
    const validator = options.validator ?? null;
    let pipeline: Pipeline | undefined;
    const server = createServer((req, res) => {
      serve(pipeline!, req, res).catch((err) => {
        pipeline!.violations.push(`${req.method} ${req.url}: ${(err as Error).stack ?? err}`);
        res.destroy();
      });
    });
    const gh = new Emulator(ctx, server, tokens);
    ctx.validator = validator;
    ctx.violations = gh.violations;
    const limit = options.contentCreationLimit;
    pipeline = {
      ctx,
      router,
      tokens,
      contentCreation: limit ? new ContentCreation(limit, () => ctx.nowMs()) : null,
      validator,
      faults: gh.faults,
      tampers: gh.tampers,
      requests: gh.requests,
      violations: gh.violations,
    };
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return gh;
  }

  /**
   * A token minted while the emulator runs, as GitHub mints a GITHUB_TOKEN for each job with that
   * job's `permissions:` (the workflow runner asks for one per job).
   */
  grantToken(token: string, spec: TokenSpec): void {
    grant(this.ctx.store, this.tokens, this.ctx.id.roles, token, spec);
  }

  /** An integration token's permissions (GITHUB_TOKEN's, an App installation's); undefined for a person's or an unknown one. */
  tokenPermissions(token: string): Partial<Record<AppPermission, Level>> | undefined {
    const who = this.tokens.get(token)?.who;
    return who && who.kind !== 'person' ? who.permissions : undefined;
  }

  /** The API base: GITHUB_API_URL. */
  get url(): string {
    return this.ctx.url;
  }
  get owner(): string {
    return this.ctx.id.owner;
  }
  get repo(): string {
    return this.ctx.id.repo;
  }
  get defaultBranch(): string {
    return this.ctx.id.defaultBranch;
  }
  /** GITHUB_SERVER_URL */
  get serverUrl(): string {
    return this.ctx.id.serverUrl;
  }
  /** The bare repository's folder. */
  get gitDir(): string {
    return this.ctx.git.dir;
  }
  /** Read-only snapshots of pulls, issues, comments, reviews, labels, statuses. */
  get state(): StateView {
    return stateView(this.ctx);
  }

  /**
   * Who wrote what, in order: ref moves, pull requests opened, edited, closed, reopened and
   * merged, reviews submitted; by the REST API and by the helpers alike (writes.ts).
   */
  get writes(): readonly WriteRecord[] {
    return this.ctx.written;
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  /**
   * The next `times` requests matching `match` get `fault` instead of an answer (before the
   * handler runs; `{ lostResponse: true }` after it, so the write happens and the answer is lost).
   */
  fail(match: RequestMatch, fault: Fault, times = 1): void {
    this.faults.add(match, fault, times);
  }

  /** Test hook: rewrite the next matching answer's body (before it is validated). */
  tamper(match: RequestMatch, fn: Tamper, times = 1): void {
    this.tampers.add(match, fn, times);
  }

  /** Commits `files` on the default branch (the first commit when the repository is empty). */
  async seed(files: FileChanges, message = 'initial', login = this.owner): Promise<string> {
    return (await commitFiles(this.ctx, this.defaultBranch, files, message, login)).sha;
  }

  /** A person's push of one commit to `branch` (created from the default branch if absent). */
  async push(branch: string, files: FileChanges, message: string, login: string) {
    const { sha, before } = await commitFiles(this.ctx, branch, files, message, login);
    const event = await pushEvent(this, branch, before, sha, login);
    return { sha, before, pushPayload: event.payload, event };
  }

  /**
   * `login` pushes one commit to `branch` of their fork `<login>/<repo>` (created from this
   * repository's default branch if absent). A PR from it: `openPull({ head: 'login:branch' })`;
   * its `head.repo` is the fork (`fork: true`). Nothing in this repository moves, and no event.
   */
  async pushFork(login: string, branch: string, files: FileChanges, message: string) {
    return commitFiles(this.ctx, forkRef(login, branch), files, message, login);
  }

  /** A real checkout of a branch, full ref or sha into `dir`; returns HEAD's sha. */
  cloneTo(
    dir: string,
    ref = this.defaultBranch,
    identity = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    },
  ): Promise<string> {
    return cloneTo(this.ctx, dir, ref, identity);
  }

  /** `login` reviews PR `number`; returns the pull_request_review event for the phase gate. */
  async review(
    number: number,
    login: string,
    event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT',
    opts: { commitId?: string; body?: string } = {},
  ): Promise<ActionEvent> {
    const body = opts.body ?? (event === 'APPROVE' ? '' : `${event.toLowerCase()} by ${login}`);
    const rec = await this.ctx.exclusive(() =>
      submitReview(this.ctx, number, login, { event, body, commit_id: opts.commitId }),
    );
    return pullRequestReviewEvent(this, number, rec.id);
  }

  /** `login` presses "Merge"; returns the merge commit and the push event it causes. */
  async merge(
    number: number,
    login: string,
    opts: { method?: 'merge' | 'squash' | 'rebase'; sha?: string } = {},
  ) {
    const base = this.ctx.store.pull(number)?.pull?.baseRef ?? this.defaultBranch;
    const before = (await this.ctx.git.refSha(`refs/heads/${base}`)) ?? '';
    const sha = await this.ctx.exclusive(() =>
      mergePull(this.ctx, number, login, { merge_method: opts.method, sha: opts.sha }),
    );
    const event = await pushEvent(this, base, before, sha, login);
    return { sha, pushPayload: event.payload, event };
  }

  /**
   * What GitHub does once an auto-merge PR's requirements pass ("when all required reviews are
   * met and status checks have passed"): merges each open PR with auto-merge enabled whose base
   * rules now pass (no one's bypass counts) and that merges cleanly, as the user who enabled it,
   * with the method they chose. The others stay open, auto-merge still on.
   */
  async completeAutoMerges() {
    const open = [...this.ctx.store.issues.values()].filter((i) => i.state === 'open' && i.pull?.auto_merge);
    const merged = [];
    for (const i of open) {
      const mergeable = (await pullDetail(this.ctx, i)).mergeable;
      if (!mergeable || gateState(await assess(this.ctx, i, null)) !== 'clean') continue;
      const { enabled_by, merge_method } = i.pull!.auto_merge!;
      merged.push({
        number: i.number,
        ...(await this.merge(i.number, enabled_by, { method: merge_method })),
      });
    }
    return merged;
  }

  /** `login` opens a PR from `head` (which must exist) into `base`; returns its number. */
  async openPull(input: {
    head: string;
    base?: string;
    title: string;
    body?: string;
    user: string;
  }): Promise<number> {
    const { user, ...rest } = input;
    const rec = await this.ctx.exclusive(() =>
      createPull(this.ctx, user, { base: this.defaultBranch, ...rest }),
    );
    return rec.number;
  }

  /** `user` opens an issue, optionally back-dated (search by created: sees `createdAt`). */
  async openIssue(input: {
    title: string;
    body?: string;
    labels?: string[];
    assignees?: string[];
    user: string;
    createdAt?: Date;
  }): Promise<number> {
    const { user, createdAt, ...rest } = input;
    const at = createdAt?.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return this.ctx.exclusive(async () => createIssue(this.ctx, user, rest, at).number);
  }

  /** `login` comments on issue or PR `number`; returns the comment id. */
  async comment(number: number, login: string, body: string): Promise<number> {
    return this.ctx.exclusive(async () => addComment(this.ctx, number, login, body).id);
  }

  /** The sha a branch (or full ref) points to, or null. */
  refSha(ref: string): Promise<string | null> {
    return this.ctx.git.refSha(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`);
  }

  /** A file's text at a branch, ref or sha, or null when absent. */
  async readFile(ref: string, path: string): Promise<string | null> {
    const commit = await this.ctx.git.resolveCommit(ref);
    if (!commit) return null;
    const r = await this.ctx.git.git(['cat-file', 'blob', `${commit}:${path}`], { allowFail: true });
    return r.code === 0 ? r.stdout.toString('utf8') : null;
  }

  /** Runs git in the bare repository (log, ls-tree …) for assertions. */
  async gitText(args: string[]): Promise<string> {
    return (await this.ctx.git.git(args)).stdout.toString('utf8');
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.ctx.git.dispose();
  }
}

export function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  return Emulator.start(options);
}

function routes(): Router {
  const router = new Router();
  for (const register of [
    registerRepos,
    registerCommits,
    registerGit,
    registerPulls,
    registerIssues,
    registerSearch,
    registerGraphql,
  ])
    register(router);
  return router;
}

/**
 * What a validator must know: the operations the emulator answers ([METHOD, OpenAPI path
 * template], POST /graphql included) and the webhook schemas of the events it builds.
 */
export function emulatorSurface(): { operations: OperationKey[]; webhooks: string[] } {
  return { operations: routes().operations(), webhooks: [...WEBHOOK_SCHEMAS] };
}
