/**
 * What the lines that were not events amount to: malformed and invalid lines counted per reason
 * (line-reasons.ts), events of names no SLI maps counted per name, each with its first line as
 * an example (where it is, and at most EXAMPLE_CHARS of it: events are user data). Kept per
 * collector and merged in input order, so the first example is the first line of the input
 * whether it was read in one pass or in segments.
 *
 * Pure: no I/O.
 */
import type { Buffer } from 'node:buffer';
import type { Reason } from './line-reasons.js';

/** At most this much of a line is shown. */
export const EXAMPLE_CHARS = 120;
/** Event names beyond this many are counted together, so a flood of names cannot grow memory. */
export const MAX_NAMES = 100;
const OTHER_NAMES = 'other names (over 100)';
const UNKNOWN_FIX = 'map it under slis: in rollout.yaml if an SLI should count it';

export interface LineExample {
  /** The input it was read from: a file, or a window of an export. */
  source: string;
  /** 1-based, blank lines included. */
  line: number;
  /** The line's first EXAMPLE_CHARS characters; null for a line too long to keep. */
  text: string | null;
}

export interface ReasonCount extends Reason {
  /** line-reasons.ts's key (malformed, invalid); for unknown events, 0. */
  key: number;
  count: number;
  example: LineExample;
}

/** A tally as plain data (a segment's postMessage, CollectStats). */
export interface LinesTallied {
  /** Malformed and invalid lines by reason, most first. */
  unusable: ReasonCount[];
  /** Lines of events no SLI maps, by name (`reason` is the name), most first. */
  unknown: ReasonCount[];
}

/** The line b[s, e) as shown in a message: at most EXAMPLE_CHARS characters, control bytes as "?". */
export function exampleText(b: Buffer, s: number, e: number): string {
  const chars = [...b.toString('utf8', s, Math.min(e, s + EXAMPLE_CHARS * 4))];
  const shown = chars.slice(0, EXAMPLE_CHARS).join('');
  const cut = chars.length > EXAMPLE_CHARS || e - s > EXAMPLE_CHARS * 4;
  return `${shown.replace(/[\u0000-\u001f\u007f]/g, '?')}${cut ? '…' : ''}`;
}

const byCount = (a: ReasonCount, b: ReasonCount) =>
  b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);

export class LineTally {
  private readonly unusable = new Map<number, ReasonCount>();
  private readonly unknown = new Map<string, ReasonCount>();

  /** A malformed or invalid line of reason `key`; `describe` and `example` are asked for its first line only. */
  addUnusable(key: number, describe: () => Reason, example: () => LineExample): void {
    const have = this.unusable.get(key);
    if (have !== undefined) have.count++;
    else this.unusable.set(key, { key, ...describe(), count: 1, example: example() });
  }

  /** `n` lines of an event no SLI maps, named `name` (past MAX_NAMES names, counted together). */
  addUnknown(name: string, example: () => LineExample, n = 1): void {
    const key = this.unknown.has(name) || this.unknown.size < MAX_NAMES ? name : OTHER_NAMES;
    const have = this.unknown.get(key);
    if (have !== undefined) have.count += n;
    else this.unknown.set(key, { key: 0, reason: key, fix: UNKNOWN_FIX, count: n, example: example() });
  }

  /**
   * Adds a tally of the next part of the current input (a segment), in input order: counts add
   * up, a reason's first example stays the first; the part's line numbers count from `lineBase`.
   */
  absorb(t: LinesTallied, source: string, lineBase: number): void {
    const rebase = (x: LineExample): LineExample => ({ ...x, source, line: x.line + lineBase });
    for (const r of t.unusable) {
      const have = this.unusable.get(r.key);
      if (have !== undefined) have.count += r.count;
      else this.unusable.set(r.key, { ...r, example: rebase(r.example) });
    }
    for (const r of t.unknown) this.addUnknown(r.reason, () => rebase(r.example), r.count);
  }

  toJSON(): LinesTallied {
    return {
      unusable: [...this.unusable.values()].map((r) => ({ ...r })).sort(byCount),
      unknown: [...this.unknown.values()].map((r) => ({ ...r })).sort(byCount),
    };
  }
}
