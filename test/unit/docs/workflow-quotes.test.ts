/**
 * The workflow snippets in the docs are the workflow files: every YAML block in README.md and
 * docs/*.md that shows a workflow (a `uses:`, `runs-on:` or `permissions:` line) is marked
 * `<!-- quote: .github/workflows/<file> -->` and holds lines of that file as they are
 * (test/support/doc-excerpt.ts), so a changed workflow fails here until the docs follow it.
 */
import { describe, expect, it } from 'vitest';
import { docQuotes, quoteProblem } from '../../support/doc-excerpt.js';
import { docLines, docPages, readDoc } from '../../support/markdown.js';

const WORKFLOW_LINE = /^\s*(?:-\s+)?(?:uses|runs-on|permissions):/m;

/** Fenced YAML blocks that show a workflow: the line of their opening fence, and their text. */
function workflowBlocks(doc: string): { n: number; text: string; marked: boolean }[] {
  const lines = docLines(readDoc(doc));
  const out: { n: number; text: string; marked: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,})ya?ml\s*$/.exec(lines[i]!.text);
    if (!open) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() !== open[1]) j++;
    const text = lines
      .slice(i + 1, j)
      .map((l) => l.text)
      .join('\n');
    if (WORKFLOW_LINE.test(text))
      out.push({ n: lines[i]!.n, text, marked: /^<!-- quote: \S+ -->$/.test(lines[i - 1]?.text ?? '') });
    i = j;
  }
  return out;
}

describe('workflow snippets in the docs', () => {
  for (const doc of docPages()) {
    it(`${doc}: every workflow snippet is a marked quote of its file, as the file has it`, () => {
      const unmarked = workflowBlocks(doc).filter((b) => !b.marked);
      expect(
        unmarked.map((b) => `${doc}:${b.n}`),
        'mark each with <!-- quote: .github/workflows/<file> --> and copy its lines from the file',
      ).toEqual([]);
      const problems = docQuotes(doc)
        .map(quoteProblem)
        .filter((p) => p !== null);
      expect(problems).toEqual([]);
    });
  }

  it('docs/setup.md quotes rollout.yml: its propose step, App token step and schedule', () => {
    const quoted = docQuotes('docs/setup.md').map((q) => q.path);
    expect(quoted.filter((p) => p === '.github/workflows/rollout.yml').length).toBeGreaterThanOrEqual(3);
  });

  it('a quote that drifted from its file is caught, naming the doc, the line and the lines', () => {
    const [q] = docQuotes('docs/setup.md');
    expect(q).toBeDefined();
    expect(quoteProblem({ ...q!, text: q!.text.replace('command:', 'command: ') })).toMatch(
      /^docs\/setup\.md:\d+: this quote of \.github\/workflows\/\S+ is not in the file as written/,
    );
    expect(quoteProblem({ ...q!, text: '# …\n' })).toBeNull();
  });
});
