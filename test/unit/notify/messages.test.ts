import { describe, expect, it } from 'vitest';
import { composeNotification, slackEscape } from '../../../src/notify/compose.js';
import { loadTemplates } from '../../../src/notify/load.js';
import {
  formatMergeTime,
  lockNotice,
  messageVars,
  nextCanary,
  type PhaseChange,
  resumeConditions,
  zoneAbbreviation,
} from '../../../src/notify/messages.js';
import { REFERENCE_DIR, referencePolicy } from '../../support/policy.js';

const policy = referencePolicy();
// Friday 2026-11-20 14:05 in Tokyo. Monday 2026-11-23 is a holiday in the reference rollout.
const FRIDAY = Date.UTC(2026, 10, 20, 5, 5);
const CAUSE = 'immediate: breached now: save-latency-p95: p95 3.396s > 2.5s over the last 2h';
const ROLLBACK: PhaseChange = {
  kind: 'rollback',
  from: 'A-1',
  to: 'A-0',
  mergedAt: FRIDAY,
  cause: CAUSE,
  pr: { number: 42, url: 'https://github.com/acme/app/pull/42' },
  rcaUrl: 'https://github.com/acme/app/issues/43',
};

describe('formatMergeTime', () => {
  it("shows the policy zone's time and abbreviation, then UTC", () => {
    expect(formatMergeTime(FRIDAY, 'Asia/Tokyo')).toBe('2026-11-20 14:05 JST (05:05 UTC)');
    expect(formatMergeTime(Date.UTC(2026, 6, 1, 16, 30), 'America/New_York')).toBe(
      '2026-07-01 12:30 EDT (16:30 UTC)',
    );
    expect(formatMergeTime(Date.UTC(2026, 0, 5, 9, 0), 'Europe/Berlin')).toBe(
      '2026-01-05 10:00 CET (09:00 UTC)',
    );
  });

  it('gives the UTC date when it differs, and UTC alone for UTC', () => {
    expect(formatMergeTime(Date.UTC(2026, 10, 19, 23, 0), 'Asia/Tokyo')).toBe(
      '2026-11-20 08:00 JST (2026-11-19 23:00 UTC)',
    );
    expect(formatMergeTime(FRIDAY, 'UTC')).toBe('2026-11-20 05:05 UTC');
  });

  it('falls back to the offset where the zone has no common abbreviation', () => {
    expect(zoneAbbreviation(FRIDAY, 'Asia/Shanghai')).toBe('UTC+8');
    expect(formatMergeTime(FRIDAY, 'Asia/Shanghai')).toBe('2026-11-20 13:05 UTC+8 (05:05 UTC)');
  });
});

describe('messageVars', () => {
  it("builds every variable of the reference rollout's rollback", () => {
    expect(messageVars(policy, ROLLBACK)).toEqual({
      rollout: 'autosave',
      from: 'A-1',
      to: 'A-0',
      kind: 'rollback',
      time: '2026-11-20 14:05 JST (05:05 UTC)',
      cause: CAUSE,
      resume:
        'save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in A-0 is not judged), then restart from A-1',
      // The recovery watch needs 2h from the merge before anything restarts.
      next_canary:
        'A-1 from 2026-11-20 16:05 JST (07:05 UTC) at the earliest, once the recovery watch confirms improvement',
      pr_url: 'https://github.com/acme/app/pull/42',
      pr_number: '#42',
      rca_url: 'https://github.com/acme/app/issues/43',
      reporter: '@autosave-po',
      channel: '#launch-autosave',
      phase_name: 'Prep',
    });
  });

  it('次回 Canary 日程: the merge plus the recovery watch, from its restart phase, in the policy zone', () => {
    // Monday 2026-11-30 23:30 UTC is Tuesday 08:30 in Tokyo: the watch can end at 10:30.
    const late = { ...ROLLBACK, mergedAt: Date.UTC(2026, 10, 30, 23, 30) };
    expect(messageVars(policy, late).next_canary).toBe(
      'A-1 from 2026-12-01 10:30 JST (01:30 UTC) at the earliest, once the recovery watch confirms improvement',
    );
    expect(nextCanary(policy, 'A-0', late.mergedAt)).toMatchObject({
      phase: 'A-1',
      earliest: Date.UTC(2026, 11, 1, 1, 30),
      date: '2026-12-01',
    });
    // A rollback onto the restart phase restarts there, in place.
    expect(nextCanary(policy, 'A-1', late.mergedAt).text).toBe(
      'A-1 restarts in place from 2026-12-01 10:30 JST (01:30 UTC) at the earliest, once the recovery watch confirms improvement',
    );
  });

  it('a watch that can end on a weekend or holiday moves the next canary to the next business day', () => {
    // Friday 23:30 in Tokyo: the watch can end Saturday 01:30; Monday the 23rd is a holiday.
    const friday = nextCanary(policy, 'A-0', Date.UTC(2026, 10, 20, 14, 30));
    expect(friday).toMatchObject({ date: '2026-11-24', earliest: Date.UTC(2026, 10, 23, 15, 0) });
    expect(friday.text).toBe(
      'A-1 from 2026-11-24 (the first business day after the watch can end, 2026-11-21 01:30 JST (2026-11-20 16:30 UTC)) at the earliest, once the recovery watch confirms improvement',
    );
    // Across the year-end holidays: the night of 2026-12-28 → Monday 2027-01-04.
    expect(nextCanary(policy, 'A-0', Date.UTC(2026, 11, 28, 14, 0)).date).toBe('2027-01-04');
    // Without recovery: the next business day, the rolled-back phase resuming by its own rule.
    expect(nextCanary({ ...policy, recovery: undefined }, 'A-0', FRIDAY).text).toBe(
      '2026-11-24 (the next business day; A-0 resumes by its own advance rule)',
    );
  });

  it('ロールバック後…2h 監視: the recovery watch is the condition to resume after every rollback', () => {
    expect(resumeConditions(policy, 'B-0')).toBe(
      'save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in B-0 is not judged), then restart from A-1',
    );
    expect(resumeConditions(policy, 'A-1')).toBe(
      'save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in A-1 is not judged), then A-1 restarts in place and its own advance rule applies',
    );
  });

  it("resumes by the rolled-back-to phase's advance rule when the policy has no recovery watch", () => {
    const noRecovery = { ...policy, recovery: undefined };
    expect(resumeConditions(noRecovery, 'A-0')).toMatch(
      /^save-latency-p95 healthy for \d+h, then advance to A-1$/,
    );
  });

  it('writes an explicit note for every fact that is missing or does not apply', () => {
    const bare = { ...policy, github: { ...policy.github, reporter: undefined }, notify: {} };
    const vars = messageVars(bare, { kind: 'advance', from: 'A-0', to: 'A-1', mergedAt: FRIDAY });
    expect(vars).toMatchObject({
      cause: '(no reason recorded)',
      resume: '(not a rollback)',
      next_canary: '(not a rollback)',
      pr_url: '(no pull request)',
      pr_number: '(no pull request)',
      rca_url: '(not a rollback)',
      reporter: '(no reporter: set github.reporter in rollout.yaml)',
      channel: '(no channel set)',
      phase_name: 'QA canary',
    });
    for (const [name, value] of Object.entries(vars)) expect(value.trim(), name).not.toBe('');
    const rollback = messageVars(bare, {
      ...ROLLBACK,
      cause: ' ',
      rcaUrl: undefined,
      reporter: '<@U024BE7LH>',
    });
    expect(rollback).toMatchObject({
      cause: '(no cause recorded)',
      rca_url: '(no RCA issue opened)',
      reporter: '<@U024BE7LH>',
    });
  });

  it('rejects a phase the policy does not know, listing the valid ones', () => {
    expect(() => messageVars(policy, { ...ROLLBACK, to: 'A-9' })).toThrow(
      'phase change to: unknown phase "A-9"; valid phases: A-0, A-1, A-2, B-0, B-1',
    );
  });
});

describe('lockNotice', () => {
  it('is built for a rollback only, in wire order', () => {
    const notice = lockNotice(policy, ROLLBACK);
    expect(JSON.stringify(notice)).toBe(
      JSON.stringify({
        event: 'autosave.lock.readonly',
        rollout: 'autosave',
        phase: 'A-0',
        from: 'A-1',
        at: '2026-11-20T05:05:00.000Z',
        reason: CAUSE,
        pr: 42,
      }),
    );
    expect(lockNotice(policy, { ...ROLLBACK, kind: 'advance' })).toBeUndefined();
    expect(lockNotice({ ...policy, notify: {} }, ROLLBACK)).toBeUndefined();
    expect(lockNotice(policy, { ...ROLLBACK, pr: undefined })?.pr).toBeNull();
  });
});

describe('composeNotification', () => {
  const templates = loadTemplates(REFERENCE_DIR, policy.notify);

  it("renders the reference rollout's Japanese #launch-autosave template with every field", () => {
    const n = composeNotification(policy, ROLLBACK, templates);
    expect(n.template).toMatch(/phases\/templates\/slack-rollback\.ja\.md$/);
    expect(n.text).toBe(
      [
        ':rotating_light: *【ロールバック】autosave: A-1 → A-0（Prep）*',
        '• ロールバック時刻: 2026-11-20 14:05 JST (05:05 UTC)',
        `• 原因: ${slackEscape(CAUSE)}`,
        '• 再開条件: save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in A-0 is not judged), then restart from A-1',
        '• 次回 Canary 日程: A-1 from 2026-11-20 16:05 JST (07:05 UTC) at the earliest, once the recovery watch confirms improvement',
        '• PR: https://github.com/acme/app/pull/42（#42）',
        '• RCA issue: https://github.com/acme/app/issues/43（担当: @autosave-po、ロールバック後 1 営業日以内に共有）',
        '次回 Canary までの進捗と未解決課題は #launch-autosave の日次共有で報告します。',
      ].join('\n'),
    );
    expect(n.text).toContain('p95 3.396s &gt; 2.5s');
    expect(n.lock?.event).toBe('autosave.lock.readonly');
  });

  it('uses the built-in English templates for kinds the policy leaves out', () => {
    const n = composeNotification(policy, {
      kind: 'advance',
      from: 'A-0',
      to: 'A-1',
      mergedAt: FRIDAY,
      cause: 'A-0 healthy for 24h',
      pr: { number: 7, url: 'https://github.com/acme/app/pull/7' },
    });
    expect(n.template).toBe('built-in advance template');
    expect(n.text).toBe(
      [
        ':arrow_forward: *autosave advanced: A-0 → A-1 (QA canary)*',
        '• Merged at: 2026-11-20 14:05 JST (05:05 UTC)',
        '• Why: A-0 healthy for 24h',
        '• Pull request: https://github.com/acme/app/pull/7',
      ].join('\n'),
    );
    expect(n.lock).toBeUndefined();
    const restart = composeNotification(policy, {
      kind: 'restart',
      from: 'A-0',
      to: 'A-1',
      mergedAt: FRIDAY,
    });
    expect(restart.text).toMatch(
      /^:repeat: \*autosave restarted from A-1 \(QA canary\) after the rollback to A-0\*/,
    );
    const english = composeNotification(policy, ROLLBACK, {});
    expect(english.text).toContain(
      '• Next canary: A-1 from 2026-11-20 16:05 JST (07:05 UTC) at the earliest',
    );
    expect(english.text).toContain('owner @autosave-po');
  });

  it('keeps a Slack mention given for the reporter, escapes everything else', () => {
    const n = composeNotification(
      policy,
      { ...ROLLBACK, reporter: '<@U024BE7LH>', cause: '<!channel> x' },
      templates,
    );
    expect(n.text).toContain('担当: <@U024BE7LH>');
    expect(n.text).toContain('原因: &lt;!channel&gt; x');
  });
});
