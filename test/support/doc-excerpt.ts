/**
 * Excerpts of real output quoted in the docs, held to what the tests produce: a block in a doc
 * is marked `<!-- excerpt: <name> (written by <test>) -->` on the line before its fence, and a
 * test compares the fenced text with what it made. With PHASEGATE_UPDATE_DOCS=1 the test writes
 * the new text into the doc instead (then review the diff), as `vitest -u` does for snapshots.
 * Also here: quotes of repository files (the workflows), and measured figures in prose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './policy.js';

const FENCE = /^(`{3,})[^\n]*\n/;

function locate(text: string, name: string, file: string) {
  const marker = new RegExp(
    `^<!-- excerpt: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ (][^\n]*-->\n`,
    'm',
  );
  const m = marker.exec(text);
  if (!m) throw new Error(`${file}: no "<!-- excerpt: ${name} … -->" line`);
  const open = m.index + m[0].length;
  const fence = FENCE.exec(text.slice(open));
  if (!fence) throw new Error(`${file}: the excerpt "${name}" is not followed by a fenced block`);
  const start = open + fence[0].length;
  const end = text.indexOf(`\n${fence[1]}\n`, start - 1);
  if (end < 0) throw new Error(`${file}: the excerpt "${name}" has no closing fence`);
  return { start, end: end + 1 };
}

/** The text of the excerpt `name` in `doc` (repository-relative), ending with a newline. */
export function docExcerpt(doc: string, name: string): string {
  const text = readFileSync(join(REPO_ROOT, doc), 'utf8');
  const { start, end } = locate(text, name, doc);
  return text.slice(start, end);
}

/** `actual` (ending with a newline) as the doc quotes it, or written into the doc when asked to. */
export function checkDocExcerpt(doc: string, name: string, actual: string): string {
  if (process.env.PHASEGATE_UPDATE_DOCS === '1') {
    const path = join(REPO_ROOT, doc);
    const text = readFileSync(path, 'utf8');
    const { start, end } = locate(text, name, doc);
    writeFileSync(path, text.slice(0, start) + actual + text.slice(end));
  }
  return docExcerpt(doc, name);
}

/**
 * Quotes of repository files, the workflows above all: a fenced block marked
 * `<!-- quote: <path> -->` on the line before its fence (neither indented) holds lines of that
 * file as they are, whole lines in order; a line that is only `# …` (at any indent) stands for
 * lines left out.
 * `uses: phasegate/phasegate@v1` quotes this repository's `uses: ./`, the one edit docs/setup.md
 * asks for (phasegate init makes it too).
 */
export interface Quote {
  doc: string;
  /** The marker's line, 1-based. */
  line: number;
  path: string;
  text: string;
}

const QUOTE = /^<!-- quote: (\S+) -->\n(`{3,})[^\n]*\n/gm;

export function docQuotes(doc: string): Quote[] {
  const text = readFileSync(join(REPO_ROOT, doc), 'utf8');
  const quotes: Quote[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = m.index + m[0].length;
    const end = text.indexOf(`\n${m[2]}\n`, start - 1);
    if (end < 0) throw new Error(`${doc}: the quote of ${m[1]} has no closing fence`);
    const line = text.slice(0, m.index).split('\n').length;
    quotes.push({ doc, line, path: m[1]!, text: text.slice(start, end + 1) });
  }
  return quotes;
}

/** What is wrong with a quote, or null: the first piece of it not found in order in the file. */
export function quoteProblem(q: Quote): string | null {
  const file = readFileSync(join(REPO_ROOT, q.path), 'utf8').replace(
    /^(\s*(?:-\s+)?uses:\s*)\.\/?\s*$/gm,
    '$1phasegate/phasegate@v1',
  );
  const pieces = q.text
    .split(/^[ \t]*# …[ \t]*\n/m)
    .filter((p) => p !== '')
    .map((p) => (p.endsWith('\n') ? p : `${p}\n`));
  let from = 0;
  for (const piece of pieces) {
    const at = `\n${file}`.indexOf(`\n${piece}`, from);
    if (at < 0)
      return `${q.doc}:${q.line}: this quote of ${q.path} is not in the file as written (in order, whole lines):\n${piece}`;
    from = at + piece.length;
  }
  return null;
}

/**
 * A measured figure in a doc, held to the measurement: `pattern` matches it once, its first
 * group being the number (`/(\d+) for the first run/`). Differs: the error names both numbers;
 * with PHASEGATE_UPDATE_DOCS=1 the doc is rewritten instead.
 */
export function checkDocFigure(doc: string, pattern: RegExp, measured: number): void {
  const path = join(REPO_ROOT, doc);
  const text = readFileSync(path, 'utf8');
  const all = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (all.length !== 1) throw new Error(`${doc}: ${pattern} matches ${all.length} times, not once`);
  const m = all[0]!;
  const written = Number(m[1]!.replace(/,/g, ''));
  if (written === measured) return;
  if (process.env.PHASEGATE_UPDATE_DOCS === '1') {
    const at = m.index + m[0].indexOf(m[1]!);
    writeFileSync(path, text.slice(0, at) + String(measured) + text.slice(at + m[1]!.length));
    return;
  }
  throw new Error(
    `${doc} says ${written} where this run measured ${measured} (${pattern}): write ${measured} there, or run again with PHASEGATE_UPDATE_DOCS=1`,
  );
}

/**
 * The README's "Requests per run", figure by figure: each is checked by the test that measures
 * it (test/integration/github/rollout.test.ts, runbook.test.ts, requests.test.ts).
 */
export const README_REQUESTS = {
  firstRun: /\*\*(\d+)\*\*\s+for\s+the\s+first\s+scheduled\s+run/,
  rerun: /\*\*(\d+)\*\*\s+for\s+a\s+re-run\s+that\s+changes\s+nothing/,
  collectNothingNew: /\*\*(\d+)\*\*\s+for\s+the\s+collect\s+step\s+of\s+a\s+later\s+run/,
  evaluate: /\*\*(\d+)\*\*\s+for\s+`evaluate`\s+alone/,
} as const;
