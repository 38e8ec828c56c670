/**
 * YAML parsing that remembers where things are, so every policy error can name the file, line
 * and column of the value at fault.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export class YamlSource {
  readonly data: unknown;
  readonly syntaxErrors: { position: SourcePosition; message: string }[];
  private readonly doc: ReturnType<typeof parseDocument>;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    this.syntaxErrors = this.doc.errors.map((e) => ({
      position: this.at(e.pos[0]),
      message: e.message.split('\n')[0]!,
    }));
    this.data = this.syntaxErrors.length ? undefined : this.doc.toJS();
  }

  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  positionOf(path: readonly PropertyKey[], key?: string): SourcePosition {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = node as Node | undefined;
    for (const seg of path) {
      const child = childOf(node, seg);
      if (!child) break;
      node = child.value;
      best = (child.value as Node | undefined) ?? child.key ?? best;
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    return this.at(best?.range?.[0] ?? 0);
  }

  private at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

function childOf(node: unknown, seg: PropertyKey): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
    return pair ? { key: pair.key as Node, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
