/**
 * A small glob for telemetry sources (Node 20 has no fs.glob): `*` and `?` within one path
 * segment, `**` for any number of directories, `[abc]`/`[a-z]`/`[!a]` classes and `{a,b}`
 * alternatives. Dot files match only when the pattern segment starts with a dot. Results are
 * sorted, so several files are always read in the same order.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export function hasMagic(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

function expandBraces(p: string): string[] {
  const open = p.indexOf('{');
  if (open < 0) return [p];
  let depth = 0;
  const parts: string[] = [];
  let last = open + 1;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        parts.push(p.slice(last, i));
        const head = p.slice(0, open);
        const tail = p.slice(i + 1);
        return parts.flatMap((part) => expandBraces(head + part + tail));
      }
    } else if (c === ',' && depth === 1) {
      parts.push(p.slice(last, i));
      last = i + 1;
    }
  }
  return [p]; // unbalanced: literal
}

function segmentRegex(seg: string): RegExp {
  let re = '^';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`${re}$`);
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(dir: string, segs: string[], out: Set<string>): Promise<void> {
  if (segs.length === 0) {
    out.add(dir);
    return;
  }
  const [seg, ...rest] = segs as [string, ...string[]];
  if (seg === '**') {
    await walk(dir, rest, out);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(path.join(dir, e.name), segs, out);
    }
    return;
  }
  if (!hasMagic(seg)) {
    const next = path.join(dir, seg);
    if (rest.length === 0) {
      try {
        if ((await stat(next)).isFile()) out.add(next);
      } catch {
        /* no such file */
      }
    } else if (await isDir(next)) {
      await walk(next, rest, out);
    }
    return;
  }
  const re = segmentRegex(seg);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') && !seg.startsWith('.')) continue;
    if (!re.test(e.name)) continue;
    const next = path.join(dir, e.name);
    if (rest.length === 0) {
      if (e.isFile() || (e.isSymbolicLink() && !(await isDir(next)))) out.add(next);
    } else if (e.isDirectory() || (e.isSymbolicLink() && (await isDir(next)))) {
      await walk(next, rest, out);
    }
  }
}

/** Files matching `pattern` (relative to cwd unless absolute), sorted. */
export async function glob(pattern: string, cwd: string = process.cwd()): Promise<string[]> {
  const out = new Set<string>();
  for (const p of expandBraces(pattern.replace(/\\/g, '/'))) {
    const abs = path.isAbsolute(p);
    const segs = p.split('/').filter((s, i) => s !== '' || (i === 0 && abs));
    const root = abs ? '/' : cwd;
    await walk(root, abs ? segs.slice(1) : segs, out);
  }
  return [...out].sort();
}
