/**
 * The in-memory PR book: a repository's pull requests, issues, comments and statuses, and its
 * live phase, kept in memory. It is a world like GitHub: `simulate` replays a rollout on it, a
 * dry run plays a run forward on it from facts gathered on GitHub. It numbers PRs and issues
 * from one sequence, as GitHub does, so the two worlds give the same numbers for the same acts.
 * People act on it through review(), tick() and merge().
 */

import { maxOf } from '../extent.js';
import type { PolicyTemplates } from '../notify/compose.js';
import { RecordingNotifier } from '../notify/recording.js';
import { ourProposal } from '../plan/change.js';
import type {
  IssueView,
  LivePhase,
  OpenPull,
  RepoFile,
  RunFacts,
  RunMemory,
  Trigger,
} from '../plan/facts.js';
import type { Intent } from '../plan/intents.js';
import { DASHBOARD_LABEL, RCA_LABEL } from '../plan/names.js';
import { type Policy, phaseById } from '../policy/model.js';
import type { Notifier } from '../ports/notifier.js';
import { applyAppend } from '../render/append.js';
import { parseProposalMarker } from '../render/markers.js';
import { updatedProposalBody } from '../render/proposal.js';
import { parseCurrent, startedAfter } from '../rollout/current.js';
import { lookbackStart } from '../rollout/lookback.js';
import type { WindowRecord } from '../telemetry/record.js';
import {
  type BookComment,
  type BookIssue,
  type BookPull,
  bookPullOf,
  common,
  mergedView,
} from './book-pulls.js';
import type { Outcome, World } from './world.js';

export interface BookOptions {
  policy: Policy;
  templates?: PolicyTemplates;
  live: LivePhase;
  /** The window records the Action would read: windows inside [from, to). */
  records: (from: number, to: number) => readonly WindowRecord[];
  now: () => number;
  checklist?: RepoFile | null;
  codeowners?: RepoFile | null;
  teams?: Record<string, string[]>;
  /** The login phasegate acts as. */
  identity?: string;
  notifier?: Notifier;
  /** Base of html_url links. */
  repoUrl?: string;
  /** Where window records (and the run log and the Runbook beside them) are committed. */
  recordsAt?: RunFacts['recordsAt'];
}

export class PrBook implements World {
  readonly pulls: BookPull[] = [];
  /** Changed through the book only (carryOut), which keeps the views gather gives of them. */
  readonly issues: BookIssue[] = [];
  private readonly issueViews = new Map<string, IssueView[]>();
  /** Files phasegate committed (the run log, the Runbook) by path, as they read after its appends. */
  readonly files = new Map<string, string>();
  readonly notifier: Notifier;
  live: LivePhase;
  /** The merged PR behind the live phase, and the phase before it. */
  private behindLive: BookPull | null = null;
  private previousPhase: string | null = null;
  private nextNumber = 1;
  private nextComment = 1;
  private nextSha = 1;
  private readonly identity: string;
  private readonly repoUrl: string;

  constructor(private readonly o: BookOptions) {
    this.live = o.live;
    this.identity = o.identity ?? 'phasegate[bot]';
    this.repoUrl = o.repoUrl ?? 'https://github.com/acme/app';
    this.notifier = o.notifier ?? new RecordingNotifier();
  }

  /** A book holding what a run gathered elsewhere (a dry run plays the run forward on it). */
  static fromFacts(f: RunFacts, notifier: Notifier): PrBook {
    const book = new PrBook({
      policy: f.policy,
      templates: f.templates,
      live: f.live,
      records: () => f.records,
      now: () => f.now,
      checklist: f.checklist,
      codeowners: f.codeowners,
      teams: f.teams,
      identity: f.identity,
      notifier,
      recordsAt: f.recordsAt,
    });
    for (const p of f.pulls) book.pulls.push(bookPullOf(p, f.now, book.identity));
    if (f.merged) {
      const m = f.merged;
      const seen = {
        title: '',
        headRef: '',
        headSha: '',
        fromFork: false,
        reviews: (m.approvedBy ?? []).map((login, k) => ({
          id: k + 1,
          user: { login },
          state: 'APPROVED',
          commit_id: null,
        })),
        files: [],
        headPhase: null,
      };
      const pull = bookPullOf(
        { ...m, ...seen, status: null, verdictComment: null },
        m.mergedAt,
        book.identity,
      );
      book.behindLive = { ...pull, state: 'merged', mergedAt: m.mergedAt };
      book.pulls.push(book.behindLive);
    }
    for (const i of [...f.rcaIssues, ...(f.dashboard ? [f.dashboard] : [])]) {
      const labels = f.dashboard?.number === i.number ? [DASHBOARD_LABEL] : [RCA_LABEL];
      book.issues.push({ ...i, labels, author: book.identity, assignees: [], comments: [] });
    }
    const numbers = [...book.pulls, ...book.issues].map((x) => x.number);
    book.nextNumber = maxOf(numbers, 0) + 1;
    return book;
  }

  async gather(trigger: Trigger, memory: RunMemory): Promise<RunFacts> {
    const { policy } = this.o;
    const now = this.o.now();
    const phase = phaseById(policy, this.live.phase)!;
    const at = Math.max(now, this.live.since);
    const ours = (p: BookPull) =>
      p.state === 'open' && ourProposal({ policy, identity: this.identity }, p) !== null;
    const pulls =
      trigger.command === 'gate'
        ? this.pulls.filter((p) => p.number === trigger.pr).map((p) => this.view(p))
        : ['propose', 'rollback', 'status'].includes(trigger.command)
          ? this.pulls.filter(ours).map((p) => this.view(p))
          : [];
    const merged =
      trigger.command === 'apply' ? this.pulls.find((p) => p.headSha === trigger.sha) : this.behindLive;
    const issues = (label: string) => this.issuesLabelled(label);
    return {
      trigger,
      now,
      policy,
      templates: this.o.templates ?? {},
      live: this.live,
      previousPhase: trigger.command === 'apply' ? this.previousPhase : null,
      records: this.o.records(lookbackStart(policy, phase, this.live.since, at, this.live.started), at),
      checklist: this.o.checklist ?? null,
      codeowners: this.o.codeowners ?? null,
      teams: this.o.teams ?? {},
      pulls,
      merged: merged?.mergedAt != null ? mergedView(merged) : null,
      rcaIssues: issues(RCA_LABEL),
      dashboard: trigger.command === 'status' ? (issues(DASHBOARD_LABEL)[0] ?? null) : null,
      identity: this.identity,
      recordsAt: this.o.recordsAt ?? { branch: null, dir: 'reports/monitoring' },
      memory,
    };
  }

  async carryOut(i: Intent): Promise<Outcome> {
    const now = this.o.now();
    switch (i.type) {
      case 'commit-records':
      case 'append-runbook':
        return this.commit(i);
      case 'open-proposal': {
        const number = this.nextNumber++;
        this.pulls.push({
          number,
          url: `${this.repoUrl}/pull/${number}`,
          title: i.title,
          body: i.body,
          author: this.identity,
          headRef: i.branch,
          headSha: this.sha(),
          labels: [...i.labels],
          state: 'open',
          proposal: i.proposal,
          change: i.change,
          files: [i.change.path],
          headPhase: i.proposal.to,
          openedAt: now,
          closedAt: null,
          closedBecause: null,
          mergedAt: null,
          reviews: [],
          statuses: [],
          comments: [],
        });
        return { status: 'done', line: `opened #${number}: ${i.title}`, number };
      }
      case 'update-proposal': {
        const p = this.pull(i.pr);
        const body = updatedProposalBody(i.body, p.body);
        Object.assign(p, { title: i.title, body, proposal: parseProposalMarker(body) });
        if (i.change)
          Object.assign(p, {
            change: i.change,
            headSha: this.sha(),
            files: [i.change.path],
            headPhase: parseCurrent(i.change.path, i.change.content ?? '', this.o.policy).phase,
          });
        return done(`updated #${i.pr}: ${i.title}`);
      }
      case 'close-proposal': {
        const p = this.pull(i.pr);
        p.comments.push(this.comment(i.comment));
        Object.assign(p, { state: 'closed', closedAt: now, closedBecause: i.reason });
        return done(`closed #${i.pr}: ${i.reason}`);
      }
      case 'set-gate':
        this.pull(i.pr).statuses.push({ sha: i.sha, state: i.state, description: i.description });
        return done(`#${i.pr}: phasegate/verdict ${i.state}: ${i.description}`);
      case 'upsert-verdict': {
        const p = this.pull(i.pr);
        const found = p.comments.find((c) => c.id === i.comment || c.body.includes(i.marker));
        if (found) found.body = i.body;
        else p.comments.push(this.comment(i.body));
        return done(`#${i.pr}: verdict comment ${found ? 'updated' : 'posted'}`);
      }
      case 'merge':
        this.merge(i.pr);
        return done(`merged #${i.pr}: ${i.title}`);
      case 'lock-notice':
        return done((await this.notifier.lock(i.notice)).line);
      case 'send-slack':
        return done((await this.notifier.slack(i)).line);
      case 'open-rca':
      case 'upsert-dashboard':
        return this.upsertIssue(i);
      case 'add-label':
        this.pull(i.pr).labels.push(i.label);
        return done(`#${i.pr} labelled ${i.label}`);
      case 'post-daily-note':
        this.issue(i.issue).comments.push(this.comment(i.body));
        return done(`posted the daily note for ${i.date} on #${i.issue}`);
    }
  }

  /** Window records leave no trace in the book; the run log and the Runbook are kept in `files`. */
  private commit(i: Extract<Intent, { type: 'commit-records' | 'append-runbook' }>): Outcome {
    const appends = i.type === 'append-runbook' ? [i.append] : i.appends;
    for (const a of appends) this.files.set(a.path, applyAppend(this.files.get(a.path) ?? null, a));
    if (i.type === 'commit-records') for (const path of i.removes ?? []) this.files.delete(path);
    if (i.type === 'append-runbook') return done(`appended to ${i.append.path}`);
    return done(
      `committed ${i.files.length} window record file(s)${appends.length ? ' and the run log' : ''}`,
    );
  }

  /** A person reviews the head commit. */
  review(number: number, login: string, state: 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED'): void {
    const p = this.pull(number);
    p.reviews.push({
      id: p.reviews.length + 1,
      user: { login },
      state,
      commit_id: p.headSha,
      submitted_at: new Date(this.o.now()).toISOString(),
    });
  }

  /** A person ticks every box of the PR body (the QA checklist). */
  tick(number: number): void {
    const p = this.pull(number);
    p.body = p.body.replace(/^(\s*[-*+] )\[ \]/gm, '$1[x]');
  }

  /** The newest phasegate/verdict status of a PR's head. */
  gateOf(number: number): string | null {
    const p = this.pull(number);
    return p.statuses.filter((s) => s.sha === p.headSha).at(-1)?.state ?? null;
  }

  /** Merge a PR (phasegate's intent, or a person's button): its current.yaml becomes live. */
  merge(number: number): { sha: string } {
    const p = this.pull(number);
    const now = this.o.now();
    const before = this.live.phase;
    Object.assign(p, { state: 'merged', mergedAt: now, closedAt: now });
    if (p.change?.content) {
      const c = parseCurrent(p.change.path, p.change.content, this.o.policy);
      this.live = {
        phase: c.phase,
        since: now,
        entered: c.entered,
        started: c.started,
        reason: c.reason,
        file: this.live.file,
      };
    } else if (p.headPhase) {
      // A PR gathered from GitHub (a dry run): its head's current.yaml says where it goes.
      const entered = p.proposal ? { by: p.proposal.kind, from: before } : undefined;
      const started = startedAfter(this.o.policy, this.live, p.headPhase, now);
      this.live = { phase: p.headPhase, since: now, entered, started, file: this.live.file };
    }
    this.previousPhase = before;
    this.behindLive = p;
    return { sha: p.headSha };
  }

  pull(number: number): BookPull {
    const p = this.pulls.find((x) => x.number === number);
    if (!p) throw new Error(`the PR book has no pull request #${number}`);
    return p;
  }

  private issue(number: number): BookIssue {
    const i = this.issues.find((x) => x.number === number);
    if (!i) throw new Error(`the PR book has no issue #${number}`);
    return i;
  }

  /**
   * The issues with a label as a run gathers them, made once until an issue changes: every run of a
   * replay gathers the RCA issues, one more after each rollback.
   */
  private issuesLabelled(label: string): IssueView[] {
    let views = this.issueViews.get(label);
    if (!views) {
      views = this.issues
        .filter((i) => i.labels.includes(label))
        .map(({ number, url, title, body }) => ({ number, url, title, body }));
      this.issueViews.set(label, views);
    }
    return views;
  }

  private upsertIssue(i: Extract<Intent, { type: 'open-rca' | 'upsert-dashboard' }>): Outcome {
    this.issueViews.clear();
    const existing =
      i.type === 'upsert-dashboard' && i.issue !== null
        ? this.issue(i.issue)
        : this.issues.find((x) => x.body.includes(i.marker));
    if (existing) {
      if (i.type === 'upsert-dashboard') existing.body = i.body;
      return done(
        `${i.type === 'open-rca' ? 'the RCA issue' : 'the dashboard issue'} #${existing.number} updated`,
      );
    }
    const number = this.nextNumber++;
    this.issues.push({
      number,
      url: `${this.repoUrl}/issues/${number}`,
      title: i.title,
      body: i.body,
      labels: [...i.labels],
      author: this.identity,
      assignees: i.type === 'open-rca' ? [...i.assignees] : [],
      comments: [],
    });
    return done(
      `opened ${i.type === 'open-rca' ? 'the RCA issue' : 'the dashboard issue'} #${number}: ${i.title}`,
    );
  }

  private view(p: BookPull): OpenPull {
    const mine = p.comments.find(
      (c) => c.author === this.identity && c.body.includes('<!-- phasegate:verdict '),
    );
    const status = p.statuses.filter((s) => s.sha === p.headSha).at(-1);
    return {
      ...common(p),
      fromFork: false,
      reviews: [...p.reviews],
      status: status ? { state: status.state, description: status.description } : null,
      verdictComment: mine ? { id: mine.id, body: mine.body } : null,
      files: [...p.files],
      headPhase: p.headPhase,
    };
  }

  private comment(body: string): BookComment {
    return { id: this.nextComment++, author: this.identity, body };
  }

  /** A made-up commit id, unique in the book even shortened to 7 (40 hex digits, like git's). */
  private sha(): string {
    return (this.nextSha++).toString(16).padStart(7, '0').padEnd(40, 'b');
  }
}

function done(line: string): Outcome {
  return { status: 'done', line };
}

export type { IssueView };
