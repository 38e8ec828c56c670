/**
 * How a branch is protected, in GitHub's two forms: classic branch protection (one rule per
 * branch, Settings → Branches) and repository rulesets (any number, layered). Plain data and
 * matching only; protection.ts judges pull requests and ref updates against it.
 *
 * Both forms share the requirement names below (GitHub spells them differently in each API:
 * classic `required_status_checks.contexts`, `strict`, `required_pull_request_reviews.
 * required_approving_review_count`, `require_code_owner_reviews`, `dismiss_stale_reviews`,
 * `enforce_admins`; rulesets `required_status_checks`, `strict_required_status_checks_policy`,
 * `pull_request.required_approving_review_count`, `require_code_owner_review`,
 * `dismiss_stale_reviews_on_push`, `bypass_actors`).
 */
import { maxOf } from '../extent.js';

export interface Requirements {
  /** Status contexts that must be `success` (newest status per context) on the PR's head commit. */
  requiredStatusChecks?: string[];
  /** "Require branches to be up to date before merging": the base tip must be in the head. */
  strict?: boolean;
  /** Approvals needed (newest review per reviewer; the author cannot approve). */
  requiredApprovingReviewCount?: number;
  /** Every changed file with a CODEOWNERS owner needs an approval from one of its owners. */
  requireCodeOwnerReviews?: boolean;
  /** Approvals of an older head commit are dismissed when new commits are pushed. */
  dismissStaleReviews?: boolean;
  /** "Require a pull request before merging": no direct ref updates (default true). */
  requirePullRequest?: boolean;
}

/**
 * Who may bypass: a GitHub App by slug (its login `<slug>[bot]`), a person or bot by login, or
 * the repository admin role (`admins` and the owner).
 */
export type Bypass = { app: string } | { user: string } | 'admins';

/** Classic branch protection of `branch` (a name or an fnmatch pattern such as `release/*`). */
export interface BranchProtection extends Requirements {
  branch: string;
  /** "Do not allow bypassing the above settings": admins are held to them too. */
  enforceAdmins?: boolean;
  /** "Allow specified actors to bypass required pull requests": reviews and direct updates. */
  bypass?: Bypass[];
}

/** A repository ruleset (enforcement active) targeting `branches`: names, fnmatch patterns, `~DEFAULT_BRANCH`, `~ALL`. */
export interface Ruleset extends Requirements {
  name: string;
  branches: string[];
  /** Bypass list ("always"): these actors skip every rule of this ruleset. */
  bypass?: Bypass[];
}

export interface ProtectionConfig {
  classic: BranchProtection[];
  rulesets: Ruleset[];
  /** Logins with the admin role (the owner always has it). */
  admins: string[];
  owner: string;
  defaultBranch: string;
}

/** One source of rules that applies to a branch, with who escapes which part of it. */
export interface RuleSource {
  kind: 'classic' | 'ruleset';
  name: string;
  req: Requirements;
  /** Skips every requirement of this source. */
  bypassesAll(login: string): boolean;
  /** Skips the pull-request requirements (reviews, direct updates). */
  bypassesReviews(login: string): boolean;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function isAdmin(config: ProtectionConfig, login: string): boolean {
  return same(login, config.owner) || config.admins.some((a) => same(a, login));
}

function listed(config: ProtectionConfig, list: Bypass[] | undefined, login: string): boolean {
  return (list ?? []).some((b) =>
    b === 'admins' ? isAdmin(config, login) : 'app' in b ? same(`${b.app}[bot]`, login) : same(b.user, login),
  );
}

/** fnmatch as GitHub applies it to branch names: `*` within a segment, `**` across, `?` one character. */
export function fnmatch(pattern: string, name: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(name);
}

function targets(config: ProtectionConfig, pattern: string, branch: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === '~DEFAULT_BRANCH') return branch === config.defaultBranch;
  return fnmatch(pattern.replace(/^refs\/heads\//, ''), branch);
}

/**
 * The rules on `branch`: the classic rule whose name matches exactly, else the first pattern that
 * matches (GitHub applies only one), and every ruleset targeting it (rulesets layer).
 */
export function sourcesFor(config: ProtectionConfig, branch: string): RuleSource[] {
  const out: RuleSource[] = [];
  const classic =
    config.classic.find((c) => c.branch === branch) ?? config.classic.find((c) => fnmatch(c.branch, branch));
  if (classic) {
    const adminEscapes = (login: string) => !classic.enforceAdmins && isAdmin(config, login);
    out.push({
      kind: 'classic',
      name: classic.branch,
      req: classic,
      bypassesAll: adminEscapes,
      bypassesReviews: (login) => adminEscapes(login) || listed(config, classic.bypass, login),
    });
  }
  for (const rs of config.rulesets) {
    if (!rs.branches.some((p) => targets(config, p, branch))) continue;
    const escapes = (login: string) => listed(config, rs.bypass, login);
    out.push({ kind: 'ruleset', name: rs.name, req: rs, bypassesAll: escapes, bypassesReviews: escapes });
  }
  return out;
}

/** Whether pushing to a PR's head dismisses earlier approvals, given the PR's base branch. */
export function dismissesStale(config: ProtectionConfig, base: string): boolean {
  return sourcesFor(config, base).some((s) => s.req.dismissStaleReviews);
}

/** Rulesets layer: the most restrictive version of each requirement applies. */
export function strictest(reqs: Requirements[]): Requirements {
  const contexts = new Set(reqs.flatMap((r) => r.requiredStatusChecks ?? []));
  return {
    requiredStatusChecks: [...contexts],
    strict: reqs.some((r) => r.strict),
    requiredApprovingReviewCount: maxOf(
      reqs.map((r) => r.requiredApprovingReviewCount ?? 0),
      0,
    ),
    requireCodeOwnerReviews: reqs.some((r) => r.requireCodeOwnerReviews),
    dismissStaleReviews: reqs.some((r) => r.dismissStaleReviews),
    requirePullRequest: reqs.some((r) => r.requirePullRequest !== false),
  };
}
