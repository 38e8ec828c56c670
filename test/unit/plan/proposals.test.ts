/**
 * The scheduled run's rules (src/plan/proposals.ts), one test each, named as the rule: facts in,
 * the exact intents out, in order. Texts rendered elsewhere (PR bodies, comments) are matched on
 * the lines that carry the rule.
 */
import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../../src/plan/facts.js';
import { planRun } from '../../../src/plan/run.js';
import { TriggerError } from '../../../src/plan/trigger-error.js';
import { HOUR, MINUTE } from '../../support/traces.js';
import {
  approval,
  BOT,
  facts,
  pull,
  records,
  SOAKED,
  T0,
  verdictMarker,
  withRollbackApproval,
} from './fixture.js';

const text = (s: string) => expect.stringContaining(s);
/** A-1 with saves slow from 23:00 on: its immediate rule fires at the 00:07 run. */
const slow = () => facts({ records: records(SOAKED, T0 + 23 * HOUR) });
const green = { state: 'success', description: 'Ready to merge: rollback needs no approval' };

describe('the scheduled run', () => {
  it('a decision to advance opens one proposal: its branch, title, body, labels and reviewers', () => {
    const plan = planRun(facts());
    expect(plan.evaluation.decision.action).toBe('advance');
    expect(plan.intents).toEqual([
      {
        type: 'open-proposal',
        key: 'proposal:phasegate/autosave/advance-A-2',
        proposal: { rollout: 'autosave', kind: 'advance', from: 'A-1', to: 'A-2' },
        branch: 'phasegate/autosave/advance-A-2',
        title: 'phasegate(autosave): advance A-1 → A-2',
        body: expect.stringMatching(
          /^<!-- phasegate:proposal .*- \[ \] Crash-rate baseline for the beta cohort/s,
        ),
        labels: ['phasegate', 'phasegate:advance'],
        reviewers: ['autosave-analyst'],
        change: {
          path: 'phases/current.yaml',
          content: expect.stringMatching(
            /^phase: A-2\nsince: 2026-11-18T00:07:00.000Z\n[\s\S]*entered:\n {2}by: advance\n {2}from: A-1\n/m,
          ),
        },
      },
    ]);
    expect(plan.again).toBe(true); // the new PR is gated in the next pass
  });

  it('hold and complete open nothing: the reason is noted', () => {
    const plan = planRun(facts({ now: T0 + 6 * HOUR, records: records(T0 + 6 * HOUR) }));
    expect(plan.intents).toEqual([]);
    expect(plan.notes).toEqual(['hold: no proposal (hold A-1: soak: the phase has run 6h of 24h)']);
  });

  it('an open proposal keeps its text as proposed; it is gated every run', () => {
    const open = pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' });
    const plan = planRun(facts({ pulls: [open] }));
    expect(plan.intents).toEqual([
      {
        type: 'set-gate',
        key: `gate:#5@${open.headSha}`,
        pr: 5,
        sha: open.headSha,
        state: 'failure',
        description: 'Blocked: approvals 0/1; 4 checklist items unticked',
      },
      {
        type: 'upsert-verdict',
        key: 'verdict:#5',
        pr: 5,
        comment: null,
        marker: verdictMarker('autosave'),
        body: text('needs 1 approval from an allowed reviewer'),
      },
    ]);
    expect(plan.notes).toEqual(['#5 is open: phasegate(autosave): advance A-1 → A-2']);
  });

  it('a proposal made from another phase is redone on the live phase, ticked boxes kept', () => {
    const stale = pull(
      5,
      { kind: 'advance', from: 'A-0', to: 'A-2' },
      {
        body: `${pull(5, { kind: 'advance', from: 'A-0', to: 'A-2' }).body}- [x] Crash-rate baseline for the beta cohort recorded before enabling\n`,
      },
    );
    const plan = planRun(facts({ pulls: [stale] }));
    expect(plan.intents).toEqual([
      {
        type: 'update-proposal',
        key: 'proposal:phasegate/autosave/advance-A-2',
        pr: 5,
        branch: 'phasegate/autosave/advance-A-2',
        title: 'phasegate(autosave): advance A-1 → A-2',
        body: text('- [x] Crash-rate baseline for the beta cohort recorded before enabling'),
        change: { path: 'phases/current.yaml', content: text('from: A-1') },
      },
    ]);
    expect(plan.again).toBe(true); // its new head is gated next pass
  });

  it('a proposal made from a phase that is no longer live is closed with a comment', () => {
    const old = pull(4, { kind: 'restart', from: 'A-0', to: 'A-1' });
    const plan = planRun(facts({ now: T0 + 6 * HOUR, records: records(T0 + 6 * HOUR), pulls: [old] }));
    expect(plan.intents).toEqual([
      {
        type: 'close-proposal',
        key: 'close:#4',
        pr: 4,
        reason: 'the live phase is now A-1',
        comment: 'phasegate closed this proposal: the live phase is now A-1.',
      },
    ]);
  });

  it('while a rollback is being opened, the other proposals wait for it', () => {
    const advance = pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' });
    const plan = planRun({ ...slow(), pulls: [advance] });
    expect(plan.intents.map((i) => [i.type, i.key])).toEqual([
      ['open-proposal', 'proposal:phasegate/autosave/rollback-A-0'],
    ]);
    const opened = plan.intents[0] as Extract<(typeof plan.intents)[number], { type: 'open-proposal' }>;
    expect(opened.body).toContain('### Cause');
    expect(opened.change.content).toMatch(
      /entered:\n {2}by: rollback\n {2}from: A-1\n {2}cause: "immediate: breached now: save-latency-p95/,
    );
  });

  it('an open rollback closes every other proposal, naming it', () => {
    const advance = pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' });
    const rollback = pull(6, { kind: 'rollback', from: 'A-1', to: 'A-0' });
    const plan = planRun({ ...slow(), pulls: [advance, rollback] });
    expect(plan.intents[0]).toEqual({
      type: 'close-proposal',
      key: 'close:#5',
      pr: 5,
      reason: 'a rollback was proposed in #6',
      comment: 'phasegate closed this proposal: a rollback was proposed in #6.',
    });
  });

  it('a rollback that needs no approval is merged once its gate is green', () => {
    const rollback = pull(6, { kind: 'rollback', from: 'A-1', to: 'A-0' });
    const plan = planRun({ ...slow(), pulls: [rollback] });
    expect(plan.intents.map((i) => i.type)).toEqual(['set-gate', 'upsert-verdict', 'merge']);
    expect(plan.intents[0]).toMatchObject({ state: 'success', description: green.description });
    expect(plan.intents[2]).toEqual({
      type: 'merge',
      key: 'merge:#6',
      pr: 6,
      sha: rollback.headSha,
      title: 'phasegate(autosave): rollback A-1 → A-0',
    });
    expect(plan.again).toBe(true); // the merge is announced next pass
  });

  it('a merge GitHub refused is not tried again in the same run; Slack says once a person must merge', () => {
    const rollback = pull(6, { kind: 'rollback', from: 'A-1', to: 'A-0' }, { status: green });
    // Refused by a race (409: the head moved): not tried again, nothing said.
    const raced = { ...emptyMemory(), refused: ['merge:#6'] };
    expect(planRun({ ...slow(), pulls: [rollback], memory: raced }).intents.map((i) => i.type)).toEqual([
      'upsert-verdict',
    ]);
    // Refused by branch protection (405).
    const memory = { ...raced, protected: [6] };
    const plan = planRun({ ...slow(), pulls: [rollback], memory });
    expect(plan.intents.map((i) => i.type)).toEqual(['upsert-verdict', 'send-slack', 'add-label']);
    expect(plan.intents[1]).toMatchObject({ key: 'slack:needs-merge:#6', kind: 'needs-merge' });
    expect((plan.intents[1] as { text: string }).text).toBe(
      ':warning: *autosave: the rollback A-1 → A-0 needs a person to merge it.* GitHub refused phasegate\'s merge of <https://github.com/acme/app/pull/6|#6> (branch protection its token cannot bypass), so the feature stays at A-1 until someone with merge rights merges it. To let phasegate merge rollbacks itself, see docs/setup.md, "Rollbacks under protection".',
    );
    expect(plan.intents[2]).toMatchObject({ pr: 6, label: 'phasegate:needs-merge' });
    expect(plan.again).toBe(false);
    // Told once: a later run tries the merge again, and says nothing more when it is refused again.
    const told = { ...rollback, labels: [...rollback.labels, 'phasegate:needs-merge'] };
    expect(planRun({ ...slow(), pulls: [told] }).intents.map((i) => i.type)).toEqual([
      'upsert-verdict',
      'merge',
    ]);
    expect(planRun({ ...slow(), pulls: [told], memory }).intents.map((i) => i.type)).toEqual([
      'upsert-verdict',
    ]);
  });

  it('a rollback that needs approval waits for it (a policy that chooses rollback.approval: required)', () => {
    const a2 = facts({
      policy: withRollbackApproval('A-2'),
      live: { phase: 'A-2', since: T0, file: 'phases/current.yaml' },
    });
    const rollback = pull(6, { kind: 'rollback', from: 'A-2', to: 'A-1' });
    const plan = planRun({ ...a2, pulls: [rollback] });
    expect(plan.intents.map((i) => i.type)).toEqual(['set-gate', 'upsert-verdict']);
    expect(plan.intents[0]).toMatchObject({ state: 'failure', description: 'Blocked: approvals 0/1' });
    const approved = { ...rollback, reviews: [approval(rollback, 'autosave-po')] };
    expect(planRun({ ...a2, pulls: [approved] }).intents[0]).toMatchObject({ state: 'success' });
  });

  it('the change this run merged is announced', () => {
    const merged = {
      number: 6,
      url: 'https://github.com/acme/app/pull/6',
      author: BOT,
      labels: ['phasegate'],
      mergedAt: SOAKED,
    };
    const plan = planRun(
      facts({
        live: {
          phase: 'A-0',
          since: SOAKED,
          entered: { by: 'rollback', from: 'A-1', cause: 'slow saves' },
          file: 'phases/current.yaml',
        },
        merged: { ...merged, body: pull(6, { kind: 'rollback', from: 'A-1', to: 'A-0' }).body },
        memory: { ...emptyMemory(), merged: [6] },
      }),
    );
    expect(plan.intents.map((i) => [i.type, i.key])).toEqual([
      ['lock-notice', 'lock:autosave:6'],
      ['send-slack', 'slack:autosave:6'],
      ['open-rca', 'rca:autosave:6'],
    ]);
  });

  it('a change merged before this run is not announced by it (apply does that)', () => {
    const plan = planRun(
      facts({
        merged: {
          number: 3,
          url: 'https://github.com/acme/app/pull/3',
          author: BOT,
          labels: ['phasegate'],
          mergedAt: T0,
          body: pull(3, { kind: 'advance', from: 'A-0', to: 'A-1' }).body,
        },
        now: T0 + 6 * HOUR,
        records: records(T0 + 6 * HOUR),
      }),
    );
    expect(plan.intents).toEqual([]);
  });
});

describe('a rollback asked for by hand', () => {
  const byHand = (to: string, reason = 'support tickets spike') => ({
    command: 'rollback' as const,
    to,
    reason,
    actor: 'carol',
  });

  it('opens the rollback PR with the reason as its cause, whatever the SLOs say', () => {
    const plan = planRun(
      facts({ now: T0 + 6 * HOUR, records: records(T0 + 6 * HOUR), trigger: byHand('A-0') }),
    );
    expect(plan.intents).toEqual([
      expect.objectContaining({
        type: 'open-proposal',
        proposal: { rollout: 'autosave', kind: 'rollback', from: 'A-1', to: 'A-0' },
        body: text('rolled back by hand by @carol: support tickets spike'),
      }),
    ]);
  });

  it('must go to an earlier phase, with a reason', () => {
    const problem = (to: string, reason?: string) => {
      try {
        planRun(facts({ trigger: byHand(to, reason) }));
      } catch (e) {
        return e instanceof TriggerError ? `${e.field}: ${e.message}` : e;
      }
      return 'planned';
    };
    expect(problem('Z-9')).toBe('phase: unknown phase "Z-9"; valid phases: A-0, A-1, A-2, B-0, B-1');
    expect(problem('B-0')).toBe('phase: B-0 is not before the live phase A-1; a rollback can go to: A-0');
    expect(problem('A-0', ' ')).toBe('reason: required: say why, for the PR, Slack and the RCA issue');
  });

  it('to the live phase is already done: nothing to do', () => {
    const plan = planRun(facts({ trigger: byHand('A-1') }));
    expect(plan.notes).toContain('A-1 is the live phase: nothing to roll back');
    expect(plan.intents.filter((i) => i.type === 'open-proposal')).toEqual([]);
  });
});

it('a run that opens, merges or creates something plans again; one that only writes does not', () => {
  expect(planRun(facts()).again).toBe(true);
  expect(planRun(facts({ pulls: [pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' })] })).again).toBe(false);
  expect(planRun(facts({ now: SOAKED - 30 * MINUTE, records: records(SOAKED - 30 * MINUTE) })).again).toBe(
    false,
  );
});
