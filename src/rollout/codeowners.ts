/**
 * CODEOWNERS, read the way GitHub reads it, so `approvers: [codeowners]` means the same people
 * GitHub would request for review of the phase files.
 *
 * GitHub's rules (docs: "About code owners"): the last matching pattern wins; patterns follow
 * gitignore (`*`, `?`, `**`, a leading or middle `/` anchors to the root, a trailing `/` matches
 * directories) except that `!` negation, `[ ]` ranges and `\#` escapes do not work; `docs/*`
 * matches files directly in docs/ only; paths are case-sensitive; a pattern with no owners
 * clears ownership; a line with invalid syntax is skipped. Owners are `@user`, `@org/team` or
 * email addresses; emails cannot be turned into logins here, so they own nothing we can count.
 */

/** Where GitHub looks for the file, in its order of preference. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export interface CodeownersRule {
  line: number;
  pattern: string;
  /** Logins and `org/team` slugs, without the `@`, as written. */
  owners: string[];
  /** Email owners: valid for GitHub, not resolvable to logins here. */
  emails: string[];
  regex: RegExp;
}

export interface CodeownersProblem {
  line: number;
  message: string;
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
  /** Lines GitHub would skip as invalid, with the fix; the caller shows them. */
  problems: CodeownersProblem[];
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function parseCodeowners(text: string, file: string = CODEOWNERS_LOCATIONS[0]): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const tokens = tokenize(raw);
    const pattern = tokens[0];
    if (pattern === undefined || pattern.startsWith('#')) return;
    const problem = patternProblem(pattern);
    if (problem) {
      problems.push({ line, message: `${file}:${line}: pattern "${pattern}": ${problem}` });
      return;
    }
    const owners: string[] = [];
    const emails: string[] = [];
    for (const token of tokens.slice(1)) {
      if (token.startsWith('#')) break; // an inline comment runs to the end of the line
      if (USER.test(token) || TEAM.test(token)) owners.push(token.slice(1));
      else if (EMAIL.test(token)) emails.push(token);
      else {
        problems.push({
          line,
          message: `${file}:${line}: invalid owner "${token}"; write @user, @org/team or an email address (GitHub skips this line)`,
        });
        return;
      }
    }
    rules.push({ line, pattern, owners, emails, regex: compilePattern(pattern) });
  });
  return { file, rules, problems };
}

/** The rule that decides a path's owners (the last one matching), if any. */
export function matchingRule(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  const p = path.replace(/^\/+/, '');
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (rule.regex.test(p)) return rule;
  }
  return undefined;
}

/** Logins and `org/team` slugs owning a repo-relative path; [] when unowned or unmatched. */
export function ownersOf(codeowners: Codeowners, path: string): string[] {
  return matchingRule(codeowners, path)?.owners ?? [];
}

/** Everyone owning any of the paths (a phase PR's files), deduplicated ignoring case. */
export function ownersOfAll(codeowners: Codeowners, paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    for (const owner of ownersOf(codeowners, path)) {
      if (!seen.has(owner.toLowerCase())) seen.set(owner.toLowerCase(), owner);
    }
  }
  return [...seen.values()];
}

/** Whitespace-separated tokens; `\ ` keeps a space inside a pattern. */
function tokenize(line: string): string[] {
  return line.trim().match(/(?:\\.|\S)+/g) ?? [];
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!'))
    return 'negation (!) does not work in CODEOWNERS; list the owners you want instead';
  if (pattern.startsWith('\\#')) return 'escaping a leading # does not work in CODEOWNERS';
  if (/[[\]]/.test(pattern))
    return 'character ranges ([ ]) do not work in CODEOWNERS; write one pattern per name';
  if (/^\/+$/.test(pattern)) return 'never matches anything; did you mean * ?';
  return undefined;
}

/**
 * A pattern as a regex over repo-relative paths (no leading slash). A pattern matches a path
 * when it matches the path or one of its directories, except `dir/` (directories only) and a
 * trailing `/*` (direct children only).
 */
export function compilePattern(pattern: string): RegExp {
  const dirOnly = pattern.endsWith('/');
  let p = pattern.replace(/\/+$/, '');
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  const childrenOnly = p.endsWith('/*');
  const segments = p.split('/');
  let re = anchored ? '^' : '^(?:.*/)?';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      re += last ? '.*' : '(?:.*/)?';
      return;
    }
    re += segmentRegex(seg);
    if (!last) re += '/';
  });
  if (dirOnly) re += '/';
  else if (childrenOnly) re += '$';
  else re += '(?:/|$)';
  return new RegExp(re);
}

function segmentRegex(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) out += escapeRegex(seg[++i]!);
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escapeRegex(c);
  }
  return out;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
