import { describe, expect, it } from 'vitest';
import {
  type CountApprovalsInput,
  countApprovals,
  explainIgnored,
  type Review,
  resolveAllowedReviewers,
  teamsToResolve,
} from '../../../src/rollout/approvals.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b1c2d3e4'.padEnd(40, '0');

let nextId = 1;
function review(
  login: string | null,
  state: Review['state'],
  minute: number,
  commit: string | null = HEAD,
): Review {
  return {
    id: nextId++,
    user: login === null ? null : { login, type: 'User' },
    state,
    commit_id: commit,
    submitted_at: state === 'PENDING' ? null : `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`,
  };
}

function count(reviews: Review[], over: Partial<CountApprovalsInput> = {}) {
  return countApprovals({
    reviews,
    author: 'phasegate-bot',
    headSha: HEAD,
    fromFork: false,
    allowed: { users: new Set(['alice', 'bob', 'carol']) },
    ...over,
  });
}

describe('countApprovals', () => {
  it('counts an allowed reviewer’s approval of the head commit', () => {
    const r = count([review('alice', 'APPROVED', 1)]);
    expect(r).toMatchObject({ approvedBy: ['alice'], ignored: [], changesRequested: [], fromFork: false });
  });

  it('takes the latest decisive review per reviewer', () => {
    const r = count([
      review('alice', 'APPROVED', 1),
      review('alice', 'CHANGES_REQUESTED', 2),
      review('bob', 'CHANGES_REQUESTED', 1),
      review('bob', 'APPROVED', 3),
    ]);
    expect(r.approvedBy).toEqual(['bob']);
    expect(r.changesRequested).toEqual(['alice']);
    expect(r.ignored).toMatchObject([{ login: 'alice', why: 'changes requested' }]);
  });

  it('does not let a later comment replace an approval or a change request (GitHub’s rule)', () => {
    const r = count([
      review('alice', 'APPROVED', 1),
      review('alice', 'COMMENTED', 5),
      review('bob', 'CHANGES_REQUESTED', 1),
      review('bob', 'COMMENTED', 6),
    ]);
    expect(r.approvedBy).toEqual(['alice']);
    expect(r.changesRequested).toEqual(['bob']);
  });

  it('lets a dismissal replace an approval', () => {
    const r = count([review('alice', 'APPROVED', 1), review('alice', 'DISMISSED', 2)]);
    expect(r.approvedBy).toEqual([]);
    expect(r.ignored).toMatchObject([{ login: 'alice', why: 'dismissed', state: 'DISMISSED' }]);
    // … and a new approval after the dismissal counts again.
    const again = count([review('alice', 'DISMISSED', 2), review('alice', 'APPROVED', 3)]);
    expect(again.approvedBy).toEqual(['alice']);
  });

  it('keeps a newer approval when an older review of the same reviewer is dismissed later', () => {
    // Dismissing turns the old review's state into DISMISSED; its submitted_at stays old.
    const r = count([review('alice', 'DISMISSED', 1, OLD), review('alice', 'APPROVED', 2)]);
    expect(r.approvedBy).toEqual(['alice']);
  });

  it('orders by submitted_at, not by the order or id GitHub returned', () => {
    const late = review('alice', 'CHANGES_REQUESTED', 9);
    const early = review('alice', 'APPROVED', 1);
    expect(count([late, early]).approvedBy).toEqual([]);
    // Equal times fall back to the review id.
    const a = { ...review('bob', 'APPROVED', 4), id: 100 };
    const b = { ...review('bob', 'CHANGES_REQUESTED', 4), id: 101 };
    expect(count([b, a]).changesRequested).toEqual(['bob']);
  });

  it('ignores only-commented reviewers, pending drafts and deleted users', () => {
    const r = count([
      review('carol', 'COMMENTED', 1),
      review('alice', 'APPROVED', 1),
      review('alice', 'PENDING', 9), // an unsubmitted draft does not change anything
      review(null, 'APPROVED', 2),
    ]);
    expect(r.approvedBy).toEqual(['alice']);
    expect(r.ignored).toEqual([]);
  });

  it('marks an approval of an older commit stale and says so', () => {
    const r = count([review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2, null)]);
    expect(r.approvedBy).toEqual([]);
    expect(r.ignored).toMatchObject([
      { login: 'alice', why: 'stale', commit: OLD },
      { login: 'bob', why: 'stale', commit: null },
    ]);
    expect(explainIgnored(r.ignored[0]!)).toBe(
      "alice's approval is on an older commit (b1c2d3e); re-approve",
    );
    expect(explainIgnored(r.ignored[1]!)).toContain('(unknown)');
  });

  it('compares the head sha and logins without regard to case', () => {
    const r = count([review('Alice', 'APPROVED', 1, HEAD.toUpperCase())], { author: 'BOB' });
    expect(r.approvedBy).toEqual(['Alice']);
    const own = count([review('bob', 'APPROVED', 1)], { author: 'BOB' });
    expect(own.ignored).toMatchObject([{ login: 'bob', why: 'author' }]);
  });

  it('never counts the author’s own approval, even when the author is allowed', () => {
    const r = count([review('alice', 'APPROVED', 1)], { author: 'alice' });
    expect(r.approvedBy).toEqual([]);
    expect(explainIgnored(r.ignored[0]!)).toBe(
      "alice opened this PR; the author's own approval does not count",
    );
  });

  it('does not count reviewers the policy does not allow, approvals or change requests', () => {
    const r = count([review('mallory', 'APPROVED', 1), review('eve', 'CHANGES_REQUESTED', 1)]);
    expect(r.approvedBy).toEqual([]);
    expect(r.changesRequested).toEqual([]);
    expect(r.ignored.map((i) => [i.login, i.why])).toEqual([
      ['eve', 'not allowed'],
      ['mallory', 'not allowed'],
    ]);
    expect(explainIgnored(r.ignored[1]!)).toMatch(/^mallory is not an allowed approver/);
  });

  it('counts nothing on a PR from a fork', () => {
    const r = count([review('alice', 'APPROVED', 1), review('bob', 'CHANGES_REQUESTED', 1)], {
      fromFork: true,
    });
    expect(r).toMatchObject({ approvedBy: [], changesRequested: [], fromFork: true });
    expect(r.ignored.map((i) => i.why)).toEqual(['fork', 'fork']);
    expect(explainIgnored(r.ignored[0]!)).toMatch(/comes from a fork/);
  });

  it('keeps a change request on an older commit standing (it blocks until approved or dismissed)', () => {
    const r = count([review('alice', 'CHANGES_REQUESTED', 1, OLD), review('bob', 'APPROVED', 2)]);
    expect(r.changesRequested).toEqual(['alice']);
    expect(r.approvedBy).toEqual(['bob']);
  });

  it('sorts its lists by login and does not depend on input order', () => {
    const reviews = [
      review('carol', 'APPROVED', 1),
      review('alice', 'APPROVED', 2),
      review('bob', 'APPROVED', 3),
    ];
    expect(count(reviews).approvedBy).toEqual(['alice', 'bob', 'carol']);
    expect(count([...reviews].reverse()).approvedBy).toEqual(['alice', 'bob', 'carol']);
  });

  it('returns empty lists for a PR without reviews', () => {
    expect(count([])).toEqual({
      approvedBy: [],
      ignored: [],
      changesRequested: [],
      fromFork: false,
      headSha: HEAD,
    });
  });
});

describe('resolving the policy’s approvers', () => {
  it('lists the teams to look up, from the approvers and from CODEOWNERS when named', () => {
    expect(
      teamsToResolve(['@Alice', 'Acme/Data-QA', 'codeowners'], ['bob', 'acme/sre', 'acme/data-qa']),
    ).toEqual(['acme/data-qa', 'acme/sre']);
    expect(teamsToResolve(['alice'], ['acme/sre'])).toEqual([]); // codeowners not named
  });

  it('expands logins, teams and codeowners into lowercased logins', () => {
    const teams = new Map([
      ['acme/data-qa', ['Carol', 'dave']],
      ['acme/sre', ['erin']],
    ]);
    const r = resolveAllowedReviewers(['@Alice', 'acme/data-qa', 'codeowners'], {
      codeowners: ['bob', 'acme/sre'],
      teams,
    });
    expect([...r.allowed.users].sort()).toEqual(['alice', 'bob', 'carol', 'dave', 'erin']);
    expect(r.unresolved).toEqual([]);
  });

  it('reports entries that gave nobody, so the gate can say why nobody can approve', () => {
    const r = resolveAllowedReviewers(['acme/ghosts', 'codeowners', 'acme/empty'], {
      codeowners: [],
      teams: new Map([['acme/empty', []]]),
    });
    expect(r.allowed.users.size).toBe(0);
    expect(r.unresolved).toEqual(['acme/ghosts', 'codeowners', 'acme/empty']);
    const partly = resolveAllowedReviewers(['codeowners'], {
      codeowners: ['bob', 'acme/sre'],
      teams: new Map(),
    });
    expect([...partly.allowed.users]).toEqual(['bob']);
    expect(partly.unresolved).toEqual(['codeowners: acme/sre']);
  });

  it('feeds countApprovals: a team member counts, an outsider does not', () => {
    const { allowed } = resolveAllowedReviewers(['acme/data-qa'], {
      teams: new Map([['acme/data-qa', ['carol']]]),
    });
    const r = countApprovals({
      reviews: [review('carol', 'APPROVED', 1), review('alice', 'APPROVED', 2)],
      author: 'bot',
      headSha: HEAD,
      fromFork: false,
      allowed,
    });
    expect(r.approvedBy).toEqual(['carol']);
    expect(r.ignored).toMatchObject([{ login: 'alice', why: 'not allowed' }]);
  });
});
