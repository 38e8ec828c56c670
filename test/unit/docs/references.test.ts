/**
 * What README.md and docs/*.md point at is there: every relative link and its anchor, every
 * repository path they name (`src/…`, `docs/CHECKLIST.md`, `.github/workflows/…`), every "step N"
 * of docs/setup.md and "§N" of docs/plan.md; the setup steps the README lists are setup.md's, in
 * its order; and the links `phasegate init` and `doctor` print land on a heading of setup.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  docLines,
  docPages,
  headings,
  links,
  namedPaths,
  pathExists,
  readDoc,
} from '../../support/markdown.js';
import { REPO_ROOT } from '../../support/policy.js';

/**
 * Paths the docs name in the user's repository, or that runs write, which this repository does
 * not hold: checked by nothing here.
 */
const NOT_IN_THIS_REPOSITORY = [
  'telemetry/', // the events a workflow collects
  'reports/', // window records, run logs and the Runbook, written by the runs
  '.phasegate-data/', // the records branch's second checkout
  '.github/CODEOWNERS', // the user's CODEOWNERS (init writes the line there)
  'analyzer/summary.md', // the operating plan's own file name (docs/plan.md)
  'bench-data/', // written by npm run bench
  'test-artifacts/', // written by the tests
];

const skipped = (target: string) => NOT_IN_THIS_REPOSITORY.some((p) => target.startsWith(p));

/** Known broken references, page → targets; none now. Remove each entry with its fix. */
const KNOWN_BROKEN: Record<string, string[]> = {};

function anchorsOf(doc: string): Set<string> {
  return new Set(headings(readDoc(doc)).map((h) => h.slug));
}

/** docs/setup.md's numbered steps: `## 3. Permissions` → 3. */
function setupSteps(): { n: number; title: string; slug: string }[] {
  return headings(readDoc('docs/setup.md'))
    .filter((h) => h.level === 2 && /^\d+\. /.test(h.text))
    .map((h) => ({ n: Number.parseInt(h.text, 10), title: h.text.replace(/^\d+\.\s+/, ''), slug: h.slug }));
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

describe('links and paths in the docs', () => {
  for (const doc of docPages()) {
    it(`${doc}: every relative link reaches a file of the repository, and its anchor a heading`, () => {
      const broken: string[] = [];
      for (const l of links(doc, readDoc(doc))) {
        if (/^[a-z]+:/i.test(l.target)) continue;
        const [path, anchor] = l.target.split('#') as [string, string | undefined];
        const file = path === '' ? doc : join(doc, '..', path).split('\\').join('/');
        if (path !== '' && !pathExists(doc, path)) broken.push(`${doc}:${l.n}: ${l.target}: no such file`);
        else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor))
          broken.push(`${doc}:${l.n}: ${l.target}: ${file} has no heading #${anchor}`);
      }
      expect(broken).toEqual([]);
    });

    it(`${doc}: every repository path it names exists`, () => {
      const missing = namedPaths(doc, readDoc(doc))
        .filter((p) => !skipped(p.target) && !KNOWN_BROKEN[doc]?.includes(p.target))
        .filter((p) => !pathExists(doc, p.target))
        .map((p) => `${doc}:${p.n}: ${p.target}`);
      expect(missing).toEqual([]);
    });
  }

  it('a missing file, a missing anchor and a path that is not shipped are found', () => {
    expect(pathExists('README.md', 'docs/SPEC.md')).toBe(false);
    expect(pathExists('docs/setup.md', 'examples/lock-receiver.mjs')).toBe(true);
    expect(pathExists('README.md', 'schema/*.json')).toBe(true);
    expect(pathExists('README.md', 'bench-data/')).toBe(false);
    expect(anchorsOf('docs/setup.md').has('3-permissions')).toBe(true);
    const found = namedPaths(
      'x.md',
      'See SPEC.md and `src/nowhere.ts`; run `npx vitest run test/e2e/x.test.ts`.\n',
    );
    expect(found.map((p) => p.target)).toEqual(['src/nowhere.ts', 'test/e2e/x.test.ts', 'SPEC.md']);
  });
});

describe('steps and sections', () => {
  it('docs/setup.md numbers its steps 1, 2, 3 … and its opening list names each, in order', () => {
    const steps = setupSteps();
    expect(steps.map((s) => s.n)).toEqual(steps.map((_, i) => i + 1));
    const listed = [...readDoc('docs/setup.md').matchAll(/^(\d+)\. \[([^\]]+)\]\(#([^)]+)\)/gm)];
    expect(listed.map((m) => [Number(m[1]), m[2], m[3]])).toEqual(steps.map((s) => [s.n, s.title, s.slug]));
    expect(readDoc('docs/setup.md')).toMatch(new RegExp(`^${WORDS[steps.length]} steps`, 'im'));
  });

  it("the README's quick start lists the same steps, each linking to its heading in docs/setup.md", () => {
    const steps = setupSteps();
    const listed = [...readDoc('README.md').matchAll(/^(\d+)\. \[[^\]]+\]\(docs\/setup\.md#([^)]+)\)/gm)];
    expect(listed.map((m) => [Number(m[1]), m[2]])).toEqual(steps.map((s) => [s.n, s.slug]));
    expect(readDoc('README.md')).toMatch(
      new RegExp(`\\b${WORDS[steps.length]} steps of \\[docs/setup\\.md\\]`),
    );
  });

  it('every "step N" or "section N" in the docs is a numbered step of docs/setup.md; every "§N" a section of docs/plan.md', () => {
    const steps = new Set(setupSteps().map((s) => s.n));
    const plan = new Set(
      headings(readDoc('docs/plan.md')).flatMap((h) => /^§(\d+) /.exec(h.text)?.slice(1).map(Number) ?? []),
    );
    const wrong: string[] = [];
    for (const doc of docPages()) {
      for (const l of docLines(readDoc(doc))) {
        if (l.fenced) continue;
        for (const m of l.text.matchAll(
          /(§\d+(?:\.\d+)? )?\b(?:[Ss]teps?|[Ss]ections?) (\d+)((?:(?:, | and | or )\d+)*)/g,
        )) {
          if (m[1]) continue; // "§3 step 4": a step of the plan's own section
          const ns = [m[2]!, ...(m[3]!.match(/\d+/g) ?? [])].map(Number);
          for (const n of ns)
            if (!steps.has(n)) wrong.push(`${doc}:${l.n}: "${m[0]}": setup.md has no step ${n}`);
        }
        for (const m of l.text.matchAll(/§(\d+)/g))
          if (!plan.has(Number(m[1]))) wrong.push(`${doc}:${l.n}: "${m[0]}": plan.md has no §${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('docs/setup.md as the product and the workflows point at it', () => {
  const slugs = anchorsOf('docs/setup.md');
  const text = readDoc('docs/setup.md');
  /** A heading's words, or a paragraph's bold lead (`**Pinned actions.**`). */
  const named = (title: string) =>
    headings(text).some((h) => h.text.replace(/^\d+\.\s+/, '') === title) || text.includes(`**${title}.**`);

  function sources(dir: string, ext: RegExp): { file: string; text: string }[] {
    return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f) && !f.includes('.generated.'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(REPO_ROOT, dir, f), 'utf8') }));
  }
  const all = [
    ...sources('src', /\.ts$/),
    ...sources('.github/workflows', /\.ya?ml$/),
    ...docPages().map((doc) => ({ file: doc, text: readDoc(doc) })),
  ];

  it('the links init and doctor print (…/docs/setup.md#anchor) land on a heading', () => {
    const used = all.flatMap(({ file, text }) =>
      [...text.matchAll(/(?:doc\}|setup\.md)#([\w-]+)/g)].map((m) => ({ file, anchor: m[1]! })),
    );
    expect(used.filter((u) => u.file.startsWith('src/init/')).length).toBeGreaterThan(3);
    expect(used.filter((u) => !slugs.has(u.anchor))).toEqual([]);
  });

  it('every setup.md, "Heading" reference names a heading or a bold lead of docs/setup.md', () => {
    const refs = all.flatMap(({ file, text }) =>
      [...text.matchAll(/setup\.md[),]*,? "([^"]+)"/g)].map((m) => ({ file, title: m[1]! })),
    );
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !named(r.title))).toEqual([]);
  });
});
