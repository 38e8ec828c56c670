/**
 * rollout.yaml's operational sections: approvers, recovery, notifications and holidays, with
 * their defaults and located errors.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/policy/errors.js';
import { policyFromYaml, referencePolicy, TEST_SLIS } from '../../support/traces.js';

const PHASES = {
  P0: 'id: P0\nname: first\nflags: {}\nslos:\n  - { id: lat, sli: lat, stat: p95, max: 2.5s, window: 1h }\n',
  P1: 'id: P1\nname: second\nflags: {}\n',
};
const base = `rollout: t\ntimezone: Asia/Tokyo\nphases: [P0, P1]\n${TEST_SLIS}`;

function errorOf(extra: string): string {
  try {
    policyFromYaml(base + extra, PHASES);
  } catch (e) {
    if (e instanceof PolicyError) return e.message;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

describe('operational sections of rollout.yaml', () => {
  it('defaults: codeowners approve everything, one approval, docs/CHECKLIST.md, no recovery', () => {
    const p = policyFromYaml(base, PHASES);
    expect(p.github).toEqual({
      approvers: { advance: ['codeowners'], rollback: ['codeowners'] },
      approvals: 1,
      reviewers: [],
      reporter: undefined,
      checklist: 'docs/CHECKLIST.md',
      labels: [],
    });
    expect(p.recovery).toBeUndefined();
    expect(p.holidays).toEqual({ extra: [] });
    expect(p.notify).toEqual({ slack: undefined, lock: undefined });
  });

  it('the reference rollout: the Reporter approves rollbacks; recovery watches latency and merge rate', () => {
    const p = referencePolicy();
    expect(p.github.approvers).toEqual({ advance: ['codeowners'], rollback: ['autosave-po'] });
    expect(p.github.reporter).toBe('autosave-po');
    expect(p.recovery?.watch.map((s) => s.id)).toEqual(['save-latency-p95', 'auto-merge-rate']);
    expect(p.recovery).toMatchObject({ forMs: 2 * 3_600_000, restart: 'A-1' });
    expect(p.notify.lock).toEqual({ event: 'autosave.lock.readonly' });
    expect(p.notify.slack?.templates.rollback).toBe('templates/slack-rollback.ja.md');
  });

  it('a watched SLO no phase defines is refused with its line and the known ids', () => {
    expect(errorOf('recovery:\n  watch: [lat, nope]\n  for: 2h\n  restart: P1\n')).toMatch(
      /rollout\.yaml:\d+:\d+: recovery\.watch\[1\]: unknown SLO "nope"; the phases define: lat/,
    );
  });

  it('an unknown restart phase lists the valid phases', () => {
    expect(errorOf('recovery:\n  watch: [lat]\n  for: 2h\n  restart: Z\n')).toMatch(
      /recovery\.restart: unknown phase "Z"; valid phases: P0, P1/,
    );
  });

  it('approvers must be logins, org/team or codeowners; holidays must be dates', () => {
    expect(errorOf('github:\n  approvers:\n    advance: ["not a login"]\n')).toMatch(
      /github\.approvers\.advance\[0\]/,
    );
    expect(errorOf('holidays: [2026-13-45]\n')).toMatch(/holidays\[0\]/);
  });
});
