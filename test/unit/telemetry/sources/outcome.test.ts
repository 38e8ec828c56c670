/**
 * The source port's shared behaviour, without a server: a per-window source's loop (a failure
 * that survives the retries stops the source for the run, as data), a source that cannot start,
 * and per-window progress across several sources (a window is told once all its sources are done
 * with it, in time order).
 */
import { describe, expect, it } from 'vitest';
import type { SourceJob, WindowPart } from '../../../../src/ports/source.js';
import { SourceError } from '../../../../src/telemetry/sources/http.js';
import { eachWindow, unusable } from '../../../../src/telemetry/sources/outcome.js';
import { WindowsDone } from '../../../../src/telemetry/sources/windows-done.js';

const W = 15 * 60_000;
const T = Date.parse('2026-11-20T10:00:00Z');

function job(n: number, slis = ['a']): SourceJob {
  return {
    windows: new Map(Array.from({ length: n }, (_, i) => [T + i * W, slis])),
    windowMs: W,
    slis: {},
    thresholds: {},
  };
}

const counted = (start: number, slis: readonly string[]): WindowPart => ({
  start,
  slis: new Map(slis.map((id) => [id, { kind: 'count', count: 1 }])),
  missing: new Map(),
});

describe('eachWindow', () => {
  it('a retryable failure leaves the rest of the run "given up", as a retryable failure', async () => {
    const told: number[] = [];
    const asked: number[] = [];
    const outcome = await eachWindow(
      job(4),
      { status: () => {}, window: (p) => told.push(p.start) },
      async (start, slis) => {
        asked.push(start);
        if (start === T + W) throw new SourceError('src: down', true);
        return counted(start, slis);
      },
    );
    expect(asked).toEqual([T, T + W]);
    expect(told).toEqual([T, T + W, T + 2 * W, T + 3 * W]);
    expect(outcome.parts.map((p) => p.missing.get('a'))).toEqual([
      undefined,
      'src: down',
      'src: down (given up for this run)',
      'src: down (given up for this run)',
    ]);
    expect(outcome.failures).toEqual([
      { kind: 'retryable', reason: 'src: down', windows: [T + W, T + 2 * W, T + 3 * W] },
    ]);
  });

  it('a fatal failure keeps its reason for the windows after it; other errors still throw', async () => {
    const outcome = await eachWindow(job(2), undefined, async () => {
      throw new SourceError('src: HTTP 401', false);
    });
    expect(outcome.parts.map((p) => p.missing.get('a'))).toEqual(['src: HTTP 401', 'src: HTTP 401']);
    expect(outcome.failures).toEqual([{ kind: 'fatal', reason: 'src: HTTP 401', windows: [T, T + W] }]);
    await expect(
      eachWindow(job(1), undefined, async () => {
        throw new TypeError('a bug');
      }),
    ).rejects.toThrow(TypeError);
  });
});

describe('unusable', () => {
  it('every window missing with the reason, named by the source once', () => {
    const e = new SourceError('sources.x.token uses $VAR, which is not set', false);
    const outcome = unusable('github-issues source "x"', job(2, ['a', 'b']), e);
    const reason = 'github-issues source "x": sources.x.token uses $VAR, which is not set';
    expect(outcome.parts.map((p) => [...p.missing])).toEqual([
      [
        ['a', reason],
        ['b', reason],
      ],
      [
        ['a', reason],
        ['b', reason],
      ],
    ]);
    expect(outcome.failures).toEqual([{ kind: 'fatal', reason, windows: [T, T + W] }]);
    expect(unusable('s', job(1), new SourceError('s: no repository', false)).failures[0]!.reason).toBe(
      's: no repository',
    );
  });
});

describe('WindowsDone', () => {
  it('tells each window once every source owning it is done, in time order, with all its parts', () => {
    const windows = new Map(
      [0, 1, 2].map((i) => [T + i * W, { start: T + i * W, slis: new Map(), missing: new Map() }]),
    );
    const bulk = job(3, ['a']);
    const perWindow: SourceJob = { ...job(3, ['b']), windows: new Map([[T + W, ['b']]]) };
    const seen: [number, string[], number, number][] = [];
    const done = new WindowsDone(
      windows,
      [bulk, perWindow],
      (p, d, t) => seen.push([p.start, [...p.slis.keys()], d, t]),
      undefined,
    );
    // the bulk source resolves: its parts are merged, then it is done
    for (const [start, slis] of bulk.windows) windows.get(start)!.slis = counted(start, slis).slis;
    done.sourceDone(bulk);
    expect(seen).toEqual([[T, ['a'], 1, 3]]);
    // the per-window source tells its window before resolving
    done.progress.window(counted(T + W, ['b']));
    expect(seen).toEqual([
      [T, ['a'], 1, 3],
      [T + W, ['a', 'b'], 2, 3],
      [T + 2 * W, ['a'], 3, 3],
    ]);
    done.sourceDone(perWindow);
    done.finish();
    expect(seen).toHaveLength(3);
  });
});
