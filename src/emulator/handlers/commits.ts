/** GET /repos/{owner}/{repo}/commits: history of a branch, optionally of one path. */
import type { Ctx } from '../context.js';
import { notFound } from '../errors.js';
import type { CommitInfo } from '../git.js';
import { paginate, type Router } from '../router.js';
import { simpleUser } from '../shapes.js';

/** The account a commit email belongs to: our users' noreply addresses, GitHub's web-flow. */
function account(ctx: Ctx, email: string): Record<string, unknown> | null {
  if (email === 'noreply@github.com') return simpleUser(ctx, 'web-flow');
  const user = [...ctx.store.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
  return user ? simpleUser(ctx, user.login) : null;
}

export function commitResource(ctx: Ctx, c: CommitInfo) {
  const signed = ctx.store.signed.has(c.sha);
  return {
    sha: c.sha,
    node_id: `C_${Buffer.from(c.sha).toString('base64url').slice(0, 24)}`,
    url: `${ctx.repoApi}/commits/${c.sha}`,
    html_url: `${ctx.repoHtml}/commit/${c.sha}`,
    comments_url: `${ctx.repoApi}/commits/${c.sha}/comments`,
    commit: {
      url: `${ctx.repoApi}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: { sha: c.tree, url: `${ctx.repoApi}/git/trees/${c.tree}` },
      verification: {
        verified: signed,
        reason: signed ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
        verified_at: signed ? c.committer.date : null,
      },
    },
    author: account(ctx, c.author.email),
    committer: account(ctx, c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${ctx.repoApi}/commits/${p}`,
      html_url: `${ctx.repoHtml}/commit/${p}`,
    })),
  };
}

export function registerCommits(r: Router): void {
  r.add('GET', '/repos/{owner}/{repo}/commits', async (req) => {
    const { ctx, query } = req;
    const start = await ctx.git.resolveCommit(query.get('sha') ?? ctx.id.defaultBranch);
    if (!start) throw notFound();
    const options: string[] = [];
    const since = query.get('since');
    const until = query.get('until');
    if (since) options.push(`--since=${since}`);
    if (until) options.push(`--until=${until}`);
    const path = query.get('path');
    if (path) options.push('--', path);
    const shas = await ctx.git.commitsFrom(start, options);
    const page = paginate(req, shas);
    const commits = await Promise.all(page.items.map((s) => ctx.git.readCommit(s)));
    return { status: 200, body: commits.map((c) => commitResource(ctx, c)), headers: page.headers };
  });
}
