/** The gate's rules (src/plan/gate.ts), one test each: the PR event's facts → the exact intents. */
import { describe, expect, it } from 'vitest';
import { planRun } from '../../../src/plan/run.js';
import { approval, facts, pull, verdictMarker } from './fixture.js';

const gate = (pr: number) => ({ command: 'gate' as const, pr });
const advance = () => pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' });
/** The A-2 checklist of the reference rollout, every box ticked. */
const ticked = (body: string) =>
  `${body}
- [x] Beta invitation list confirmed and the beta cohort flag targets only it
- [x] Crash-rate baseline for the beta cohort recorded before enabling
- [x] Restore scenarios re-run on the beta build, including large documents
- [x] Support team briefed on AutoSave and how to report lost edits
`;

describe('the gate', () => {
  it('a PR that does not change the phase passes, so the required check never blocks it', () => {
    const other = {
      ...advance(),
      number: 9,
      author: 'carol',
      body: 'Fix a typo',
      files: ['README.md'],
      headPhase: null,
    };
    const plan = planRun(facts({ trigger: gate(9), pulls: [other] }));
    expect(plan.intents).toEqual([
      {
        type: 'set-gate',
        key: `gate:#9@${other.headSha}`,
        pr: 9,
        sha: other.headSha,
        state: 'success',
        description: 'not a phase change',
      },
    ]);
  });

  it('an advance goes green with the verdict, an allowed approval and every checklist box ticked', () => {
    const pr = advance();
    const ready = { ...pr, body: ticked(pr.body), reviews: [approval(pr, 'alice')] };
    const plan = planRun(facts({ trigger: gate(5), pulls: [ready] }));
    expect(plan.intents).toEqual([
      {
        type: 'set-gate',
        key: `gate:#5@${pr.headSha}`,
        pr: 5,
        sha: pr.headSha,
        state: 'success',
        description: 'Ready to merge: SLOs agree, 1/1 approval, checklist 4/4',
      },
      {
        type: 'upsert-verdict',
        key: 'verdict:#5',
        pr: 5,
        comment: null,
        marker: verdictMarker('autosave'),
        body: expect.stringContaining('✅ gate passed'),
      },
    ]);
  });

  it('an approval by someone the policy does not allow does not count, and says why', () => {
    const pr = advance();
    const plan = planRun(
      facts({
        trigger: gate(5),
        pulls: [{ ...pr, body: ticked(pr.body), reviews: [approval(pr, 'mallory')] }],
      }),
    );
    expect(plan.intents[0]).toMatchObject({ state: 'failure', description: 'Blocked: approvals 0/1' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('mallory is not an allowed approver'),
    });
  });

  it('a team GitHub would not show counts nobody', () => {
    const teams = facts({
      policy: {
        ...facts().policy,
        github: { ...facts().policy.github, approvers: { advance: ['acme/qa'], rollback: ['acme/qa'] } },
      },
    });
    const pr = advance();
    const plan = planRun({
      ...teams,
      trigger: gate(5),
      pulls: [{ ...pr, body: ticked(pr.body), reviews: [approval(pr, 'carol')] }],
    });
    expect(plan.intents[0]).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('approver "acme/qa" resolves to nobody'),
    });
    const readable = planRun({
      ...teams,
      teams: { 'acme/qa': ['carol'] },
      trigger: gate(5),
      pulls: [{ ...pr, body: ticked(pr.body), reviews: [approval(pr, 'carol')] }],
    });
    expect(readable.intents[0]).toMatchObject({ state: 'success' });
  });

  it('the status is posted only when it says something new; the comment only when its text changed', () => {
    const pr = advance();
    const first = planRun(facts({ trigger: gate(5), pulls: [pr] }));
    const [status, comment] = first.intents as [
      Extract<(typeof first.intents)[number], { type: 'set-gate' }>,
      Extract<(typeof first.intents)[number], { type: 'upsert-verdict' }>,
    ];
    const shown = {
      ...pr,
      status: { state: status.state, description: status.description },
      verdictComment: { id: 77, body: comment.body },
    };
    expect(planRun(facts({ trigger: gate(5), pulls: [shown] })).intents).toEqual([]);
    // An hour later the verdict comment says so; the status has nothing new to say.
    const later = planRun(facts({ trigger: gate(5), pulls: [shown], now: facts().now + 3_600_000 }));
    expect(later.intents).toEqual([expect.objectContaining({ type: 'upsert-verdict', comment: 77 })]);
  });

  it('a proposal from a phase that is no longer live is red: it is stale', () => {
    const stale = pull(5, { kind: 'advance', from: 'A-0', to: 'A-1' });
    const plan = planRun(facts({ trigger: gate(5), pulls: [stale] }));
    expect(plan.intents[0]).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('SLOs do not agree'),
    });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('this PR changes A-0, but the live phase is A-1; it is stale'),
    });
  });

  it('a phase PR written by hand is gated by what its current.yaml moves to', () => {
    const byHand = { ...advance(), number: 8, body: 'Go to A-2', author: 'alice', headPhase: 'A-2' };
    const plan = planRun(facts({ trigger: gate(8), pulls: [byHand] }));
    expect(plan.intents[0]).toMatchObject({ type: 'set-gate', pr: 8, state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('QA checklist: 4 of 4 items not ticked in the PR body'),
    });
  });

  it('a missing QA checklist file is a warning, and requires no items', () => {
    const pr = advance();
    const plan = planRun(
      facts({ trigger: gate(5), checklist: null, pulls: [{ ...pr, reviews: [approval(pr, 'alice')] }] }),
    );
    expect(plan.warnings).toEqual(['docs/CHECKLIST.md not found: no QA checklist items are required']);
    expect(plan.intents[0]).toMatchObject({ state: 'success' });
  });
});
