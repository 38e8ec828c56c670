/**
 * README.md and docs/*.md as a reader follows them: their lines (fenced or not), headings with
 * the anchors GitHub gives them, links, code spans, and the repository paths they name. Used by
 * test/unit/docs/, which holds the docs to the repository they describe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { globSync } from 'tinyglobby';
import { REPO_ROOT } from './policy.js';

/** The pages a user reads: README.md, then docs/*.md (repository-relative). */
export function docPages(): string[] {
  const docs = readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

export const readDoc = (doc: string): string => readFileSync(join(REPO_ROOT, doc), 'utf8');

export interface DocLine {
  /** 1-based. */
  n: number;
  text: string;
  /** Inside a fenced code block, or one of its fences. */
  fenced: boolean;
}

export function docLines(text: string): DocLine[] {
  let fence: string | null = null;
  return text.split('\n').map((line, i) => {
    // A backtick fence's info string holds no backtick (CommonMark): ```` ```x ```` is a code span.
    const open = /^\s*(?:(`{3,})[^`]*|(~{3,}).*)$/.exec(line)?.slice(1).find(Boolean);
    if (fence === null && open) {
      fence = open;
      return { n: i + 1, text: line, fenced: true };
    }
    if (fence !== null) {
      if (line.trim() === fence || (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === ''))
        fence = null;
      return { n: i + 1, text: line, fenced: true };
    }
    return { n: i + 1, text: line, fenced: false };
  });
}

export interface Heading {
  n: number;
  level: number;
  /** As written, Markdown and all. */
  text: string;
  /** The anchor GitHub gives it (`#3-permissions`), without the `#`. */
  slug: string;
}

export function headings(text: string): Heading[] {
  const seen = new Map<string, number>();
  const out: Heading[] = [];
  for (const l of docLines(text)) {
    const m = !l.fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(l.text);
    if (!m) continue;
    const base = slugOf(m[2]!);
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    out.push({ n: l.n, level: m[1]!.length, text: m[2]!, slug: k ? `${base}-${k}` : base });
  }
  return out;
}

/**
 * GitHub's heading anchor (github-slugger): the rendered text lower-cased, punctuation and
 * symbols dropped (letters of any script, digits, `-` and `_` kept), spaces turned into `-`.
 */
export function slugOf(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '');
  return rendered
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Code spans and the prose around them, of one line. */
function splitSpans(line: string): { spans: string[]; prose: string } {
  const spans: string[] = [];
  const prose = line.replace(/(`+)(.+?)\1(?!`)/g, (_, _ticks, body: string) => {
    spans.push(body.trim());
    return ' ';
  });
  return { spans, prose };
}

export interface Ref {
  doc: string;
  n: number;
  /** As written. */
  target: string;
}

/** Link and image targets outside code, as written (`../x.md#y`, `#z`, `https://…`). */
export function links(doc: string, text: string): Ref[] {
  const out: Ref[] = [];
  for (const l of docLines(text)) {
    if (l.fenced) continue;
    const { prose } = splitSpans(l.text);
    for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      out.push({ doc, n: l.n, target: m[1]! });
  }
  return out;
}

/** Top-level names .gitignore keeps out of the repository (node_modules, bench-data, …). */
function ignoredEntries(): string[] {
  return readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((l) => /^\/?([\w.-]+)\/?$/.exec(l.trim())?.[1])
    .filter((x): x is string => !!x);
}

/** Top-level entries of the repository, less what .gitignore keeps out of it. */
function repositoryEntries(): string[] {
  const ignored = ignoredEntries();
  return readdirSync(REPO_ROOT).filter((e) => e !== '.git' && !ignored.includes(e));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The repository paths a page names outside code blocks: in code spans, anything that starts
 * with a top-level folder of the repository or looks like a path (a `/` and a file extension, a
 * trailing `/` or a glob); in prose, what starts with a top-level folder; anywhere, a bare
 * `NAME.md`. Trailing punctuation and `#anchors` are left off.
 */
export function namedPaths(doc: string, text: string): Ref[] {
  const dirs = repositoryEntries().filter((e) => !/\.\w+$/.test(e) || e.startsWith('.'));
  const top = new RegExp(`^(?:${dirs.map(escapeRegExp).join('|')})/`);
  const inProse = new RegExp(
    `(?<![\\w./@:-])((?:${dirs.map(escapeRegExp).join('|')})/[\\w./*@{}<>…-]*)`,
    'g',
  );
  const bareMd = /(?<![\w./@:-])([\w-]+(?:\.[\w-]+)*\.md)\b/g;
  const out: Ref[] = [];
  const add = (n: number, raw: string) => {
    const target = raw.replace(/#.*$/, '').replace(/[.,:;)]+$/, '');
    if (target) out.push({ doc, n, target });
  };
  for (const l of docLines(text)) {
    if (l.fenced) continue;
    const { spans, prose } = splitSpans(l.text);
    for (const s of spans) {
      if (/\s/.test(s)) {
        for (const m of s.matchAll(inProse)) add(l.n, m[1]!); // a command: its arguments
        continue;
      }
      if (/:\/\/|^[/\-$@~]|=/.test(s)) continue;
      const pathLike = s.includes('/') && (/\.[a-z0-9]{1,6}$/i.test(s) || s.endsWith('/') || s.includes('*'));
      if (top.test(s) || pathLike || /^[\w-]+(?:\.[\w-]+)*\.md$/.test(s)) add(l.n, s);
    }
    const noLinks = prose.replace(/\]\([^)]*\)/g, ']');
    for (const m of noLinks.matchAll(inProse)) add(l.n, m[1]!);
    for (const m of noLinks.matchAll(bareMd)) add(l.n, m[1]!);
  }
  return out;
}

/**
 * Whether a path a page names exists: relative to the repository's root, or else to the page's
 * folder; a glob must match a file; a placeholder segment (`<to>`, `{n}`, `YYYYMMDD…`) is checked
 * up to the folder before it. What .gitignore leaves out is not in the repository.
 */
export function pathExists(doc: string, target: string): boolean {
  const placeholder = /[<{…]|YYYY/;
  const segments = target.split('/');
  const cut = segments.findIndex((s) => placeholder.test(s));
  const path = cut < 0 ? target : segments.slice(0, cut).join('/');
  if (path === '') return true;
  if (ignoredEntries().includes(path.split('/')[0]!)) return false; // bench-data/, test-artifacts/: not shipped
  return [REPO_ROOT, join(REPO_ROOT, dirname(doc))].some((base) =>
    path.includes('*')
      ? globSync(path, { cwd: base, onlyFiles: false }).length > 0
      : existsSync(join(base, posix.normalize(path))),
  );
}
