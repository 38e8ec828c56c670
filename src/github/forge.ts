/**
 * The forge port on GitHub's REST API. A branch commit is one GraphQL `createCommitOnBranch`
 * (branch-commit.ts), or past its size rule the Git Data API (one tree, one commit, one ref
 * update): signed by GitHub either way, no checkout push; a ref race re-reads and retries (ref-race.ts), never
 * forces, so no window another run committed is lost. Creates first look for what an
 * earlier attempt made, because retried POSTs may have landed.
 */
import type {
  Comment,
  FileChange,
  FileEdit,
  Forge,
  Issue,
  PullRequest,
  Review,
  RunRead,
  RunReadRequest,
} from '../ports/forge.js';
import {
  commitByTree,
  commitOnBranch,
  createCommit,
  createTree,
  fitsOneCall,
  isHeadRace,
  unheld,
  writeError,
} from './branch-commit.js';
import { messageOf, type Octokit, protectedBranchHint, statusOf } from './client.js';
import { RefRace } from './ref-race.js';
import { RunReader } from './run-read.js';
import { issueOf, pullOf, type RawPull } from './shapes.js';

export class ForgeError extends Error {}

export class GitHubForge implements Forge {
  readonly repo: { owner: string; name: string };
  private me: string | undefined;
  private defaultRef: string | undefined;
  private readonly reader: RunReader;

  constructor(
    private readonly octokit: Octokit,
    repository: string,
    private readonly fallbackIdentity: string,
    private readonly race = new RefRace(),
  ) {
    const [owner, name] = repository.split('/');
    if (!owner || !name) throw new ForgeError(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
    this.repo = { owner, name };
    this.reader = new RunReader(octokit, this.repo, fallbackIdentity);
  }

  async readRun(request: RunReadRequest): Promise<RunRead> {
    const read = await this.reader.read(request);
    this.me ??= read.identity;
    this.defaultRef ??= read.defaultBranch;
    return read;
  }

  private pullOf(p: RawPull): PullRequest {
    return pullOf(p, `${this.repo.owner}/${this.repo.name}`);
  }

  private get r() {
    return { owner: this.repo.owner, repo: this.repo.name };
  }

  async identity(): Promise<string> {
    if (this.me) return this.me;
    try {
      this.me = (await this.octokit.rest.users.getAuthenticated()).data.login;
    } catch (err) {
      // GITHUB_TOKEN and App installation tokens may not read /user: they act as a bot login.
      if (statusOf(err) !== 403) throw err;
      this.me = this.fallbackIdentity;
    }
    return this.me;
  }

  async defaultBranch(): Promise<string> {
    this.defaultRef ??= (await this.octokit.rest.repos.get(this.r)).data.default_branch;
    return this.defaultRef;
  }

  async commitFiles(
    branch: string,
    changes: FileChange[],
    message: string,
    edits: FileEdit[] = [],
  ): Promise<{ sha: string } | null> {
    if (!changes.length && !edits.length) return null;
    const paths = edits.map((e) => e.path);
    const ids = changes.map((c) => c.path);
    for (let attempt = 1; ; attempt++) {
      // The head, the edited files and the changed files' blob ids in one request (GraphQL),
      // read again after a race.
      let head = await this.reader.head(branch, paths, ids);
      if (!head) {
        const base = await this.reader.head(await this.defaultBranch(), paths, ids);
        if (!base) throw new ForgeError('the repository has no default branch to start from');
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
      if (!all.length) return null;
      try {
        const sha = fitsOneCall(all)
          ? await commitOnBranch(this.octokit, this.repo, branch, head.sha, message, all)
          : await commitByTree(this.octokit, this.r, branch, head, message, all);
        return { sha };
      } catch (err) {
        if (isHeadRace(err) && (await this.race.again(attempt))) continue;
        throw new ForgeError(protectedBranchHint(branch, writeError(err), statusOf(err)));
      }
    }
  }

  /** Creates `branch` at `sha`; false when it already exists (another run, or an earlier attempt, made it). */
  private async createRef(branch: string, sha: string): Promise<boolean> {
    try {
      await this.octokit.rest.git.createRef({ ...this.r, ref: `refs/heads/${branch}`, sha });
      return true;
    } catch (err) {
      if (!(statusOf(err) === 422 && /already exists/i.test(messageOf(err)))) throw err;
      return false;
    }
  }

  async proposalBranch(
    branch: string,
    base: string,
    changes: FileChange[],
    message: string,
  ): Promise<{ sha: string; changed: boolean }> {
    const baseHead = await this.reader.head(base, []);
    if (!baseHead) throw new ForgeError(`branch "${base}" does not exist`);
    const existing = await this.reader.head(branch, []);
    // A new branch: made at the base, then its one commit (createCommitOnBranch), two writes. If
    // another run moved it meanwhile, the re-pointing below settles it as for an existing one.
    if (!existing && fitsOneCall(changes) && (await this.createRef(branch, baseHead.sha))) {
      try {
        const sha = await commitOnBranch(this.octokit, this.repo, branch, baseHead.sha, message, changes);
        return { sha, changed: true };
      } catch (err) {
        if (!isHeadRace(err)) throw err;
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

  async readFile(path: string, ref: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.r, path, ref });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
      if (data.size > 0 && !data.content) {
        // Over 1 MB the contents API leaves the content out (a month's Runbook may grow so): the blob has it.
        const blob = await this.octokit.rest.git.getBlob({ ...this.r, file_sha: data.sha });
        return Buffer.from(blob.data.content, 'base64').toString('utf8');
      }
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (err) {
      if (statusOf(err) === 404) return null;
      throw err;
    }
  }

  async lastChange(path: string, ref: string): Promise<{ sha: string; at: number } | null> {
    const { data } = await this.octokit.rest.repos.listCommits({ ...this.r, sha: ref, path, per_page: 1 });
    const c = data[0];
    const date = c?.commit.committer?.date;
    return c && date ? { sha: c.sha, at: Date.parse(date) } : null;
  }

  async pullFiles(number: number): Promise<string[]> {
    const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.r,
      pull_number: number,
      per_page: 100,
    });
    // A rename moves two paths: moving current.yaml away changes it as much as editing it.
    return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
  }

  async findOpenPull(branch: string): Promise<PullRequest | null> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.r,
      state: 'open',
      head: `${this.repo.owner}:${branch}`,
    });
    return data[0] ? this.pullOf(data[0] as RawPull) : null;
  }

  async openPulls(label: string): Promise<PullRequest[]> {
    const data = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      ...this.r,
      state: 'open',
      per_page: 100,
    });
    return (data as RawPull[]).map((p) => this.pullOf(p)).filter((p) => p.labels.includes(label));
  }

  async getPull(number: number): Promise<PullRequest> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.r, pull_number: number });
    return this.pullOf(data as RawPull);
  }

  async createPull(p: { branch: string; base: string; title: string; body: string }): Promise<PullRequest> {
    try {
      const { data } = await this.octokit.rest.pulls.create({
        ...this.r,
        head: p.branch,
        base: p.base,
        title: p.title,
        body: p.body,
      });
      return this.pullOf(data as RawPull);
    } catch (err) {
      const text = messageOf(err);
      // Another run (or a retried attempt of this one) opened it first: adopt that PR.
      if (statusOf(err) === 422 && /already exists/i.test(text)) {
        const found = await this.findOpenPull(p.branch);
        if (found) return found;
      }
      if (statusOf(err) === 403 && /not permitted to create or approve pull requests/i.test(text)) {
        throw new ForgeError(
          `${text}. Enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General), or use an App token (docs/setup.md)`,
        );
      }
      throw err;
    }
  }

  async updatePull(number: number, p: { title?: string; body?: string; state?: 'closed' }): Promise<void> {
    await this.octokit.rest.pulls.update({ ...this.r, pull_number: number, ...p });
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    if (labels.length) await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: number, labels });
  }

  async requestReviewers(number: number, reviewers: string[]): Promise<string | null> {
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/')[1]!);
    const users = reviewers.filter((r) => !r.includes('/'));
    if (!teams.length && !users.length) return null;
    try {
      await this.octokit.rest.pulls.requestReviewers({
        ...this.r,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
      });
      return null;
    } catch (err) {
      // A reviewer who is not a collaborator is a policy problem, not a reason to fail the run.
      if (statusOf(err) === 422) return messageOf(err);
      throw err;
    }
  }

  async mergePull(number: number, sha: string, title: string): Promise<{ sha: string }> {
    const { data } = await this.octokit.rest.pulls.merge({
      ...this.r,
      pull_number: number,
      sha,
      merge_method: 'merge',
      commit_title: title,
    });
    return { sha: data.sha };
  }

  async pullsForCommit(sha: string): Promise<PullRequest[]> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...this.r,
      commit_sha: sha,
    });
    return (data as RawPull[]).map((p) => this.pullOf(p));
  }

  async reviews(number: number): Promise<Review[]> {
    return (await this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
      ...this.r,
      pull_number: number,
      per_page: 100,
    })) as Review[];
  }

  async teamMembers(team: string): Promise<string[]> {
    const [org, slug] = team.split('/');
    const data = await this.octokit.paginate(this.octokit.rest.teams.listMembersInOrg, {
      org: org!,
      team_slug: slug!,
      per_page: 100,
    });
    return data.map((m) => m.login);
  }

  async comments(issue: number): Promise<Comment[]> {
    const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.r,
      issue_number: issue,
      per_page: 100,
    });
    return data.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
  }

  async createComment(issue: number, body: string): Promise<Comment> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body });
    return { id: data.id, body: data.body ?? '', author: data.user?.login ?? '' };
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.r, comment_id: id, body });
  }

  async setStatus(
    sha: string,
    s: { context: string; state: 'success' | 'failure' | 'pending'; description: string; url?: string },
  ): Promise<void> {
    await this.octokit.rest.repos.createCommitStatus({
      ...this.r,
      sha,
      state: s.state,
      context: s.context,
      description: s.description.slice(0, 140),
      target_url: s.url,
    });
  }

  async getStatus(sha: string, context: string): Promise<{ state: string; description: string } | null> {
    const { data } = await this.octokit.rest.repos.getCombinedStatusForRef({
      ...this.r,
      ref: sha,
      per_page: 100,
    });
    const s = data.statuses.find((x) => x.context === context);
    return s ? { state: s.state, description: s.description ?? '' } : null;
  }

  async findIssues(label: string): Promise<Issue[]> {
    const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
      ...this.r,
      state: 'open',
      labels: label,
      per_page: 100,
    });
    return data.filter((i) => !i.pull_request).map((i) => issueOf(i));
  }

  async createIssue(i: {
    title: string;
    body: string;
    labels: string[];
    assignees: string[];
  }): Promise<Issue> {
    const { data } = await this.octokit.rest.issues.create({ ...this.r, ...i });
    return issueOf(data);
  }

  async updateIssue(number: number, i: { title?: string; body?: string }): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.r, issue_number: number, ...i });
  }

  async pinIssue(number: number): Promise<void> {
    const { data } = await this.octokit.rest.issues.get({ ...this.r, issue_number: number });
    await this.octokit.graphql(
      'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }',
      { id: data.node_id },
    );
  }
}
