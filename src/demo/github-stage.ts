/**
 * The replay's stage on the loopback GitHub: the loop runs through the GitHub interpreter (the
 * forge port on Octokit, against the emulator), and the people act as GitHub users: a review, an
 * edit of the PR body to tick the QA checklist, the merge button. The demo and the test that holds
 * simulate to the Action both run on it.
 */
import type { Emulator } from '../emulator/index.js';
import type { createClient } from '../github/client.js';
import { GitHubWorld } from '../interpreters/github/world.js';
import { STATUS_CONTEXT } from '../plan/names.js';
import { type Policy, phaseById } from '../policy/model.js';
import type { RunContext } from '../ports/context.js';
import type { ProposalKind } from '../render/markers.js';
import { parseProposalMarker } from '../render/markers.js';
import type { PeoplePull } from '../simulate/people.js';
import type { Stage } from '../simulate/replay.js';

export interface GithubStageOptions {
  gh: Emulator;
  ctx: RunContext;
  policy: Policy;
  /** Move the simulated clock (the emulator's and the run context's). */
  setClock(t: number): void;
  /** Who approves (and merges) PRs of a kind. */
  approver(kind: ProposalKind): string;
  /** Octokit acting as a person (to tick the checklist in a PR body). */
  as(login: string): ReturnType<typeof createClient>;
  /** Bring the checkout to the default branch (a merge's push checks it out again). */
  sync(): Promise<void>;
}

export function githubStage(o: GithubStageOptions): Stage {
  const { gh, policy } = o;
  const approved = new Set<number>();
  return {
    world: new GitHubWorld(o.ctx),
    at: async (t) => o.setClock(t),
    openPulls: async () => {
      const state = gh.state;
      return state.pulls
        .filter((p) => p.state === 'open')
        .flatMap((p): PeoplePull[] => {
          const proposal = parseProposalMarker(p.body);
          if (proposal?.rollout !== policy.rollout) return [];
          const gate = state.statuses
            .filter((s) => s.sha === p.head.sha && s.context === STATUS_CONTEXT)
            .at(-1);
          return [
            {
              number: p.number,
              kind: proposal.kind,
              openedAt: Date.parse(p.created_at),
              approved: approved.has(p.number),
              noApproval:
                proposal.kind === 'rollback' &&
                phaseById(policy, proposal.from)?.rollback.approval === 'none',
              gate: gate?.state ?? null,
            },
          ];
        });
    },
    approve: async (pull) => {
      const login = o.approver(pull.kind);
      const pr = gh.state.pulls.find((p) => p.number === pull.number)!;
      const body = pr.body ?? '';
      if (pull.kind !== 'rollback' && /^\s*[-*+] \[ \]/m.test(body)) {
        await o.as(login).rest.pulls.update({
          owner: gh.owner,
          repo: gh.repo,
          pull_number: pull.number,
          body: body.replace(/^(\s*[-*+] )\[ \]/gm, '$1[x]'),
        });
      }
      await gh.review(pull.number, login, 'APPROVE');
      approved.add(pull.number);
      return login;
    },
    merge: async (pull, by) => {
      const { sha, event } = await gh.merge(pull.number, by);
      await o.sync();
      return { sha, before: (event.payload as { before?: string }).before ?? null };
    },
  };
}
