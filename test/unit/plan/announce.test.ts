/**
 * The rules after a phase change merged (src/plan/announce.ts), as the apply run on the push
 * plans them: the lock notice first, then the RCA issue, then Slack linking it, then the label.
 */
import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../../src/plan/facts.js';
import { planRun } from '../../../src/plan/run.js';
import { rcaMarker } from '../../../src/render/markers.js';
import { BOT, facts, pull, ROLLBACK_CAUSE, rolledBack, SOAKED } from './fixture.js';

const apply = { command: 'apply' as const, sha: 'c0ffee'.padEnd(40, '0'), before: 'b4'.padEnd(40, '0') };
const MERGED_AT = SOAKED;
const CAUSE = ROLLBACK_CAUSE;

const rca = {
  number: 7,
  url: 'https://github.com/acme/app/issues/7',
  title: 'RCA: autosave rolled back A-1 → A-0 (due 2026-11-19)',
  body: `${rcaMarker('autosave', 6)}\n…`,
};

describe('announcing a merged rollback', () => {
  it("the plan's order: the lock notice, then Slack (the RCA issue follows), then the RCA issue for the Reporter", () => {
    const plan = planRun(rolledBack());
    expect(plan.intents).toEqual([
      {
        type: 'lock-notice',
        key: 'lock:autosave:6',
        notice: {
          event: 'autosave.lock.readonly',
          rollout: 'autosave',
          phase: 'A-0',
          from: 'A-1',
          at: '2026-11-18T00:07:00.000Z',
          reason: CAUSE,
          pr: 6,
        },
      },
      {
        type: 'send-slack',
        key: 'slack:autosave:6',
        kind: 'rollback',
        template: expect.stringContaining('slack-rollback'),
        text: expect.stringContaining(
          'RCA issue: opened on GitHub right after this message (label phasegate:rca)（担当: @autosave-po',
        ),
      },
      {
        type: 'open-rca',
        key: 'rca:autosave:6',
        marker: '<!-- phasegate:rca autosave 6 -->',
        // Wednesday 09:07 in Tokyo: due one business day later.
        title: 'RCA: autosave rolled back A-1 → A-0 (due 2026-11-19)',
        body: expect.stringContaining(`### Cause\n\n${CAUSE}`),
        labels: ['phasegate:rca', 'phasegate'],
        assignees: ['autosave-po'],
      },
    ]);
    expect(plan.again).toBe(true);
  });

  it('a re-run that finds the RCA issue open links it in Slack, then the Runbook, then the applied label', () => {
    const plan = planRun(
      rolledBack({ rcaIssues: [rca], memory: { ...emptyMemory(), done: ['lock:autosave:6'] } }),
    );
    expect(plan.intents).toEqual([
      {
        type: 'send-slack',
        key: 'slack:autosave:6',
        kind: 'rollback',
        template: expect.stringContaining('slack-rollback'),
        text: expect.stringContaining('RCA issue: https://github.com/acme/app/issues/7'),
      },
      expect.objectContaining({ type: 'append-runbook', key: 'runbook:autosave:6', branch: null }),
      { type: 'add-label', key: 'applied:#6', pr: 6, label: 'phasegate:applied' },
    ]);
  });

  it('a notification sent earlier in this run is not sent again', () => {
    const memory = { ...emptyMemory(), done: ['lock:autosave:6', 'slack:autosave:6'] };
    const plan = planRun(rolledBack({ rcaIssues: [rca], memory }));
    expect(plan.intents.map((i) => i.type)).toEqual(['append-runbook', 'add-label']);
  });

  it('the RCA issue is due a business day later in Japan’s calendar: 2027-02-10 → 2027-02-12 (the 11th is a holiday)', () => {
    const mergedAt = Date.parse('2027-02-10T15:00:00+09:00');
    const plan = planRun(rolledBack({}, { mergedAt }));
    const open = plan.intents.find((i) => i.type === 'open-rca');
    expect(open).toMatchObject({ title: 'RCA: autosave rolled back A-1 → A-0 (due 2027-02-12)' });
    expect(open && 'body' in open ? open.body : '').toContain(
      "**Due: 2027-02-12** (one business day after the rollback, Asia/Tokyo; weekends, public holidays in Japan and the policy's own days off skipped).",
    );
    const slack = plan.intents.find((i) => i.type === 'send-slack');
    // The next canary follows the recovery watch (2 h after the merge), not the RCA's due date.
    expect(slack && 'text' in slack ? slack.text : '').toContain(
      '次回 Canary 日程: A-1 from 2027-02-10 17:00 JST',
    );
  });

  it('a change already labelled phasegate:applied is not announced again', () => {
    const plan = planRun(rolledBack({}, { labels: ['phasegate', 'phasegate:applied'] }));
    expect(plan.intents).toEqual([]);
    expect(plan.notes).toEqual(['#6 was already announced: nothing to send']);
  });
});

describe('announcing other changes', () => {
  it('an advance: Slack, the Runbook, then the label', () => {
    const plan = planRun(
      facts({
        trigger: apply,
        previousPhase: 'A-1',
        live: {
          phase: 'A-2',
          since: MERGED_AT,
          entered: { by: 'advance', from: 'A-1' },
          file: 'phases/current.yaml',
        },
        merged: {
          number: 5,
          url: 'https://github.com/acme/app/pull/5',
          body: pull(5, { kind: 'advance', from: 'A-1', to: 'A-2' }).body,
          author: BOT,
          labels: ['phasegate'],
          mergedAt: MERGED_AT,
        },
      }),
    );
    expect(plan.intents).toEqual([
      {
        type: 'send-slack',
        key: 'slack:autosave:5',
        kind: 'advance',
        template: 'built-in advance template',
        text: expect.stringContaining('*autosave advanced: A-1 → A-2 (Beta)*'),
      },
      expect.objectContaining({ type: 'append-runbook', key: 'runbook:autosave:5' }),
      { type: 'add-label', key: 'applied:#5', pr: 5, label: 'phasegate:applied' },
    ]);
  });

  it('a rollback pushed without a PR is announced from current.yaml, its RCA issue found by a token', () => {
    const plan = planRun(rolledBack({ merged: null }));
    expect(plan.intents.map((i) => [i.type, i.key])).toEqual([
      ['lock-notice', 'lock:autosave:A-1.A-0.20261118T0007Z'],
      ['send-slack', 'slack:autosave:A-1.A-0.20261118T0007Z'],
      ['open-rca', 'rca:autosave:A-1.A-0.20261118T0007Z'],
    ]);
    expect(plan.intents[2]).toMatchObject({
      marker: '<!-- phasegate:rca autosave A-1.A-0.20261118T0007Z -->',
    });
  });

  it("a phase change by hand is announced like phasegate's: what changed is read from the push, not from words", () => {
    // A person's PR (no marker, current.yaml saying nothing of how) that moved A-1 back to A-0.
    const byHand = rolledBack(
      { live: { ...rolledBack().live, entered: { by: 'manual' }, reason: undefined } },
      { author: 'mallory', body: 'put it back', labels: [] },
    );
    expect(planRun(byHand).intents.map((i) => [i.type, i.key])).toEqual([
      ['lock-notice', 'lock:autosave:6'],
      ['send-slack', 'slack:autosave:6'],
      ['open-rca', 'rca:autosave:6'],
    ]);
  });

  it('a push that left the phase alone, or whose before is unknown, announces nothing', () => {
    const same = planRun(rolledBack({ previousPhase: 'A-0' }));
    expect(same.intents).toEqual([]);
    expect(same.notes).toEqual(['the push left phases/current.yaml at A-0: nothing to announce']);
    const unknown = planRun(rolledBack({ previousPhase: null }));
    expect(unknown.intents).toEqual([]);
    expect(unknown.notes[0]).toMatch(/phase before the push is unknown/);
  });

  it('a later phase entered by restart is announced as a restart', () => {
    const plan = planRun(
      rolledBack({
        previousPhase: 'A-0',
        live: {
          phase: 'A-1',
          since: MERGED_AT,
          entered: { by: 'restart', from: 'A-0' },
          file: 'phases/current.yaml',
        },
      }),
    );
    expect(plan.intents[0]).toMatchObject({ type: 'send-slack', kind: 'restart' });
  });
});
