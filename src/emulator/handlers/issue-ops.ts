/** Issue and comment writes, shared by the REST handlers and the test-side helpers. */
import type { Ctx } from '../context.js';
import { checkBodyLength, notFound, validationFailed } from '../errors.js';
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

export function createIssue(ctx: Ctx, login: string, input: NewIssue, createdAt = ctx.now()): IssueRec {
  if (typeof input.title !== 'string' || !input.title) {
    throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  }
  checkBodyLength(input.body, 'Issue');
  const labels = labelNames(input.labels);
  const assignees = Array.isArray(input.assignees)
    ? (input.assignees as unknown[]).map(String)
    : typeof input.assignee === 'string'
      ? [input.assignee]
      : [];
  const rec: IssueRec = {
    number: ctx.store.nextNumber(),
    id: ctx.store.nextId(),
    title: input.title,
    body: typeof input.body === 'string' ? input.body : null,
    state: 'open',
    state_reason: null,
    labels: labels.map((l) => ctx.store.ensureLabel(l).name),
    assignees: assignees.map((a) => ctx.store.user(a).login),
    user: ctx.store.user(login).login,
    created_at: createdAt,
    updated_at: createdAt,
    closed_at: null,
    closed_by: null,
    comments: 0,
    pinned: false,
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
  if (typeof body !== 'string' || !body) {
    throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  }
  checkBodyLength(body, 'IssueComment');
  const now = ctx.now();
  const rec: CommentRec = {
    id: ctx.store.nextId(),
    issue: number,
    body,
    user: ctx.store.user(login).login,
    created_at: now,
    updated_at: now,
  };
  ctx.store.comments.set(rec.id, rec);
  issue.comments += 1;
  issue.updated_at = now;
  return rec;
}
