/**
 * The README's measured figures can be found by the tests that measure them: each pattern of
 * README_REQUESTS matches once (the integration tests then compare the number), and a figure
 * that differs fails with both numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocFigure, README_REQUESTS } from '../../support/doc-excerpt.js';
import { readDoc } from '../../support/markdown.js';
import { REPO_ROOT } from '../../support/policy.js';

describe("the README's request counts", () => {
  for (const [name, pattern] of Object.entries(README_REQUESTS)) {
    it(`${name}: quoted once, as a number`, () => {
      const found = [...readDoc('README.md').matchAll(new RegExp(pattern.source, 'g'))];
      expect(found.map((m) => Number(m[1]))).toEqual([expect.any(Number)]);
    });
  }

  it.skipIf(process.env.PHASEGATE_UPDATE_DOCS === '1')(
    'a figure that differs fails, naming both numbers',
    () => {
      const written = Number(README_REQUESTS.evaluate.exec(readDoc('README.md'))![1]);
      expect(() => checkDocFigure('README.md', README_REQUESTS.evaluate, written)).not.toThrow();
      expect(() => checkDocFigure('README.md', README_REQUESTS.evaluate, written + 1)).toThrow(
        `README.md says ${written} where this run measured ${written + 1}`,
      );
    },
  );
});

describe("the README's benchmark tables", () => {
  const readme = readDoc('README.md');
  const benchDir = join(REPO_ROOT, 'scripts', 'bench');
  const bench = [
    readFileSync(join(REPO_ROOT, 'scripts', 'bench.mjs'), 'utf8'),
    ...readdirSync(benchDir).map((f) => readFileSync(join(benchDir, f), 'utf8')),
  ].join('\n');
  const blocks = [...readme.matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g)];

  it('are the blocks npm run bench -- --write-readme writes, each holding a table', () => {
    const names = blocks.map((b) => b[1]);
    expect(names[0], 'the summary of issue 14 opens the Benchmarks section').toBe('summary');
    expect(names).toEqual(
      expect.arrayContaining(['collect', 'collect-days', 'simulate', 'cold-start', 'history', 'rollouts']),
    );
    for (const [, name, body] of blocks) {
      expect(bench, `the bench writes no "${name}" block`).toMatch(
        new RegExp(`writeReadmeBlock\\(\\s*root,\\s*'${name}'`),
      );
      expect(body, `the ${name} block is empty: run npm run bench -- --write-readme`).toMatch(/^\|.*\|$/m);
    }
  });
});
