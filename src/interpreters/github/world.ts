/**
 * The GitHub interpreter: carries out intents through the forge port and the notifier port.
 * Every create looks first (createOnce): a retried POST whose answer was lost, or a run racing
 * another, finds what the earlier attempt made instead of making it twice.
 */

import { messageOf, statusOf } from '../../github/client.js';
import type { RunMemory, Trigger } from '../../plan/facts.js';
import type { Intent } from '../../plan/intents.js';
import { DASHBOARD_LABEL, RCA_LABEL, STATUS_CONTEXT } from '../../plan/names.js';
import type { RunContext } from '../../ports/context.js';
import type { Outcome, World } from '../world.js';
import { gatherFromGithub } from './gather.js';

export class GitHubWorld implements World {
  constructor(private readonly ctx: RunContext) {}

  gather(trigger: Trigger, memory: RunMemory) {
    return gatherFromGithub(this.ctx, trigger, memory);
  }

  async carryOut(i: Intent): Promise<Outcome> {
    const { forge, notifier } = this.ctx;
    switch (i.type) {
      case 'commit-records': {
        const branch = i.branch ?? (await forge.defaultBranch());
        const commit = await forge.commitFiles(branch, i.files, i.message);
        return done(
          commit
            ? `committed ${i.files.length} window record file(s) to ${branch} as ${commit.sha.slice(0, 7)}`
            : `${branch} already holds these window records`,
        );
      }
      case 'open-proposal':
        return this.openProposal(i);
      case 'update-proposal':
        if (i.change) await forge.proposalBranch(i.branch, await forge.defaultBranch(), [i.change], i.title);
        await forge.updatePull(i.pr, { title: i.title, body: i.body });
        return done(`updated #${i.pr}${i.change ? ' (re-pointed at the live phase)' : ''}: ${i.title}`);
      case 'close-proposal':
        await this.commentOnce(i.pr, i.comment, (body) => body === i.comment);
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
      case 'upsert-verdict': {
        const id = i.comment ?? (await this.findComment(i.pr, (body) => body.includes(i.marker)));
        if (id === null) await forge.createComment(i.pr, i.body);
        else await forge.updateComment(id, i.body);
        return done(`#${i.pr}: verdict comment ${id === null ? 'posted' : 'updated'}`);
      }
      case 'merge':
        return this.merge(i);
      case 'lock-notice':
        return delivered(await notifier.lock(i.notice));
      case 'open-rca':
        return this.openRca(i);
      case 'send-slack':
        return delivered(await notifier.slack(i));
      case 'mark-applied':
        await forge.addLabels(i.pr, [i.label]);
        return done(`#${i.pr} labelled ${i.label}`);
      case 'upsert-dashboard':
        return this.upsertDashboard(i);
      case 'post-daily-note': {
        const created = await this.commentOnce(i.issue, i.body, (body) => body.includes(i.marker));
        return done(
          created
            ? `posted the daily note for ${i.date} on #${i.issue}`
            : `the daily note for ${i.date} is already on #${i.issue}`,
        );
      }
    }
  }

  private async openProposal(i: Extract<Intent, { type: 'open-proposal' }>): Promise<Outcome> {
    const { forge } = this.ctx;
    const found = await forge.findOpenPull(i.branch);
    if (found) {
      if (found.title !== i.title || found.body !== i.body)
        await forge.updatePull(found.number, { title: i.title, body: i.body });
      return {
        status: 'done',
        line: `#${found.number} was already open for ${i.branch}: ${i.title}`,
        number: found.number,
      };
    }
    const base = await forge.defaultBranch();
    await forge.proposalBranch(i.branch, base, [i.change], i.title);
    const pr = await forge.createPull({ branch: i.branch, base, title: i.title, body: i.body });
    await forge.addLabels(pr.number, i.labels);
    const refused = await forge.requestReviewers(pr.number, i.reviewers);
    return {
      status: 'done',
      number: pr.number,
      line: `opened #${pr.number}: ${i.title}`,
      warning: refused
        ? `#${pr.number}: could not request reviewers ${i.reviewers.join(', ')}: ${refused}`
        : undefined,
    };
  }

  /** GitHub refuses merges that break branch protection (405) or race a push (409): a warning. */
  private async merge(i: Extract<Intent, { type: 'merge' }>): Promise<Outcome> {
    try {
      await this.ctx.forge.mergePull(i.pr, i.sha, i.title);
      return done(`merged #${i.pr}: ${i.title}`);
    } catch (err) {
      const status = statusOf(err);
      if (status !== 405 && status !== 409 && status !== 422) throw err;
      return {
        status: 'refused',
        line: `#${i.pr} was not merged`,
        warning: `#${i.pr}: GitHub refused the merge (${status}: ${messageOf(err)}); it waits for a merge by hand`,
      };
    }
  }

  private async openRca(i: Extract<Intent, { type: 'open-rca' }>): Promise<Outcome> {
    const existing = (await this.ctx.forge.findIssues(RCA_LABEL)).find((x) => x.body.includes(i.marker));
    if (existing) return done(`the RCA issue #${existing.number} is already open`);
    const issue = await this.ctx.forge.createIssue({
      title: i.title,
      body: i.body,
      labels: i.labels,
      assignees: i.assignees,
    });
    const who = i.assignees.length ? `, assigned to @${i.assignees.join(', @')}` : '';
    return done(`opened the RCA issue #${issue.number}${who}: ${i.title}`);
  }

  private async upsertDashboard(i: Extract<Intent, { type: 'upsert-dashboard' }>): Promise<Outcome> {
    const { forge } = this.ctx;
    let number = i.issue;
    if (number === null) {
      const me = (await forge.identity()).toLowerCase();
      number =
        (await forge.findIssues(DASHBOARD_LABEL)).find(
          (x) => x.author.toLowerCase() === me && x.body.includes(i.marker),
        )?.number ?? null;
    }
    if (number !== null) {
      await forge.updateIssue(number, { body: i.body });
      return done(`updated the dashboard issue #${number}`);
    }
    const created = await forge.createIssue({
      title: i.title,
      body: i.body,
      labels: i.labels,
      assignees: [],
    });
    // Pinned so it heads the issue list; a repository pins at most 3 issues, so this may fail.
    try {
      await forge.pinIssue(created.number);
    } catch (err) {
      return {
        status: 'done',
        line: `opened the dashboard issue #${created.number}`,
        warning: `could not pin the dashboard issue #${created.number}: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    return done(`opened and pinned the dashboard issue #${created.number}`);
  }

  /** Post `body` on an issue unless a comment of ours already matches; true when posted. */
  private async commentOnce(issue: number, body: string, same: (body: string) => boolean): Promise<boolean> {
    if ((await this.findComment(issue, same)) !== null) return false;
    await this.ctx.forge.createComment(issue, body);
    return true;
  }

  private async findComment(issue: number, match: (body: string) => boolean): Promise<number | null> {
    const me = (await this.ctx.forge.identity()).toLowerCase();
    const found = (await this.ctx.forge.comments(issue)).find(
      (c) => c.author.toLowerCase() === me && match(c.body),
    );
    return found?.id ?? null;
  }
}

function done(line: string): Outcome {
  return { status: 'done', line };
}

function delivered(d: { line: string; skipped?: string }): Outcome {
  return {
    status: 'done',
    line: d.line,
    warning: d.skipped && d.skipped !== 'dry run' ? d.skipped : undefined,
  };
}
