/** Progress on stderr: a bar redrawn in place on a terminal, plain lines anywhere else. */
import { describe, expect, it } from 'vitest';
import {
  createCollectProgress,
  createProgress,
  progressModeFor,
  WINDOW_LINES_UP_TO,
} from '../../../src/progress.js';

function capture() {
  const out: string[] = [];
  return { out, write: (t: string) => out.push(t) };
}

describe('progressModeFor', () => {
  it('draws a bar only on a terminal outside GitHub Actions', () => {
    expect(progressModeFor({ isTTY: true }, {})).toBe('bar');
    expect(progressModeFor({ isTTY: true }, { GITHUB_ACTIONS: 'true' })).toBe('lines');
    expect(progressModeFor({ isTTY: false }, {})).toBe('lines');
    expect(progressModeFor({}, {})).toBe('lines');
  });
});

describe('createProgress in lines mode', () => {
  it('logs a line per tenth of the work and the summary, however often it is updated', () => {
    const c = capture();
    const p = createProgress({ mode: 'lines', write: c.write, title: 'replaying', unit: 'runs' });
    for (let i = 1; i <= 200; i++) p.update(i, 200, `run ${i}`);
    p.end('replayed 200 runs');
    expect(c.out).toHaveLength(11);
    expect(c.out[0]).toBe('replaying: 10% (20/200 runs) run 20\n');
    expect(c.out[9]).toBe('replaying: 100% (200/200 runs) run 200\n');
    expect(c.out[10]).toBe('replayed 200 runs\n');
  });

  it('asks a detail given as a function only for the lines it writes', () => {
    const c = capture();
    const p = createProgress({ mode: 'lines', write: c.write, title: 'replaying', unit: 'runs' });
    const asked: number[] = [];
    for (let i = 1; i <= 200; i++)
      p.update(i, 200, () => {
        asked.push(i);
        return `run ${i}`;
      });
    expect(asked).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(c.out[1]).toBe('replaying: 20% (40/200 runs) run 40\n');
  });

  it('logs the end of work with no total, once', () => {
    const c = capture();
    const p = createProgress({ mode: 'lines', write: c.write, title: 'collecting', lineEvery: 0.5 });
    p.update(0, 0);
    p.update(0, 0);
    expect(c.out).toEqual(['collecting: 100% (0/0)\n']);
  });
});

describe('createProgress in bar mode', () => {
  it('redraws in place only when the text changes, steps aside for log lines, and clears at the end', () => {
    const c = capture();
    const p = createProgress({ mode: 'bar', write: c.write, title: 'collecting', unit: 'MB', width: 10 });
    p.update(1, 4);
    p.update(1, 4);
    p.log('warning: x\n');
    p.update(4, 4);
    p.end('done');
    expect(c.out).toEqual([
      '\r\x1b[2Kcollecting [###.......] 25% (1/4 MB)',
      '\r\x1b[2K',
      'warning: x\n',
      '\r\x1b[2Kcollecting [###.......] 25% (1/4 MB)',
      '\r\x1b[2Kcollecting [##########] 100% (4/4 MB)',
      '\r\x1b[2K',
      'done\n',
    ]);
  });
});

describe("collect's progress", () => {
  const W = 15 * 60_000;
  const T = Date.parse('2026-11-20T10:00:00Z');
  const part = (i: number, missing: [string, string][] = []) => ({
    start: T + i * W,
    slis: new Map([['crash_rate', { kind: 'count' as const, count: 0 }]]),
    counts: { events: 12, malformed: 0, invalid: 0, unknown: 0 },
    missing: new Map(missing),
  });

  it('without a terminal: one line per window, the status says nothing', () => {
    const c = capture();
    const p = createCollectProgress('lines', c.write, W, 2);
    p.status('reading jsonl source "events"');
    p.window(part(0), 1, 2);
    p.log('note: x\n');
    p.window(part(1, [['save_latency', 'down']]), 2, 2);
    p.end();
    expect(c.out).toEqual([
      'window 2026-11-20T10:00Z–10:15Z: 12 events, 1 SLI(s) collected\n',
      'note: x\n',
      'window 2026-11-20T10:15Z–10:30Z: 12 events, 1 SLI(s) collected; missing save_latency (down)\n',
    ]);
  });

  it('without a terminal: a burst of windows is one write, made once the burst is over', async () => {
    const c = capture();
    const p = createCollectProgress('lines', c.write, W, 3);
    p.window(part(0), 1, 3);
    p.window(part(1), 2, 3);
    expect(c.out).toEqual([]); // still in the burst
    await new Promise((resolve) => setImmediate(resolve));
    expect(c.out).toEqual([
      'window 2026-11-20T10:00Z–10:15Z: 12 events, 1 SLI(s) collected\nwindow 2026-11-20T10:15Z–10:30Z: 12 events, 1 SLI(s) collected\n',
    ]);
    p.window(part(2), 3, 3);
    p.end();
    expect(c.out).toHaveLength(2);
    expect(c.out[1]).toBe('window 2026-11-20T10:30Z–10:45Z: 12 events, 1 SLI(s) collected\n');
  });

  it('without a terminal, a day of windows (and the one that just ended) still gets a line each', () => {
    const c = capture();
    const n = WINDOW_LINES_UP_TO;
    const p = createCollectProgress('lines', c.write, W, n);
    for (let i = 0; i < n; i++) p.window(part(i), i + 1, n);
    p.end();
    expect(n).toBeGreaterThanOrEqual(97);
    expect(c.out.join('').match(/^window /gm)).toHaveLength(n);
  });

  it('without a terminal, a long back-fill writes its tenths and the windows with missing SLIs, not every window', () => {
    const c = capture();
    const n = 8640; // 90 days
    const p = createCollectProgress('lines', c.write, W, n);
    // Windows 3 and 4 miss an SLI, and so do the last 150: more than the lines shown for them.
    const missing = (i: number) => i === 3 || i === 4 || i >= n - 150;
    for (let i = 0; i < n; i++) p.window(part(i, missing(i) ? [['crash_rate', 'HTTP 503']] : []), i + 1, n);
    p.end();
    const lines = c.out
      .join('')
      .split('\n')
      .filter((l) => l !== '');
    const tenths = lines.filter((l) => l.startsWith('collected: '));
    expect(tenths).toHaveLength(10);
    expect(tenths[0]).toBe('collected: 10% (864/8640 windows) up to 2026-11-29T10:00Z');
    expect(tenths[9]).toBe('collected: 100% (8640/8640 windows) up to 2027-02-18T10:00Z');
    const windows = lines.filter((l) => l.startsWith('window '));
    expect(windows).toHaveLength(WINDOW_LINES_UP_TO);
    expect(windows[0]).toBe(
      'window 2026-11-20T10:45Z–11:00Z: 12 events, 1 SLI(s) collected; missing crash_rate (HTTP 503)',
    );
    expect(windows.every((l) => l.endsWith('missing crash_rate (HTTP 503)'))).toBe(true);
    // In time order: a window's line comes before the tenth that passes it.
    expect(lines.indexOf(windows[1]!)).toBeLessThan(lines.indexOf(tenths[0]!));
    expect(lines.at(-1)).toBe(
      `… and ${152 - WINDOW_LINES_UP_TO} more window(s) with missing SLIs; each record lists them and why`,
    );
  });

  it('on a terminal: a bar counting windows, showing the status, then each window', () => {
    const c = capture();
    const p = createCollectProgress('bar', c.write, W, 3);
    p.status('reading jsonl source "events"');
    p.window(part(0), 1, 3);
    p.end();
    expect(c.out).toEqual([
      '\r\x1b[2K[..............................] 0/3 windows reading jsonl source "events"',
      '\r\x1b[2K[##########....................] 1/3 windows 2026-11-20T10:00Z',
      '\r\x1b[2K',
    ]);
  });
});
