/**
 * The verdict as a PR comment and as JSON: pinned exactly, so a change to what reviewers read
 * is a visible change to this test.
 */
import { describe, expect, it } from 'vitest';
import { renderVerdictMarkdown, verdictJson } from '../../../src/render/verdict.js';
import { evaluate } from '../../../src/rollout/decide.js';
import { HOUR, kindsOf, referencePolicy, repeat, trace } from '../../support/traces.js';

const policy = referencePolicy();
const SINCE = Date.parse('2026-11-20T00:00:00Z');
const AT = SINCE + 6 * HOUR;
// A-1, six hours in: saves slow down from hour 5 (3 s in 4 of every 10 saves), restores fine.
const records = trace(SINCE, AT, kindsOf(policy), (start) => ({
  latency: {
    save_latency: start >= SINCE + 5 * HOUR ? [...repeat(900, 6), ...repeat(3000, 4)] : repeat(900, 10),
  },
  ratio: { restore_success: [50, 50], crash_rate: [1, 100], auto_merge_rate: [20, 25] },
  count: { critical_bugs: 0 },
}));
const ev = evaluate({ policy, phase: 'A-1', since: SINCE, records, at: AT });

describe('the verdict', () => {
  it('as Markdown: decision, reasons, the SLO table and the rules', () => {
    expect(renderVerdictMarkdown(policy, ev)).toMatchInlineSnapshot(`
      "### phasegate verdict: autosave, phase A-1 (QA canary)

      Evaluated at 2026-11-20 06:00 UTC; phase began 2026-11-20 00:00 UTC.

      **Decision: roll back → A-0** ⚠️ alert

      - roll back A-1 → A-0: 1 rule fired
      - immediate: breached now: save-latency-p95: p95 3.012s > 2.5s over 2h (80 samples)
      - not confirmed by a re-collect: 8 of 8 windows behind it were read only once (\`phasegate collect\` into the records folder reads them again before a rollback)

      Re-collect needed: no.

      | SLO | value | objective | window | samples | status |
      |---|---|---|---|---|---|
      | save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |
      | restore-success | 100% | ≥ 99.5% | 24h | 1200 | ✅ pass |

      | rule | SLO | fired | detail |
      |---|---|---|---|
      | rollback: immediate | save-latency-p95 | 🔴 yes | immediate: breached now: save-latency-p95: p95 3.012s > 2.5s over 2h (80 samples) |
      | rollback: immediate | restore-success | no | immediate: not breached: restore-success: 100% >= 99.5% over 6h since the phase began (window 24h) (1200 samples) |
      | advance: soak | all | not yet | soak: the phase has run 6h of 24h |
      "
    `);
  });

  it('as JSON: one object with the fields tooling reads', () => {
    const json = verdictJson(policy, ev);
    expect(json).toMatchObject({
      rollout: 'autosave',
      phase: 'A-1',
      since: '2026-11-20T00:00:00.000Z',
      at: '2026-11-20T06:00:00.000Z',
      decision: { action: 'rollback', from: 'A-1', to: 'A-0', alert: true },
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const slos = json.slos as Record<string, unknown>[];
    expect(slos.map((s) => [s.id, s.status, s.threshold, s.samples])).toEqual([
      ['save-latency-p95', 'fail', 2500, 80],
      ['restore-success', 'pass', 0.995, 1200],
    ]);
  });

  it('says whether a re-collect is needed, and why (the plan: 再試行要否コメント)', () => {
    // The last three windows lack save_latency (its source failed there); one window has no record at all.
    const failed = records.map((r) =>
      r.start >= AT - 3 * 15 * 60_000
        ? {
            ...r,
            slis: new Map([...r.slis].filter(([id]) => id !== 'save_latency')),
            missing: new Map([['save_latency', 'source failed: metrics: HTTP 503 after 6 attempts']]),
          }
        : r,
    );
    const gap = failed.filter((r) => r.start !== AT - 6 * 15 * 60_000);
    const lacking = evaluate({ policy, phase: 'A-1', since: SINCE, records: gap, at: AT });
    expect(renderVerdictMarkdown(policy, lacking, gap)).toContain(
      '\nRe-collect needed: 4 windows lack save_latency (no report; source failed: metrics: HTTP 503 after 6 attempts); 1 window lacks restore_success (no report); collected again next run.\n',
    );
    // Without the records, the counts alone.
    expect(renderVerdictMarkdown(policy, lacking)).toContain(
      '\nRe-collect needed: 4 windows lack save_latency; 1 window lacks restore_success; collected again next run.\n',
    );
    expect(verdictJson(policy, lacking, gap).recollect).toEqual({
      needed: true,
      slis: [
        {
          sli: 'save_latency',
          windows: 4,
          reasons: ['no report', 'source failed: metrics: HTTP 503 after 6 attempts'],
        },
        { sli: 'restore_success', windows: 1, reasons: ['no report'] },
      ],
    });
    expect(verdictJson(policy, ev, records).recollect).toEqual({ needed: false, slis: [] });
  });
});
