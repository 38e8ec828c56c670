/** The `sources:` examples in docs/sources.md and README.md compile against the reference rollout. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../support/policy.js';
import { policyWithSources } from './policy.js';

function examples(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  return [...text.matchAll(/```yaml\n(sources:\n[\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('documented sources: examples', () => {
  for (const file of ['docs/sources.md', 'README.md']) {
    it(`${file}: every example compiles and routes the SLIs it names`, () => {
      const blocks = examples(file);
      expect(blocks.length).toBeGreaterThanOrEqual(file === 'README.md' ? 3 : 4);
      for (const block of blocks) {
        const policy = policyWithSources(block.replace(/^sources:\n/, ''));
        const named = policy.sources.list.filter((s) => block.includes(`  ${s.name}:\n`));
        expect(named.length, block).toBeGreaterThan(0);
        for (const s of named) expect(s.slis.length, `${s.name} in\n${block}`).toBeGreaterThan(0);
      }
    });
  }
});
