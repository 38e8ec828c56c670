/**
 * YAML parsing that remembers where things are, so every policy error can name the file, line
 * and column of the value at fault.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';

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
    // Duplicate keys are found here, with one Set per map: the library's own check (uniqueKeys)
    // compares every key with every other, 17 s for a map of 20k keys.
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
    this.syntaxErrors = [
      ...this.doc.errors.map((e) => ({ position: this.at(e.pos[0]), message: e.message.split('\n')[0]! })),
      ...duplicateKeys(this.doc).map((offset) => ({
        position: this.at(offset),
        message: 'Map keys must be unique',
      })),
    ].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
    this.data = this.syntaxErrors.length ? undefined : this.doc.toJS();
  }

  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  positionOf(path: readonly PropertyKey[], key?: string): SourcePosition {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = node as Node | undefined;
    for (const seg of path) {
      const child = this.childOf(node, seg);
      if (!child) break;
      node = child.value;
      best = (child.value as Node | undefined) ?? child.key ?? best;
    }
    if (key !== undefined && isMap(node)) {
      const pair = this.keysOf(node).get(key);
      if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    return this.at(best?.range?.[0] ?? 0);
  }

  /**
   * A map's pairs by key, built once per map: looking each of 20k unknown keys up by a scan of
   * the map made `validate` quadratic (23 s).
   */
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  private keysOf(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private childOf(node: unknown, seg: PropertyKey): { key?: Node; value: unknown } | undefined {
    if (isMap(node)) {
      const pair = this.keysOf(node).get(String(seg));
      return pair ? { key: pair.key as Node, value: pair.value } : undefined;
    }
    if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      return item === undefined ? undefined : { value: item };
    }
    return undefined;
  }

  private at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** Offsets of the keys that repeat an earlier key of the same map, in one pass. */
function duplicateKeys(doc: ReturnType<typeof parseDocument>): number[] {
  const out: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const p of map.items) {
        if (!isScalar(p.key)) continue;
        const k = `${typeof p.key.value}:${String(p.key.value)}`;
        if (seen.has(k)) out.push(p.key.range?.[0] ?? 0);
        else seen.add(k);
      }
    },
  });
  return out;
}
