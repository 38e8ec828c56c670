/** GitHub's REST shapes of pull requests and issues, read into the forge port's plain data. */
import type { Issue, PullRequest } from '../ports/forge.js';

export type RawPull = {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  merged_at?: string | null;
  user: { login: string } | null;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
  labels: Array<{ name?: string } | string>;
};

type RawIssue = {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  labels: Array<{ name?: string } | string>;
  user: { login: string } | null;
};

const labelNames = (labels: RawPull['labels']) =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));

/** `repository` is owner/name: a head branch in another repository is a fork. */
export function pullOf(p: RawPull, repository: string): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'open' ? 'open' : 'closed',
    merged: Boolean(p.merged_at),
    mergedAt: p.merged_at ? Date.parse(p.merged_at) : null,
    author: p.user?.login ?? '',
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    labels: labelNames(p.labels),
    fromFork: (p.head.repo?.full_name ?? '').toLowerCase() !== repository.toLowerCase(),
  };
}

export function issueOf(i: RawIssue): Issue {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title,
    body: i.body ?? '',
    labels: labelNames(i.labels),
    author: i.user?.login ?? '',
  };
}
