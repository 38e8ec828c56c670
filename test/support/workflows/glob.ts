/**
 * GitHub's filter patterns for branches, tags and paths, as the "Filter pattern cheat sheet"
 * documents them (github/docs content/actions/reference/workflows-and-actions/workflow-syntax.md):
 * `*` matches any character but `/`; `**` any character including `/`; `?` zero or one and `+`
 * one or more of the preceding character; `[]` one character of a class; `\` escapes; `!` first
 * negates. `**` followed by `/` also matches no folder: `**\/README.md` matches `README.md` and
 * `**\/docs/**` matches `docs/hello.md` in the cheat sheet's examples.
 */

const SPECIAL = /[.^$|(){}]/;

/** The regular expression of one pattern (without its leading `!`). */
export function patternRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      out += literalChar(pattern[++i]!);
    } else if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        out += '(?:.*/)?';
      } else {
        out += '.*';
      }
    } else if (c === '*') {
      out += '[^/]*';
    } else if ((c === '?' || c === '+') && out !== '' && !out.endsWith('(?:.*/)?')) {
      out += c;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) throw new Error(`filter pattern "${pattern}": "[" without "]"`);
      out += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
      i = end;
    } else {
      out += literalChar(c);
    }
  }
  return new RegExp(`^${out}$`);
}

function literalChar(c: string): string {
  return SPECIAL.test(c) || c === '?' || c === '+' || c === '*' || c === '[' || c === ']' || c === '\\'
    ? `\\${c}`
    : c;
}

/**
 * Whether `name` is selected by `patterns`, read in order: a matching pattern includes it, a
 * matching `!pattern` excludes it again ("A matching negative pattern (prefixed with `!`) after a
 * positive match will exclude the path. A matching positive pattern after a negative match will
 * include the path again.").
 */
export function selects(patterns: readonly string[], name: string): boolean {
  let selected = false;
  for (const p of patterns) {
    const negative = p.startsWith('!');
    if (patternRegExp(negative ? p.slice(1) : p).test(name)) selected = !negative;
  }
  return selected;
}

export interface IncludeExclude {
  include?: readonly string[];
  exclude?: readonly string[];
}

/** A `branches`/`branches-ignore` (or tags) pair: selected by the one, or not ignored by the other. */
export function passes(filter: IncludeExclude, name: string): boolean {
  if (filter.include) return selects(filter.include, name);
  if (filter.exclude) return !selects(filter.exclude, name);
  return true;
}
