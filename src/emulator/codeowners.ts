/**
 * CODEOWNERS as GitHub reads it for "Require review from Code Owners" (docs: repositories/…/
 * customizing-your-repository/about-code-owners.md): the first of `.github/CODEOWNERS`,
 * `CODEOWNERS`, `docs/CODEOWNERS` on the base branch; the last matching pattern wins; patterns
 * follow gitignore (`*`, `?`, `**`, a leading or inner `/` anchors, a trailing `/` means a
 * folder, `dir/*` only direct children); a pattern with no owners leaves its paths unowned.
 * Owners are `@login` or `@org/team`; email owners cannot be matched to logins here and are
 * dropped. The emulator's own small reader: it imports nothing outside src/emulator.
 */

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface OwnerRule {
  regex: RegExp;
  /** `login` or `org/team`, without the `@`. */
  owners: string[];
}

export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const tokens = raw.trim().match(/(?:\\.|\S)+/g) ?? [];
    const pattern = tokens[0];
    if (!pattern || pattern.startsWith('#') || pattern.startsWith('!') || /[[\]]/.test(pattern)) continue;
    const owners: string[] = [];
    for (const t of tokens.slice(1)) {
      if (t.startsWith('#')) break;
      if (t.startsWith('@')) owners.push(t.slice(1));
    }
    rules.push({ regex: patternRegex(pattern), owners });
  }
  return rules;
}

/** The owners of a repository path: those of the last rule matching it ([] when none). */
export function ownersOf(rules: OwnerRule[], path: string): string[] {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.regex.test(path)) return rules[i]!.owners;
  return [];
}

function patternRegex(pattern: string): RegExp {
  const dirOnly = pattern.endsWith('/');
  let p = pattern.replace(/\/+$/, '');
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  const segments = p.split('/');
  let re = anchored ? '^' : '^(?:.*/)?';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') re += last ? '.*' : '(?:.*/)?';
    else re += segment(seg) + (last ? '' : '/');
  });
  if (dirOnly) re += '/';
  else if (p.endsWith('/*')) re += '$';
  else re += '(?:/|$)';
  return new RegExp(re);
}

function segment(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) out += literal(seg[++i]!);
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += literal(c);
  }
  return out;
}

const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
