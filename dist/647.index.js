export const id = 647;
export const ids = [647];
export const modules = {

/***/ 3602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wireContext: () => (/* binding */ wireContext)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/branch-commit.ts
/**
 * A branch commit in one request: GraphQL's `createCommitOnBranch` (one write where the Git Data
 * API takes three: tree, commit, ref update), guarded by `expectedHeadOid`, the head the run
 * read. What the head already holds is left out first (its blob ids are read with the head), so a
 * re-run writes nothing. GitHub signs the commit and names the token's owner its author, as it
 * does for Git Data commits made without an author (schema.graphql, `createCommitOnBranch`).
 */


/**
 * One rule for when the mutation serves: its file contents total at most this many bytes.
 * GitHub documents no size limit for the mutation nor for a GraphQL body, only a 10-second
 * timeout; a 1 MiB + 1 byte file has been committed through it live, and tree payloads of a few
 * megabytes have been seen to time out. Past it (a long back-fill), the Git Data API's tree,
 * commit and ref. Modes never decide it: phasegate writes regular files only, which is all the
 * mutation can write (a `FileAddition` is a path and contents).
 */
const ONE_CALL_CONTENT_BYTES = 1024 * 1024;
function fitsOneCall(changes) {
    const bytes = changes.reduce((n, c) => n + (c.content === null ? 0 : Buffer.byteLength(c.content)), 0);
    return bytes <= ONE_CALL_CONTENT_BYTES;
}
/** git's blob id of a text: what the branch's tree names the file by when it holds these bytes. */
function blobOid(text) {
    return (0,external_node_crypto_.createHash)('sha1')
        .update(`blob ${Buffer.byteLength(text)}\0`)
        .update(text)
        .digest('hex');
}
/** The changes the head does not already hold (`oids`: each path's blob at the head, null: absent). */
function unheld(changes, oids) {
    return changes.filter((c) => (c.content === null ? null : blobOid(c.content)) !== (oids[c.path] ?? null));
}
const MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } } }`;
/** The commit's sha; throws GitHub's refusal (a moved head: see `isHeadRace`). */
async function commitOnBranch(octokit, repo, branch, expectedHeadOid, message, changes) {
    // The mutation refuses a path given twice: the last change of a path is the one meant (an edit
    // comes after the changes).
    const byPath = [...new Map(changes.map((c) => [c.path, c])).values()];
    const [headline = '', ...rest] = message.split('\n');
    const body = rest.join('\n').replace(/^\n+/, '');
    const data = await octokit.graphql(MUTATION, {
        input: {
            branch: { repositoryNameWithOwner: `${repo.owner}/${repo.name}`, branchName: branch },
            expectedHeadOid,
            message: body ? { headline, body } : { headline },
            fileChanges: {
                additions: byPath.flatMap((c) => c.content === null ? [] : [{ path: c.path, contents: Buffer.from(c.content).toString('base64') }]),
                deletions: byPath.flatMap((c) => (c.content === null ? [{ path: c.path }] : [])),
            },
        },
    });
    return data.createCommitOnBranch.commit.oid;
}
/** A Git Data tree: `baseTree` with `changes` (content inline; null deletes). */
async function createTree(octokit, r, baseTree, changes) {
    const { data } = await octokit.rest.git.createTree({
        ...r,
        base_tree: baseTree,
        tree: changes.map((c) => c.content === null
            ? { path: c.path, mode: '100644', type: 'blob', sha: null }
            : { path: c.path, mode: '100644', type: 'blob', content: c.content }),
    });
    return data.sha;
}
/** A Git Data commit of `tree` on `parent` (GitHub signs it: no author given). */
async function createCommit(octokit, r, message, tree, parent) {
    const { data } = await octokit.rest.git.createCommit({ ...r, message, tree, parents: [parent] });
    return data.sha;
}
/** The Git Data API's three writes, for what exceeds one mutation (see ONE_CALL_CONTENT_BYTES). */
async function commitByTree(octokit, r, branch, head, message, changes) {
    const sha = await createCommit(octokit, r, message, await createTree(octokit, r, head.tree, changes), head.sha);
    await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false });
    return sha;
}
/**
 * Someone committed between the read and the write: GraphQL's STALE_DATA ("Expected branch to
 * point to … but it did not"), or the Git Data ref update's 422 "Update is not a fast forward".
 */
function isHeadRace(err) {
    if (err?.errors?.some((e) => e.type === 'STALE_DATA'))
        return true;
    return (0,client/* statusOf */.c2)(err) === 422 && /fast forward/i.test((0,client/* messageOf */.bD)(err));
}
/** A failed write's words: GraphQL's errors with their types (BRANCH_PROTECTION_RULE_VIOLATION), or REST's. */
function writeError(err) {
    const errors = err?.errors;
    if ((0,client/* statusOf */.c2)(err) !== undefined || !errors?.length)
        return (0,client/* messageOf */.bD)(err);
    return errors.map((e) => (e.type ? `${e.message ?? ''} (${e.type})` : (e.message ?? ''))).join('; ');
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/github/ref-race.ts
/**
 * A lost ref race: another writer moved the branch between this run's read and its update (the
 * rollouts' jobs of one scheduled run commit to one records branch side by side). Each lost round
 * means another commit landed, so trying again makes progress; the waits are scattered at random,
 * growing with each loss, so writers that collided fall apart instead of colliding again. At most
 * REF_RACE_ATTEMPTS tries, and no wait past the job's deadline.
 */

/** Enough for every job of a 20-rollout run committing at the same instant (the bench's size). */
const REF_RACE_ATTEMPTS = 30;
const STEP_MS = 250;
const MAX_WAIT_MS = 2_000;
class RefRace {
    o;
    constructor(o = {}) {
        this.o = o;
    }
    /** After losing try number `attempt` (from 1): waits, and says whether to try again. */
    async again(attempt) {
        if (attempt >= REF_RACE_ATTEMPTS)
            return false;
        const wait = Math.round((this.o.random ?? Math.random)() * Math.min(STEP_MS * attempt, MAX_WAIT_MS));
        const now = (this.o.now ?? Date.now)();
        if (this.o.deadline !== undefined && now + wait >= this.o.deadline)
            return false;
        await (this.o.sleep ?? retry/* realSleep */.uk)(wait);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/github/run-read-query.ts
const PAGE = 'pageInfo { hasNextPage endCursor }';
// GitHub allows at most 100 labels on an issue or pull request: one page holds them all.
const LABELS = 'labels(first: 100) { nodes { name } }';
const AUTHOR = 'author { __typename login }';
const BLOB = 'object { ... on Blob { oid text isTruncated } }';
const PULL = `number url title body state mergedAt ${AUTHOR} headRefName headRefOid baseRefName isCrossRepository ${LABELS}`;
const REVIEWS = `fullDatabaseId ${AUTHOR} state commit { oid } submittedAt`;
const COMMENTS = `fullDatabaseId body ${AUTHOR}`;
const FILES = 'path changeType';
const ISSUE = `number url title body ${AUTHOR} ${LABELS}`;
/** GraphQL names a bot `github-actions` where REST (and phasegate) say `github-actions[bot]`. */
const loginOf = (a) => (!a ? '' : a.__typename === 'Bot' ? `${a.login}[bot]` : a.login);
const PULL_DETAILS = `
  files(first: 100) { nodes { ${FILES} } ${PAGE} }
  reviews(first: 100) { nodes { ${REVIEWS} } ${PAGE} }
  comments(first: 100) { nodes { ${COMMENTS} } ${PAGE} }
  commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } file(path: $headFile) { ${BLOB} } } } }`;
function run_read_query_document(r) {
    const variables = { changed: r.changed };
    const defs = ['$owner: String!', '$name: String!', '$changed: String!'];
    const files = r.files.map((path, k) => {
        variables[`f${k}`] = path;
        defs.push(`$f${k}: String!`);
        return `f${k}: file(path: $f${k}) { ${BLOB} }`;
    });
    const issues = r.issueLabels.map((label, k) => {
        variables[`l${k}`] = label;
        defs.push(`$l${k}: String!`);
        return `i${k}: issues(states: OPEN, labels: [$l${k}], first: 100) { nodes { ${ISSUE} } ${PAGE} }`;
    });
    let pulls = '';
    if (r.pulls) {
        variables.label = r.pulls.label;
        defs.push('$label: String!');
        const d = r.pulls.details;
        if (d) {
            Object.assign(variables, { context: d.statusContext, headFile: d.file });
            defs.push('$context: String!', '$headFile: String!');
        }
        pulls = `pulls: pullRequests(states: OPEN, labels: [$label], first: 100) {
      nodes { ${PULL} ${d ? PULL_DETAILS : ''} } ${PAGE} }`;
    }
    const query = `query(${defs.join(', ')}) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit {
      ${files.join('\n      ')}
      history(path: $changed, first: 1) { nodes { oid committedDate
        associatedPullRequests(first: 100) { nodes { ${PULL} } } } }
    } } }
    ${pulls}
    ${issues.join('\n    ')}
  }
}`;
    return { query, variables };
}

;// CONCATENATED MODULE: ./src/github/run-read.ts

class RunReader {
    octokit;
    repo;
    botLogin;
    constructor(octokit, repo, 
    /** The bot login the run was given (`bot-login`), for a viewer answered without `[bot]`. */
    botLogin) {
        this.octokit = octokit;
        this.repo = repo;
        this.botLogin = botLogin;
    }
    async ask(query, variables) {
        return this.octokit.graphql(query, { owner: this.repo.owner, name: this.repo.name, ...variables });
    }
    async read(r) {
        const { query, variables } = run_read_query_document(r);
        const data = await this.ask(query, variables);
        const branch = data.repository.defaultBranchRef;
        if (!branch)
            throw new Error(`${this.repo.owner}/${this.repo.name} has no default branch`);
        const files = {};
        for (const [k, path] of r.files.entries())
            files[path] = await this.text(branch.target[`f${k}`] ?? null);
        const change = branch.target.history.nodes[0];
        // viewer is a User: an App's token answers `<slug>[bot]` (fullsend-ai/fullsend#1953). Should
        // it answer the bare slug, as GraphQL names bots elsewhere, the bot login given is that account.
        const viewer = data.viewer.login;
        const identity = `${viewer}[bot]`.toLowerCase() === this.botLogin.toLowerCase() ? this.botLogin : viewer;
        const pulls = r.pulls && data.repository.pulls ? await this.pulls(r.pulls, data.repository.pulls, identity) : [];
        const issues = {};
        for (const [k, label] of r.issueLabels.entries()) {
            const raw = await this.repositoryPages(data.repository[`i${k}`], 'issues', ISSUE, { label }, '');
            issues[label] = raw.map((i) => ({
                number: i.number,
                url: i.url,
                title: i.title,
                body: i.body,
                labels: (i.labels?.nodes ?? []).map((l) => l.name),
                author: loginOf(i.author),
            }));
        }
        return {
            identity,
            defaultBranch: branch.name,
            files,
            lastChange: change
                ? {
                    sha: change.oid,
                    at: Date.parse(change.committedDate),
                    pulls: (change.associatedPullRequests?.nodes ?? []).map((p) => this.pull(p)),
                }
                : null,
            pulls,
            issues,
        };
    }
    /** The open labelled PRs, every page; with details of the token's own. */
    async pulls(want, first, identity) {
        const d = want.details;
        const raw = await this.repositoryPages(first, 'pullRequests', `${PULL} ${d ? PULL_DETAILS : ''}`, d ? { label: want.label, context: d.statusContext, headFile: d.file } : { label: want.label }, d ? ', $context: String!, $headFile: String!' : '');
        // Details only of the token's own PRs (phasegate's proposals): another's costs no more pages.
        const own = (p) => loginOf(p.author).toLowerCase() === identity.toLowerCase();
        const out = [];
        for (const p of raw)
            out.push(d && own(p)
                ? { ...this.pull(p), details: await this.details(p, identity, d.commentMarker) }
                : this.pull(p));
        return out;
    }
    /**
     * A branch's head commit, its tree and first parent, `paths` at it (null: absent) and the blob
     * ids of `idPaths` (null: absent), in one request; null when the branch does not exist.
     */
    async head(branch, paths, idPaths = []) {
        const variables = { ref: `refs/heads/${branch}` };
        const defs = [];
        const fields = (prefix, list, select) => list.map((p, k) => {
            variables[`${prefix}${k}`] = p;
            defs.push(`, $${prefix}${k}: String!`);
            return `${prefix}${k}: file(path: $${prefix}${k}) { ${select} }`;
        });
        const entries = [...fields('e', paths, BLOB), ...fields('o', idPaths, 'oid')].join(' ');
        const data = await this.ask(`query($owner: String!, $name: String!, $ref: String!${defs.join('')}) {
        repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) {
          target { ... on Commit { oid tree { oid } parents(first: 1) { nodes { oid } } ${entries} } } } } }`, variables);
        const target = data.repository.ref?.target;
        if (!target)
            return null;
        const files = {};
        for (const [k, path] of paths.entries())
            files[path] = await this.text(target[`e${k}`] ?? null);
        const oids = {};
        for (const [k, path] of idPaths.entries())
            oids[path] = target[`o${k}`]?.oid ?? null;
        return { sha: target.oid, tree: target.tree.oid, parent: target.parents.nodes[0]?.oid, files, oids };
    }
    /** A blob's text; past GraphQL's cut (`isTruncated`), the whole blob through REST. */
    async text(entry) {
        const blob = entry?.object;
        if (!blob || blob.text === null)
            return null;
        if (!blob.isTruncated)
            return blob.text;
        const { data } = await this.octokit.rest.git.getBlob({
            owner: this.repo.owner,
            repo: this.repo.name,
            file_sha: blob.oid,
        });
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    pull(p) {
        return {
            number: p.number,
            url: p.url,
            title: p.title,
            body: p.body,
            state: p.state === 'OPEN' ? 'open' : 'closed',
            merged: p.mergedAt !== null,
            mergedAt: p.mergedAt ? Date.parse(p.mergedAt) : null,
            author: loginOf(p.author),
            headRef: p.headRefName,
            headSha: p.headRefOid,
            baseRef: p.baseRefName,
            labels: (p.labels?.nodes ?? []).map((l) => l.name),
            fromFork: p.isCrossRepository,
        };
    }
    async details(p, identity, marker) {
        const me = identity.toLowerCase();
        const files = await this.pullPages(p.files, p.number, 'files', FILES);
        // GraphQL names a renamed file by its new path only: ask REST for both, as the gate reads both.
        const renamed = files.some((f) => f.changeType === 'RENAMED');
        const reviews = await this.pullPages(p.reviews, p.number, 'reviews', REVIEWS);
        const isVerdict = (c) => loginOf(c.author).toLowerCase() === me && c.body.includes(marker);
        const comments = await this.pullPages(p.comments, p.number, 'comments', COMMENTS, (c) => c.some(isVerdict));
        const head = p.commits?.nodes[0]?.commit;
        const status = head?.status?.context ?? null;
        return {
            files: renamed ? await this.restFiles(p.number) : files.map((f) => f.path),
            headFile: await this.text(head?.file ?? null),
            reviews: reviews.map((v) => ({
                id: Number(v.fullDatabaseId ?? 0),
                user: v.author ? { login: loginOf(v.author) } : null,
                state: v.state,
                commit_id: v.commit?.oid ?? null,
                submitted_at: v.submittedAt,
            })),
            status: status ? { state: status.state.toLowerCase(), description: status.description ?? '' } : null,
            comments: comments.map((c) => ({ id: Number(c.fullDatabaseId ?? 0), body: c.body, author: loginOf(c.author) })),
        };
    }
    async restFiles(number) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            owner: this.repo.owner,
            repo: this.repo.name,
            pull_number: number,
            per_page: 100,
        });
        return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    }
    /** A PR's connection (`files`, `reviews`, `comments`), every page or until `enough` says so. */
    pullPages(first, number, field, select, enough) {
        return this.allPages(first, async (after) => (await this.ask(`query($owner: String!, $name: String!, $number: Int!, $after: String) {
          repository(owner: $owner, name: $name) { pullRequest(number: $number) {
            ${field}(first: 100, after: $after) { nodes { ${select} } ${PAGE} } } } }`, { number, after })).repository.pullRequest[field], enough);
    }
    /** An open, labelled repository connection (`pullRequests`, `issues`), every page. */
    repositoryPages(first, field, select, variables, moreDefs) {
        return this.allPages(first, async (after) => (await this.ask(`query($owner: String!, $name: String!, $label: String!${moreDefs}, $after: String) {
          repository(owner: $owner, name: $name) {
            ${field}(states: OPEN, labels: [$label], first: 100, after: $after) { nodes { ${select} } ${PAGE} } } }`, { ...variables, after })).repository[field]);
    }
    /** A connection's nodes from its first page on, while it has a next page and `enough` is not met. */
    async allPages(first, next, enough = () => false) {
        const out = [...first.nodes];
        let page = first.pageInfo;
        while (page.hasNextPage && !enough(out)) {
            const conn = await next(page.endCursor);
            out.push(...conn.nodes);
            page = conn.pageInfo;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/github/shapes.ts
const labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
/** `repository` is owner/name: a head branch in another repository is a fork. */
function pullOf(p, repository) {
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
function issueOf(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? '',
        labels: labelNames(i.labels),
        author: i.user?.login ?? '',
    };
}

;// CONCATENATED MODULE: ./src/github/forge.ts





class ForgeError extends Error {
}
class GitHubForge {
    octokit;
    fallbackIdentity;
    race;
    repo;
    me;
    defaultRef;
    reader;
    constructor(octokit, repository, fallbackIdentity, race = new RefRace()) {
        this.octokit = octokit;
        this.fallbackIdentity = fallbackIdentity;
        this.race = race;
        const [owner, name] = repository.split('/');
        if (!owner || !name)
            throw new ForgeError(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
        this.repo = { owner, name };
        this.reader = new RunReader(octokit, this.repo, fallbackIdentity);
    }
    async readRun(request) {
        const read = await this.reader.read(request);
        this.me ??= read.identity;
        this.defaultRef ??= read.defaultBranch;
        return read;
    }
    pullOf(p) {
        return pullOf(p, `${this.repo.owner}/${this.repo.name}`);
    }
    get r() {
        return { owner: this.repo.owner, repo: this.repo.name };
    }
    async identity() {
        if (this.me)
            return this.me;
        try {
            this.me = (await this.octokit.rest.users.getAuthenticated()).data.login;
        }
        catch (err) {
            // GITHUB_TOKEN and App installation tokens may not read /user: they act as a bot login.
            if ((0,client/* statusOf */.c2)(err) !== 403)
                throw err;
            this.me = this.fallbackIdentity;
        }
        return this.me;
    }
    async defaultBranch() {
        this.defaultRef ??= (await this.octokit.rest.repos.get(this.r)).data.default_branch;
        return this.defaultRef;
    }
    async commitFiles(branch, changes, message, edits = []) {
        if (!changes.length && !edits.length)
            return null;
        const paths = edits.map((e) => e.path);
        const ids = changes.map((c) => c.path);
        for (let attempt = 1;; attempt++) {
            // The head, the edited files and the changed files' blob ids in one request (GraphQL),
            // read again after a race.
            let head = await this.reader.head(branch, paths, ids);
            if (!head) {
                const base = await this.reader.head(await this.defaultBranch(), paths, ids);
                if (!base)
                    throw new ForgeError('the repository has no default branch to start from');
                await this.createRef(branch, base.sha);
                head = base;
            }
            const files = head.files;
            const edited = edits.flatMap((e) => {
                const before = files[e.path] ?? null;
                const after = e.edit(before);
                return after === before ? [] : [{ path: e.path, content: after }];
            });
            // Only what the head does not hold: a re-run that changes nothing writes nothing.
            const all = [...unheld(changes, head.oids), ...edited];
            if (!all.length)
                return null;
            try {
                const sha = fitsOneCall(all)
                    ? await commitOnBranch(this.octokit, this.repo, branch, head.sha, message, all)
                    : await commitByTree(this.octokit, this.r, branch, head, message, all);
                return { sha };
            }
            catch (err) {
                if (isHeadRace(err) && (await this.race.again(attempt)))
                    continue;
                throw new ForgeError((0,client/* protectedBranchHint */.wx)(branch, writeError(err), (0,client/* statusOf */.c2)(err)));
            }
        }
    }
    /** Creates `branch` at `sha`; false when it already exists (another run, or an earlier attempt, made it). */
    async createRef(branch, sha) {
        try {
            await this.octokit.rest.git.createRef({ ...this.r, ref: `refs/heads/${branch}`, sha });
            return true;
        }
        catch (err) {
            if (!((0,client/* statusOf */.c2)(err) === 422 && /already exists/i.test((0,client/* messageOf */.bD)(err))))
                throw err;
            return false;
        }
    }
    async proposalBranch(branch, base, changes, message) {
        const baseHead = await this.reader.head(base, []);
        if (!baseHead)
            throw new ForgeError(`branch "${base}" does not exist`);
        const existing = await this.reader.head(branch, []);
        // A new branch: made at the base, then its one commit (createCommitOnBranch), two writes. If
        // another run moved it meanwhile, the re-pointing below settles it as for an existing one.
        if (!existing && fitsOneCall(changes) && (await this.createRef(branch, baseHead.sha))) {
            try {
                const sha = await commitOnBranch(this.octokit, this.repo, branch, baseHead.sha, message, changes);
                return { sha, changed: true };
            }
            catch (err) {
                if (!isHeadRace(err))
                    throw err;
            }
        }
        const tree = await createTree(this.octokit, this.r, baseHead.tree, changes);
        // The branch already carries exactly this change on the current base: nothing to do.
        if (existing && existing.tree === tree && existing.parent === baseHead.sha) {
            return { sha: existing.sha, changed: false };
        }
        const sha = await createCommit(this.octokit, this.r, message, tree, baseHead.sha);
        // phasegate's own proposal branch: re-pointing it at a fresh commit on the base keeps the PR one
        // clean edit of current.yaml. Window record branches are never forced.
        if (existing || !(await this.createRef(branch, sha)))
            await this.octokit.rest.git.updateRef({ ...this.r, ref: `heads/${branch}`, sha, force: true });
        return { sha, changed: true };
    }
    async readFile(path, ref) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({ ...this.r, path, ref });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return null;
            if (data.size > 0 && !data.content) {
                // Over 1 MB the contents API leaves the content out (a month's Runbook may grow so): the blob has it.
                const blob = await this.octokit.rest.git.getBlob({ ...this.r, file_sha: data.sha });
                return Buffer.from(blob.data.content, 'base64').toString('utf8');
            }
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (err) {
            if ((0,client/* statusOf */.c2)(err) === 404)
                return null;
            throw err;
        }
    }
    async lastChange(path, ref) {
        const { data } = await this.octokit.rest.repos.listCommits({ ...this.r, sha: ref, path, per_page: 1 });
        const c = data[0];
        const date = c?.commit.committer?.date;
        return c && date ? { sha: c.sha, at: Date.parse(date) } : null;
    }
    async pullFiles(number) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            ...this.r,
            pull_number: number,
            per_page: 100,
        });
        // A rename moves two paths: moving current.yaml away changes it as much as editing it.
        return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    }
    async findOpenPull(branch) {
        const { data } = await this.octokit.rest.pulls.list({
            ...this.r,
            state: 'open',
            head: `${this.repo.owner}:${branch}`,
        });
        return data[0] ? this.pullOf(data[0]) : null;
    }
    async openPulls(label) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.r,
            state: 'open',
            per_page: 100,
        });
        return data.map((p) => this.pullOf(p)).filter((p) => p.labels.includes(label));
    }
    async getPull(number) {
        const { data } = await this.octokit.rest.pulls.get({ ...this.r, pull_number: number });
        return this.pullOf(data);
    }
    async createPull(p) {
        try {
            const { data } = await this.octokit.rest.pulls.create({
                ...this.r,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
            });
            return this.pullOf(data);
        }
        catch (err) {
            const text = (0,client/* messageOf */.bD)(err);
            // Another run (or a retried attempt of this one) opened it first: adopt that PR.
            if ((0,client/* statusOf */.c2)(err) === 422 && /already exists/i.test(text)) {
                const found = await this.findOpenPull(p.branch);
                if (found)
                    return found;
            }
            if ((0,client/* statusOf */.c2)(err) === 403 && /not permitted to create or approve pull requests/i.test(text)) {
                throw new ForgeError(`${text}. Enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General), or use an App token (docs/setup.md)`);
            }
            throw err;
        }
    }
    async updatePull(number, p) {
        await this.octokit.rest.pulls.update({ ...this.r, pull_number: number, ...p });
    }
    async addLabels(number, labels) {
        if (labels.length)
            await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: number, labels });
    }
    async requestReviewers(number, reviewers) {
        const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/')[1]);
        const users = reviewers.filter((r) => !r.includes('/'));
        if (!teams.length && !users.length)
            return null;
        try {
            await this.octokit.rest.pulls.requestReviewers({
                ...this.r,
                pull_number: number,
                reviewers: users,
                team_reviewers: teams,
            });
            return null;
        }
        catch (err) {
            // A reviewer who is not a collaborator is a policy problem, not a reason to fail the run.
            if ((0,client/* statusOf */.c2)(err) === 422)
                return (0,client/* messageOf */.bD)(err);
            throw err;
        }
    }
    async mergePull(number, sha, title) {
        const { data } = await this.octokit.rest.pulls.merge({
            ...this.r,
            pull_number: number,
            sha,
            merge_method: 'merge',
            commit_title: title,
        });
        return { sha: data.sha };
    }
    async pullsForCommit(sha) {
        const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.r,
            commit_sha: sha,
        });
        return data.map((p) => this.pullOf(p));
    }
    async reviews(number) {
        return (await this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
            ...this.r,
            pull_number: number,
            per_page: 100,
        }));
    }
    async teamMembers(team) {
        const [org, slug] = team.split('/');
        const data = await this.octokit.paginate(this.octokit.rest.teams.listMembersInOrg, {
            org: org,
            team_slug: slug,
            per_page: 100,
        });
        return data.map((m) => m.login);
    }
    async comments(issue) {
        const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            ...this.r,
            issue_number: issue,
            per_page: 100,
        });
        return data.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
    }
    async createComment(issue, body) {
        const { data } = await this.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body });
        return { id: data.id, body: data.body ?? '', author: data.user?.login ?? '' };
    }
    async updateComment(id, body) {
        await this.octokit.rest.issues.updateComment({ ...this.r, comment_id: id, body });
    }
    async setStatus(sha, s) {
        await this.octokit.rest.repos.createCommitStatus({
            ...this.r,
            sha,
            state: s.state,
            context: s.context,
            description: s.description.slice(0, 140),
            target_url: s.url,
        });
    }
    async getStatus(sha, context) {
        const { data } = await this.octokit.rest.repos.getCombinedStatusForRef({
            ...this.r,
            ref: sha,
            per_page: 100,
        });
        const s = data.statuses.find((x) => x.context === context);
        return s ? { state: s.state, description: s.description ?? '' } : null;
    }
    async findIssues(label) {
        const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            ...this.r,
            state: 'open',
            labels: label,
            per_page: 100,
        });
        return data.filter((i) => !i.pull_request).map((i) => issueOf(i));
    }
    async createIssue(i) {
        const { data } = await this.octokit.rest.issues.create({ ...this.r, ...i });
        return issueOf(data);
    }
    async updateIssue(number, i) {
        await this.octokit.rest.issues.update({ ...this.r, issue_number: number, ...i });
    }
    async pinIssue(number) {
        const { data } = await this.octokit.rest.issues.get({ ...this.r, issue_number: number });
        await this.octokit.graphql('mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }', { id: data.node_id });
    }
}

// EXTERNAL MODULE: ./src/notify/notifier.ts + 3 modules
var notifier = __webpack_require__(7603);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/telemetry/sources/record-files.ts + 1 modules
var record_files = __webpack_require__(543);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/worktree/workspace.ts
/** The workspace port on a directory: the runner's checkout, or any folder on a laptop. */




class DirectoryWorkspace {
    root;
    constructor(root) {
        this.root = (0,external_node_path_.resolve)(root);
    }
    read(path) {
        const full = (0,external_node_path_.join)(this.root, path);
        return (0,external_node_fs_.existsSync)(full) ? (0,external_node_fs_.readFileSync)(full, 'utf8') : undefined;
    }
    /** The policy's files are named from the repository's root ("phases/A-1.yaml"), as PRs show them. */
    policy(folder) {
        return (0,policy_dir/* loadPolicyDir */.yD)((0,external_node_path_.join)(this.root, folder), folder);
    }
    records(folder, from, to) {
        return (0,record_files/* readRecords */.T3)((0,external_node_path_.join)(this.root, folder), from, to);
    }
    repoPath(folder) {
        const dir = (0,external_node_path_.resolve)(this.root, folder);
        return ((0,external_node_path_.relative)(gitRoot(dir) ?? this.root, dir)
            .split('\\')
            .join('/') || '.');
    }
}
/** The checkout holding `dir`: the nearest folder up from it with a .git (the root when none). */
function gitRoot(dir) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, '.git')))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/wire.ts
/**
 * The run's context as the Action wires it: GitHub through Octokit (GITHUB_API_URL or the given
 * base URL), the webhooks, the checkout, the clock. The entry (run.ts) fills it from the inputs;
 * tests fill it directly and run the same commands in-process against the loopback GitHub.
 */





function wireContext(w) {
    const sleep = (ms) => w.clock.sleep(ms);
    const now = () => w.clock.now();
    const deadline = w.timeoutMinutes === undefined
        ? undefined
        : w.clock.now() + Math.max(w.timeoutMinutes - 1, w.timeoutMinutes / 2) * 60_000;
    const octokit = (0,client/* createClient */.UU)({
        token: w.token,
        baseUrl: w.apiUrl,
        log: (line) => w.log.warn(line),
        sleep,
        now,
        deadline,
    });
    return {
        forge: new GitHubForge(octokit, w.repository, w.botLogin, new RefRace({ sleep, now, deadline })),
        notifier: w.dryRun
            ? new notifier/* DryRunNotifier */.x()
            : // Checked on first use: a run that notifies nobody never trips over these inputs.
                notifier/* WebhookNotifier */.q.lazy({
                    slackWebhook: w.slackWebhook,
                    lockUrl: w.lockUrl,
                    lockSecret: w.lockSecret,
                    log: (line) => w.log.info(line),
                    sleep: (ms) => w.clock.sleep(ms),
                }),
        clock: w.clock,
        workspace: new DirectoryWorkspace(w.workspace),
        log: w.log,
        config: w.config,
        records: w.records,
        recordsBranch: w.recordsBranch,
        timezone: w.timezone,
        dryRun: w.dryRun,
        actor: w.actor,
        runUrl: w.runUrl,
    };
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ mergeInto),
/* harmony export */   hl: () => (/* binding */ RECORD_VERSION),
/* harmony export */   lc: () => (/* binding */ samplesOf),
/* harmony export */   pO: () => (/* binding */ emptyAggregate)
/* harmony export */ });
/* unused harmony export unionSorted */
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2459);
/**
 * Window records: what one 15-minute window of telemetry amounts to, per SLI. These records are
 * what gets committed under reports/monitoring/ and what every verdict is computed from, so they
 * are mergeable: counts for ratios, a quantile sketch for latency. Any longer span is the exact
 * merge of its windows.
 */

const RECORD_VERSION = 1;
/**
 * An empty aggregate; a latency one counts samples above each of `thresholds` (ms), if given; a
 * count one keeps its distinct values when `distinct` is set; a ratio one counts its control
 * cohort apart when `control` is set.
 */
function emptyAggregate(kind, thresholds, { distinct = false, control = false } = {}) {
    switch (kind) {
        case 'latency': {
            const agg = { kind, count: 0, sum: 0, min: null, max: null, sketch: new _sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencySketch */ .d() };
            if (thresholds)
                agg.over = new Map(thresholds.map((t) => [t, 0]));
            return agg;
        }
        case 'ratio':
            return control
                ? { kind, numerator: 0, denominator: 0, control: { numerator: 0, denominator: 0 } }
                : { kind, numerator: 0, denominator: 0 };
        case 'count':
            return distinct ? { kind, count: 0, distinct: [] } : { kind, count: 0 };
    }
}
/** into += from (same kind). Exact for counts; the sketch merge keeps its relative-error bound. */
function mergeInto(into, from) {
    if (into.kind === 'latency' && from.kind === 'latency') {
        into.count += from.count;
        into.sum += from.sum;
        into.min = into.min === null ? from.min : from.min === null ? into.min : Math.min(into.min, from.min);
        into.max = into.max === null ? from.max : from.max === null ? into.max : Math.max(into.max, from.max);
        mergeOver(into, from);
        into.sketch.merge(from.sketch);
    }
    else if (into.kind === 'ratio' && from.kind === 'ratio') {
        mergeRatio(into, from);
    }
    else if (into.kind === 'count' && from.kind === 'count') {
        mergeCount(into, from);
    }
    else {
        throw new Error(`cannot merge a ${from.kind} record into a ${into.kind} record`);
    }
}
/**
 * Rates add up, and so do control cohorts. A side without `control` (a record of another source,
 * or written before the SLI had it: its control events sit in its rate) makes the merged control
 * unknown, unless that side is empty; an empty side without it changes nothing.
 */
function mergeRatio(into, from) {
    if (from.numerator === 0 && from.denominator === 0 && !from.control)
        return;
    if (into.numerator === 0 && into.denominator === 0 && !into.control) {
        into.numerator = from.numerator;
        into.denominator = from.denominator;
        if (from.control)
            into.control = { ...from.control };
        return;
    }
    into.numerator += from.numerator;
    into.denominator += from.denominator;
    if (into.control && from.control) {
        into.control.numerator += from.control.numerator;
        into.control.denominator += from.control.denominator;
    }
    else {
        delete into.control;
    }
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The sorted union of two sorted, duplicate-free lists. */
function unionSorted(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const c = byCodeUnit(a[i], b[j]);
        out.push(c <= 0 ? a[i] : b[j]);
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    while (i < a.length)
        out.push(a[i++]);
    while (j < b.length)
        out.push(b[j++]);
    return out;
}
/**
 * Counts add up; distinct values merge as a union, so a value seen on both sides counts once.
 * Events without the field (count − distinct values) always add up. A side without `distinct`
 * (a record of another source, or written before the SLI had it) makes the merge a plain sum.
 */
function mergeCount(into, from) {
    if (from.count === 0 && !from.distinct)
        return;
    if (into.count === 0 && !into.distinct) {
        into.count = from.count;
        if (from.distinct)
            into.distinct = [...from.distinct];
        return;
    }
    if (!into.distinct || !from.distinct) {
        into.count += from.count;
        delete into.distinct;
        return;
    }
    const anonymous = into.count - into.distinct.length + (from.count - from.distinct.length);
    into.distinct = unionSorted(into.distinct, from.distinct);
    into.count = into.distinct.length + anonymous;
}
/**
 * Adds threshold counts (called after the sample counts were added). A window without samples adds nothing
 * whether or not it has them; otherwise only thresholds both sides count are kept.
 */
function mergeOver(into, from) {
    if (from.count === 0)
        return;
    if (into.count === from.count) {
        into.over = from.over && new Map(from.over);
        return;
    }
    if (!into.over)
        return;
    if (!from.over) {
        into.over = undefined;
        return;
    }
    for (const [t, n] of into.over) {
        const m = from.over.get(t);
        if (m === undefined)
            into.over.delete(t);
        else
            into.over.set(t, n + m);
    }
}
/** How many events an aggregate stands on: the sample count a verdict reports. */
function samplesOf(a) {
    return a.kind === 'ratio' ? a.denominator : a.count;
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ SKETCH_RELATIVE_ACCURACY),
/* harmony export */   d: () => (/* binding */ LatencySketch)
/* harmony export */ });
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7810);
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3354);
/**
 * Latency distribution as a DDSketch (relative-error quantile sketch, α = 1 %): any quantile it
 * reports is within 1 % of the true rank statistic x[floor(q·(n-1))], and two sketches merge
 * exactly, so a 2 h or 5-day P95 is computed from 15-minute records with the same guarantee.
 *
 * We use @datadog/sketches-js for the mapping, the store and the quantile walk (the reference
 * implementation, shared with Datadog's Go/Java/Python versions) and serialize its bins as
 * readable JSON ourselves, so committed window records diff well and stay byte-stable.
 */


const SKETCH_RELATIVE_ACCURACY = 0.01;
/**
 * DenseStore copies its bins to re-centre them at every new lowest key, even one that falls
 * inside the bins it already has, and makes a fresh sketch's bins in four allocations; a window
 * of a 90-day collect holds ~200 values, and those copies were ~8 % of the collect's CPU. This
 * store widens its key range in place when the key fits, and otherwise makes the bins DenseStore
 * would (as many chunks as the range needs, centred on it) in one allocation. Where the bins sit
 * changes no count, so records stay byte-identical.
 */
class RoomyStore extends _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__.DenseStore {
    _extendRange(key, secondKey = key) {
        const lo = Math.min(key, secondKey, this.minKey);
        const hi = Math.max(key, secondKey, this.maxKey);
        const had = this.bins;
        if (had.length > 0 && lo >= this.offset && hi < this.offset + had.length) {
            this.minKey = lo;
            this.maxKey = hi;
            return;
        }
        const size = Math.max(had.length, this.chunkSize * Math.ceil((hi - lo + 1) / this.chunkSize));
        const offset = lo + Math.floor((hi - lo + 1) / 2) - size / 2;
        const bins = new Array(size).fill(0);
        for (let k = this.minKey; k <= this.maxKey; k++)
            bins[k - offset] = had[k - this.offset];
        this.bins = bins;
        this.offset = offset;
        this.minKey = lo;
        this.maxKey = hi;
    }
}
class LatencySketch {
    /**
     * Made on the first value: a collect makes an empty aggregate for every window before its
     * values arrive (8,640 for 90 days, again on the main thread when the ranges merge), and most
     * of those are replaced whole or stay empty.
     */
    made = null;
    /**
     * Bins taken over from a parsing thread (adoptDense), not made into a DDSketch yet: a window of
     * a time-ordered file comes from one range, so its bins go from the thread's sketch to the
     * record's JSON without a sketch of their own on this thread (90 days: 8,640 of them).
     */
    adopted = null;
    adoptedCount = 0;
    get dd() {
        if (this.made === null) {
            this.made = new _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__.DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
            this.made.store = new RoomyStore();
            const d = this.adopted;
            if (d !== null) {
                this.adopted = null;
                addDense(this.made, d);
            }
        }
        return this.made;
    }
    /**
     * Adds one value. Values ≤ 0 count in the zero bucket (a duration cannot be negative; keeping
     * them out of the negative store keeps in-memory merges and the JSON form in agreement).
     */
    add(value) {
        this.dd.accept(Math.max(value, 0));
    }
    get count() {
        return this.made === null ? this.adoptedCount : this.made.count;
    }
    /** The q-quantile (0..1) with relative error ≤ α, or undefined when empty. */
    quantile(q) {
        return this.count === 0 ? undefined : this.dd.getValueAtQuantile(q);
    }
    merge(other) {
        if (other.count === 0)
            return;
        // Adopted bins add straight into this sketch's store: the same counts DDSketch.merge adds.
        if (other.made === null && other.adopted !== null)
            addDense(this.dd, other.adopted);
        else
            this.dd.merge(other.dd);
    }
    toJSON() {
        const bins = [];
        if (this.made === null) {
            const d = this.adopted;
            if (d !== null)
                for (let i = 0; i < d.counts.length; i++)
                    if (d.counts[i] > 0)
                        bins.push([d.minKey + i, d.counts[i]]);
            return { alpha: SKETCH_RELATIVE_ACCURACY, zero: d?.zero ?? 0, bins };
        }
        const store = this.made.store;
        if (store.count > 0) {
            for (let key = store.minKey; key <= store.maxKey; key++) {
                const c = store.bins[key - store.offset] ?? 0;
                if (c > 0)
                    bins.push([key, c]);
            }
        }
        return {
            alpha: SKETCH_RELATIVE_ACCURACY,
            zero: this.made.zeroCount + this.made.negativeStore.count,
            bins,
        };
    }
    toDense() {
        if (this.made === null && this.adopted !== null)
            return trimmed(this.adopted);
        if (this.made === null)
            return { zero: 0, minKey: 0, counts: new Float64Array(0) };
        const store = this.made.store;
        const zero = this.made.zeroCount + this.made.negativeStore.count;
        if (store.count === 0)
            return { zero, minKey: 0, counts: new Float64Array(0) };
        const counts = new Float64Array(store.maxKey - store.minKey + 1);
        for (let key = store.minKey; key <= store.maxKey; key++)
            counts[key - store.minKey] = store.bins[key - store.offset] ?? 0;
        return { zero, minKey: store.minKey, counts };
    }
    /** A sketch of the bins `d` holds, copied: `d` may change after. */
    static fromDense(d) {
        const s = new LatencySketch();
        addDense(s.dd, d);
        return s;
    }
    /**
     * A sketch of the bins `d` holds, taking `d` over: no one may change it after (a parsing
     * thread's, received through postMessage). It becomes a DDSketch only if values are added, a
     * quantile is asked, or it is merged into; merged from, written out or handed on (toDense: the
     * judge's spans, simulate's replay), it never does.
     */
    static adoptDense(d) {
        const s = new LatencySketch();
        let n = d.zero;
        for (let i = 0; i < d.counts.length; i++)
            if (d.counts[i] > 0)
                n += d.counts[i];
        if (n > 0) {
            s.adopted = d;
            s.adoptedCount = n;
        }
        return s;
    }
    static fromJSON(json) {
        if (json.alpha !== SKETCH_RELATIVE_ACCURACY) {
            throw new Error(`sketch with relative accuracy ${json.alpha}; this version reads ${SKETCH_RELATIVE_ACCURACY}`);
        }
        const s = new LatencySketch();
        const dd = s.dd;
        for (const [key, count] of json.bins) {
            dd.store.add(key, count);
            dd.count += count;
        }
        if (json.zero > 0) {
            dd.zeroCount += json.zero;
            dd.count += json.zero;
        }
        return s;
    }
}
/** The first and last index of `counts` holding a count, or undefined when none does. */
function filled(counts) {
    let lo = 0;
    let hi = counts.length - 1;
    while (lo <= hi && !(counts[lo] > 0))
        lo++;
    while (hi > lo && !(counts[hi] > 0))
        hi--;
    return lo <= hi ? [lo, hi] : undefined;
}
/** A copy of `d` from its first to its last bin holding a count: what toDense gives of a sketch of it. */
function trimmed(d) {
    const range = filled(d.counts);
    if (range === undefined)
        return { zero: d.zero, minKey: 0, counts: new Float64Array(0) };
    return { zero: d.zero, minKey: d.minKey + range[0], counts: d.counts.slice(range[0], range[1] + 1) };
}
/** Adds the bins of `d` into `dd`, as merging a sketch of them would. */
function addDense(dd, d) {
    const { counts, minKey } = d;
    const range = filled(counts);
    if (range !== undefined) {
        const [lo, hi] = range;
        // The whole key range first: the store makes its bins once.
        dd.store._extendRange(minKey + lo, minKey + hi);
        for (let i = lo; i <= hi; i++)
            if (counts[i] > 0)
                dd.store.add(minKey + i, counts[i]);
        for (let i = lo; i <= hi; i++)
            dd.count += counts[i];
    }
    if (d.zero > 0) {
        dd.zeroCount += d.zero;
        dd.count += d.zero;
    }
}


/***/ })

};
