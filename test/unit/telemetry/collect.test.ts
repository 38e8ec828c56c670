import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import { encodeRecord } from '../../../src/telemetry/codec.js';
import { Collector, collectTexts } from '../../../src/telemetry/collect.js';
import { collectJsonl } from '../../../src/telemetry/sources/jsonl.js';
import { readRecords, writeRecords } from '../../../src/telemetry/sources/record-files.js';
import { POLICY, T0, WINDOW } from './fixtures.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), 'phasegate-telemetry-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const iso = (ms: number) => new Date(ms).toISOString();
const save = (t: number, d: number) =>
  `{"ts":"${iso(t)}","event":"autosave.save.completed","duration_ms":${d},"app":"desktop"}`;

describe('collect', () => {
  it('classifies and counts lines per window; every window of the range is reported', () => {
    const m = 60_000;
    const text = [
      save(T0 + m, 800),
      '',
      '   ',
      `{"ts":"${iso(T0 + 2 * m)}","event":"autosave.restore.result","success":true}`,
      `{"ts":"${iso(T0 + 3 * m)}","event":"autosave.restore.result","success":false}`,
      `{"ts":"${iso(T0 + 3 * m)}","event":"autosave.restore.result","success":"true"}`,
      'not json',
      '[1,2]',
      `{"ts":"${iso(T0 + 4 * m)}","event":"ui.click"}`,
      `{"ts":"${iso(T0 + 4 * m)}","event":"autosave.save.completed","duration_ms":"812"}`,
      `{"ts":"${iso(T0 + 4 * m)}","event":"autosave.save.completed"}`,
      `{"ts":"${iso(T0 + 5 * m)}","event":"bug.reported","severity":"critical"}`,
      `{"ts":"${iso(T0 + 5 * m)}","event":"bug.reported","severity":"minor"}`,
      `{"event":"app.crash"}`,
      `{"ts":"yesterday","event":"app.crash"}`,
      `{"ts":"${iso(T0 + 20 * m)}","event":"merge.diff.apply","mode":"auto","extra":{"nested":[1,{"a":null}]}}`,
      `{"ts":"${iso(T0 + 21 * m)}","event":"merge.diff.apply","mode":"manual"}`,
      `{"ts":"${iso(T0 + 21 * m)}","event":"app.session.start"}`,
      `{"ts":"${iso(T0 + 21 * m)}","event":"app.crash"}`,
      `{"ts":"2026-11-20T19:22:00.000+09:00","event":"autosave.save.completed","duration_ms":1.5e3}`,
      `{"ts":"${iso(T0 + 99 * m)}","event":"app.crash"}`,
      '{"ts":',
    ].join('\n');
    const r = collectTexts([{ source: 'a.jsonl', text }], { policy: POLICY, from: T0, to: T0 + 3 * WINDOW });
    expect(r.windows.map((w) => [iso(w.start), w.counts])).toEqual([
      [iso(T0), { events: 6, malformed: 2, invalid: 4, unknown: 1 }],
      [iso(T0 + WINDOW), { events: 5, malformed: 0, invalid: 0, unknown: 0 }],
      [iso(T0 + 2 * WINDOW), { events: 0, malformed: 0, invalid: 0, unknown: 0 }],
    ]);
    const [w0, w1, w2] = r.windows;
    expect(w0!.slis.get('restore_success')).toEqual({ kind: 'ratio', numerator: 1, denominator: 3 });
    expect(w0!.slis.get('critical_bugs')).toEqual({ kind: 'count', count: 1, distinct: [] });
    expect(w0!.slis.get('save_latency')).toMatchObject({ count: 1, sum: 800, min: 800, max: 800 });
    expect(w1!.slis.get('auto_merge_rate')).toEqual({ kind: 'ratio', numerator: 1, denominator: 2 });
    expect(w1!.slis.get('crash_rate')).toEqual({ kind: 'ratio', numerator: 1, denominator: 1 });
    expect(w1!.slis.get('save_latency')).toMatchObject({ count: 1, sum: 1500 });
    expect(w2!.slis.get('save_latency')).toMatchObject({ count: 0, min: null, max: null });
    // the crash at +99 min and the truncated last line after it are outside the range
    expect(r.stats).toMatchObject({ outside: 2 });
    expect(r.unattributed).toEqual([]);
  });

  it('places lines without a timestamp by the nearest usable timestamp before (or else after) them', () => {
    const text = [
      'garbage 1',
      '{"event":"app.crash"}',
      save(T0 + WINDOW + 1, 10), // first ts: window 1 takes the two lines above
      'garbage 2', // window 1
      save(T0 + 1, 10),
      'garbage 3', // window 0
    ].join('\n');
    const r = collectTexts([{ source: 'a', text }], { policy: POLICY, from: T0, to: T0 + 2 * WINDOW });
    expect(r.windows.map((w) => w.counts)).toEqual([
      { events: 1, malformed: 1, invalid: 0, unknown: 0 },
      { events: 1, malformed: 2, invalid: 1, unknown: 0 },
    ]);
    // per input: a second file starts afresh; a file with no timestamp at all is unattributed
    const r2 = collectTexts(
      [
        { source: 'a', text: save(T0, 1) },
        { source: 'b', text: 'x\n{"ts":1}\n' },
      ],
      { policy: POLICY, from: T0, to: T0 + WINDOW },
    );
    expect(r2.windows[0]!.counts.malformed).toBe(0);
    expect(r2.unattributed).toEqual([{ source: 'b', malformed: 1, invalid: 1 }]);
  });

  it('gives the same result however the input is cut into chunks', () => {
    const text = Buffer.from(
      traceText({
        seed: 9,
        from: T0,
        to: T0 + 2 * WINDOW,
        events: 400,
        malformed: 0.05,
        invalid: 0.05,
        unknown: 0.05,
      }),
    );
    const whole = collectTexts([{ source: 's', text }], { policy: POLICY, from: T0, to: T0 + 2 * WINDOW });
    const expected = whole.windows.map(encodeRecord);
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: text.length }), { maxLength: 40 }),
        fc.nat({ max: 300 }),
        (cuts, maxLine) => {
          const c = new Collector({ policy: POLICY, from: T0, to: T0 + 2 * WINDOW });
          c.beginSource('s');
          const bounds = [...new Set(cuts)].sort((a, b) => a - b);
          let prev = 0;
          for (const b of [...bounds, text.length]) {
            c.push(text.subarray(prev, b));
            prev = b;
          }
          const r = c.finish();
          expect(r.windows.map(encodeRecord)).toEqual(expected);
          // a line-length cap turns the long lines into malformed ones, the same for any cut
          const capped = (chunks: number[]) => {
            const k = new Collector({
              policy: POLICY,
              from: T0,
              to: T0 + 2 * WINDOW,
              maxLineBytes: 100 + maxLine,
            });
            let p = 0;
            for (const b of [...chunks, text.length]) {
              k.push(text.subarray(p, b));
              p = b;
            }
            return k.finish().windows.map(encodeRecord);
          };
          expect(capped(bounds)).toEqual(capped([]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('one run over a range and window-by-window runs write identical files', async () => {
    const from = T0;
    const to = T0 + 8 * WINDOW;
    const src = await tempDir();
    // two files, some windows empty, bad lines everywhere
    const a = traceText({
      seed: 1,
      from,
      to: from + 3 * WINDOW,
      events: 3000,
      malformed: 0.02,
      invalid: 0.02,
      unknown: 0.02,
    });
    const b = traceText({ seed: 2, from: from + 5 * WINDOW, to: to + WINDOW, events: 2000, malformed: 0.02 });
    await import('node:fs/promises').then(async (fs) => {
      await fs.writeFile(path.join(src, 'events-a.jsonl'), `garbage first\n${a}`);
      await fs.writeFile(path.join(src, 'events-b.jsonl'), b);
      await fs.writeFile(path.join(src, 'other.txt'), 'not a source');
    });
    const glob = path.join(src, 'events-*.jsonl');
    const once = await tempDir();
    const all = await collectJsonl({ source: glob, policy: POLICY, from, to });
    expect(all.files.map((f) => path.basename(f))).toEqual(['events-a.jsonl', 'events-b.jsonl']);
    expect(all.windows).toHaveLength(8);
    await writeRecords(once, all.windows);
    const stepwise = await tempDir();
    for (let s = from; s < to; s += WINDOW) {
      const one = await collectJsonl({
        source: glob,
        policy: POLICY,
        from: s,
        to: s + WINDOW,
        highWaterMark: 4096,
      });
      await writeRecords(stepwise, one.windows);
    }
    const names = (await readdir(once)).sort();
    expect(names).toHaveLength(8);
    expect((await readdir(stepwise)).sort()).toEqual(names);
    for (const n of names) {
      expect(await readFile(path.join(stepwise, n))).toEqual(await readFile(path.join(once, n)));
    }
    // empty windows have files with zero counts
    const empty = all.windows.filter((w) => w.counts.events === 0);
    expect(empty.length).toBeGreaterThan(0);
    // re-collecting rewrites nothing
    const again = await writeRecords(once, all.windows);
    expect(again.every((w) => !w.changed)).toBe(true);
    // and the committed reports read back to the same records
    const back = await readRecords(once, from + WINDOW, to - WINDOW);
    expect(back.map(encodeRecord)).toEqual(all.windows.slice(1, -1).map(encodeRecord));
    expect((await readRecords(once)).length).toBe(8);
    expect(await readRecords(path.join(once, 'nope'))).toEqual([]);
  });

  it('fails clearly when a source matches nothing', async () => {
    const d = await tempDir();
    await expect(
      collectJsonl({ source: path.join(d, '*.jsonl'), policy: POLICY, from: T0, to: T0 + WINDOW }),
    ).rejects.toThrow(/no telemetry files match/);
    await expect(
      collectJsonl({ source: path.join(d, 'x.jsonl'), policy: POLICY, from: T0, to: T0 + WINDOW }),
    ).rejects.toThrow(/cannot be read/);
  });
});

describe('collect in worker threads', () => {
  it('cuts files into ranges at line boundaries and merges to exactly the sequential result', async () => {
    const d = await tempDir();
    const from = T0;
    const to = T0 + 6 * WINDOW;
    const fs = await import('node:fs/promises');
    // non-integer latencies (exact sums), bad lines at range edges, a file without a final newline
    const a = traceText({
      seed: 5,
      from,
      to,
      events: 4000,
      malformed: 0.03,
      invalid: 0.03,
      unknown: 0.03,
    }).replace(/"duration_ms":(\d+)/g, (_m, n) => `"duration_ms":${Number(n) / 7}`);
    await fs.writeFile(path.join(d, 'a.jsonl'), `not json\n{"event":"x"}\n${a}`);
    await fs.writeFile(
      path.join(d, 'b.jsonl'),
      `${traceText({ seed: 6, from, to, events: 1500, malformed: 0.05 }).trimEnd()}`,
    );
    const opts = { source: path.join(d, '*.jsonl'), policy: POLICY, from, to };
    const total =
      (await fs.stat(path.join(d, 'a.jsonl'))).size + (await fs.stat(path.join(d, 'b.jsonl'))).size;
    // The progress a caller shows (simulate's bar): rising, ending at every byte of every file.
    const told = (into: number[]) => (done: number, all: number) => {
      expect(all).toBe(total);
      into.push(done);
    };
    // The caller's own work (simulate's holiday calendar) runs once on this thread, whatever the threads.
    let meanwhile = 0;
    const seqBytes: number[] = [];
    const seq = await collectJsonl({
      ...opts,
      highWaterMark: 4096,
      onBytes: told(seqBytes),
      meanwhile: () => {
        expect(seqBytes).toEqual([]); // before the first read
        meanwhile++;
      },
    });
    expect(meanwhile).toBe(1);
    expect(seqBytes.length).toBeGreaterThan(2);
    expect(seqBytes.at(-1)).toBe(total);
    for (const [workers, minSegmentBytes] of [
      [2, 1],
      [3, 1000],
      [2, 50_000],
    ] as const) {
      const bytes: number[] = [];
      const par = await collectJsonl({
        ...opts,
        workers,
        minSegmentBytes,
        highWaterMark: 777,
        onBytes: told(bytes),
        meanwhile: () => meanwhile++,
      });
      expect(bytes.at(-1)).toBe(total);
      expect(bytes).toEqual([...bytes].sort((x, y) => x - y));
      expect(par.windows.map(encodeRecord)).toEqual(seq.windows.map(encodeRecord));
      expect(par.stats).toEqual(seq.stats);
      expect(par.unattributed).toEqual(seq.unattributed);
    }
    expect(meanwhile).toBe(4);
  });
});
