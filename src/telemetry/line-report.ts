/**
 * The rule on lines that are not events, and how it is said (docs/events.md, "When most lines
 * are not events"). Over everything one source read in a run (non-blank lines, in the range or
 * not):
 *   - every line malformed or invalid: `fail`. The source's windows are written missing, never
 *     zero, and the run fails once its records are written, as when a source cannot work: a
 *     file of epoch-ms times would otherwise give zero-event windows and a green run, and every
 *     verdict would be no data forever with nothing saying why. Missing windows are collected
 *     again by the next run within the back-fill, so fixing the mapping recovers them.
 *   - more than half malformed or invalid: `warn`, loudly, with the reasons: the events that are
 *     valid are real data (a sender half-way through a format change), so they are counted.
 *   - no line an event an SLI maps (all unknown names, or unknown and unusable): `warn`, with
 *     the names: a name key or event names that do not match the policy look like this.
 * Each reason comes with its count, its fix and its first line (at most 120 characters).
 *
 * Pure: no I/O.
 */
import type { LinesTallied, ReasonCount } from './line-tally.js';

export interface LineHealth extends LinesTallied {
  /** Non-blank lines read. */
  lines: number;
}

export type LineVerdict = 'ok' | 'unmapped' | 'mostly-unusable' | 'all-unusable';

const sum = (list: readonly ReasonCount[]) => list.reduce((n, r) => n + r.count, 0);

export function judgeLines(h: LineHealth): LineVerdict {
  if (h.lines === 0) return 'ok';
  const bad = sum(h.unusable);
  if (bad >= h.lines) return 'all-unusable';
  if (bad * 2 > h.lines) return 'mostly-unusable';
  if (bad + sum(h.unknown) >= h.lines) return 'unmapped';
  return 'ok';
}

/** Reasons shown one a line; the rest are counted in one more line. */
const SHOWN = 5;

function example(r: ReasonCount): string {
  const x = r.example;
  const at = `line ${x.line} of ${x.source}`;
  return x.text === null ? `(${at})` : `example (${at}): ${x.text}`;
}

/** One line per reason (count, reason, fix, example), at most SHOWN, then one for the rest. */
export function reasonLines(list: readonly ReasonCount[], quote: boolean): string[] {
  const lines = list
    .slice(0, SHOWN)
    .map(
      (r) => `  ${r.count} line(s): ${quote ? JSON.stringify(r.reason) : r.reason}; ${r.fix}; ${example(r)}`,
    );
  const rest = list.slice(SHOWN);
  if (rest.length > 0) lines.push(`  and ${sum(rest)} more line(s) for ${rest.length} more reason(s)`);
  return lines;
}

/**
 * What a source says about its lines under the rule (undefined when there is nothing to say),
 * e.g. `jsonl source "events": 1000 of 1000 lines are not usable events (malformed or invalid):`
 * then one line per reason with its count, fix and example.
 */
export function lineWarning(label: string, h: LineHealth, verdict = judgeLines(h)): string | undefined {
  if (verdict === 'ok') return undefined;
  if (verdict === 'unmapped') {
    const unknown = sum(h.unknown);
    return [
      `${label}: none of the ${h.lines} lines is an event an SLI maps (${unknown} are events of names no SLI maps, by name below): every SLI it feeds has no data; check the event names under slis: in rollout.yaml, or events.name if the name is under another key (docs/events.md)`,
      ...reasonLines(h.unknown, true),
      ...reasonLines(h.unusable, false),
    ].join('\n');
  }
  const bad = sum(h.unusable);
  const then =
    verdict === 'all-unusable'
      ? 'its windows are written missing, not zero, and the run fails; fix the events or the mapping and the next run collects them again'
      : 'only the valid ones are counted';
  return [
    `${label}: ${bad} of ${h.lines} lines are not usable events (malformed or invalid; docs/events.md): ${then}`,
    ...reasonLines(h.unusable, false),
  ].join('\n');
}

/** The one-line reason written in the missing windows' records (no counts, no user data). */
export function missingReason(label: string, h: LineHealth): string {
  const top = h.unusable[0];
  return `${label}: no line is a usable event${top ? `: ${top.reason}` : ''} (docs/events.md)`;
}

/** The run's failure: the top reason and its fix. */
export function failureReason(label: string, h: LineHealth): string {
  const top = h.unusable[0];
  return `${label}: every one of the ${h.lines} lines is malformed or invalid${top ? ` (${top.count}: ${top.reason}; ${top.fix})` : ''}; its windows are missing, not zero (docs/events.md)`;
}
