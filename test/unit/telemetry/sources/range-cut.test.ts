/**
 * A range being read is cut in two when a thread runs out of ranges (jsonl.ts): its end moves to
 * the middle of what it has left, between chunks, and another thread reads the rest. The two
 * pieces, merged in file order, must give the records the whole range gives.
 */
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceText } from '../../../../src/demo/trace.js';
import { encodeRecord } from '../../../../src/telemetry/codec.js';
import { Collector, type SegmentResult } from '../../../../src/telemetry/collect.js';
import { collectSegment, type SegmentTask } from '../../../../src/telemetry/sources/collect-worker.js';
import { collectJsonl } from '../../../../src/telemetry/sources/jsonl.js';
import { cutSpan } from '../../../../src/telemetry/sources/read-chunks.js';
import { POLICY, T0, WINDOW } from '../fixtures.js';

describe('cutSpan', () => {
  it('moves the end to the middle of what is left, when both halves hold at least the minimum', () => {
    const span = { pos: 100, end: 300 };
    expect(cutSpan(span, 1000, 50)).toBe(200);
    expect(span).toEqual({ pos: 100, end: 200 });
    expect(cutSpan(span, 1000, 51)).toBeUndefined(); // 100 left: not two pieces of 51
    expect(span).toEqual({ pos: 100, end: 200 });
  });

  it('reads a range to the end of the file as the file size says', () => {
    const span = { pos: 10, end: Number.POSITIVE_INFINITY };
    expect(cutSpan(span, 110, 10)).toBe(60);
    expect(span.end).toBe(60);
  });

  it('does not cut a range read past its end (finishing its last line)', () => {
    expect(cutSpan({ pos: 250, end: 200 }, 1000, 1)).toBeUndefined();
  });
});

describe('a range cut while it is read', () => {
  it('and the rest read apart give the records of the whole range, wherever the cut falls', async () => {
    const from = T0;
    const to = T0 + 6 * WINDOW;
    const text = `${traceText({ seed: 11, from, to, events: 3000, malformed: 0.03, invalid: 0.03, unknown: 0.03 })}`;
    const dir = await mkdtemp(path.join(tmpdir(), 'phasegate-cut-'));
    const file = path.join(dir, 'events.jsonl');
    await writeFile(file, text);
    const size = Buffer.byteLength(text);
    const task = (start: number, end: number, id = 0): SegmentTask => ({
      id,
      file,
      start,
      end,
      size,
      minCutBytes: 1,
      slis: POLICY.slis,
      thresholds: {}, // the fixture policy has no phases, so no latency objective to count over
      windowMs: POLICY.windowMs,
      from,
      to,
      chunkBytes: 1000,
    });
    const records = (parts: SegmentResult[]) => {
      const c = new Collector({ policy: POLICY, from, to });
      c.beginSource(file);
      for (const p of parts) c.absorbSegment(p);
      c.endSource();
      return c.finish().windows.map(encodeRecord);
    };
    const whole = records([await collectSegment(task(0, Number.POSITIVE_INFINITY))]);
    expect(whole.join('')).toContain('"events":');
    // Cut once 1, 7, 40 and 480 chunks of 1,000 bytes are read: mid-line, as a reading thread is cut.
    const cuts: number[] = [];
    for (const chunks of [1, 7, 40, 480]) {
      const first = task(0, Number.POSITIVE_INFINITY);
      const span = { pos: first.start, end: first.end };
      const reading = collectSegment(first, span);
      // The cut lands between chunks, as a cut request does: the reader takes a turn after each.
      while (span.pos < chunks * 1000) await new Promise((resolve) => setImmediate(resolve));
      const cutAt = cutSpan(span, size, 1);
      expect(cutAt).toBeDefined();
      cuts.push(cutAt!);
      const head = await reading;
      const rest = await collectSegment(task(cutAt!, Number.POSITIVE_INFINITY, 1));
      expect(records([head, rest])).toEqual(whole);
    }
    expect(new Set(cuts).size).toBe(4);
    expect(cuts.some((at) => text[at - 1] !== '\n')).toBe(true); // one falls inside a line at least
  });
});

describe('a parallel collect whose thread runs out of ranges', () => {
  it("cuts the other thread's range and merges the piece in its place: the records of one thread", async () => {
    const from = T0;
    const to = T0 + 8 * WINDOW;
    const dir = await mkdtemp(path.join(tmpdir(), 'phasegate-cut-'));
    // One range per file: the worker takes the large one first, this thread the small one, then
    // runs out and asks the worker for half of what it has left.
    const big = traceText({ seed: 12, from, to, events: 12_000, malformed: 0.02, invalid: 0.02 });
    await writeFile(path.join(dir, 'a.jsonl'), big);
    await writeFile(path.join(dir, 'b.jsonl'), traceText({ seed: 13, from, to, events: 20 }));
    const opts = { source: path.join(dir, '*.jsonl'), policy: POLICY, from, to };
    const one = await collectJsonl(opts);
    const done: number[] = [];
    const two = await collectJsonl({
      ...opts,
      workers: 2,
      minSegmentBytes: Buffer.byteLength(big) + 1, // no file is cut into ranges up front
      highWaterMark: 4096,
      onBytes: (n) => done.push(n),
    });
    // The two ranges and at least one piece cut from the large one (a thread out of work may cut
    // again what is left), every byte told once.
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.at(-1)).toBe(Buffer.byteLength(big) + (await stat(path.join(dir, 'b.jsonl'))).size);
    expect(two.windows.map(encodeRecord)).toEqual(one.windows.map(encodeRecord));
    expect(two.stats).toEqual(one.stats);
  });
});
