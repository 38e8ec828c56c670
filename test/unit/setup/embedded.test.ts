/**
 * What `phasegate init` carries in the bundle is this repository's: the workflows, the reference
 * checklist and Slack templates (npm run generate), and the docs/setup.md sections it links to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_FILES } from '../../../src/init/embedded.generated.js';
import { embeddedFile, embeddedPaths, REFERENCE_TEMPLATES_DIR } from '../../../src/init/embedded.js';
import { nextSteps } from '../../../src/init/next-steps.js';
import { REPO_ROOT, referencePolicy } from '../../support/policy.js';

describe('the files phasegate init embeds', () => {
  it('equal the workflows, docs/CHECKLIST.md and phases/templates of this repository (npm run generate)', () => {
    const paths = embeddedPaths(readdirSync(join(REPO_ROOT, REFERENCE_TEMPLATES_DIR)));
    expect(Object.keys(EMBEDDED_FILES)).toEqual(paths);
    for (const path of paths)
      expect(embeddedFile(path), path).toBe(readFileSync(join(REPO_ROOT, path), 'utf8'));
  });

  it('link to sections of docs/setup.md that exist', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
    const anchors = new Set(
      readFileSync(join(REPO_ROOT, 'docs/setup.md'), 'utf8')
        .split('\n')
        .filter((l) => /^#{2,3} /.test(l))
        .map((l) => slug(l.replace(/^#+ /, ''))),
    );
    const text = nextSteps({
      policy: referencePolicy(),
      config: 'phases',
      events: 'telemetry/*.jsonl',
      actionRef: 'phasegate/phasegate@v1',
      branch: 'main',
      generic: false,
      codeowners: { line: '/phases/ @a', done: 'print', file: '.github/CODEOWNERS', placeholder: false },
    });
    const linked = [...text.matchAll(/docs\/setup\.md#([\w-]+)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(4);
    for (const anchor of linked) expect(anchors, anchor).toContain(anchor);
  });
});
