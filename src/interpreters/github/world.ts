/**
 * The GitHub interpreter: carries out intents through the forge port and the notifier port,
 * deciding nothing. Every create goes through createOnce, which looks first, and looks again
 * after a create whose answer was lost: a run racing this one, or a POST that landed unseen, is
 * found instead of made twice.
 */
import { isAmbiguousFailure, isInvalidField, messageOf, statusOf } from '../../github/client.js';
import type { RunMemory, Trigger } from '../../plan/facts.js';
import type { Intent } from '../../plan/intents.js';
import { DASHBOARD_LABEL, RCA_LABEL, STATUS_CONTEXT } from '../../plan/names.js';
import type { RunContext } from '../../ports/context.js';
import type { Delivery } from '../../ports/notifier.js';
import { applyAppend, type FileAppend } from '../../render/append.js';
import { updatedProposalBody } from '../../render/proposal.js';
import { PLAN_BACKOFF_MS } from '../../retry.js';
import type { Outcome, World } from '../world.js';
import { gatherFromGithub } from './gather.js';

type Of<T extends Intent['type']> = Extract<Intent, { type: T }>;

export class GitHubWorld implements World {
  constructor(private readonly ctx: RunContext) {}

  gather(trigger: Trigger, memory: RunMemory) {
    return gatherFromGithub(this.ctx, trigger, memory);
  }

  async carryOut(i: Intent): Promise<Outcome> {
    const { forge, notifier } = this.ctx;
    switch (i.type) {
      case 'commit-records': {
        // Idempotent by itself: the same files on the branch make the same tree, and no commit;
        // an append whose marker the file holds changes nothing.
        const branch = i.branch ?? (await forge.defaultBranch());
        const removes = (i.removes ?? []).map((path) => ({ path, edit: () => null }));
        const commit = await forge.commitFiles(branch, i.files, i.message, [
          ...i.appends.map(edit),
          ...removes,
        ]);
        const log = i.appends.length ? ' and the run log' : '';
        return done(
          commit
            ? `committed ${i.files.length} window record file(s)${log} to ${branch} as ${commit.sha.slice(0, 7)}`
            : `${branch} already holds these window records${log}`,
        );
      }
      case 'append-runbook': {
        const branch = i.branch ?? (await forge.defaultBranch());
        const commit = await forge.commitFiles(branch, [], i.message, [edit(i.append)]);
        return done(
          commit
            ? `appended to ${i.append.path} on ${branch} as ${commit.sha.slice(0, 7)}`
            : `${i.append.path} on ${branch} already holds these entries`,
        );
      }
      case 'open-proposal':
        return this.openProposal(i);
      case 'update-proposal':
        return this.updateProposal(i);
      case 'close-proposal':
        await this.comment(i.pr, i.comment, (body) => body === i.comment);
        await forge.updatePull(i.pr, { state: 'closed' });
        return done(`closed #${i.pr}: ${i.reason}`);
      case 'set-gate':
        await forge.setStatus(i.sha, {
          context: STATUS_CONTEXT,
          state: i.state,
          description: i.description,
          url: this.ctx.runUrl,
        });
        return done(`#${i.pr}: ${STATUS_CONTEXT} ${i.state}: ${i.description}`);
      case 'upsert-verdict':
        return this.upsertVerdict(i);
      case 'merge':
        return this.merge(i);
      case 'lock-notice':
        return delivered(await notifier.lock(i.notice));
      case 'open-rca':
        return this.openRca(i);
      case 'send-slack':
        return delivered(await notifier.slack(i));
      case 'add-label':
        await forge.addLabels(i.pr, [i.label]);
        return done(`#${i.pr} labelled ${i.label}`);
      case 'upsert-dashboard':
        return this.upsertDashboard(i);
      case 'post-daily-note': {
        const { made } = await this.comment(i.issue, i.body, (body) => body.includes(i.marker));
        return done(
          made
            ? `posted the daily note for ${i.date} on #${i.issue}`
            : `the daily note for ${i.date} is already on #${i.issue}`,
        );
      }
    }
  }

  /**
   * The one way this interpreter creates anything: look for it first; when a create fails without
   * saying whether it happened (no answer, a 5xx), look again before trying again, on the plan's
   * back-off. The client never retries such a create by itself (src/github/client.ts).
   */
  private async createOnce<T>(
    look: () => Promise<T | null | undefined>,
    create: () => Promise<T>,
  ): Promise<{ made: boolean; value: T }> {
    const found = await look();
    if (found !== null && found !== undefined) return { made: false, value: found };
    for (let attempt = 0; ; attempt++) {
      try {
        return { made: true, value: await create() };
      } catch (err) {
        if (!isAmbiguousFailure(err) || attempt >= PLAN_BACKOFF_MS.length) throw err;
        const landed = await look();
        if (landed !== null && landed !== undefined) {
          this.ctx.log.warn(`a create's answer was lost (${messageOf(err)}), but it landed: kept it`);
          return { made: true, value: landed };
        }
        await this.ctx.clock.sleep(PLAN_BACKOFF_MS[attempt]!);
      }
    }
  }

  private async openProposal(i: Of<'open-proposal'>): Promise<Outcome> {
    const { forge } = this.ctx;
    let refused: string | null = null;
    const { made, value: pr } = await this.createOnce(
      () => forge.findOpenPull(i.branch),
      async () => {
        const base = await forge.defaultBranch();
        await forge.proposalBranch(i.branch, base, [i.change], i.title);
        const opened = await forge.createPull({ branch: i.branch, base, title: i.title, body: i.body });
        await forge.addLabels(opened.number, i.labels);
        refused = await forge.requestReviewers(opened.number, i.reviewers);
        return opened;
      },
    );
    return {
      status: 'done',
      number: pr.number,
      line: made
        ? `opened #${pr.number}: ${i.title}`
        : `#${pr.number} was already open for ${i.branch}: ${i.title}`,
      warning: refused
        ? `#${pr.number}: could not request reviewers ${i.reviewers.join(', ')}: ${refused}`
        : undefined,
    };
  }

  /**
   * The description is read again just before the write, so a box ticked since the run gathered
   * stays ticked, and it is written only when it changes (every edit fires pull_request.edited).
   */
  private async updateProposal(i: Of<'update-proposal'>): Promise<Outcome> {
    const { forge } = this.ctx;
    if (i.change) await forge.proposalBranch(i.branch, await forge.defaultBranch(), [i.change], i.title);
    const now = await forge.getPull(i.pr);
    const body = updatedProposalBody(i.body, now.body);
    const edit = {
      ...(body !== now.body ? { body } : {}),
      ...(i.title !== now.title ? { title: i.title } : {}),
    };
    const repointed = i.change ? ' (re-pointed at the live phase)' : '';
    if (!Object.keys(edit).length) return done(`#${i.pr}${repointed}: the description is already current`);
    await forge.updatePull(i.pr, edit);
    return done(`updated #${i.pr}${repointed}: ${i.title}`);
  }

  private async upsertVerdict(i: Of<'upsert-verdict'>): Promise<Outcome> {
    const { forge } = this.ctx;
    const { made, value: id } = await this.createOnce(
      async () => i.comment ?? (await this.findComment(i.pr, (body) => body.includes(i.marker))),
      async () => (await forge.createComment(i.pr, i.body)).id,
    );
    if (!made) await forge.updateComment(id, i.body);
    return done(`#${i.pr}: verdict comment ${made ? 'posted' : 'updated'}`);
  }

  /** GitHub refuses merges that break branch protection (405) or race a push (409): a warning. */
  private async merge(i: Of<'merge'>): Promise<Outcome> {
    try {
      await this.ctx.forge.mergePull(i.pr, i.sha, i.title);
      return done(`merged #${i.pr}: ${i.title}`);
    } catch (err) {
      const status = statusOf(err);
      if (status !== 405 && status !== 409 && status !== 422) throw err;
      return {
        status: 'refused',
        protection: status === 405,
        line: `#${i.pr} was not merged`,
        warning:
          status === 405
            ? `#${i.pr}: GitHub refused the merge (405: ${messageOf(err)}); a person must merge it. To let phasegate merge rollbacks, run it with a GitHub App token that the ruleset lists as a bypass actor (docs/setup.md, "Rollbacks under protection")`
            : `#${i.pr}: GitHub refused the merge (${status}: ${messageOf(err)}); it waits for a merge by hand`,
      };
    }
  }

  /**
   * The RCA issue, assigned to the Reporter. GitHub refuses (422) an assignee without access to
   * the repository; the issue is then opened unassigned with a comment naming who to assign, so
   * a typo in the policy never costs the RCA.
   */
  private async openRca(i: Of<'open-rca'>): Promise<Outcome> {
    const { forge } = this.ctx;
    let refused: string | null = null;
    const { made, value: issue } = await this.createOnce(
      () => this.ourIssue(RCA_LABEL, i.marker),
      async () => {
        const issue = { title: i.title, body: i.body, labels: i.labels, assignees: i.assignees };
        try {
          return await forge.createIssue(issue);
        } catch (err) {
          if (!i.assignees.length || !isInvalidField(err, ['assignees', 'assignee'])) throw err;
          refused = messageOf(err);
          return await forge.createIssue({ ...issue, assignees: [] });
        }
      },
    );
    if (!made) return done(`the RCA issue #${issue.number} is already open`);
    if (refused) {
      const who = `@${i.assignees.join(', @')}`;
      await this.comment(
        issue.number,
        `GitHub would not assign this issue to ${who} (${refused}). Assign the owner by hand; if ${who} should own RCAs, give them access to the repository or fix \`github.reporter\` in the policy.`,
        (body) => body.startsWith('GitHub would not assign this issue'),
      );
      return {
        status: 'done',
        line: `opened the RCA issue #${issue.number} unassigned: ${i.title}`,
        warning: `#${issue.number}: GitHub refused the assignee ${who} (${refused}); opened it unassigned and said so on the issue`,
      };
    }
    const who = i.assignees.length ? `, assigned to @${i.assignees.join(', @')}` : '';
    return done(`opened the RCA issue #${issue.number}${who}: ${i.title}`);
  }

  private async upsertDashboard(i: Of<'upsert-dashboard'>): Promise<Outcome> {
    const { forge } = this.ctx;
    const { made, value: issue } = await this.createOnce(
      async () => (i.issue !== null ? { number: i.issue } : await this.ourIssue(DASHBOARD_LABEL, i.marker)),
      () => forge.createIssue({ title: i.title, body: i.body, labels: i.labels, assignees: [] }),
    );
    if (!made) {
      await forge.updateIssue(issue.number, { body: i.body });
      return done(`updated the dashboard issue #${issue.number}`);
    }
    if (this.ctx.pinDashboard === false) return done(`opened the dashboard issue #${issue.number}`);
    // Pinned so it heads the issue list; a repository pins at most 3 issues, so this may fail.
    try {
      await forge.pinIssue(issue.number);
    } catch (err) {
      return {
        status: 'done',
        line: `opened the dashboard issue #${issue.number}`,
        warning: `could not pin the dashboard issue #${issue.number}: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    return done(`opened and pinned the dashboard issue #${issue.number}`);
  }

  /** An open issue with `label` that the token wrote and that carries `marker`, or null. */
  private async ourIssue(label: string, marker: string) {
    const me = (await this.ctx.forge.identity()).toLowerCase();
    return (
      (await this.ctx.forge.findIssues(label)).find(
        (x) => x.author.toLowerCase() === me && x.body.includes(marker),
      ) ?? null
    );
  }

  /** Post `body` on an issue unless a comment of ours already matches. */
  private comment(issue: number, body: string, same: (body: string) => boolean) {
    return this.createOnce(
      () => this.findComment(issue, same),
      async () => (await this.ctx.forge.createComment(issue, body)).id,
    );
  }

  private async findComment(issue: number, match: (body: string) => boolean): Promise<number | null> {
    const me = (await this.ctx.forge.identity()).toLowerCase();
    const found = (await this.ctx.forge.comments(issue)).find(
      (c) => c.author.toLowerCase() === me && match(c.body),
    );
    return found?.id ?? null;
  }
}

/** An append as a forge edit: applied to the file as the branch holds it just before the commit. */
function edit(a: FileAppend) {
  return { path: a.path, edit: (text: string | null) => applyAppend(text, a) };
}

function done(line: string): Outcome {
  return { status: 'done', line };
}

/** A delivery the adapter skipped (not configured) is a warning; a dry run's is not. */
function delivered(d: Delivery): Outcome {
  return {
    status: 'done',
    line: d.line,
    warning: d.skipped && d.skipped !== 'dry run' ? d.skipped : undefined,
  };
}
