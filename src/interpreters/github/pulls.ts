/**
 * The open phase PRs of a run, with what the gate reads: the files each changes and the phase its
 * current.yaml names at the head (what it proposes comes from the diff, never from a marker
 * anyone can paste), its reviews, its status and phasegate's verdict comment.
 */
import { ourProposal } from '../../plan/change.js';
import type { OpenPull, Trigger } from '../../plan/facts.js';
import { PHASEGATE_LABEL, STATUS_CONTEXT } from '../../plan/names.js';
import type { Policy } from '../../policy/model.js';
import type { RunContext } from '../../ports/context.js';
import type { PullDetails, PullRequest, RunRead } from '../../ports/forge.js';
import { hasVerdictMarker } from '../../render/markers.js';
import { namedPhase } from '../../rollout/current.js';

export async function gatherPulls(
  ctx: RunContext,
  trigger: Trigger,
  policy: Policy,
  file: string,
  read: RunRead | null,
): Promise<OpenPull[]> {
  const me = (await ctx.forge.identity()).toLowerCase();
  if (trigger.command === 'gate')
    return [await details(ctx, await ctx.forge.getPull(trigger.pr), me, policy, file)];
  // phasegate's own proposals: its marker, in a PR it opened (anyone can paste a marker).
  const open: Array<PullRequest & { details?: PullDetails }> = (
    read?.pulls ?? (await ctx.forge.openPulls(PHASEGATE_LABEL))
  ).filter((p) => ourProposal({ policy, identity: me }, p) !== null);
  if (trigger.command === 'status')
    return open.map((p) => ({
      ...withoutDetails(p),
      reviews: [],
      status: null,
      verdictComment: null,
      files: [],
      headPhase: null,
    }));
  const out: OpenPull[] = [];
  for (const pr of open) {
    const read = (pr as { details?: PullDetails }).details;
    out.push(read ? opened(pr, read, me, policy, file) : await details(ctx, pr, me, policy, file));
  }
  return out;
}

function withoutDetails(p: PullRequest & { details?: PullDetails }): PullRequest {
  const { details: _, ...pull } = p;
  return pull;
}

/** The gate's reads of one PR, however they were fetched. */
function opened(pr: PullRequest, d: PullDetails, me: string, policy: Policy, file: string): OpenPull {
  // Anyone can paste a marker: only the token's own comment is the sticky one.
  const mine = d.comments.find(
    (c) => c.author.toLowerCase() === me && hasVerdictMarker(c.body, policy.rollout),
  );
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
    reviews: d.reviews,
    status: d.status,
    verdictComment: mine ? { id: mine.id, body: mine.body } : null,
    files: d.files,
    // The gate says in red when it names none.
    headPhase: namedPhase(d.files.includes(file) ? d.headFile : null, policy),
  };
}

async function details(
  ctx: RunContext,
  pr: PullRequest,
  me: string,
  policy: Policy,
  file: string,
): Promise<OpenPull> {
  const { forge } = ctx;
  const files = await forge.pullFiles(pr.number);
  return opened(
    pr,
    {
      files,
      headFile: files.includes(file) ? await forge.readFile(file, pr.headSha) : null,
      comments: await forge.comments(pr.number),
      reviews: await forge.reviews(pr.number),
      status: await forge.getStatus(pr.headSha, STATUS_CONTEXT),
    },
    me,
    policy,
    file,
  );
}
