/**
 * Excerpts of real output quoted in the docs, held to what the tests produce: a block in a doc
 * is marked `<!-- excerpt: <name> (written by <test>) -->` on the line before its fence, and a
 * test compares the fenced text with what it made. With PHASEGATE_UPDATE_DOCS=1 the test writes
 * the new text into the doc instead (then review the diff), as `vitest -u` does for snapshots.
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
