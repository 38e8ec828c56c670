/** Issue and comment writes, shared by the REST handlers and the test-side helpers. */
import type { Ctx } from '../context.js';
import { checkBodyLength, notFound, requireString, validationFailed } from '../errors.js';
import type { CommentRec, IssueRec } from '../store.js';

export interface NewIssue {
  title?: unknown;
  body?: unknown;
  labels?: unknown;
  assignees?: unknown;
  assignee?: unknown;
}

/** Label names from `["a", {name: "b"}]`, the forms the API accepts. */
export function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')))
    .filter(Boolean);
}

/**
 * Who can be assigned: "anyone who has commented on the issue or pull request, anyone with write
 * permissions to the repository, and organization members with read permissions to the
 * repository" (github/docs content/issues/…/assigning-issues-and-pull-requests-to-other-github-users.md):
 * here, the repository's collaborators (`collaborators`, people holding tokens) and commenters.
 */
export function assignable(ctx: Ctx, login: string, issue?: IssueRec): boolean {
  if (ctx.roleOf(login)) return true;
  const me = login.toLowerCase();
  return (
    issue !== undefined &&
    [...ctx.store.comments.values()].some((c) => c.issue === issue.number && c.user.toLowerCase() === me)
  );
}

/**
 * 422 Validation Failed, one `{ value, resource: 'Issue', field: 'assignees', code: 'invalid' }`
 * per login that cannot be assigned, as GitHub answers POST /issues (seen in
 * JasonEtco/create-an-issue#41 and trstringer/manual-approval#71; `field: 'assignee'` for the
 * singular field, kubernetes/test-infra#1624).
 */
export function checkAssignees(
  ctx: Ctx,
  logins: string[],
  field: string,
  docs: string,
  issue?: IssueRec,
): void {
  const refused = logins.filter((l) => !assignable(ctx, l, issue));
  if (refused.length)
    throw validationFailed(
      refused.map((value) => ({ value, resource: 'Issue', field, code: 'invalid' })),
      docs,
    );
}

export const ISSUES_DOCS = 'https://docs.github.com/rest/issues/issues';

/**
 * `canPush`: "Only users with push access can set labels for new issues. Labels are silently
 * dropped otherwise." (and the same of assignees: the create-an-issue request body in GitHub's
 * OpenAPI description).
 */
export function createIssue(
  ctx: Ctx,
  login: string,
  input: NewIssue,
  createdAt = ctx.now(),
  canPush = true,
): IssueRec {
  const title = requireString(input.title, 'title', 'Issue');
  checkBodyLength(input.body, 'Issue');
  const labels = canPush ? labelNames(input.labels) : [];
  const field = Array.isArray(input.assignees) ? 'assignees' : 'assignee';
  const assignees = !canPush
    ? []
    : Array.isArray(input.assignees)
      ? (input.assignees as unknown[]).map(String)
      : typeof input.assignee === 'string'
        ? [input.assignee]
        : [];
  checkAssignees(ctx, assignees, field, `${ISSUES_DOCS}#create-an-issue`);
  return storeIssue(ctx, {
    title,
    body: input.body,
    labels: labels.map((l) => ctx.store.ensureLabel(l).name),
    assignees: assignees.map((a) => ctx.store.user(a).login),
    user: ctx.store.user(login).login,
    at: createdAt,
  });
}

/**
 * A new open issue or pull request (`pull`), numbered from the one sequence both share, as
 * GitHub numbers them.
 */
export function storeIssue(
  ctx: Ctx,
  o: {
    title: string;
    body: unknown;
    labels: string[];
    assignees: string[];
    user: string;
    at: string;
    /** A pull request's part; its id comes after the issue's, from the same sequence. */
    pull?: Omit<NonNullable<IssueRec['pull']>, 'id'>;
  },
): IssueRec {
  const rec: IssueRec = {
    number: ctx.store.nextNumber(),
    id: ctx.store.nextId(),
    title: o.title,
    body: typeof o.body === 'string' ? o.body : null,
    state: 'open',
    state_reason: null,
    labels: o.labels,
    assignees: o.assignees,
    user: o.user,
    created_at: o.at,
    updated_at: o.at,
    closed_at: null,
    closed_by: null,
    comments: 0,
    pinned: false,
    ...(o.pull ? { pull: { id: ctx.store.nextId(), ...o.pull } } : {}),
  };
  ctx.store.issues.set(rec.number, rec);
  return rec;
}

export function issueOr404(ctx: Ctx, n: string | number): IssueRec {
  const rec = ctx.store.issues.get(Number(n));
  if (!rec) throw notFound();
  return rec;
}

export function addComment(ctx: Ctx, number: number, login: string, body: unknown): CommentRec {
  const issue = issueOr404(ctx, number);
  const text = requireString(body, 'body', 'IssueComment');
  checkBodyLength(text, 'IssueComment');
  const now = ctx.now();
  const rec: CommentRec = {
    id: ctx.store.nextId(),
    issue: number,
    body: text,
    user: ctx.store.user(login).login,
    created_at: now,
    updated_at: now,
  };
  ctx.store.comments.set(rec.id, rec);
  issue.comments += 1;
  issue.updated_at = now;
  return rec;
}
