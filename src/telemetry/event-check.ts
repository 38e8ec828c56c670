/**
 * `phasegate validate --events`: a sample of event lines checked against the policy's mapping,
 * before a rollout depends on it. Per SLI, how many lines feed it; per reason, the lines that are
 * not events, with the fix and an example (line-reasons.ts, as collect counts them); the names no
 * SLI maps; and what would make the check fail: an SLI no sampled line feeds, or most lines
 * malformed or invalid (line-report.ts's rule).
 *
 * Pure: the command reads the bytes and pushes them here.
 */
import type { Buffer } from 'node:buffer';
import type { EventShape } from '../policy/model.js';
import type { SliDefinition } from '../policy/schema.js';
import { LineParser } from './classify.js';
import { LINE_BLANK, LINE_EVENT, LINE_INVALID, LINE_UNKNOWN } from './line-class.js';
import { addNote, unmatchedWhere } from './line-notes.js';
import { describeReason, reasonKey, TOO_LONG_KEY, tooLongReason } from './line-reasons.js';
import { judgeLines, type LineHealth, reasonLines } from './line-report.js';
import { exampleText, LineTally } from './line-tally.js';
import { compilePlan, OP_DENOMINATOR, OP_NUMERATOR, type Plan, SLOT_EVENT } from './plan.js';
import { DEFAULT_MAX_LINE_BYTES, LineSplitter } from './split-lines.js';

export const DEFAULT_SAMPLE_LINES = 10_000;

/** How many sampled lines feed one SLI (a ratio's numerator and denominator apart). */
export interface SliFeed {
  id: string;
  lines: number;
  numerator?: number;
  denominator?: number;
}

export interface EventCheck extends LineHealth {
  /** Lines read, blank ones included (at most the sample). */
  seen: number;
  /** Whether the input held more lines than the sample. */
  cut: boolean;
  /** Lines of events some SLI maps. */
  mapped: number;
  feeds: SliFeed[];
  /** The earliest and latest time of the sampled lines that have one (epoch ms). */
  first?: number;
  last?: number;
  /** Lines of mapped events no SLI counts, with why (line-notes.ts). */
  notes: Record<string, number>;
}

/** Reads up to `limit` lines (blank ones included), input after input. */
export class EventSample extends LineSplitter {
  private readonly plan: Plan;
  private readonly parser: LineParser;
  private readonly tally = new LineTally();
  private readonly feeds: SliFeed[];
  private readonly notes: Record<string, number> = {};
  private source = '';
  private lineNo = 0;
  private seen = 0;
  private lines = 0;
  private mapped = 0;
  /** Lines past the sample were there (and not read). */
  cut = false;
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    slis: Record<string, SliDefinition>,
    shape: EventShape | undefined,
    private readonly limit = DEFAULT_SAMPLE_LINES,
  ) {
    super(DEFAULT_MAX_LINE_BYTES);
    this.plan = compilePlan(slis, {}, shape);
    this.parser = new LineParser(this.plan);
    this.feeds = this.plan.sliIds.map((id, k) =>
      this.plan.sliKinds[k] === 'ratio' ? { id, lines: 0, numerator: 0, denominator: 0 } : { id, lines: 0 },
    );
  }

  /** The sample is full: read no more. */
  get full(): boolean {
    return this.seen >= this.limit;
  }

  beginSource(name: string): void {
    this.flush();
    this.source = name;
    this.lineNo = 0;
  }

  push(chunk: Buffer): void {
    if (this.full) this.cut = true;
    else this.split(chunk);
  }

  /** Ends the current input (a last line without a newline counts). */
  flush(): void {
    this.flushCarry();
  }

  protected lineTooLong(): void {
    if (!this.take()) return;
    this.lines++;
    const example = { source: this.source, line: this.lineNo, text: null };
    this.tally.addUnusable(
      TOO_LONG_KEY,
      () => tooLongReason(DEFAULT_MAX_LINE_BYTES),
      () => example,
    );
  }

  protected line(b: Buffer, s: number, e: number): void {
    if (!this.take()) return;
    const p = this.parser;
    const cls = p.classify(b, s, e);
    if (cls === LINE_BLANK) return;
    this.lines++;
    if (cls === LINE_EVENT || cls === LINE_UNKNOWN || cls === LINE_INVALID) this.time(p.ts);
    const example = () => ({ source: this.source, line: this.lineNo, text: exampleText(b, s, e) });
    if (cls === LINE_UNKNOWN) {
      this.tally.addUnknown(String(p.fieldValue(b, SLOT_EVENT)), example);
    } else if (cls !== LINE_EVENT) {
      const key = reasonKey(p, b, s, e, cls);
      this.tally.addUnusable(key, () => describeReason(key, p, b, s, e, DEFAULT_MAX_LINE_BYTES), example);
    } else {
      this.event(b);
    }
  }

  private take(): boolean {
    if (this.full) {
      this.cut = true;
      return false;
    }
    this.seen++;
    this.lineNo++;
    return true;
  }

  private time(ts: number): void {
    if (ts < this.first) this.first = ts;
    if (ts > this.last) this.last = ts;
  }

  private event(b: Buffer): void {
    const p = this.parser;
    this.mapped++;
    const actions = this.plan.events[p.eventIndex]!.actions;
    const fed = new Set<number>();
    for (let k = 0; k < p.matchedCount; k++) {
      const act = actions[p.matched[k]!]!;
      const feed = this.feeds[act.sli]!;
      if (act.op === OP_NUMERATOR) feed.numerator!++;
      if (act.op === OP_DENOMINATOR) feed.denominator!++;
      if (!fed.has(act.sli)) feed.lines++;
      fed.add(act.sli);
    }
    if (p.matchedCount === 0) {
      const why = unmatchedWhere(p, b);
      const name = this.plan.events[p.eventIndex]!.name;
      if (why !== null) addNote(this.notes, `${name} lines with ${why} are counted by no SLI`);
    }
  }

  result(): EventCheck {
    this.flush();
    const seenTime = Number.isFinite(this.first);
    return {
      seen: this.seen,
      cut: this.cut,
      lines: this.lines,
      mapped: this.mapped,
      ...this.tally.toJSON(),
      feeds: this.feeds.map((f) => ({ ...f })),
      ...(seenTime && { first: this.first, last: this.last }),
      notes: { ...this.notes },
    };
  }
}

/** What an SLI reads, in a few words: its event(s), and a latency's field. */
function mapping(def: SliDefinition): string {
  const where = (w: Record<string, unknown> | undefined) =>
    w && Object.keys(w).length ? ` where ${JSON.stringify(w)}` : '';
  if (def.kind === 'ratio')
    return `${def.numerator.event}${where(def.numerator.where)} / ${def.denominator.event}${where(def.denominator.where)}`;
  if (def.kind === 'latency') return `${def.event}${where(def.where)}, field ${def.field}`;
  return `${def.event}${where(def.where)}`;
}

/** The most common names in the sample, mapped or not, for a hint. */
function names(c: EventCheck): string {
  const top = c.unknown.slice(0, 3).map((r) => `"${r.reason}" (${r.count})`);
  return top.length ? `; the names it does hold include ${top.join(', ')}` : '';
}

/**
 * The check as text, and its problems (empty: the sample feeds every SLI it should). `checked`:
 * the SLIs read from JSONL events (others come from Prometheus or GitHub and are not checked),
 * with the label of the source each one is read from otherwise.
 */
export function formatEventCheck(
  c: EventCheck,
  what: string,
  slis: Record<string, SliDefinition>,
  elsewhere: Record<string, string>,
): { text: string; problems: string[] } {
  const problems: string[] = [];
  const starved: string[] = [];
  const bad = c.unusable.reduce((n, r) => n + r.count, 0);
  const unknown = c.unknown.reduce((n, r) => n + r.count, 0);
  const span = c.first === undefined ? '' : `; times ${iso(c.first)} … ${iso(c.last!)}`;
  const out = [
    `events: ${what}, ${c.cut ? `the first ${c.seen} lines (--sample to read more)` : `${c.seen} lines (all of it)`}: ${c.lines} non-blank, ${c.mapped} events an SLI maps, ${bad} malformed or invalid, ${unknown} of names no SLI maps${span}`,
  ];
  const width = Math.max(...c.feeds.map((f) => f.id.length));
  for (const f of c.feeds) {
    const from = elsewhere[f.id];
    const counts =
      f.numerator === undefined
        ? `${f.lines} lines`
        : `${f.lines} lines (numerator ${f.numerator}, denominator ${f.denominator})`;
    const def = slis[f.id]!;
    const none = from === undefined && (f.denominator ?? f.lines) === 0;
    // A count of 0 is a value (no critical bug), not missing data: said, never a failure.
    const mark = !none
      ? ''
      : def.kind === 'count'
        ? '  (a count of 0: fine if none happened)'
        : '  <- no line feeds it';
    out.push(
      `  ${f.id.padEnd(width)}  ${from ? `from ${from}: not checked here` : `${counts}: ${mapping(def)}${mark}`}`,
    );
    if (none && def.kind !== 'count') starved.push(f.id);
  }
  const verdict = judgeLines(c);
  if (c.lines === 0) problems.push(`${what} holds no event line`);
  else if (verdict === 'all-unusable' || verdict === 'mostly-unusable') {
    const top = c.unusable[0]!;
    problems.push(`${bad} of ${c.lines} lines are malformed or invalid, most as: ${top.reason}; ${top.fix}`);
  }
  if (starved.length > 0 && c.lines > 0) {
    problems.push(
      `no sampled line feeds ${starved.join(', ')}${names(c)}: check their events under slis: and events.name in rollout.yaml (docs/events.md); an event rarer than one in ${c.seen} lines needs a larger --sample`,
    );
  }
  section(out, 'malformed or invalid lines, by reason:', reasonLines(c.unusable, false));
  section(out, 'events of names no SLI maps, by name:', reasonLines(c.unknown, true));
  section(
    out,
    'lines of mapped events that no SLI counts:',
    Object.entries(c.notes).map(([note, n]) => `  ${n} ${note}`),
  );
  return { text: `${out.join('\n')}\n`, problems };
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length > 0) out.push(title, ...lines);
}

const iso = (ms: number) => new Date(ms).toISOString();
