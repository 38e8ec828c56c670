import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../../../src/telemetry/exact-sum.js';
import { glob } from '../../../src/telemetry/sources/glob.js';

describe('exact sum', () => {
  it('does not depend on order or on how the values were split and merged', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e12, max: 1e12, noNaN: true })),
          {
            maxLength: 60,
          },
        ),
        fc.nat(),
        (xs, cut) => {
          const one = new ExactSum();
          for (const x of xs) one.add(x);
          const rev = new ExactSum();
          for (const x of [...xs].reverse()) rev.add(x);
          const k = xs.length === 0 ? 0 : cut % xs.length;
          const a = new ExactSum();
          const b = new ExactSum();
          for (const x of xs.slice(0, k)) a.add(x);
          for (const x of xs.slice(k)) b.add(x);
          a.merge(ExactSum.fromJSON(b.toJSON()));
          expect(rev.value()).toBe(one.value());
          expect(a.value()).toBe(one.value());
        },
      ),
    );
    const s = new ExactSum();
    for (const x of [1e16, 1, -1e16, 0.1, 0.2]) s.add(x);
    expect(s.value()).toBe(1.3);
  });
});

describe('glob', () => {
  it('matches *, ?, **, classes and alternatives, sorted, skipping dot files', async () => {
    const d = await mkdtemp(path.join(tmpdir(), 'phasegate-glob-'));
    try {
      for (const f of [
        'a.jsonl',
        'b.jsonl',
        'c.txt',
        '.hidden.jsonl',
        'x/y/d.jsonl',
        'x/e1.jsonl',
        'x/e2.json',
      ]) {
        await mkdir(path.dirname(path.join(d, f)), { recursive: true });
        await writeFile(path.join(d, f), '');
      }
      const rel = async (p: string) => (await glob(p, d)).map((f) => path.relative(d, f));
      expect(await rel('*.jsonl')).toEqual(['a.jsonl', 'b.jsonl']);
      expect(await rel('**/*.jsonl')).toEqual(['a.jsonl', 'b.jsonl', 'x/e1.jsonl', 'x/y/d.jsonl']);
      expect(await rel('x/e?.json*')).toEqual(['x/e1.jsonl', 'x/e2.json']);
      expect(await rel('[ab].jsonl')).toEqual(['a.jsonl', 'b.jsonl']);
      expect(await rel('[!a].jsonl')).toEqual(['b.jsonl']);
      expect(await rel('{a,c}.*')).toEqual(['a.jsonl', 'c.txt']);
      expect(await glob(path.join(d, 'x', '*.jsonl'))).toEqual([path.join(d, 'x', 'e1.jsonl')]);
      expect(await rel('nope/*.jsonl')).toEqual([]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
