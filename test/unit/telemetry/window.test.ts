import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignRange,
  isAligned,
  parseWindowFileName,
  windowFileName,
  windowStart,
  windowStarts,
} from '../../../src/telemetry/window.js';

const W = 15 * 60_000;
const instant = fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 });
const minutes = fc.constantFrom(1, 5, 15, 60, 120, 1440).map((m) => m * 60_000);

describe('window alignment', () => {
  it('floors every instant into the window that holds it', () => {
    fc.assert(
      fc.property(instant, minutes, (t, w) => {
        const s = windowStart(t, w);
        expect(isAligned(s, w)).toBe(true);
        expect(s <= t && t < s + w).toBe(true);
        expect(windowStart(s, w)).toBe(s);
      }),
    );
  });

  it('15-minute windows start at :00, :15, :30 and :45 UTC', () => {
    expect(new Date(windowStart(Date.parse('2026-11-20T10:29:59.999Z'))).toISOString()).toBe(
      '2026-11-20T10:15:00.000Z',
    );
    expect(windowStart(Date.parse('2026-11-20T10:30:00.000Z'))).toBe(Date.parse('2026-11-20T10:30:00.000Z'));
  });

  it('a range covers exactly the windows of [from, to), consecutive and aligned', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 500_000_000 }), (t, len) => {
        const { from, to } = alignRange(t, t + len, W);
        expect(from <= t && t + len <= to).toBe(true);
        const starts = windowStarts(from, to, W);
        expect(starts.length).toBe((to - from) / W);
        starts.forEach((s, i) => {
          expect(s).toBe(from + i * W);
        });
      }),
    );
  });

  it('refuses an unaligned range', () => {
    expect(() => windowStarts(1, W, W)).toThrow(/not aligned/);
  });

  it('file names are the window end in UTC and parse back', () => {
    expect(windowFileName(Date.parse('2026-11-20T10:15:00Z'))).toBe('202611201015.jsonl');
    expect(windowFileName(Date.parse('2027-01-01T00:00:00Z'))).toBe('202701010000.jsonl');
    fc.assert(
      fc.property(fc.integer({ min: -1_036_120_320, max: 4_223_371_679 }), (minute) => {
        const end = minute * 60_000;
        const name = windowFileName(end);
        expect(name).toMatch(/^\d{12}\.jsonl$/);
        expect(parseWindowFileName(name)).toBe(end);
      }),
    );
  });

  it('other names are not report files', () => {
    for (const n of [
      '202611201015.json',
      '20261120101.jsonl',
      '202613201015.jsonl',
      '202602301015.jsonl',
      '202611202415.jsonl',
      '202611201060.jsonl',
      'README.md',
      '.202611201015.jsonl.1.tmp',
    ]) {
      expect(parseWindowFileName(n)).toBeUndefined();
    }
    expect(parseWindowFileName('202402291200.jsonl')).toBe(Date.parse('2024-02-29T12:00:00Z'));
  });
});
