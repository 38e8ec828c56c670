/** The open phase PRs of a run, with what the gate reads: reviews, the status, our verdict comment. */
import type { OpenPull, Trigger } from '../../plan/facts.js';
import { PHASEGATE_LABEL, STATUS_CONTEXT } from '../../plan/names.js';
import type { Policy } from '../../policy/model.js';
import type { RunContext } from '../../ports/context.js';
import type { PullRequest } from '../../ports/forge.js';
import { hasVerdictMarker, parseProposalMarker } from '../../render/markers.js';
import { parseCurrent } from '../../rollout/current.js';

export async function gatherPulls(
  ctx: RunContext,
  trigger: Trigger,
  policy: Policy,
  file: string,
): Promise<OpenPull[]> {
  const me = (await ctx.forge.identity()).toLowerCase();
  if (trigger.command === 'gate') {
    const pr = await ctx.forge.getPull(trigger.pr);
    const ours = parseProposalMarker(pr.body)?.rollout === policy.rollout;
    // A PR written by hand: what its current.yaml says at the head commit.
    let headPhase: string | null | undefined;
    if (!ours) {
      const text = await ctx.forge.readFile(file, pr.headSha);
      headPhase =
        text === null ? null : parseCurrent(`${file}@${pr.headSha.slice(0, 7)}`, text, policy).phase;
    }
    return [{ ...(await details(ctx, pr, me, policy.rollout)), headPhase }];
  }
  const open = (await ctx.forge.openPulls(PHASEGATE_LABEL)).filter(
    (p) => parseProposalMarker(p.body)?.rollout === policy.rollout,
  );
  if (trigger.command === 'status')
    return open.map((p) => ({ ...p, reviews: [], status: null, verdictComment: null }));
  const out: OpenPull[] = [];
  for (const pr of open) out.push(await details(ctx, pr, me, policy.rollout));
  return out;
}

async function details(ctx: RunContext, pr: PullRequest, me: string, rollout: string): Promise<OpenPull> {
  const comments = await ctx.forge.comments(pr.number);
  // Anyone can paste a marker: only the token's own comment is the sticky one.
  const mine = comments.find((c) => c.author.toLowerCase() === me && hasVerdictMarker(c.body, rollout));
  return {
    number: pr.number,
    url: pr.url,
    title: pr.title,
    body: pr.body,
    author: pr.author,
    headRef: pr.headRef,
    headSha: pr.headSha,
    labels: pr.labels,
    fromFork: pr.fromFork,
    reviews: await ctx.forge.reviews(pr.number),
    status: await ctx.forge.getStatus(pr.headSha, STATUS_CONTEXT),
    verdictComment: mine ? { id: mine.id, body: mine.body } : null,
  };
}
