/**
 * GitHub's size limits for what we post, and a way to fit a Markdown body under them by giving
 * up the least important parts first (DESIGN.md: bodies over 65,536 characters are refused; a
 * job summary takes at most 1 MiB per step).
 */
import { maxOf } from '../extent.js';

/** PR, issue and comment bodies. GitHub counts characters; a JS length (UTF-16 units) is never less. */
export const BODY_MAX_CHARS = 65_536;
/** One step's job summary, in bytes of UTF-8. */
export const SUMMARY_MAX_BYTES = 1_048_576;

export type Measure = (text: string) => number;

export const chars: Measure = (text) => text.length;

const encoder = new TextEncoder();
export const utf8Bytes: Measure = (text) => encoder.encode(text).length;

export interface Part {
  text: string;
  /** Dropped whole (replaced by `note`) when the body is too long; lower `order` drops first. */
  drop?: { order: number; note: string };
  /** Cut line by line from the end when dropping was not enough (the longest parts first). */
  cut?: boolean;
}

export interface FitOptions {
  max: number;
  measure?: Measure;
  /** What the limit is, for the notes ("GitHub's 65,536-character limit"). */
  limitText: string;
  joiner?: string;
}

/**
 * Join the parts; if the result is over the limit, drop the droppable parts (in order), then cut
 * the cuttable ones (the longest first, down to a common size), then cut the whole. Every cut leaves a note saying what was left out.
 */
export function fitParts(parts: readonly Part[], opts: FitOptions): string {
  const measure = opts.measure ?? chars;
  const joiner = opts.joiner ?? '\n\n';
  const texts = parts.map((p) => p.text);
  const joined = () => texts.join(joiner);
  if (measure(joined()) <= opts.max) return joined();
  const drops = parts
    .flatMap((p, i) => (p.drop ? [{ i, order: p.drop.order }] : []))
    .sort((a, b) => a.order - b.order);
  for (const { i } of drops) {
    texts[i] = parts[i]!.drop!.note;
    if (measure(joined()) <= opts.max) return joined();
  }
  // Cut the longest parts first: every cuttable part is capped at one common size, the largest
  // that fits, so a short verdict table survives next to a huge list.
  const cuttable = parts.flatMap((p, i) => (p.cut ? [i] : []));
  const sizes = cuttable.map((i) => measure(texts[i]!));
  const room = opts.max - (measure(joined()) - sizes.reduce((a, b) => a + b, 0));
  let lo = 0;
  let hi = maxOf(sizes, 0);
  while (lo < hi) {
    const cap = Math.ceil((lo + hi) / 2);
    if (sizes.reduce((n, size) => n + Math.min(size, cap), 0) <= room) lo = cap;
    else hi = cap - 1;
  }
  cuttable.forEach((i, k) => {
    if (sizes[k]! > lo) texts[i] = cutLines(texts[i]!, lo, opts.limitText, measure);
  });
  if (measure(joined()) <= opts.max) return joined();
  return cutLines(joined(), opts.max, opts.limitText, measure);
}

/**
 * Whole lines from the start of `text` so that they and a closing note fit in `budget`. The note
 * follows a blank line, so a cut table ends there instead of swallowing the note as a row.
 */
export function cutLines(text: string, budget: number, limitText: string, measure: Measure = chars): string {
  if (measure(text) <= budget) return text;
  const lines = text.split('\n');
  const note = (n: number) => `\n\n_… ${n} more line${n === 1 ? '' : 's'} cut to stay under ${limitText}._`;
  let kept = 0;
  let size = 0;
  while (kept < lines.length) {
    const next = size + measure(lines[kept]!) + (kept ? 1 : 0);
    if (next + measure(note(lines.length - kept - 1)) > budget) break;
    size = next;
    kept++;
  }
  const tail = note(lines.length - kept);
  if (kept === 0) return measure(tail.trimStart()) <= budget ? tail.trimStart() : '';
  return lines.slice(0, kept).join('\n') + tail;
}

/** Text for HTML contexts where Markdown passes HTML through (job summaries, addTable cells). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
