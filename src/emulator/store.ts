/**
 * The emulator's in-memory state beside the git repository: users, issues and pull requests
 * (one number sequence, as on GitHub), comments, reviews, labels, statuses.
 */

export type UserType = 'User' | 'Bot';

export interface UserSpec {
  login: string;
  type?: UserType;
  name?: string;
  email?: string;
}

export interface UserRec {
  login: string;
  id: number;
  type: UserType;
  name: string;
  email: string;
}

export interface PullRec {
  id: number;
  /** The head branch's name (in the fork, for a PR from one). */
  headRef: string;
  /**
   * The owner of the fork the head branch lives in (`mallory` for `mallory/app`); absent when the
   * head is a branch of this repository. The fork's commits share this repository's objects, as
   * a fork network's do on GitHub; its branches are the refs `refs/forks/<owner>/<branch>`.
   */
  headOwner?: string;
  /** Last known tip of the head branch; frozen once the PR is closed. */
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  merged_at: string | null;
  merged_by: string | null;
  merge_commit_sha: string | null;
  maintainer_can_modify: boolean;
  requested_reviewers: string[];
  /** 'org/slug' */
  requested_teams: string[];
  auto_merge: { enabled_by: string; merge_method: 'merge' | 'squash' | 'rebase' } | null;
}

export interface IssueRec {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'reopened' | 'not_planned' | null;
  labels: string[];
  assignees: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  comments: number;
  pinned: boolean;
  pull?: PullRec;
}

export interface CommentRec {
  id: number;
  issue: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';

export interface ReviewRec {
  id: number;
  pull: number;
  user: string;
  body: string;
  state: ReviewState;
  commit_id: string;
  submitted_at: string;
}

export interface LabelRec {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface StatusRec {
  id: number;
  sha: string;
  state: StatusState;
  context: string;
  description: string | null;
  target_url: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
}

/** Well-known ids, so payloads look like the real ones. */
const KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

export class Store {
  readonly users = new Map<string, UserRec>();
  readonly issues = new Map<number, IssueRec>();
  readonly comments = new Map<number, CommentRec>();
  readonly reviews: ReviewRec[] = [];
  readonly labels = new Map<string, LabelRec>();
  readonly statuses: StatusRec[] = [];
  /** Commits GitHub made (API commits, merges): shown as verified, as GitHub signs them. */
  readonly signed = new Set<string>();
  private lastNumber = 0;
  private lastId = 1000;

  constructor(readonly teams: Record<string, string[]>) {}

  nextNumber(): number {
    this.lastNumber += 1;
    return this.lastNumber;
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** The user with this login, created on first sight (any login exists, as in an org). */
  user(login: string, spec: Omit<UserSpec, 'login'> = {}): UserRec {
    const key = login.toLowerCase();
    let u = this.users.get(key);
    if (!u) {
      const type = spec.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
      const id = KNOWN_IDS[login] ?? this.nextId();
      u = {
        login,
        id,
        type,
        name: spec.name ?? login,
        email: spec.email ?? `${id}+${login}@users.noreply.github.com`,
      };
      this.users.set(key, u);
    }
    return u;
  }

  pull(number: number): IssueRec | undefined {
    const i = this.issues.get(number);
    return i?.pull ? i : undefined;
  }

  label(name: string): LabelRec | undefined {
    return this.labels.get(name.toLowerCase());
  }

  /** The label, created with GitHub's default grey when an issue is labelled with a new name. */
  ensureLabel(name: string): LabelRec {
    let l = this.label(name);
    if (!l) {
      l = { id: this.nextId(), name, color: 'ededed', description: null, default: false };
      this.labels.set(name.toLowerCase(), l);
    }
    return l;
  }

  teamMembers(org: string, slug: string): string[] | undefined {
    const key = Object.keys(this.teams).find((k) => k.toLowerCase() === `${org}/${slug}`.toLowerCase());
    return key ? this.teams[key] : undefined;
  }
}
