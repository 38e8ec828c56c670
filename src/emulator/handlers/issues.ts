/** Issues (pull requests included, as on GitHub), comments and labels. */
import { hasPushAccess } from '../access.js';
import { checkBodyLength, HttpError, notFound, requireString, validationFailed } from '../errors.js';
import { paginate, type Req, type Router } from '../router.js';
import { comment, issue, label } from '../shapes.js';
import type { IssueRec } from '../store.js';
import { addComment, checkAssignees, createIssue, ISSUES_DOCS, issueOr404, labelNames } from './issue-ops.js';
import { recordPullUpdate } from './pull-ops.js';

const REPO = '/repos/{owner}/{repo}';
const ISSUE = `${REPO}/issues/{issue_number}`;

function listIssues(req: Req): IssueRec[] {
  const q = req.query;
  const state = q.get('state') ?? 'open';
  let items = [...req.ctx.store.issues.values()];
  if (state !== 'all') items = items.filter((i) => i.state === state);
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  if (wanted.length)
    items = items.filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
  const creator = q.get('creator')?.toLowerCase();
  if (creator) items = items.filter((i) => i.user.toLowerCase() === creator);
  const assignee = q.get('assignee');
  if (assignee === 'none') items = items.filter((i) => i.assignees.length === 0);
  else if (assignee === '*') items = items.filter((i) => i.assignees.length > 0);
  else if (assignee)
    items = items.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
  const since = q.get('since');
  if (since) items = items.filter((i) => Date.parse(i.updated_at) >= Date.parse(since));
  const sort = q.get('sort') ?? 'created';
  const key = (i: IssueRec) =>
    sort === 'updated'
      ? i.updated_at
      : sort === 'comments'
        ? String(i.comments).padStart(9, '0')
        : i.created_at;
  items.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
  return (q.get('direction') ?? 'desc') === 'asc' ? items : items.reverse();
}

// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
export function registerIssues(r: Router): void {
  r.add('POST', `${REPO}/issues`, ({ ctx, body, user, who }) => ({
    status: 201,
    body: issue(
      ctx,
      createIssue(ctx, user.login, body, ctx.now(), hasPushAccess(who, ctx.roleOf(user.login))),
    ),
  }));

  r.add('GET', `${REPO}/issues`, (req) => {
    const page = paginate(req, listIssues(req));
    return { status: 200, body: page.items.map((i) => issue(req.ctx, i)), headers: page.headers };
  });

  r.add('GET', ISSUE, ({ ctx, params }) => ({
    status: 200,
    body: issue(ctx, issueOr404(ctx, params.issue_number!)),
  }));

  r.add('PATCH', ISSUE, ({ ctx, params, body, user, who }) => {
    const i = issueOr404(ctx, params.issue_number!);
    const wasOpen = i.state === 'open';
    checkBodyLength(body.body, 'Issue');
    // "Without push access to the repository, label changes are silently dropped" (assignees too).
    const canPush = hasPushAccess(who, ctx.roleOf(user.login));
    const assignees = canPush && Array.isArray(body.assignees) ? body.assignees.map(String) : undefined;
    if (assignees) checkAssignees(ctx, assignees, 'assignees', `${ISSUES_DOCS}#update-an-issue`, i);
    if (typeof body.title === 'string') i.title = body.title;
    if (typeof body.body === 'string' || body.body === null) i.body = body.body as string | null;
    if (canPush && body.labels !== undefined)
      i.labels = labelNames(body.labels).map((l) => ctx.store.ensureLabel(l).name);
    if (assignees) i.assignees = assignees.map((a) => ctx.store.user(a).login);
    if (body.state === 'closed' && i.state === 'open') {
      const reason = (body.state_reason as IssueRec['state_reason']) ?? 'completed';
      Object.assign(i, {
        state: 'closed',
        closed_at: ctx.now(),
        closed_by: user.login,
        state_reason: reason,
      });
    } else if (body.state === 'open' && i.state === 'closed') {
      if (i.pull?.merged)
        throw validationFailed([
          {
            resource: 'Issue',
            code: 'custom',
            field: 'state',
            message: 'state cannot be changed. The pull request has been merged.',
          },
        ]);
      Object.assign(i, { state: 'open', closed_at: null, closed_by: null, state_reason: 'reopened' });
    } else if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state' }]);
    }
    i.updated_at = ctx.now();
    const fields = ['title', 'body'].filter((f) => body[f] !== undefined);
    recordPullUpdate(ctx, i, user.login, fields, wasOpen);
    return { status: 200, body: issue(ctx, i) };
  });

  r.add('GET', `${ISSUE}/comments`, (req) => {
    const n = issueOr404(req.ctx, req.params.issue_number!).number;
    const since = req.query.get('since');
    const all = [...req.ctx.store.comments.values()].filter(
      (c) => c.issue === n && (!since || Date.parse(c.updated_at) >= Date.parse(since)),
    );
    const page = paginate(req, all);
    return { status: 200, body: page.items.map((c) => comment(req.ctx, c)), headers: page.headers };
  });

  r.add('POST', `${ISSUE}/comments`, ({ ctx, params, body, user }) => ({
    status: 201,
    body: comment(ctx, addComment(ctx, Number(params.issue_number), user.login, body.body)),
  }));

  r.add('GET', `${REPO}/issues/comments/{comment_id}`, ({ ctx, params }) => {
    const c = ctx.store.comments.get(Number(params.comment_id));
    if (!c) throw notFound();
    return { status: 200, body: comment(ctx, c) };
  });

  r.add('PATCH', `${REPO}/issues/comments/{comment_id}`, ({ ctx, params, body }) => {
    const c = ctx.store.comments.get(Number(params.comment_id));
    if (!c) throw notFound();
    const text = requireString(body.body, 'body', 'IssueComment');
    checkBodyLength(text, 'IssueComment');
    c.body = text;
    c.updated_at = ctx.now();
    return { status: 200, body: comment(ctx, c) };
  });

  r.add('POST', `${ISSUE}/labels`, ({ ctx, params, body }) => {
    const i = issueOr404(ctx, params.issue_number!);
    // The body is {labels: [...]} or a bare array of names.
    const names = labelNames(Array.isArray(body) ? body : body.labels);
    for (const n of names) {
      const l = ctx.store.ensureLabel(n);
      if (!i.labels.some((x) => x.toLowerCase() === l.name.toLowerCase())) i.labels.push(l.name);
    }
    i.updated_at = ctx.now();
    return { status: 200, body: i.labels.map((n) => label(ctx, ctx.store.ensureLabel(n))) };
  });

  r.add('DELETE', `${ISSUE}/labels/{name}`, ({ ctx, params }) => {
    const i = issueOr404(ctx, params.issue_number!);
    const before = i.labels.length;
    i.labels = i.labels.filter((l) => l.toLowerCase() !== params.name!.toLowerCase());
    if (i.labels.length === before) {
      throw new HttpError(404, {
        message: 'Label does not exist',
        documentation_url: 'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue',
        status: '404',
      });
    }
    return { status: 200, body: i.labels.map((n) => label(ctx, ctx.store.ensureLabel(n))) };
  });

  r.add('POST', `${REPO}/labels`, ({ ctx, body }) => {
    const name = requireString(body.name, 'name', 'Label');
    if (ctx.store.label(name))
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const l = ctx.store.ensureLabel(name);
    if (typeof body.color === 'string') l.color = body.color.replace(/^#/, '');
    if (typeof body.description === 'string') l.description = body.description;
    return { status: 201, body: label(ctx, l) };
  });

  r.add('GET', `${REPO}/labels`, (req) => {
    const page = paginate(
      req,
      [...req.ctx.store.labels.values()].sort((a, b) => a.name.localeCompare(b.name)),
    );
    return { status: 200, body: page.items.map((l) => label(req.ctx, l)), headers: page.headers };
  });
}
