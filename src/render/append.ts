/**
 * Appending to a file kept in git (the Runbook, the run log), as plain data an intent carries and
 * a pure function every interpreter applies to the file as the branch holds it just before the
 * commit (src/github/forge.ts reads it again when a ref race makes it rebuild the commit), so a
 * person's edit pushed in between is kept, never overwritten.
 *
 * Rules:
 * 1. An entry whose marker the file already holds is there: it is not added again, so a re-run of
 *    the same step (or a run after a failed one) changes nothing.
 * 2. A missing file starts as `initial`; a section a person deleted comes back, at the end.
 * 3. An entry goes at the end of its section: a row (a table row, a list item) right after the
 *    section's last line of its kind (a blank line apart when there is none yet), a block after
 *    the section's last line, a blank line apart. Text outside phasegate's entries (a person's
 *    notes) stays where it is.
 */

export interface AppendEntry {
  /** The section's heading line ("## 観測 (observations)"); null: the end of the file (a JSONL line). */
  section: string | null;
  /** The section as created when the file lacks it: its heading and what precedes the entries. */
  sectionText?: string;
  /** Hidden text (or a unique key) that says the entry is in the file. */
  marker: string;
  text: string;
  /** A table row or list item: joins the section's last line of its kind; otherwise a block. */
  row?: boolean;
}

export interface FileAppend {
  /** Repository path. */
  path: string;
  /** The file as created when it does not exist yet. */
  initial: string;
  entries: AppendEntry[];
}

export function applyAppend(text: string | null, a: FileAppend): string {
  let out = text ?? a.initial;
  for (const e of a.entries) {
    if (out.includes(e.marker)) continue;
    out = e.section === null ? appendLine(out, e.text) : intoSection(out, e.section, e);
  }
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** The entries of `a` the file does not hold yet (what applyAppend would add). */
export function missingEntries(text: string | null, a: FileAppend): AppendEntry[] {
  const base = text ?? a.initial;
  return a.entries.filter((e) => !base.includes(e.marker));
}

function appendLine(text: string, line: string): string {
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
}

function intoSection(text: string, heading: string, e: AppendEntry): string {
  let lines = text.replace(/\n+$/, '').split('\n');
  let start = lines.findIndex((l) => l.trimEnd() === heading);
  if (start < 0) {
    lines = [...lines, '', ...(e.sectionText ?? heading).replace(/\n+$/, '').split('\n')];
    start = lines.findIndex((l) => l.trimEnd() === heading);
  }
  let end = lines.length;
  for (let k = start + 1; k < lines.length; k++) {
    if (/^#{1,2} /.test(lines[k]!)) {
      end = k;
      break;
    }
  }
  let last = end - 1;
  const head = e.text.trimStart();
  const kind = head.startsWith('|') ? '|' : head.slice(0, 2); // a table row, or a list item's "- "
  const same = e.row ? lines.slice(start + 1, end).findLastIndex((l) => l.trimStart().startsWith(kind)) : -1;
  if (same >= 0) last = start + 1 + same;
  while (last > start && lines[last]!.trim() === '') last--;
  const added = same >= 0 ? [e.text] : ['', ...e.text.replace(/\n+$/, '').split('\n')];
  const after = lines.slice(last + 1);
  const next = after[0]?.trim() ?? '';
  const gap = next !== '' && (same < 0 || next.startsWith('#')) ? [''] : [];
  return [...lines.slice(0, last + 1), ...added, ...gap, ...after].join('\n');
}
