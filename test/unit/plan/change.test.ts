/**
 * What a PR proposes is read from what it changes (src/plan/change.ts), never from words anyone
 * can paste: one test per rule, each an attack a real repository would see, as the gate event and
 * the scheduled run plan it.
 */
import { describe, expect, it } from 'vitest';
import type { OpenPull } from '../../../src/plan/facts.js';
import { planRun } from '../../../src/plan/run.js';
import { approval, facts, pull, records, T0, withRollbackApproval } from './fixture.js';

const HOUR = 3_600_000;
const gate = (pr: number) => ({ command: 'gate' as const, pr });
/** A person's PR: no marker, just a diff. */
function byHand(number: number, o: Partial<OpenPull>): OpenPull {
  return {
    ...pull(number, { kind: 'advance', from: 'A-1', to: 'A-2' }),
    author: 'mallory',
    title: 'tweak',
    body: 'small change',
    headRef: 'mallory/tweak',
    labels: [],
    ...o,
  };
}

function gated(p: OpenPull, o: Parameters<typeof facts>[0] = {}) {
  const plan = planRun(facts({ trigger: gate(p.number), pulls: [p], ...o }));
  return { status: plan.intents.find((i) => i.type === 'set-gate'), plan };
}

describe('what a PR proposes', () => {
  it("a hand PR that pastes phasegate's marker and jumps A-1 → B-1 is judged on its diff: red, it skips phases", () => {
    const forged = pull(
      9,
      { kind: 'advance', from: 'A-1', to: 'A-2' },
      { author: 'mallory', headPhase: 'B-1' },
    );
    const ready = { ...forged, reviews: [approval(forged, 'alice')] };
    const { status, plan } = gated(ready);
    expect(status).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('A-1 → B-1 skips A-2, B-0; a phase advances to the next one (A-2)'),
    });
  });

  it("a pasted marker makes nobody's PR phasegate's: the scheduled run neither gates, merges nor closes it", () => {
    // A "rollback" from a phase that needs no approval, with phasegate's marker, by a person.
    const forged = pull(9, { kind: 'rollback', from: 'A-1', to: 'A-0' }, { author: 'mallory' });
    const plan = planRun(facts({ now: T0 + 6 * HOUR, records: records(T0 + 6 * HOUR), pulls: [forged] }));
    expect(plan.intents.filter((i) => 'pr' in i && i.pr === 9)).toEqual([]);
  });

  it('a phase change that also relaxes the policy is red, whatever its reviews', () => {
    const pr = pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' });
    const relaxed = {
      ...pr,
      files: ['phases/current.yaml', 'phases/rollout.yaml'],
      reviews: [approval(pr, 'alice')],
    };
    const { status, plan } = gated(relaxed);
    expect(status).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining(
        'a phase change edits phases/current.yaml alone; this PR also changes phases/rollout.yaml: move those to a PR of their own',
      ),
    });
  });

  it("a commit pushed to phasegate's branch that moves the target is judged on the new target", () => {
    // The marker and title still say A-2; the branch now says B-0.
    const pushed = pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' }, { headPhase: 'B-0' });
    const { status, plan } = gated(pushed);
    expect(status).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({ body: expect.stringContaining('A-1 → B-0 skips A-2') });
  });

  it('phasegate\'s proposal whose branch no longer changes current.yaml is red, not "not a phase change"', () => {
    const undone = pull(
      5,
      { kind: 'advance', from: 'A-1', to: 'A-2' },
      { files: ['README.md'], headPhase: null },
    );
    const { status, plan } = gated(undone);
    expect(status).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining('this proposal no longer changes phases/current.yaml'),
    });
  });

  it('current.yaml that names no phase, or the live one, is red', () => {
    const none = byHand(9, { headPhase: null });
    expect(gated(none).plan.intents[1]).toMatchObject({
      body: expect.stringContaining(
        'phases/current.yaml at the head is missing or names no phase of this rollout',
      ),
    });
    const same = byHand(9, { headPhase: 'A-1' });
    expect(gated(same).plan.intents[1]).toMatchObject({
      body: expect.stringContaining('still names the live phase A-1: nothing to change'),
    });
  });

  it('a hand PR to an earlier phase is a rollback: rollback approvers, no SLO verdict', () => {
    const a2 = {
      phase: 'A-2',
      since: T0,
      entered: { by: 'advance' as const, from: 'A-1' },
      file: 'phases/current.yaml',
    };
    const back = byHand(9, { headPhase: 'A-1' });
    // The reference rollback is immediate: green with no review and no SLO verdict.
    expect(gated(back, { live: a2 }).status).toMatchObject({ state: 'success' });
    // A policy whose A-2 rollback needs one approval from the rollback approvers.
    const policy = withRollbackApproval('A-2');
    const { status } = gated(back, { live: a2, policy });
    expect(status).toMatchObject({ state: 'failure', description: 'Blocked: approvals 0/1' });
    const approved = { ...back, reviews: [approval(back, 'autosave-po')] };
    expect(gated(approved, { live: a2, policy }).status).toMatchObject({ state: 'success' });
  });

  it("after a rollback, the recovery watch's restart phase is a restart, judged against the restart decision", () => {
    const rolledBack = {
      phase: 'A-0',
      since: T0,
      entered: { by: 'rollback' as const, from: 'A-1', cause: 'slow saves' },
      file: 'phases/current.yaml',
    };
    const restart = byHand(9, { headPhase: 'A-1' });
    const at = T0 + 3 * HOUR;
    const { status, plan } = gated(
      { ...restart, reviews: [approval(restart, 'alice')] },
      { live: rolledBack, now: at, records: records(at) },
    );
    // Healthy for 2 h after the rollback: the verdict is restart → A-1, so the SLOs agree and
    // only A-1's QA checklist, unticked, holds it.
    expect(plan.evaluation.decision).toMatchObject({ action: 'restart', to: 'A-1' });
    expect(status).toMatchObject({ state: 'failure', description: 'Blocked: 5 checklist items unticked' });
    expect(plan.intents[1]).toMatchObject({ body: expect.not.stringContaining('SLOs do not support') });
  });

  it('改善を確認したら Phase A-1 から再開: after B-1 → B-0, a move back to A-1 is a rollback until the watch is met, then a restart', () => {
    const rolledBack = {
      phase: 'B-0',
      since: T0,
      entered: { by: 'rollback' as const, from: 'B-1', cause: 'merge rate' },
      file: 'phases/current.yaml',
    };
    const back = byHand(9, { headPhase: 'A-1' });
    const early = gated(back, { live: rolledBack, now: T0 + HOUR, records: records(T0 + HOUR) });
    expect(early.plan.evaluation.decision.action).toBe('hold');
    // Judged as a rollback: never on the SLOs, and B-0's rollback is immediate.
    expect(early.status).toMatchObject({ state: 'success' });
    const at = T0 + 3 * HOUR;
    const { status, plan } = gated(
      { ...back, reviews: [approval(back, 'alice')] },
      { live: rolledBack, now: at, records: records(at) },
    );
    expect(plan.evaluation.decision).toMatchObject({ action: 'restart', from: 'B-0', to: 'A-1' });
    expect(status).toMatchObject({ state: 'failure', description: 'Blocked: 5 checklist items unticked' });
  });

  it("a PR that fills GitHub's 3000-file list may hide current.yaml: red, split it", () => {
    const files = Array.from({ length: 3000 }, (_, i) => `vendor/${i}.js`);
    const { status, plan } = gated(byHand(9, { files, headPhase: null }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(plan.intents[1]).toMatchObject({
      body: expect.stringContaining(
        'GitHub lists only the first 3000 files of a pull request, so whether this one changes phases/current.yaml cannot be seen: split it',
      ),
    });
  });
});
