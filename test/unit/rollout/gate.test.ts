import { describe, expect, it } from 'vitest';
import { type ApprovalCount, countApprovals, type Review } from '../../../src/rollout/approvals.js';
import { checkTicked, renderTaskList } from '../../../src/rollout/checklist.js';
import {
  fitDescription,
  type GateInput,
  gateVerdict,
  pendingVerdict,
  STATUS_DESCRIPTION_LIMIT,
} from '../../../src/rollout/gate.js';

const HEAD = 'c0ffee1'.padEnd(40, '0');
const OLD = 'abc1234'.padEnd(40, '0');

function reviews(...list: Array<[string, Review['state'], string?]>): Review[] {
  return list.map(([login, state, commit], i) => ({
    id: i + 1,
    user: { login },
    state,
    commit_id: commit ?? HEAD,
    submitted_at: `2026-11-20T10:0${i}:00Z`,
  }));
}

function approvals(list: Review[], fromFork = false): ApprovalCount {
  return countApprovals({
    reviews: list,
    author: 'phasegate-bot',
    headSha: HEAD,
    fromFork,
    allowed: { users: new Set(['alice', 'bob']) },
  });
}

const ITEMS = ['QA ran the restore scenarios on dev builds', 'Rollback rehearsed on staging'];
const allTicked = checkTicked(renderTaskList(ITEMS, { ticked: ITEMS }), ITEMS);
const noneTicked = checkTicked(renderTaskList(ITEMS), ITEMS);

function input(over: Partial<GateInput> = {}): GateInput {
  return {
    kind: 'advance',
    evaluationAgrees: true,
    evaluationDetail: 'A-0 soaked 24h with every SLO passing',
    approvals: approvals(reviews(['alice', 'APPROVED'])),
    required: 1,
    checklist: allTicked,
    ...over,
  };
}

describe('gateVerdict for an advance', () => {
  it('is green when the SLOs agree, approvals are in and every item is ticked', () => {
    const v = gateVerdict(input());
    expect(v.state).toBe('success');
    expect(v.description).toBe('Ready to merge: SLOs agree, 1/1 approval, checklist 2/2');
    expect(v.reasons).toEqual([
      'SLOs support this advance: A-0 soaked 24h with every SLO passing',
      'approvals 1/1 (alice)',
      'QA checklist: 2/2 items ticked',
    ]);
    expect(v.checks.every((c) => c.ok)).toBe(true);
  });

  it('is red (not pending) while the SLOs do not agree', () => {
    const v = gateVerdict(
      input({ evaluationAgrees: false, evaluationDetail: 'save-latency-p95 fails: 3.1s' }),
    );
    expect(v.state).toBe('failure');
    expect(v.description).toBe('Blocked: SLOs do not agree');
    expect(v.reasons).toEqual(['SLOs do not support this advance: save-latency-p95 fails: 3.1s']);
  });

  it('is red while approvals are missing and explains each review that did not count', () => {
    const v = gateVerdict(
      input({
        approvals: approvals(
          reviews(['alice', 'APPROVED', OLD], ['mallory', 'APPROVED'], ['phasegate-bot', 'APPROVED']),
        ),
      }),
    );
    expect(v.state).toBe('failure');
    expect(v.description).toBe('Blocked: approvals 0/1');
    expect(v.reasons).toEqual([
      'needs 1 approval from an allowed reviewer on the head commit (c0ffee1); has 0',
      "alice's approval is on an older commit (abc1234); re-approve",
      'mallory is not an allowed approver for this PR (policy github.approvers); their approval does not count',
      "phasegate-bot opened this PR; the author's own approval does not count",
    ]);
  });

  it('needs as many approvals as required', () => {
    const one = gateVerdict(input({ required: 2 }));
    expect(one.state).toBe('failure');
    expect(one.description).toBe('Blocked: approvals 1/2');
    const two = gateVerdict(
      input({ required: 2, approvals: approvals(reviews(['alice', 'APPROVED'], ['bob', 'APPROVED'])) }),
    );
    expect(two.state).toBe('success');
    expect(two.reasons).toContain('approvals 2/2 (alice, bob)');
  });

  it('is red while an allowed reviewer requests changes, even with enough approvals', () => {
    const v = gateVerdict(
      input({ approvals: approvals(reviews(['alice', 'APPROVED'], ['bob', 'CHANGES_REQUESTED'])) }),
    );
    expect(v.state).toBe('failure');
    expect(v.description).toBe('Blocked: changes requested by bob');
    expect(v.reasons).toContain('bob requested changes; they must approve, or the review must be dismissed');
  });

  it('is red while checklist items are unticked and lists them', () => {
    const v = gateVerdict(input({ checklist: checkTicked(`- [x] ${ITEMS[0]}`, ITEMS) }));
    expect(v.state).toBe('failure');
    expect(v.description).toBe('Blocked: 1 checklist item unticked');
    expect(v.reasons).toEqual([
      'QA checklist: 1 of 2 items not ticked in the PR body',
      'not ticked: "Rollback rehearsed on staging"',
    ]);
  });

  it('passes a phase without checklist items', () => {
    const v = gateVerdict(input({ checklist: { ticked: [], unticked: [] } }));
    expect(v.state).toBe('success');
    expect(v.reasons).toContain('QA checklist: no items for this phase');
  });

  it('lists every blocker at once', () => {
    const v = gateVerdict(
      input({ evaluationAgrees: false, approvals: approvals([]), checklist: noneTicked }),
    );
    expect(v.description).toBe('Blocked: SLOs do not agree; approvals 0/1; 2 checklist items unticked');
    expect(v.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['slo', 'approvals', 'checklist']);
  });

  it('never passes a PR from a fork', () => {
    const v = gateVerdict(input({ approvals: approvals(reviews(['alice', 'APPROVED']), true) }));
    expect(v.state).toBe('failure');
    expect(v.description).toBe('Blocked: PR from a fork; approvals 0/1');
    expect(v.reasons[0]).toMatch(
      /comes from a fork; phase changes must come from a branch of this repository/,
    );
    const noApprovalNeeded = gateVerdict(input({ required: 0, approvals: approvals([], true) }));
    expect(noApprovalNeeded.state).toBe('failure');
  });

  it('with no approvals required, needs only the SLOs and the checklist', () => {
    const v = gateVerdict(input({ required: 0, approvals: approvals([]) }));
    expect(v.state).toBe('success');
    expect(v.description).toBe('Ready to merge: SLOs agree, no approval needed, checklist 2/2');
  });
});

describe('gateVerdict for a restart', () => {
  it('behaves like an advance', () => {
    expect(gateVerdict(input({ kind: 'restart' })).state).toBe('success');
    expect(gateVerdict(input({ kind: 'restart', checklist: noneTicked })).state).toBe('failure');
    expect(gateVerdict(input({ kind: 'restart', evaluationAgrees: false })).state).toBe('failure');
    expect(gateVerdict(input({ kind: 'restart', approvals: approvals([]) })).state).toBe('failure');
  });
});

describe('gateVerdict for a rollback', () => {
  const rollback = (over: Partial<GateInput>) =>
    gateVerdict(
      input({
        kind: 'rollback',
        evaluationAgrees: false,
        evaluationDetail: 'requested by hand: broken saves',
        checklist: noneTicked,
        approvals: approvals([]),
        required: 0,
        ...over,
      }),
    );

  it('needs nothing when the policy requires no approval: not the SLOs, not the checklist', () => {
    const v = rollback({});
    expect(v.state).toBe('success');
    expect(v.description).toBe('Ready to merge: rollback needs no approval');
    expect(v.checks.find((c) => c.name === 'slo')).toMatchObject({ required: false });
    expect(v.checks.find((c) => c.name === 'checklist')).toMatchObject({ required: false, ok: false });
    expect(v.reasons[0]).toBe(
      'SLO evaluation (a rollback does not wait for it): requested by hand: broken saves',
    );
  });

  it('needs the approvals when the policy requires them', () => {
    expect(rollback({ required: 1 }).state).toBe('failure');
    expect(rollback({ required: 1 }).description).toBe('Blocked: approvals 0/1');
    const approved = rollback({ required: 1, approvals: approvals(reviews(['bob', 'APPROVED'])) });
    expect(approved.state).toBe('success');
    expect(approved.description).toBe('Ready to merge: 1/1 approval');
  });

  it('leaves the checklist out when the target phase has no items', () => {
    const v = rollback({ checklist: { ticked: [], unticked: [] } });
    expect(v.checks.map((c) => c.name)).toEqual(['slo', 'approvals']);
  });
});

describe('descriptions', () => {
  it('stay within GitHub’s 140-character limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => `reviewer-number-${i}`);
    const v = gateVerdict(
      input({
        evaluationAgrees: false,
        approvals: { approvedBy: [], ignored: [], changesRequested: many, fromFork: true, headSha: HEAD },
        checklist: noneTicked,
      }),
    );
    expect([...v.description].length).toBe(STATUS_DESCRIPTION_LIMIT);
    expect(v.description.endsWith('…')).toBe(true);
    expect(
      v.description.startsWith(
        'Blocked: SLOs do not agree; PR from a fork; approvals 0/1; changes requested by',
      ),
    ).toBe(true);
  });

  it('are cut on code points, never inside a surrogate pair', () => {
    const text = '🚦'.repeat(200);
    const cut = fitDescription(text);
    expect([...cut].length).toBe(140);
    expect(cut).toBe(`${'🚦'.repeat(139)}…`); // no lone surrogate at the cut
    expect(fitDescription('short  and\nsplit')).toBe('short and split');
  });

  it('offers a pending verdict for while the gate runs', () => {
    expect(pendingVerdict('Evaluating the newest reports…')).toMatchObject({
      state: 'pending',
      description: 'Evaluating the newest reports…',
    });
  });

  it('refuses a nonsensical required count', () => {
    expect(() => gateVerdict(input({ required: -1 }))).toThrow(/whole number ≥ 0, got -1/);
    expect(() => gateVerdict(input({ required: 0.5 }))).toThrow(RangeError);
  });
});
