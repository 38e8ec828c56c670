/** Pull requests, their reviews and review requests. */
import type { Ctx } from '../context.js';
import { headGitRef } from '../context.js';
import { checkBodyLength, unprocessable, validationFailed } from '../errors.js';
import { paginate, type Req, type Router } from '../router.js';
import { diffEntry, pull, pullSimple, review, simpleUser, teamSimple } from '../shapes.js';
import type { IssueRec } from '../store.js';
import {
  createPull,
  headLabel,
  mergePull,
  openPullFor,
  pullDetail,
  pullOr404,
  recordPullUpdate,
  submitReview,
} from './pull-ops.js';

const PULLS = '/repos/{owner}/{repo}/pulls';

async function full(ctx: Ctx, i: IssueRec) {
  return pull(ctx, i, await pullDetail(ctx, i));
}

function sorted(req: Req, items: IssueRec[]): IssueRec[] {
  const sort = req.query.get('sort') ?? 'created';
  const key = sort === 'updated' ? 'updated_at' : 'created_at';
  const dir = req.query.get('direction') ?? (sort === 'created' || sort === 'updated' ? 'desc' : 'desc');
  const out = [...items].sort((a, b) => a[key].localeCompare(b[key]) || a.number - b.number);
  return dir === 'asc' ? out : out.reverse();
}

// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
export function registerPulls(r: Router): void {
  r.add('GET', PULLS, async (req) => {
    const { ctx, query } = req;
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    const base = query.get('base');
    let items = [...ctx.store.issues.values()].filter((i) => i.pull);
    if (state !== 'all') items = items.filter((i) => i.state === state);
    if (head) {
      // Owners compare without case, branch names with it.
      const [owner, branch] = head.includes(':') ? head.split(/:(.*)/s) : [ctx.id.owner, head];
      const ownerOf = (i: IssueRec) => (i.pull!.headOwner ?? ctx.id.owner).toLowerCase();
      items = items.filter((i) => ownerOf(i) === owner!.toLowerCase() && i.pull!.headRef === branch);
    }
    if (base) items = items.filter((i) => i.pull!.baseRef === base);
    const page = paginate(req, sorted(req, items));
    return { status: 200, body: page.items.map((i) => pullSimple(ctx, i)), headers: page.headers };
  });

  r.add('POST', PULLS, async ({ ctx, body, user }) => {
    const rec = await createPull(ctx, user.login, body);
    return { status: 201, body: await full(ctx, rec) };
  });

  r.add('GET', `${PULLS}/{pull_number}`, async ({ ctx, params }) => ({
    status: 200,
    body: await full(ctx, pullOr404(ctx, params.pull_number!)),
  }));

  r.add('PATCH', `${PULLS}/{pull_number}`, async ({ ctx, params, body, user }) => {
    const i = pullOr404(ctx, params.pull_number!);
    const wasOpen = i.state === 'open';
    checkBodyLength(body.body, 'Issue');
    if (typeof body.title === 'string') i.title = body.title;
    if (typeof body.body === 'string' || body.body === null) i.body = body.body as string | null;
    if (typeof body.base === 'string') {
      const baseSha = await ctx.git.refSha(`refs/heads/${body.base}`);
      if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      Object.assign(i.pull!, { baseRef: body.base, baseSha });
    }
    if (typeof body.maintainer_can_modify === 'boolean')
      i.pull!.maintainer_can_modify = body.maintainer_can_modify;
    if (body.state === 'closed' && i.state === 'open') {
      Object.assign(i, { state: 'closed', closed_at: ctx.now(), closed_by: user.login });
    } else if (body.state === 'open' && i.state === 'closed') {
      if (i.pull!.merged) throw unprocessable('Cannot reopen a merged pull request');
      const head = { branch: i.pull!.headRef, owner: i.pull!.headOwner };
      if (openPullFor(ctx, head, i.pull!.baseRef)) {
        const message = `A pull request already exists for ${headLabel(ctx, i.pull!)}.`;
        throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }]);
      }
      const headSha = await ctx.git.refSha(headGitRef(i.pull!));
      const baseSha = await ctx.git.refSha(`refs/heads/${i.pull!.baseRef}`);
      if (!headSha || !baseSha) {
        throw validationFailed([
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'state cannot be changed. The head branch was deleted.',
          },
        ]);
      }
      // While closed, the PR did not follow its branches.
      Object.assign(i.pull!, { headSha, baseSha });
      Object.assign(i, { state: 'open', closed_at: null, closed_by: null, state_reason: 'reopened' });
    }
    i.updated_at = ctx.now();
    const fields = ['title', 'body', 'base'].filter((f) => body[f] !== undefined);
    recordPullUpdate(ctx, i, user.login, fields, wasOpen);
    return { status: 200, body: await full(ctx, i) };
  });

  r.add('PUT', `${PULLS}/{pull_number}/merge`, async ({ ctx, params, body, user }) => {
    const sha = await mergePull(ctx, Number(params.pull_number), user.login, body);
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
  });

  r.add('GET', `${PULLS}/{pull_number}/files`, async (req) => {
    const p = pullOr404(req.ctx, req.params.pull_number!).pull!;
    // "Responses include a maximum of 3000 files" (REST docs, List pull requests files).
    const files = (await req.ctx.git.changedFiles(p.baseSha, p.headSha)).slice(0, 3000);
    const page = paginate(req, files);
    return {
      status: 200,
      body: page.items.map((f) => diffEntry(req.ctx, p.headSha, f)),
      headers: page.headers,
    };
  });

  r.add('GET', `${PULLS}/{pull_number}/reviews`, (req) => {
    const n = pullOr404(req.ctx, req.params.pull_number!).number;
    const page = paginate(
      req,
      req.ctx.store.reviews.filter((rv) => rv.pull === n),
    );
    return { status: 200, body: page.items.map((rv) => review(req.ctx, rv)), headers: page.headers };
  });

  r.add('POST', `${PULLS}/{pull_number}/reviews`, async ({ ctx, params, body, user }) => {
    const rec = await submitReview(ctx, Number(params.pull_number), user.login, body);
    return { status: 200, body: review(ctx, rec) };
  });

  r.add('POST', `${PULLS}/{pull_number}/requested_reviewers`, async ({ ctx, params, body }) => {
    const i = pullOr404(ctx, params.pull_number!);
    const users = ((body.reviewers ?? []) as string[]).map(String);
    const teams = ((body.team_reviewers ?? []) as string[]).map((t) => `${ctx.id.owner}/${t}`);
    if (users.some((u) => u.toLowerCase() === i.user.toLowerCase())) {
      throw unprocessable('Review cannot be requested from pull request author.');
    }
    const unknownTeam = teams.find((t) => !ctx.store.teamMembers(ctx.id.owner, t.split('/')[1]!));
    if (unknownTeam) {
      throw unprocessable(
        `Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${ctx.fullName} repository.`,
      );
    }
    const p = i.pull!;
    for (const u of users)
      if (!p.requested_reviewers.some((x) => x.toLowerCase() === u.toLowerCase()))
        p.requested_reviewers.push(ctx.store.user(u).login);
    for (const t of teams) if (!p.requested_teams.includes(t)) p.requested_teams.push(t);
    return { status: 201, body: pullSimple(ctx, i) };
  });

  r.add('GET', `${PULLS}/{pull_number}/requested_reviewers`, ({ ctx, params }) => {
    const p = pullOr404(ctx, params.pull_number!).pull!;
    return {
      status: 200,
      body: {
        users: p.requested_reviewers.map((u) => simpleUser(ctx, u)),
        teams: p.requested_teams.map((t) => ({ ...teamSimple(ctx, t), parent: null })),
      },
    };
  });

  r.add('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', async (req) => {
    const { ctx, params } = req;
    const sha = await ctx.git.resolveCommit(params.commit_sha!);
    if (!sha) throw unprocessable(`No commit found for SHA: ${params.commit_sha}`);
    const page = paginate(req, await pullsWithCommit(ctx, sha));
    return { status: 200, body: page.items.map((i) => pullSimple(ctx, i)), headers: page.headers };
  });
}

/**
 * The pull requests a commit is associated with, as GitHub lists them: merged by it, its head, or
 * open with it among the commits between base and head (REST's commits/{sha}/pulls and GraphQL's
 * Commit.associatedPullRequests answer alike).
 */
export async function pullsWithCommit(ctx: Ctx, sha: string): Promise<IssueRec[]> {
  const found: IssueRec[] = [];
  for (const i of ctx.store.issues.values()) {
    const p = i.pull;
    if (!p) continue;
    const contains =
      p.merge_commit_sha === sha ||
      p.headSha === sha ||
      (i.state === 'open' &&
        (await ctx.git.isAncestor(sha, p.headSha)) &&
        !(await ctx.git.isAncestor(sha, p.baseSha)));
    if (contains) found.push(i);
  }
  return found;
}
