/** The authenticated user, the repository, file contents, team members and commit statuses. */
import type { Ctx } from '../context.js';
import { error, notFound, validationFailed } from '../errors.js';
import { paginate, type Router } from '../router.js';
import { repository, simpleUser, status } from '../shapes.js';
import type { StatusRec, StatusState } from '../store.js';

const REPO = '/repos/{owner}/{repo}';

// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
export function registerRepos(r: Router): void {
  r.add('GET', '/user', ({ ctx, user }) => {
    // Installation tokens (GITHUB_TOKEN, App tokens) have no user behind them.
    if (user.type === 'Bot') throw error(403, 'Resource not accessible by integration');
    return {
      status: 200,
      body: {
        ...simpleUser(ctx, user.login),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: user.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: ctx.createdAt,
        updated_at: ctx.createdAt,
      },
    };
  });

  r.add('GET', REPO, ({ ctx }) => ({ status: 200, body: repository(ctx, true) }));

  r.add('GET', `${REPO}/contents/{path}`, async ({ ctx, params, query }) => {
    const commit = await ctx.git.resolveCommit(query.get('ref') ?? ctx.id.defaultBranch);
    if (!commit) throw notFound();
    const path = params.path!.replace(/\/+$/, '');
    const sha = await ctx.git.objectAt(commit, path);
    if (!sha) throw notFound();
    const type = await ctx.git.objectType(sha);
    if (type === 'tree') {
      const entries = await ctx.git.lsTree(commit, path);
      return {
        status: 200,
        body: entries.map((e) => contentEntry(ctx, `${path}/${e.path}`, e.sha, e.type, e.size ?? 0)),
      };
    }
    const data = await ctx.git.readBlob(sha);
    // Files over 1 MB come without content (encoding "none"), as on GitHub.
    const big = data.length > 1024 * 1024;
    return {
      status: 200,
      body: {
        ...contentEntry(ctx, path, sha, 'blob', data.length),
        encoding: big ? 'none' : 'base64',
        content: big
          ? ''
          : (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (data.length ? '\n' : ''),
      },
    };
  });

  r.add('GET', '/orgs/{org}/teams/{team_slug}/members', (req) => {
    const members = req.ctx.store.teamMembers(req.params.org!, req.params.team_slug!);
    if (!members) throw notFound();
    const page = paginate(req, members);
    return { status: 200, body: page.items.map((m) => simpleUser(req.ctx, m)), headers: page.headers };
  });

  r.add('POST', `${REPO}/statuses/{sha}`, async ({ ctx, params, body, user }) => {
    const sha = params.sha!;
    if ((await ctx.git.objectType(sha)) !== 'commit')
      throw validationFailed([
        { resource: 'Status', code: 'custom', field: 'sha', message: `No commit found for SHA: ${sha}` },
      ]);
    const state = body.state as StatusState;
    if (!['error', 'failure', 'pending', 'success'].includes(state)) {
      throw validationFailed([
        { resource: 'Status', code: 'custom', field: 'state', message: 'state is not included in the list' },
      ]);
    }
    const description = typeof body.description === 'string' ? body.description : null;
    if (description && description.length > 140) {
      throw validationFailed([
        {
          resource: 'Status',
          code: 'custom',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)',
        },
      ]);
    }
    const now = ctx.now();
    const rec: StatusRec = {
      id: ctx.store.nextId(),
      sha,
      state,
      context: typeof body.context === 'string' ? body.context : 'default',
      description,
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
      creator: user.login,
      created_at: now,
      updated_at: now,
    };
    ctx.store.statuses.push(rec);
    return { status: 201, body: status(ctx, rec) };
  });

  r.add('GET', `${REPO}/commits/{ref}/status`, async ({ ctx, params }) => {
    const sha = await ctx.git.resolveCommit(params.ref!);
    if (!sha) throw notFound();
    const statuses = latestStatuses(ctx, sha);
    return {
      status: 200,
      body: {
        state: combinedState(statuses),
        statuses: statuses.map((s) => status(ctx, s, false)),
        sha,
        total_count: statuses.length,
        repository: repository(ctx),
        commit_url: `${ctx.repoApi}/commits/${sha}`,
        url: `${ctx.repoApi}/commits/${sha}/status`,
      },
    };
  });
}

/** The newest status per context, newest first. */
export function latestStatuses(ctx: Ctx, sha: string): StatusRec[] {
  const seen = new Set<string>();
  const out: StatusRec[] = [];
  for (const s of [...ctx.store.statuses].reverse()) {
    if (s.sha !== sha || seen.has(s.context)) continue;
    seen.add(s.context);
    out.push(s);
  }
  return out;
}

export function combinedState(statuses: StatusRec[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function contentEntry(ctx: Ctx, path: string, sha: string, gitType: string, size: number) {
  const type = gitType === 'tree' ? 'dir' : gitType === 'commit' ? 'submodule' : 'file';
  const self = `${ctx.repoApi}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
  const gitUrl = `${ctx.repoApi}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${ctx.repoHtml}/${type === 'dir' ? 'tree' : 'blob'}/${ctx.id.defaultBranch}/${path}`;
  return {
    type,
    size: type === 'dir' ? 0 : size,
    name: path.split('/').pop()!,
    path,
    sha,
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url: type === 'file' ? `${ctx.url}/raw/${ctx.fullName}/${sha}/${path}` : null,
    _links: { self, git: gitUrl, html },
  };
}
