/**
 * Phase-change PRs: the lines a reviewer reads, the state phasegate reads back, and GitHub's
 * body limit.
 */
import { describe, expect, it } from 'vitest';
import { BODY_MAX_CHARS } from '../../../src/render/limits.js';
import { parseProposalMarker } from '../../../src/render/markers.js';
import {
  keepTicks,
  PROPOSAL_END,
  proposalBranch,
  proposalLabels,
  proposalTitle,
  renderProposal,
  updatedProposalBody,
} from '../../../src/render/proposal.js';
import { renderVerdictMarkdown } from '../../../src/render/verdict.js';
import { referencePolicy } from '../../support/traces.js';
import {
  ADVANCE_AT,
  AT,
  advanceEv,
  advanceSeries,
  CHECKLIST,
  policy,
  rollbackEv,
  rollbackSeries,
} from './fixture.js';

describe('names', () => {
  it('titles, branches and labels are consistent per kind', () => {
    expect(proposalTitle('autosave', 'advance', 'A-0', 'A-1')).toBe('phasegate(autosave): advance A-0 → A-1');
    expect(proposalTitle('autosave', 'rollback', 'A-1', 'A-0')).toBe(
      'phasegate(autosave): roll back A-1 → A-0',
    );
    expect(proposalTitle('autosave', 'restart', 'A-0', 'A-1')).toBe('phasegate(autosave): restart from A-1');
    expect(proposalBranch('autosave', 'restart', 'A-1')).toBe('phasegate/autosave/restart-A-1');
    expect(proposalLabels(policy, 'rollback')).toEqual(['phasegate', 'phasegate:rollback']);
    const labelled = referencePolicy((f) => {
      f['rollout.yaml'] = f['rollout.yaml']!.replace(
        '  approvals: 1\n',
        '  approvals: 1\n  labels: [rollout, phasegate]\n',
      );
    });
    expect(proposalLabels(labelled, 'advance')).toEqual(['phasegate', 'phasegate:advance', 'rollout']);
  });
});

describe('an advance PR', () => {
  const p = renderProposal({
    policy,
    kind: 'advance',
    from: 'A-0',
    to: 'A-1',
    evaluation: advanceEv,
    charts: advanceSeries,
    checklistMarkdown: CHECKLIST,
    at: ADVANCE_AT + 60_000,
  });
  const lines = p.body.split('\n');

  it('is named and labelled for its kind and target', () => {
    expect(p).toMatchObject({
      branch: 'phasegate/autosave/advance-A-1',
      title: 'phasegate(autosave): advance A-0 → A-1',
      labels: ['phasegate', 'phasegate:advance'],
    });
  });

  it('starts with the state marker and says what merging changes', () => {
    expect(lines[0]).toBe(
      '<!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0","to":"A-1"} -->',
    );
    expect(parseProposalMarker(p.body)).toEqual({
      rollout: 'autosave',
      kind: 'advance',
      from: 'A-0',
      to: 'A-1',
    });
    expect(lines[2]).toBe(
      'Merging this pull request advances the **autosave** rollout from **A-0** (Prep) to **A-1** (QA canary, dev + QA): it edits `phases/current.yaml`, setting `autosave.enabled` from `false` to `true` (`merge.precision` stays `"legacy"`).',
    );
  });

  it('holds the verdict table, the soak chart, the checklist and who approves, in that order', () => {
    expect(p.body).toContain(renderVerdictMarkdown(policy, advanceEv).trimEnd());
    const order = [
      '### phasegate verdict: autosave, phase A-0 (Prep)',
      '| save-latency-p95 | 1.3s | ≤ 2.5s | 2h | 80 | ✅ pass |',
      '### The soak period',
      '```mermaid',
      '  line [2.5, 2.5',
      '### QA checklist for A-1 (QA canary)',
      '- [ ] Save/restore smoke test on staging',
      '- [ ] Crash dashboard reviewed',
      '### Approval',
      "Needs 1 approving review of the head commit from a code owner of `phases/current.yaml`. The author's own review, reviews of earlier commits and reviews from others do not count.",
      'Review requested from @autosave-analyst.',
      "<sub>Proposed by phasegate from the verdict at 2026-11-21 01:00 UTC. The live verdict is in phasegate's comment below",
    ];
    const at = order.map((text) => p.body.indexOf(text));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(order.filter((_, k) => at[k]! < 0)),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(p.body).not.toContain('### Cause');
  });

  it('a re-run minutes later on the same verdict renders the same body (the PR is left alone)', () => {
    const again = renderProposal({
      policy,
      kind: 'advance',
      from: 'A-0',
      to: 'A-1',
      evaluation: advanceEv,
      charts: advanceSeries,
      checklistMarkdown: CHECKLIST,
      at: ADVANCE_AT + 9 * 60_000,
      previousBody: p.body,
    });
    expect(again.body).toBe(p.body);
  });

  it('keeps the boxes QA ticked in the previous body', () => {
    const ticked = p.body.replace('- [ ] Crash dashboard reviewed', '- [x] Crash dashboard reviewed');
    const updated = renderProposal({
      policy,
      kind: 'advance',
      from: 'A-0',
      to: 'A-1',
      evaluation: advanceEv,
      checklistMarkdown: CHECKLIST,
      at: ADVANCE_AT + 15 * 60_000,
      previousBody: ticked.replace(/\n/g, '\r\n'),
    });
    expect(updated.body).toContain(
      '- [ ] Save/restore smoke test on staging\n- [x] Crash dashboard reviewed',
    );
    expect(keepTicks('- [ ] a\n* [ ] b\n- [ ] c', '- [X] a\n- [x] b\n- [ ] c')).toBe(
      '- [x] a\n* [x] b\n- [ ] c',
    );
  });
});

describe('a rollback PR', () => {
  const p = renderProposal({
    policy,
    kind: 'rollback',
    from: 'A-1',
    to: 'A-0',
    evaluation: rollbackEv,
    charts: rollbackSeries.slice(0, 1),
    at: AT,
  });

  it('names the cause, what happens after the merge, and that no approval is needed', () => {
    expect(p.title).toBe('phasegate(autosave): roll back A-1 → A-0');
    expect(p.branch).toBe('phasegate/autosave/rollback-A-0');
    const lines = p.body.split('\n');
    expect(lines[2]).toBe(
      'Merging this pull request rolls back the **autosave** rollout from **A-1** (QA canary) to **A-0** (Prep, all users): it edits `phases/current.yaml`, setting `autosave.enabled` from `true` to `false` (`merge.precision` stays `"legacy"`). After the merge phasegate posts the rollback notice to Slack, sends `autosave.lock.readonly` to the UI and opens the root-cause issue for @autosave-po. @autosave-po: for your record; the rollback does not wait for a review.',
    );
    expect(p.body).toContain(
      '### Cause\n\n- immediate: breached now: save-latency-p95: p95 3.012s > 2.5s over 2h (80 samples)\n',
    );
    expect(p.body).toContain('### The breach\n\n**save-latency-p95**');
    expect(p.body).toContain('failing at 3 of 25 steps');
    expect(p.body).toContain('No checklist items for A-0 in `docs/CHECKLIST.md`.');
    expect(p.body).toContain(
      'No approval needed: `phases/A-1.yaml` sets `rollback.approval: none`, so phasegate merges this at once.',
    );
  });

  it('takes the cause from the caller when given, and names the rollback approvers when approval is required', () => {
    const strict = referencePolicy((f) => {
      f['A-1.yaml'] = f['A-1.yaml']!.replace('approval: none', 'approval: required');
    });
    const q = renderProposal({
      policy: strict,
      kind: 'rollback',
      from: 'A-1',
      to: 'A-0',
      evaluation: rollbackEv,
      cause: 'Manual rollback: QA found data loss on restore.',
      reviewers: [],
      at: AT,
    });
    expect(q.body).toContain('### Cause\n\nManual rollback: QA found data loss on restore.\n');
    expect(q.body).toContain('Needs 1 approving review of the head commit from @autosave-po.');
    expect(q.body).not.toContain('Review requested');
  });
});

describe('the 65,536-character limit', () => {
  const huge = {
    ...rollbackEv,
    rules: Array.from({ length: 400 }, (_, i) => ({
      ...rollbackEv.rules[0]!,
      detail: `${i}: ${'x'.repeat(300)}`,
    })),
  };
  const many = Array.from({ length: 100 }, () => rollbackSeries).flat();

  it('drops the charts first, with a note', () => {
    const p = renderProposal({
      policy,
      kind: 'rollback',
      from: 'A-1',
      to: 'A-0',
      evaluation: rollbackEv,
      charts: many,
      checklistMarkdown: CHECKLIST,
      at: AT,
    });
    expect(p.body.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(p.body).not.toContain('```mermaid');
    expect(p.body).toContain("_Charts left out to stay under GitHub's 65,536-character limit._");
    expect(p.body).toContain('| save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |');
  });

  it('then cuts the verdict tables, keeping the marker, the checklist and the approval', () => {
    const p = renderProposal({
      policy,
      kind: 'advance',
      from: 'A-0',
      to: 'A-1',
      evaluation: huge,
      charts: many,
      checklistMarkdown: CHECKLIST,
      cause: 'y'.repeat(10_000),
      at: AT,
    });
    expect(p.body.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(p.body.length).toBeGreaterThan(BODY_MAX_CHARS - 400);
    expect(parseProposalMarker(p.body)).toMatchObject({ kind: 'advance', to: 'A-1' });
    expect(p.body).toMatch(/\n\n_… \d+ more lines cut to stay under GitHub's 65,536-character limit\._\n/);
    expect(p.body).toContain('| save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |');
    expect(p.body).toContain('- [ ] Crash dashboard reviewed');
    expect(p.body).toContain('### Approval');
    expect(p.body.trimEnd().endsWith(PROPOSAL_END)).toBe(true);
  });
});

describe('a redone proposal over the description on GitHub', () => {
  const rendered = renderProposal({
    policy,
    kind: 'advance',
    from: 'A-0',
    to: 'A-1',
    evaluation: advanceEv,
    checklistMarkdown: CHECKLIST,
    at: AT,
  }).body;

  it("keeps the boxes ticked now and what people wrote below the end line; else is phasegate's", () => {
    const onGitHub = `${rendered.replace('- [ ] Crash dashboard reviewed', '- [x] Crash dashboard reviewed').replace('Merging this pull request', 'EDITED Merging this pull request')}\nQA notes from carol: staging looked fine.\n`;
    const body = updatedProposalBody(rendered, onGitHub);
    expect(body).toContain('- [x] Crash dashboard reviewed');
    expect(body).not.toContain('EDITED');
    expect(body.endsWith(`${PROPOSAL_END}\n\nQA notes from carol: staging looked fine.\n`)).toBe(true);
    // Nothing changed since: the same text, so the interpreter writes nothing.
    expect(updatedProposalBody(rendered, body)).toBe(body);
    expect(updatedProposalBody(rendered, rendered)).toBe(rendered);
  });
});
