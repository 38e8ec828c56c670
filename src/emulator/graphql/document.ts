/**
 * A reader for the part of GraphQL's query language the emulator answers: query and mutation
 * operations (named or not) with variable definitions and defaults, fields with aliases and
 * arguments, inline fragments, and every value literal (variables, numbers, strings, booleans,
 * null, enums, lists, input objects). Anything else in the language — fragment definitions and
 * spreads, directives, subscriptions, block strings — is refused as `Unsupported`, never
 * skipped, so a document is either read completely or answered with an error.
 *
 * It checks syntax, not meaning: whether a field exists on a type is the schema's business
 * (tests inject GitHub's schema, see validator.ts) and, at run time, the executor's.
 */

export interface Location {
  line: number;
  column: number;
}

export type Value =
  | { kind: 'Variable'; name: string; loc: Location }
  | { kind: 'Int' | 'Float'; value: number; loc: Location }
  | { kind: 'String'; value: string; loc: Location }
  | { kind: 'Boolean'; value: boolean; loc: Location }
  | { kind: 'Null'; loc: Location }
  | { kind: 'Enum'; value: string; loc: Location }
  | { kind: 'List'; values: Value[]; loc: Location }
  | { kind: 'Object'; fields: Array<{ name: string; value: Value }>; loc: Location };

export type TypeRef =
  | { kind: 'Named'; name: string }
  | { kind: 'List'; of: TypeRef }
  | { kind: 'NonNull'; of: TypeRef };

export interface Field {
  kind: 'Field';
  alias?: string;
  name: string;
  arguments: Array<{ name: string; value: Value }>;
  selections?: Selection[];
  loc: Location;
}

export interface InlineFragment {
  kind: 'InlineFragment';
  typeCondition?: string;
  selections: Selection[];
  loc: Location;
}

export type Selection = Field | InlineFragment;

export interface VariableDefinition {
  name: string;
  type: TypeRef;
  defaultValue?: Value;
}

export interface Operation {
  operation: 'query' | 'mutation';
  name?: string;
  variables: VariableDefinition[];
  selections: Selection[];
  loc: Location;
}

/** Bad syntax: GraphQL's "Syntax Error: …" with where it happened. */
export class GraphqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly loc: Location,
  ) {
    super(`Syntax Error: ${message}`);
  }
}

/** Valid GraphQL the emulator does not read (a gap in the emulator, not in the client). */
export class Unsupported extends Error {
  constructor(
    readonly what: string,
    readonly loc: Location,
  ) {
    super(`not implemented by the emulator: ${what}`);
  }
}

type TokenKind = 'Punct' | 'Name' | 'Int' | 'Float' | 'String' | 'BlockString' | 'EOF';
interface Token {
  kind: TokenKind;
  value: string;
  loc: Location;
}

const PUNCT = new Set(['!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}']);
const NAME = /[_A-Za-z][_0-9A-Za-z]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

// Long on purpose: a lexer is one pass over the text with a branch per token kind.
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const loc = (at: number): Location => ({ line, column: at - lineStart + 1 });
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === ',' || c === '\uFEFF') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
      continue;
    }
    if (PUNCT.has(c)) {
      tokens.push({ kind: 'Punct', value: c, loc: loc(i) });
      i++;
      continue;
    }
    if (source.startsWith('...', i)) {
      tokens.push({ kind: 'Punct', value: '...', loc: loc(i) });
      i += 3;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(source);
    if (name) {
      tokens.push({ kind: 'Name', value: name[0], loc: loc(i) });
      i += name[0].length;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(source);
    if (num) {
      const after = source[i + num[0].length];
      if (after !== undefined && /[_A-Za-z0-9.]/.test(after)) {
        throw new GraphqlSyntaxError(`Invalid number, unexpected digit after ${num[0]}: "${after}".`, loc(i));
      }
      tokens.push({ kind: num[1] || num[2] ? 'Float' : 'Int', value: num[0], loc: loc(i) });
      i += num[0].length;
      continue;
    }
    if (source.startsWith('"""', i)) {
      tokens.push({ kind: 'BlockString', value: '', loc: loc(i) });
      break; // refused by the parser; nothing after it needs reading
    }
    if (c === '"') {
      const start = loc(i);
      let value = '';
      i++;
      for (;;) {
        const ch = source[i];
        if (ch === undefined || ch === '\n' || ch === '\r')
          throw new GraphqlSyntaxError('Unterminated string.', start);
        if (ch === '"') {
          i++;
          break;
        }
        if (ch === '\\') {
          const e = source[i + 1] ?? '';
          if (e === 'u') {
            const hex = source.slice(i + 2, i + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex))
              throw new GraphqlSyntaxError(`Invalid Unicode escape sequence.`, loc(i));
            value += String.fromCharCode(Number.parseInt(hex, 16));
            i += 6;
          } else if (e in ESCAPES) {
            value += ESCAPES[e];
            i += 2;
          } else {
            throw new GraphqlSyntaxError(`Invalid character escape sequence: "\\${e}".`, loc(i));
          }
          continue;
        }
        value += ch;
        i++;
      }
      tokens.push({ kind: 'String', value, loc: start });
      continue;
    }
    throw new GraphqlSyntaxError(`Unexpected character: "${c}".`, loc(i));
  }
  tokens.push({ kind: 'EOF', value: '', loc: loc(i) });
  return tokens;
}

function describe(t: Token): string {
  if (t.kind === 'EOF') return '<EOF>';
  if (t.kind === 'Punct') return `"${t.value}"`;
  if (t.kind === 'Name') return `Name "${t.value}"`;
  return `${t.kind} "${t.value}"`;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private get t(): Token {
    return this.tokens[this.at]!;
  }

  private peek(value: string): boolean {
    const t = this.t;
    return (t.kind === 'Punct' || t.kind === 'Name') && t.value === value;
  }

  private skip(value: string): boolean {
    if (!this.peek(value)) return false;
    this.at++;
    return true;
  }

  private expect(value: string): Token {
    const t = this.t;
    if (!this.peek(value)) throw new GraphqlSyntaxError(`Expected "${value}", found ${describe(t)}.`, t.loc);
    this.at++;
    return t;
  }

  private name(): Token {
    const t = this.t;
    if (t.kind !== 'Name') throw new GraphqlSyntaxError(`Expected Name, found ${describe(t)}.`, t.loc);
    this.at++;
    return t;
  }

  private refuseDirectives(): void {
    if (this.peek('@')) throw new Unsupported('directives', this.t.loc);
  }

  document(): Operation[] {
    const ops: Operation[] = [];
    do ops.push(this.definition());
    while (this.t.kind !== 'EOF');
    return ops;
  }

  private definition(): Operation {
    const t = this.t;
    if (this.peek('{'))
      return { operation: 'query', variables: [], selections: this.selectionSet(), loc: t.loc };
    if (t.kind !== 'Name') throw new GraphqlSyntaxError(`Unexpected ${describe(t)}.`, t.loc);
    if (t.value === 'fragment') throw new Unsupported('fragment definitions', t.loc);
    if (t.value === 'subscription') throw new Unsupported('subscriptions', t.loc);
    if (t.value !== 'query' && t.value !== 'mutation')
      throw new GraphqlSyntaxError(`Unexpected ${describe(t)}.`, t.loc);
    this.at++;
    const name = this.t.kind === 'Name' ? this.name().value : undefined;
    const variables = this.peek('(') ? this.variableDefinitions() : [];
    this.refuseDirectives();
    return {
      operation: t.value,
      ...(name ? { name } : {}),
      variables,
      selections: this.selectionSet(),
      loc: t.loc,
    };
  }

  private variableDefinitions(): VariableDefinition[] {
    this.expect('(');
    const defs: VariableDefinition[] = [];
    do {
      this.expect('$');
      const name = this.name().value;
      this.expect(':');
      const type = this.type();
      const defaultValue = this.skip('=') ? this.value(true) : undefined;
      this.refuseDirectives();
      defs.push({ name, type, ...(defaultValue ? { defaultValue } : {}) });
    } while (!this.skip(')'));
    return defs;
  }

  private type(): TypeRef {
    let type: TypeRef;
    if (this.skip('[')) {
      type = { kind: 'List', of: this.type() };
      this.expect(']');
    } else {
      type = { kind: 'Named', name: this.name().value };
    }
    return this.skip('!') ? { kind: 'NonNull', of: type } : type;
  }

  private selectionSet(): Selection[] {
    this.expect('{');
    const selections: Selection[] = [];
    do selections.push(this.selection());
    while (!this.skip('}'));
    return selections;
  }

  private selection(): Selection {
    const start = this.t;
    if (this.skip('...')) {
      if (this.skip('on')) {
        const typeCondition = this.name().value;
        this.refuseDirectives();
        return { kind: 'InlineFragment', typeCondition, selections: this.selectionSet(), loc: start.loc };
      }
      this.refuseDirectives();
      if (this.peek('{')) return { kind: 'InlineFragment', selections: this.selectionSet(), loc: start.loc };
      throw new Unsupported('fragment spreads', start.loc);
    }
    const first = this.name();
    let alias: string | undefined;
    let name = first.value;
    if (this.skip(':')) {
      alias = first.value;
      name = this.name().value;
    }
    const args: Field['arguments'] = [];
    if (this.skip('(')) {
      do {
        const arg = this.name().value;
        this.expect(':');
        args.push({ name: arg, value: this.value(false) });
      } while (!this.skip(')'));
    }
    this.refuseDirectives();
    const selections = this.peek('{') ? this.selectionSet() : undefined;
    return {
      kind: 'Field',
      ...(alias ? { alias } : {}),
      name,
      arguments: args,
      ...(selections ? { selections } : {}),
      loc: first.loc,
    };
  }

  private value(constant: boolean): Value {
    const t = this.t;
    const loc = t.loc;
    switch (t.kind) {
      case 'Int':
      case 'Float':
        this.at++;
        return { kind: t.kind, value: Number(t.value), loc };
      case 'String':
        this.at++;
        return { kind: 'String', value: t.value, loc };
      case 'BlockString':
        throw new Unsupported('block strings', loc);
      case 'Name':
        this.at++;
        if (t.value === 'true' || t.value === 'false')
          return { kind: 'Boolean', value: t.value === 'true', loc };
        if (t.value === 'null') return { kind: 'Null', loc };
        return { kind: 'Enum', value: t.value, loc };
      case 'Punct':
        if (t.value === '$' && !constant) {
          this.at++;
          return { kind: 'Variable', name: this.name().value, loc };
        }
        if (this.skip('[')) {
          const values: Value[] = [];
          while (!this.skip(']')) values.push(this.value(constant));
          return { kind: 'List', values, loc };
        }
        if (this.skip('{')) {
          const fields: Array<{ name: string; value: Value }> = [];
          while (!this.skip('}')) {
            const name = this.name().value;
            this.expect(':');
            fields.push({ name, value: this.value(constant) });
          }
          return { kind: 'Object', fields, loc };
        }
        break;
      default:
        break;
    }
    throw new GraphqlSyntaxError(`Unexpected ${describe(t)}.`, loc);
  }
}

/** The operations of a document; throws GraphqlSyntaxError or Unsupported. */
export function parseDocument(source: string): Operation[] {
  return new Parser(tokenize(source)).document();
}
