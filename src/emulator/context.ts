/** What every handler shares: the repository's identity, its git storage, state and clock. */
import type { GitRepo } from './git.js';
import type { Role } from './identity.js';
import { dismissesStale, type ProtectionConfig } from './protection-config.js';
import type { Store } from './store.js';
import type { Validator } from './validator.js';
import type { WriteRecord } from './writes.js';

export interface RepoIdentity {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Where html_url links point (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** Classic branch protection and rulesets (protection.ts judges merges and ref updates). */
  protection: ProtectionConfig;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests". */
  actionsCanCreatePullRequests: boolean;
  /** People's repository roles (lowercased login → role); anyone else is no collaborator. */
  roles: Map<string, Role>;
}

/** The git ref holding a PR's head: a branch here, or a fork's branch (`refs/forks/<owner>/<branch>`). */
export function headGitRef(p: { headRef: string; headOwner?: string }): string {
  return p.headOwner ? forkRef(p.headOwner, p.headRef) : `refs/heads/${p.headRef}`;
}

/** Where the emulator keeps branch `branch` of `owner`'s fork. */
export function forkRef(owner: string, branch: string): string {
  return `refs/forks/${owner.toLowerCase()}/${branch}`;
}

export class Ctx {
  /** Set once the server listens. */
  url = '';
  readonly createdAt: string;
  /** Set by the emulator: null when no validator was given (the demo). */
  validator: Validator | null = null;
  /** Set by the emulator: where mismatches are reported. */
  violations: string[] = [];
  /** Serialises writes so check-then-act sequences are atomic, as on GitHub. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Who wrote what, in order (`gh.writes`, writes.ts). */
  readonly written: WriteRecord[] = [];

  constructor(
    readonly id: RepoIdentity,
    readonly git: GitRepo,
    readonly store: Store,
    private readonly clock: () => Date,
  ) {
    this.createdAt = this.now();
  }

  /** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  /** The emulator's clock in milliseconds (rate limits count on it). */
  nowMs(): number {
    return this.clock().getTime();
  }

  /** A person's repository role, or undefined for someone who is no collaborator. */
  roleOf(login: string): Role | undefined {
    return this.id.roles.get(login.toLowerCase());
  }

  get fullName(): string {
    return `${this.id.owner}/${this.id.repo}`;
  }

  get repoApi(): string {
    return `${this.url}/repos/${this.fullName}`;
  }

  get repoHtml(): string {
    return `${this.id.serverUrl}/${this.fullName}`;
  }

  get actionsCanCreatePullRequests(): boolean {
    return this.id.actionsCanCreatePullRequests;
  }

  /** Checks a webhook payload the event builders made against its schema. */
  checkWebhook(schema: string, payload: unknown): void {
    const problem = this.validator?.checkWebhook(schema, payload);
    if (problem) this.violations.push(`${schema} payload: ${problem}`);
  }

  /** Runs `fn` after every earlier write has finished. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writes.then(fn, fn);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * Records who moved a ref, and keeps open PRs' head and base shas in step with a branch that
   * just moved. New commits on a PR's head dismiss its approvals when the base's protection
   * dismisses stale reviews, as GitHub marks them DISMISSED on push.
   */
  refMoved(fullRef: string, sha: string, by: { before: string; login: string }): void {
    this.written.push({ kind: 'ref', ref: fullRef, before: by.before, after: sha, login: by.login });
    const branch = fullRef.startsWith('refs/heads/') ? fullRef.slice('refs/heads/'.length) : null;
    for (const i of this.store.issues.values()) {
      if (!i.pull || i.state !== 'open') continue;
      if (headGitRef(i.pull) === fullRef && i.pull.headSha !== sha) {
        i.pull.headSha = sha;
        if (dismissesStale(this.id.protection, i.pull.baseRef)) {
          for (const r of this.store.reviews)
            if (r.pull === i.number && r.state === 'APPROVED' && r.commit_id !== sha) r.state = 'DISMISSED';
        }
      }
      if (branch !== null && i.pull.baseRef === branch) i.pull.baseSha = sha;
    }
  }
}
