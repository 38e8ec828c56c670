/** The job summary: what the run did and the verdict, HTML-escaped, under 1 MiB. */
import { describe, expect, it } from 'vitest';
import { cutLines, fitParts, SUMMARY_MAX_BYTES, utf8Bytes } from '../../../src/render/limits.js';
import { renderJobSummary } from '../../../src/render/summary.js';
import { AT, policy, rollbackEv, rollbackSeries } from './fixture.js';

describe('renderJobSummary', () => {
  const md = renderJobSummary({
    policy,
    command: 'propose',
    evaluation: rollbackEv,
    at: AT + 60_000,
    lines: [
      'committed 3 window record file(s) to main as deadbee',
      'opened #7: roll back <b>A-1</b> [now]',
      '#7: phasegate/verdict failure: Blocked: approvals 0/1',
      '<script>alert(1)</script> & more',
    ],
  });

  it('says what the run did, one line each, HTML escaped', () => {
    expect(md.split('\n').slice(0, 10)).toEqual([
      '## phasegate propose: autosave',
      '',
      'Finished 2026-11-20 06:01 UTC.',
      '',
      '### What this run did',
      '',
      '- committed 3 window record file(s) to main as deadbee',
      '- opened #7: roll back &lt;b&gt;A-1&lt;/b&gt; [now]',
      '- #7: phasegate/verdict failure: Blocked: approvals 0/1',
      '- &lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
    ]);
  });

  it('shows the verdict table with HTML escaped and no raw tags anywhere', () => {
    expect(md).toContain('| save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |');
    expect(md).toContain('p95 3.012s &gt; 2.5s over 2h');
    expect(md).not.toMatch(/<(script|b|html)\b/);
  });

  it('a dry run says so; a run that did nothing says that', () => {
    const dry = renderJobSummary({ policy, command: 'evaluate', at: AT, lines: [], dryRun: true });
    expect(dry).toBe(
      '## phasegate evaluate: autosave (dry run: nothing was written)\n\nFinished 2026-11-20 06:00 UTC.\n\n### What this run did\n\n- Nothing to do.\n',
    );
  });

  it('stays under 1 MiB of UTF-8, charts first to go, multibyte text counted in bytes', () => {
    const notes = Array.from({ length: 20_000 }, (_, i) => `${i} 進捗と未解決課題 ${'あ'.repeat(20)}`);
    const charts = Array.from({ length: 10 }, () => rollbackSeries).flat();
    const big = renderJobSummary({
      policy,
      command: 'status',
      evaluation: rollbackEv,
      lines: notes,
      at: AT,
      charts,
    });
    expect(big.length).toBeLessThan(SUMMARY_MAX_BYTES); // it is the bytes that exceed the limit
    expect(utf8Bytes(big)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(utf8Bytes(big)).toBeGreaterThan(SUMMARY_MAX_BYTES - 4096);
    expect(big).toContain('_Charts left out to stay under the 1 MiB job summary limit._');
    expect(big).toMatch(/_… \d+ more lines cut to stay under the 1 MiB job summary limit\._/);
    expect(big).toContain('| save-latency-p95 | 3.012s | ≤ 2.5s | 2h | 80 | ❌ fail |');
  });
});

describe('fitting under a limit', () => {
  it('cutLines keeps whole lines and leaves a note after a blank line', () => {
    const text = ['| a |', '|---|', ...Array.from({ length: 10 }, (_, i) => `| row ${i} |`)].join('\n');
    const cut = cutLines(text, 90, 'the limit');
    expect(cut).toBe(
      '| a |\n|---|\n| row 0 |\n| row 1 |\n| row 2 |\n\n_… 7 more lines cut to stay under the limit._',
    );
    expect(cut.length).toBeLessThanOrEqual(90);
    expect(cutLines(text, 1000, 'the limit')).toBe(text);
  });

  it('fitParts drops before it cuts, and cuts the longest part first', () => {
    const long = (c: string, n: number) => Array.from({ length: n }, () => c.repeat(9)).join('\n');
    const parts = [
      { text: 'HEAD' },
      { text: long('a', 100), cut: true },
      { text: long('b', 300), cut: true },
      { text: 'CHART'.repeat(100), drop: { order: 0, note: 'charts dropped' } },
      { text: 'TAIL' },
    ];
    const dropped = fitParts(parts, { max: 4100, limitText: 'L' });
    expect(dropped).toContain('charts dropped');
    expect(dropped).not.toContain('CHART');
    expect(dropped).not.toContain('cut to stay under');
    const fitted = fitParts(parts, { max: 2500, limitText: 'L' });
    expect(fitted.length).toBeLessThanOrEqual(2500);
    expect(fitted.startsWith('HEAD\n\naaaaaaaaa')).toBe(true);
    expect(fitted.endsWith('charts dropped\n\nTAIL')).toBe(true);
    expect(fitted.match(/a{9}/g)).toHaveLength(100); // the short part is whole
    expect(fitted).toMatch(/b{9}\n\n_… \d+ more lines cut to stay under L\._\n\ncharts dropped/);
    const both = fitParts(parts, { max: 1200, limitText: 'L' });
    expect(both.length).toBeLessThanOrEqual(1200);
    expect(both.match(/more lines cut/g)).toHaveLength(2); // both capped at the same size
    expect(Math.abs(both.match(/a{9}/g)!.length - both.match(/b{9}/g)!.length)).toBeLessThanOrEqual(1);
  });
});
