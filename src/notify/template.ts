/**
 * The message templates: plain text with `{{name}}` placeholders, nothing else (no logic, no
 * filters), so a template in the repository reads like the message it sends. No dependency: a
 * template language with conditionals would only move decisions out of code and tests.
 * The same engine fills the Slack messages (the names below) and the Runbook's daily record
 * (src/render/runbook-daily.ts names its own): a caller passes the names its templates may use.
 *
 * Rules:
 * - `{{ name }}` (spaces allowed) is a placeholder; an unknown name is an error at load time,
 *   naming the file, line and column, and listing the valid names.
 * - `<!-- ... -->` comments are documentation for whoever edits the file: they are not sent and
 *   their placeholders are not checked. A `{{` that never closes is an error.
 * - Nothing renders empty: every variable must have a non-empty value when rendering (the
 *   message builder writes an explicit note such as "(no RCA issue)" for facts that do not
 *   apply); an empty or missing value is a TemplateError naming the placeholder's line, never a
 *   silent blank.
 */

/** Every placeholder a template may use; see messages.ts for what each holds. */
export const TEMPLATE_VARIABLES = [
  'rollout',
  'from',
  'to',
  'kind',
  'time',
  'cause',
  'resume',
  'next_canary',
  'pr_url',
  'pr_number',
  'rca_url',
  'reporter',
  'channel',
  'phase_name',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVars = Record<TemplateVariable, string>;

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
  }
}

type Part<V extends string> = { text: string } | { name: V; line: number; column: number };

export interface Template<V extends string = TemplateVariable> {
  /** Where the template came from, as shown in errors (a repo-relative path or "built-in …"). */
  file: string;
  parts: readonly Part<V>[];
  /** The placeholders used, in order of first use. */
  names: readonly V[];
}

const TOKEN = /<!--[\s\S]*?-->|\{\{\s*([^{}]*?)\s*\}\}|\{\{|<!--/g;

/**
 * Parse a template, checking every placeholder against `variables` (default: the Slack
 * messages'). Throws TemplateError at the first problem.
 */
export function parseTemplate<V extends string = TemplateVariable>(
  file: string,
  text: string,
  variables: readonly V[] = TEMPLATE_VARIABLES as unknown as readonly V[],
): Template<V> {
  const lines = lineStarts(text);
  const at = (offset: number) => position(lines, offset);
  const parts: Part<V>[] = [];
  const names: V[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const offset = m.index;
    const { line, column } = at(offset);
    const comment = m[0] !== '<!--' && m[0].startsWith('<!--');
    let before = text.slice(last, offset);
    last = offset + m[0].length;
    if (comment) {
      // A comment on lines of its own takes those lines with it: no blank gap in the message.
      const lineHead = text.slice(lines[line - 1]!, offset);
      const rest = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(last));
      if (/^[ \t]*$/.test(lineHead) && rest) {
        before = before.slice(0, before.length - lineHead.length);
        last += rest[0].length;
      }
    }
    if (before) parts.push({ text: before });
    if (comment) continue;
    if (m[0] === '<!--') {
      throw new TemplateError(file, line, column, 'a comment "<!--" is never closed with "-->"');
    }
    if (m[0] === '{{') {
      throw new TemplateError(
        file,
        line,
        column,
        `a placeholder "{{" is never closed with "}}"; write {{name}} with one of: ${variables.join(', ')}`,
      );
    }
    const name = m[1] ?? '';
    if (!isVariable(name, variables)) {
      throw new TemplateError(
        file,
        line,
        column,
        `unknown placeholder {{${name}}}; valid names: ${variables.join(', ')}`,
      );
    }
    parts.push({ name, line, column });
    if (!names.includes(name)) names.push(name);
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return { file, parts: joinText(parts), names };
}

export interface RenderOptions<V extends string = TemplateVariable> {
  /** Applied to every value (not to the template's own text), e.g. Slack's &, <, > escaping. */
  escape?: (value: string, name: V) => string;
}

/** Fill in the placeholders; the result is trimmed (templates usually end with a newline). */
export function renderTemplate<V extends string = TemplateVariable>(
  template: Template<V>,
  vars: Record<V, string>,
  options: RenderOptions<V> = {},
): string {
  const escapeValue = options.escape ?? ((v: string) => v);
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const value = (vars as Partial<Record<V, string>>)[part.name];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TemplateError(
        template.file,
        part.line,
        part.column,
        `{{${part.name}}} has no value; this is a phasegate bug (every variable always has a value), please report it`,
      );
    }
    out += escapeValue(value, part.name);
  }
  return out.trim();
}

function isVariable<V extends string>(name: string, variables: readonly V[]): name is V {
  return (variables as readonly string[]).includes(name);
}

function joinText<V extends string>(parts: Part<V>[]): Part<V>[] {
  const out: Part<V>[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if ('text' in p && prev && 'text' in prev) out[out.length - 1] = { text: prev.text + p.text };
    else out.push(p);
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
