import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectThreadCount,
  collectWorkerUrl,
  endWaitingCollectThreads,
  MIN_SEGMENT_BYTES,
  prestartCollectThreads,
  takeCollectThreads,
  waitingCollectThreads,
  withCollectThreads,
} from '../../../src/telemetry/sources/collect-threads.js';

afterEach(endWaitingCollectThreads);

describe('threads started ahead of a large collect', () => {
  it('start for one file large enough to be cut, and are taken by the collect that follows', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'phasegate-threads-'));
    const big = path.join(dir, 'big.jsonl');
    const small = path.join(dir, 'small.jsonl');
    await writeFile(big, '');
    await truncate(big, 1.5 * MIN_SEGMENT_BYTES); // sparse: its size is what counts
    await writeFile(small, '{}\n');
    const extra = collectThreadCount() - 1; // this thread parses too

    for (const source of [
      small,
      path.join(dir, '*.jsonl'),
      'https://example.test/export',
      path.join(dir, 'none.jsonl'),
      undefined,
    ]) {
      prestartCollectThreads(source);
      expect(waitingCollectThreads(), String(source)).toBe(0);
    }

    prestartCollectThreads(path.relative(process.cwd(), big));
    expect(waitingCollectThreads()).toBe(extra);
    const taken = takeCollectThreads(extra + 1, collectWorkerUrl()!);
    expect(taken).toHaveLength(extra + 1); // the waiting ones, and a new one for the rest
    expect(waitingCollectThreads()).toBe(0);
    await Promise.all(taken.map((w) => w.terminate()));

    prestartCollectThreads(big);
    await endWaitingCollectThreads(); // a collect that never ran ends them
    expect(waitingCollectThreads()).toBe(0);

    // The commands' way: started for the work, ended after it when it took none (here: it failed).
    await expect(
      withCollectThreads(big, async () => {
        expect(waitingCollectThreads()).toBe(extra);
        throw new Error('bad policy');
      }),
    ).rejects.toThrow('bad policy');
    expect(waitingCollectThreads()).toBe(0);
  });
});
