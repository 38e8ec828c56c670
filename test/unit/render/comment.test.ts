/** The sticky verdict comment: marker, freshness line, gate result, verdict; under the limit. */
import { describe, expect, it } from 'vitest';
import { renderVerdictComment } from '../../../src/render/comment.js';
import { BODY_MAX_CHARS } from '../../../src/render/limits.js';
import { hasVerdictMarker } from '../../../src/render/markers.js';
import { renderVerdictMarkdown } from '../../../src/render/verdict.js';
import { AT, policy, rollbackEv } from './fixture.js';

const gate = {
  state: 'failure' as const,
  reasons: [
    'SLOs: save-latency-p95 fails',
    'approvals: 0 of 1 counted; alice ignored: not an allowed approver;\nbob ignored: approved an earlier commit',
    'checklist: 1 of 2 items unticked: Crash dashboard reviewed',
  ],
};

describe('renderVerdictComment', () => {
  const body = renderVerdictComment({
    policy,
    evaluation: rollbackEv,
    sha: 'abc1234def5678',
    at: AT + 120_000,
    gate,
  });
  const lines = body.split('\n');

  it('starts with the marker and says when and for which commit it was computed', () => {
    expect(lines[0]).toBe('<!-- phasegate:verdict autosave -->');
    expect(hasVerdictMarker(body, 'autosave')).toBe(true);
    expect(lines[2]).toBe('Updated 2026-11-20 06:02 UTC (2026-11-20 15:02 Asia/Tokyo) for commit `abc1234`.');
  });

  it('shows the gate result with every reason on its own line, then the verdict', () => {
    expect(lines.slice(4, 9)).toEqual([
      '#### ❌ gate failed: do not merge yet',
      '',
      '- SLOs: save-latency-p95 fails',
      '- approvals: 0 of 1 counted; alice ignored: not an allowed approver; bob ignored: approved an earlier commit',
      '- checklist: 1 of 2 items unticked: Crash dashboard reviewed',
    ]);
    expect(body).toContain(`\n\n${renderVerdictMarkdown(policy, rollbackEv).trimEnd()}\n\n<sub>`);
    expect(
      renderVerdictComment({
        policy,
        evaluation: rollbackEv,
        sha: 'f'.repeat(40),
        at: AT,
        gate: { state: 'success', reasons: [] },
      }),
    ).toContain('#### ✅ gate passed: this pull request may be merged');
  });

  it('without a gate result it is the verdict alone', () => {
    const plain = renderVerdictComment({ policy, evaluation: rollbackEv, sha: 'abc1234', at: AT });
    expect(plain).not.toContain('#### ');
    expect(plain.split('\n')[4]).toBe('### phasegate verdict: autosave, phase A-1 (QA canary)');
  });

  it('stays under 65,536 characters with an oversized gate result, marker intact', () => {
    const reasons = Array.from({ length: 3000 }, (_, i) => `review ${i} ignored: ${'z'.repeat(40)}`);
    const big = renderVerdictComment({
      policy,
      evaluation: rollbackEv,
      sha: 'abc1234',
      at: AT,
      gate: { state: 'pending', reasons },
    });
    expect(big.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(big.startsWith('<!-- phasegate:verdict autosave -->\n')).toBe(true);
    expect(big).toContain('#### ⏳ gate pending');
    expect(big).toMatch(/_… \d+ more lines cut to stay under GitHub's 65,536-character limit\._/);
    expect(big).toContain('| save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |');
  });
});
