/** Git Data: blobs, trees, commits and refs, on the real bare repository. */
import type { Ctx } from '../context.js';
import { notFound, unprocessable, validationFailed } from '../errors.js';
import { type CommitInfo, MissingTreePathError, type Signature, type TreeChange, ZERO_SHA } from '../git.js';
import { refUpdateRefusal } from '../protection.js';
import type { Req, Router } from '../router.js';

const GIT = '/repos/{owner}/{repo}/git';
const SHA = /^[0-9a-f]{40}$/;

export function gitRef(ctx: Ctx, ref: string, sha: string) {
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${ctx.repoApi}/git/${ref}`,
    object: { sha, type: 'commit', url: `${ctx.repoApi}/git/commits/${sha}` },
  };
}

export function gitCommit(ctx: Ctx, c: CommitInfo) {
  const signed = ctx.store.signed.has(c.sha);
  return {
    sha: c.sha,
    node_id: `C_${Buffer.from(c.sha).toString('base64url').slice(0, 24)}`,
    url: `${ctx.repoApi}/git/commits/${c.sha}`,
    html_url: `${ctx.repoHtml}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${ctx.repoApi}/git/trees/${c.tree}` },
    message: c.message.replace(/\n$/, ''),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${ctx.repoApi}/git/commits/${p}`,
      html_url: `${ctx.repoHtml}/commit/${p}`,
    })),
    verification: {
      verified: signed,
      reason: signed ? 'valid' : 'unsigned',
      signature: signed ? '-----BEGIN PGP SIGNATURE-----\n(emulated)\n-----END PGP SIGNATURE-----\n' : null,
      payload: null,
      verified_at: signed ? c.committer.date : null,
    },
  };
}

/** GitHub's identity for the commits it makes (merges, API commits without a committer). */
export function webFlow(date: string): Signature {
  return { name: 'GitHub', email: 'noreply@github.com', date };
}

export function signature(req: Req, given: unknown): Signature {
  const g = (given ?? {}) as Partial<Signature>;
  return {
    name: g.name ?? req.user.name,
    email: g.email ?? req.user.email,
    date: g.date ? new Date(g.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : req.ctx.now(),
  };
}

function fullRef(param: string): string {
  return param.startsWith('refs/') ? param : `refs/${param}`;
}

// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
export function registerGit(r: Router): void {
  r.add('GET', `${GIT}/ref/{ref}`, async ({ ctx, params }) => {
    const ref = fullRef(params.ref!);
    const sha = await ctx.git.refSha(ref);
    if (!sha) throw notFound();
    return { status: 200, body: gitRef(ctx, ref, sha) };
  });

  r.add('GET', `${GIT}/commits/{commit_sha}`, async ({ ctx, params }) => {
    const sha = params.commit_sha!;
    if ((await ctx.git.objectType(sha)) !== 'commit') throw notFound();
    return { status: 200, body: gitCommit(ctx, await ctx.git.readCommit(sha)) };
  });

  r.add('POST', `${GIT}/blobs`, async ({ ctx, body }) => {
    if (typeof body.content !== 'string') {
      throw validationFailed([{ resource: 'Blob', code: 'missing_field', field: 'content' }]);
    }
    const encoding = body.encoding ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64') {
      throw validationFailed([{ resource: 'Blob', code: 'invalid', field: 'encoding' }]);
    }
    const sha = await ctx.git.writeBlob(Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'));
    return { status: 201, body: { sha, url: `${ctx.repoApi}/git/blobs/${sha}` } };
  });

  r.add('POST', `${GIT}/trees`, async ({ ctx, body }) => {
    const entries = body.tree;
    if (!Array.isArray(entries))
      throw validationFailed([{ resource: 'Tree', code: 'missing_field', field: 'tree' }]);
    const base = body.base_tree;
    if (base !== undefined && (typeof base !== 'string' || (await ctx.git.objectType(base)) !== 'tree')) {
      throw unprocessable('Invalid tree info');
    }
    const changes: TreeChange[] = [];
    for (const e of entries as Array<Record<string, unknown>>) {
      const { path, mode, type, sha, content } = e;
      const validMode = ['100644', '100755', '040000', '160000', '120000'].includes(String(mode));
      if (typeof path !== 'string' || !path || path.startsWith('/') || !validMode) {
        throw unprocessable('Invalid tree info');
      }
      if (sha !== undefined && content !== undefined) throw unprocessable('Invalid tree info');
      if (typeof sha === 'string' && (await ctx.git.objectType(sha)) === null) {
        throw unprocessable('Invalid tree info');
      }
      changes.push({
        path,
        mode: String(mode),
        type: String(type ?? 'blob'),
        sha: sha as string | null,
        ...(typeof content === 'string' ? { content } : {}),
      });
    }
    // GitHub answers a deletion of a missing file with 422 GitRPC::BadObjectState.
    const tree = await ctx.git
      .writeTree((base as string | undefined) ?? null, changes, true)
      .catch((e: unknown) => {
        throw e instanceof MissingTreePathError ? unprocessable('GitRPC::BadObjectState') : e;
      });
    return { status: 201, body: await treeBody(ctx, tree) };
  });

  r.add('POST', `${GIT}/commits`, async (req) => {
    const { ctx, body } = req;
    if (typeof body.message !== 'string') {
      throw validationFailed([{ resource: 'Commit', code: 'missing_field', field: 'message' }]);
    }
    if (typeof body.tree !== 'string' || (await ctx.git.objectType(body.tree)) !== 'tree') {
      throw unprocessable('Tree SHA does not exist');
    }
    const parents = (body.parents ?? []) as unknown[];
    for (const p of parents) {
      if (typeof p !== 'string' || (await ctx.git.objectType(p)) !== 'commit') {
        throw unprocessable('Parent SHA does not exist or is not a commit object');
      }
    }
    const author = signature(req, body.author);
    const committer = body.committer ? signature(req, body.committer) : author;
    const sha = await ctx.git.commitTree(body.tree, parents as string[], body.message, author, committer);
    // GitHub signs the commits it makes for a token when no custom identity was given.
    if (!body.author && !body.committer && !body.signature) ctx.store.signed.add(sha);
    return { status: 201, body: gitCommit(ctx, await ctx.git.readCommit(sha)) };
  });

  r.add('POST', `${GIT}/refs`, async ({ ctx, body, user }) => {
    const ref = body.ref;
    if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
      throw unprocessable('Reference name is not valid');
    }
    const sha = body.sha;
    if (typeof sha !== 'string' || !SHA.test(sha) || (await ctx.git.objectType(sha)) !== 'commit') {
      throw unprocessable('Object does not exist');
    }
    if (!(await ctx.git.casRef(ref, sha, ZERO_SHA))) throw unprocessable('Reference already exists');
    ctx.refMoved(ref, sha, { before: ZERO_SHA, login: user.login });
    return { status: 201, body: gitRef(ctx, ref, sha) };
  });

  r.add('PATCH', `${GIT}/refs/{ref}`, async ({ ctx, params, body, user }) => {
    const ref = fullRef(params.ref!);
    const current = await ctx.git.refSha(ref);
    if (!current) throw unprocessable('Reference does not exist');
    const sha = body.sha;
    if (typeof sha !== 'string' || !SHA.test(sha) || (await ctx.git.objectType(sha)) !== 'commit') {
      throw unprocessable('Object does not exist');
    }
    const refused = refUpdateRefusal(ctx, ref, user.login, false);
    if (refused) throw refused;
    if (body.force !== true && !(await ctx.git.isAncestor(current, sha))) {
      throw unprocessable('Update is not a fast forward');
    }
    if (!(await ctx.git.casRef(ref, sha, current))) throw unprocessable('Reference cannot be updated');
    ctx.refMoved(ref, sha, { before: current, login: user.login });
    return { status: 200, body: gitRef(ctx, ref, sha) };
  });

  r.add('DELETE', `${GIT}/refs/{ref}`, async ({ ctx, params, user }) => {
    const ref = fullRef(params.ref!);
    const current = await ctx.git.refSha(ref);
    if (!current) throw unprocessable('Reference does not exist');
    const refused = refUpdateRefusal(ctx, ref, user.login, true);
    if (refused) throw refused;
    await ctx.git.deleteRef(ref, current);
    ctx.written.push({ kind: 'ref', ref, before: current, after: ZERO_SHA, login: user.login });
    return { status: 204 };
  });
}

async function treeBody(ctx: Ctx, tree: string) {
  const entries = await ctx.git.lsTree(tree);
  return {
    sha: tree,
    url: `${ctx.repoApi}/git/trees/${tree}`,
    tree: entries.map((e) => ({
      ...e,
      url: `${ctx.repoApi}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    })),
    truncated: false,
  };
}
