/**
 * Facts for the planner's rule tests: the reference rollout with A-1 live since T0, its QA
 * checklist and CODEOWNERS, window records that are healthy (or slow, to fire A-1's rollback),
 * and open pull requests as the gather step reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../../src/notify/load.js';
import { emptyMemory, type MergedPull, type OpenPull, type RunFacts } from '../../../src/plan/facts.js';
import { type ProposalState, proposalMarker, verdictMarker } from '../../../src/render/markers.js';
import type { WindowRecord } from '../../../src/telemetry/record.js';
import { REFERENCE_DIR, REPO_ROOT, referencePolicy } from '../../support/policy.js';
import { HOUR, kindsOf, MINUTE, repeat, trace, type WindowFill } from '../../support/traces.js';

export const policy = referencePolicy();

/** The reference policy with `phase`'s rollback waiting for approval (rollback.approval: required). */
export function withRollbackApproval(phase: string): typeof policy {
  return {
    ...policy,
    phases: policy.phases.map((p) =>
      p.id === phase ? { ...p, rollback: { ...p.rollback, approval: 'required' as const } } : p,
    ),
  };
}
/** A-1 went live at T0 (Tuesday 09:00 in Tokyo). */
export const T0 = Date.parse('2026-11-17T00:00:00Z');
/** A run 24 h into A-1, 7 minutes into the window: A-1 has soaked. */
export const SOAKED = T0 + 24 * HOUR + 7 * MINUTE;
export const BOT = 'github-actions[bot]';

function fill(latencyMs: number): WindowFill {
  return {
    latency: { save_latency: repeat(latencyMs, 100) },
    ratio: { restore_success: [400, 400], crash_rate: [3, 100], auto_merge_rate: [90, 100] },
    count: { critical_bugs: 0 },
  };
}

/** Healthy records from a day before T0 to `to`; saves take 4 s from `slowFrom` on. */
export function records(to: number, slowFrom = Number.POSITIVE_INFINITY): WindowRecord[] {
  return trace(T0 - 24 * HOUR, Math.floor(to / (15 * MINUTE)) * 15 * MINUTE, kindsOf(policy), (start) =>
    fill(start >= slowFrom ? 4000 : 1000),
  );
}

export const CHECKLIST = {
  path: 'docs/CHECKLIST.md',
  text: readFileSync(join(REPO_ROOT, 'docs', 'CHECKLIST.md'), 'utf8'),
};

export function facts(o: Partial<RunFacts> = {}): RunFacts {
  return {
    trigger: { command: 'propose' },
    now: SOAKED,
    policy,
    templates: {},
    live: { phase: 'A-1', since: T0, entered: { by: 'advance', from: 'A-0' }, file: 'phases/current.yaml' },
    records: records(o.now ?? SOAKED),
    checklist: CHECKLIST,
    codeowners: { path: '.github/CODEOWNERS', text: '/phases/ @alice\n' },
    teams: {},
    pulls: [],
    merged: null,
    rcaIssues: [],
    dashboard: null,
    identity: BOT,
    recordsAt: { branch: null, dir: 'reports/monitoring' },
    previousPhase: null,
    memory: emptyMemory(),
    ...o,
  };
}

/** An open phasegate PR proposing `p` (its branch changes current.yaml to `p.to`), with nothing on it yet unless given. */
export function pull(
  number: number,
  p: Omit<ProposalState, 'rollout'>,
  extra: Partial<OpenPull> = {},
): OpenPull {
  return {
    number,
    url: `https://github.com/acme/app/pull/${number}`,
    title: `phasegate(autosave): ${p.kind} ${p.from} → ${p.to}`,
    body: `${proposalMarker({ rollout: 'autosave', ...p })}\nproposed\n`,
    author: BOT,
    headRef: `phasegate/autosave/${p.kind}-${p.to}`,
    headSha: `${number}`.padStart(40, 'a'),
    labels: ['phasegate', `phasegate:${p.kind}`],
    fromFork: false,
    reviews: [],
    status: null,
    verdictComment: null,
    files: ['phases/current.yaml'],
    headPhase: p.to,
    ...extra,
  };
}

/** A review of the PR's head commit. */
export function approval(pr: OpenPull, login: string) {
  return {
    id: 1,
    user: { login },
    state: 'APPROVED',
    commit_id: pr.headSha,
    submitted_at: '2026-11-18T00:30:00Z',
  };
}

export { verdictMarker };

export const ROLLBACK_CAUSE =
  'immediate: breached now: save-latency-p95: p95 3.985s > 2.5s over 2h (800 samples)';

/** The apply run on the push that merged #6, phasegate's rollback A-1 → A-0, at SOAKED. */
export function rolledBack(o: Partial<RunFacts> = {}, merged: Partial<MergedPull> = {}): RunFacts {
  return facts({
    trigger: { command: 'apply', sha: 'c0ffee'.padEnd(40, '0'), before: 'b4'.padEnd(40, '0') },
    previousPhase: 'A-1',
    templates: loadTemplates(REFERENCE_DIR, policy.notify),
    live: {
      phase: 'A-0',
      since: SOAKED,
      entered: { by: 'rollback', from: 'A-1', cause: ROLLBACK_CAUSE },
      reason: ROLLBACK_CAUSE,
      file: 'phases/current.yaml',
    },
    merged: {
      number: 6,
      url: 'https://github.com/acme/app/pull/6',
      body: pull(6, { kind: 'rollback', from: 'A-1', to: 'A-0' }).body,
      author: BOT,
      labels: ['phasegate', 'phasegate:rollback'],
      mergedAt: SOAKED,
      ...merged,
    },
    ...o,
  });
}
