/** The report as Markdown: Mermaid charts per SLO, the decisions and the time in each phase. */
import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../../src/report/index.js';
import { input, ratio, T0 } from './fixture.js';

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(input());

  it('charts every SLO as Mermaid, with its caption', () => {
    expect(md.match(/```mermaid\n/g)).toHaveLength(2);
    expect(md.match(/^xychart-beta$/gm)).toHaveLength(2);
    expect(md).toContain('**save-latency-p95** (p95 over 2h) in seconds, times in Asia/Tokyo');
    expect(md).toContain('**restore-success** (ratio over 24h) in %');
  });

  it('lists the decisions in local time, one row each', () => {
    expect(md).toContain('| when (Asia/Tokyo) | decision | why |');
    expect(md).toContain(
      '| 2026-11-20 19:00 | roll back A-1 → A-0 | roll back A-1 → A-0: save-latency-p95 3.4s > 2.5s |',
    );
    expect(md).toContain('| 2026-11-21 01:00 | advance A-0 → A-1 | soak: 6h without a failing SLO |');
  });

  it('lists the time spent in each phase', () => {
    expect(md).toContain('| A-1 | QA canary | 2026-11-20 09:00 | 2026-11-20 19:00 | 10h |');
    expect(md).toContain('| A-0 | Prep | 2026-11-20 19:00 | 2026-11-21 01:00 | 6h |');
  });

  it('keeps table rows whole when a reason holds a pipe or a newline', () => {
    const out = renderReportMarkdown(
      input({ decisions: [{ at: T0, action: 'hold', from: 'A-1', to: null, reason: 'a | b\nc' }] }),
    );
    expect(out).toContain('| 2026-11-20 09:00 | hold A-1 | a \\| b c |');
  });

  it('drops the charts first to fit a limit, and says so', () => {
    const out = renderReportMarkdown(input({ series: [ratio, ratio, ratio] }), {
      max: 1500,
      limitText: 'a test limit',
    });
    expect(out.length).toBeLessThanOrEqual(1500);
    expect(out).not.toContain('```mermaid');
    expect(out).toContain('_Charts left out to stay under a test limit._');
    expect(out).toContain('roll back A-1 → A-0');
  });
});
