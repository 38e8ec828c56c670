/**
 * Why a line is not a usable event, in words a person can act on: each malformed or invalid line
 * gets a reason key (a number, cheap per line: lines of one reason add up under one key) and, for
 * the first line of each key, the reason and its fix, read from the fields the classifier
 * captured. A time in epoch milliseconds where ISO 8601 is expected says so and names the mapping
 * (rollout.yaml `events.time.format: epoch_ms`); a missing time or name key looks at the line's
 * keys for the one that may hold it. Off the hot path: only lines that are not events come here.
 *
 * Pure: no I/O.
 */
import type { Buffer } from 'node:buffer';
import type { LineParser } from './classify.js';
import { DECIMAL } from './classify.js';
import { decode, isValidJson } from './json-scan.js';
import {
  LINE_MALFORMED,
  type LineClass,
  T_ABSENT,
  T_NUMBER,
  T_STRING,
  WHY_NAME,
  WHY_TIME,
} from './line-class.js';
import { SLOT_EVENT, SLOT_TS, TIME_EPOCH_S, TIME_ISO8601 } from './plan.js';
import { EPOCH_MAX_MS, EPOCH_MIN_MS, parseTimestamp } from './timestamp.js';

export interface Reason {
  /** What is wrong with the line, e.g. `"ts" is a number (epoch ms?), not an ISO 8601 string`. */
  reason: string;
  /** What to do about it. */
  fix: string;
}

// A key: kind × 2^24 + sub × 2^16 + detail (for a value: event × 256 + action).
const NOT_JSON = 1;
const NOT_OBJECT = 2;
const TOO_LONG = 3;
const TIME = 4;
const NAME = 5;
const VALUE = 6;
const key = (kind: number, sub = 0, detail = 0) => kind * 0x1000000 + sub * 0x10000 + detail;

/** The reason key of a line over the length limit (its bytes are gone). */
export const TOO_LONG_KEY = key(TOO_LONG);

// Subs: what the value at fault is.
const ABSENT = 0;
const OTHER_TYPE = 1;
const NUMBER_MS = 2;
const NUMBER_S = 3;
const DIGITS_MS = 4;
const DIGITS_S = 5;
const NO_ZONE = 6;
const BAD_TEXT = 7;
const ISO_TEXT = 8;
const SECONDS_AS_MS = 9;
const MS_AS_SECONDS = 10;
const OUT_OF_RANGE = 11;
const STRING = 12;
const NEGATIVE = 13;
const NOT_FINITE = 14;

const NO_ZONE_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** The key of a malformed or invalid line just classified (cls) by `p`, from b[s, e). */
export function reasonKey(p: LineParser, b: Buffer, s: number, e: number, cls: LineClass): number {
  if (cls === LINE_MALFORMED) return key(isValidJson(b, s, e) ? NOT_OBJECT : NOT_JSON);
  if (p.why === WHY_TIME) return key(TIME, timeSub(p, b));
  if (p.why === WHY_NAME) return key(NAME, p.type[SLOT_EVENT] === T_ABSENT ? ABSENT : OTHER_TYPE);
  const slot = p.plan.events[p.eventIndex]!.actions[p.invalidAction]!.fieldSlot;
  const t = p.type[slot];
  const v = p.num[slot]!;
  const sub =
    t === T_ABSENT
      ? ABSENT
      : t === T_STRING
        ? STRING
        : t !== T_NUMBER
          ? OTHER_TYPE
          : v < 0
            ? NEGATIVE
            : NOT_FINITE;
  return key(VALUE, sub, p.eventIndex * 256 + Math.min(p.invalidAction, 255));
}

function timeSub(p: LineParser, b: Buffer): number {
  const t = p.type[SLOT_TS];
  if (t === T_ABSENT) return ABSENT;
  const text = t === T_STRING ? decode(b, p.start[SLOT_TS]!, p.end[SLOT_TS]!, p.flags[SLOT_TS]!) : undefined;
  const v = t === T_NUMBER ? p.num[SLOT_TS]! : text !== undefined && DECIMAL.test(text) ? Number(text) : NaN;
  if (p.plan.timeFormat === TIME_ISO8601) {
    if (t === T_NUMBER) return v >= EPOCH_MIN_MS ? NUMBER_MS : NUMBER_S;
    if (text === undefined) return OTHER_TYPE;
    if (!Number.isNaN(v)) return v >= EPOCH_MIN_MS ? DIGITS_MS : DIGITS_S;
    return NO_ZONE_TEXT.test(text) ? NO_ZONE : BAD_TEXT;
  }
  if (Number.isNaN(v))
    return text !== undefined && !Number.isNaN(parseTimestamp(text)) ? ISO_TEXT : OTHER_TYPE;
  const seconds = p.plan.timeFormat === TIME_EPOCH_S;
  const ms = seconds ? v * 1000 : v;
  if (!seconds && ms < EPOCH_MIN_MS && ms * 1000 >= EPOCH_MIN_MS && ms * 1000 < EPOCH_MAX_MS)
    return SECONDS_AS_MS;
  if (seconds && ms >= EPOCH_MAX_MS && v >= EPOCH_MIN_MS && v < EPOCH_MAX_MS) return MS_AS_SECONDS;
  return OUT_OF_RANGE;
}

const MAP = 'in rollout.yaml';
const JSONL_FIX = 'write one JSON object a line (JSON Lines), as docs/events.md shows';

/** The reason of a line over the length limit. */
export function tooLongReason(maxLineBytes: number): Reason {
  return {
    reason: `is longer than ${maxLineBytes} bytes`,
    fix: `${JSONL_FIX}; a line this long is not one event`,
  };
}

/**
 * The reason of `k` in words, for its first line b[s, e) (classified by `p` just before), or for
 * a line over `maxLineBytes` (whose bytes are gone).
 */
export function describeReason(
  k: number,
  p: LineParser,
  b: Buffer,
  s: number,
  e: number,
  maxLineBytes: number,
): Reason {
  const kind = Math.floor(k / 0x1000000);
  const sub = Math.floor(k / 0x10000) % 0x100;
  const plan = p.plan;
  if (kind === NOT_JSON) return { reason: 'is not valid JSON', fix: JSONL_FIX };
  if (kind === NOT_OBJECT) return { reason: 'is JSON but not an object', fix: JSONL_FIX };
  if (kind === TOO_LONG) return tooLongReason(maxLineBytes);
  if (kind === TIME) return timeReason(sub, p, keysOf(b, s, e));
  const name = plan.fields[SLOT_EVENT]!;
  if (kind === NAME) {
    if (sub !== ABSENT)
      return { reason: `"${name}" is not a string`, fix: `give the event name in "${name}" as a string` };
    const guess = guessKey(keysOf(b, s, e), NAME_KEYS, plan.fields[SLOT_TS]!);
    return {
      reason: `has no "${name}" (the event name)`,
      fix: guess
        ? `the line has "${guess}": map it with events.name: ${guess} ${MAP}`
        : `give the event name in "${name}", or name the key that holds it with events.name ${MAP}`,
    };
  }
  const detail = k % 0x10000;
  const rule = plan.events[Math.floor(detail / 256)]!;
  const act = rule.actions[detail % 256]!;
  const field = plan.fields[act.fieldSlot]!;
  const sli = plan.sliIds[act.sli]!;
  const of = `"${field}" of ${rule.name} (SLI ${sli})`;
  const change = `or change slis.${sli}.field in rollout.yaml`;
  switch (sub) {
    case ABSENT:
      return {
        reason: `${rule.name} has no "${field}" (SLI ${sli})`,
        fix: `send the duration in "${field}", ${change}`,
      };
    case STRING:
      return { reason: `${of} is a string, not a number`, fix: `send it as a JSON number (812, not "812")` };
    case NEGATIVE:
      return {
        reason: `${of} is negative`,
        fix: 'a duration is never negative: check how the sender measures it',
      };
    case NOT_FINITE:
      return { reason: `${of} is too large to be a number`, fix: 'check how the sender measures it' };
    default:
      return { reason: `${of} is not a number`, fix: `send the duration as a JSON number, ${change}` };
  }
}

/** The reason of an unusable time (`sub`, a kind of value), with its fix: one case per kind. */
function timeReason(sub: number, p: LineParser, keys: Map<string, unknown>): Reason {
  const f = p.plan.fields[SLOT_TS]!;
  const format = ['iso8601', 'epoch_ms', 'epoch_s'][p.plan.timeFormat]!;
  const set = (v: string) => `map it with events.time.format: ${v} ${MAP}`;
  switch (sub) {
    case ABSENT: {
      const guess = guessKey(keys, TIME_KEYS, p.plan.fields[SLOT_EVENT]!);
      const v = guess === undefined ? undefined : keys.get(guess);
      const as =
        typeof v === 'number' || (typeof v === 'string' && DECIMAL.test(v))
          ? `, format: ${Number(v) >= EPOCH_MIN_MS ? 'epoch_ms' : 'epoch_s'}`
          : '';
      return {
        reason: `has no "${f}" (the event time)`,
        fix: guess
          ? `the line has "${guess}": map it with events.time: { field: ${guess}${as} } ${MAP}`
          : `give the event time in "${f}", or name the key that holds it with events.time.field ${MAP}`,
      };
    }
    case NUMBER_MS:
      return { reason: `"${f}" is a number (epoch ms?), not an ISO 8601 string`, fix: set('epoch_ms') };
    case NUMBER_S:
      return { reason: `"${f}" is a number (epoch seconds?), not an ISO 8601 string`, fix: set('epoch_s') };
    case DIGITS_MS:
      return {
        reason: `"${f}" is a string of digits (epoch ms?), not an ISO 8601 date-time`,
        fix: set('epoch_ms'),
      };
    case DIGITS_S:
      return {
        reason: `"${f}" is a string of digits (epoch seconds?), not an ISO 8601 date-time`,
        fix: set('epoch_s'),
      };
    case NO_ZONE:
      return {
        reason: `"${f}" has no time zone (ISO 8601 with Z or an offset is required: a time without one is no instant)`,
        fix: 'write the time with its zone, e.g. 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
      };
    case BAD_TEXT:
      return {
        reason: `"${f}" is not an ISO 8601 date-time with a zone (or not a real one)`,
        fix: 'write the time as 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
      };
    case ISO_TEXT:
      return {
        reason: `"${f}" is an ISO 8601 string, but events.time.format is ${format}`,
        fix: `remove events.time.format (iso8601 is the default) ${MAP}`,
      };
    case SECONDS_AS_MS:
      return { reason: `"${f}" read as epoch_ms falls in 1970 (epoch seconds?)`, fix: set('epoch_s') };
    case MS_AS_SECONDS:
      return { reason: `"${f}" read as epoch_s falls after the year 5000 (epoch ms?)`, fix: set('epoch_ms') };
    case OUT_OF_RANGE:
      return {
        reason: `"${f}" read as ${format} is not a time between 1973 and 5138`,
        fix: `send ${format === 'epoch_s' ? 'seconds' : 'milliseconds'} since 1970-01-01T00:00:00Z`,
      };
    default:
      return {
        reason: `"${f}" is not ${p.plan.timeFormat === TIME_ISO8601 ? 'a string' : 'a number or a string of digits'}`,
        fix:
          p.plan.timeFormat === TIME_ISO8601
            ? 'write the time as an ISO 8601 string, e.g. 2026-11-20T10:03:12.345Z'
            : `send the time as a number of ${format === 'epoch_s' ? 'seconds' : 'milliseconds'}`,
      };
  }
}

/** The top-level keys and values of a line that is a JSON object (empty for one that is not). */
function keysOf(b: Buffer, s: number, e: number): Map<string, unknown> {
  try {
    const v: unknown = JSON.parse(b.toString('utf8', s, e));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? new Map(Object.entries(v)) : new Map();
  } catch {
    return new Map();
  }
}

/** Keys that commonly hold an event's time, or its name. */
const TIME_KEYS = /^(@?timestamp|time|ts|t|date|datetime|event_?time|created_?at|occurred_?at|when)$/i;
const NAME_KEYS = /^(name|type|event_?name|event_?type|action|kind|event)$/i;

/** The first key of the line that commonly holds what is missing (not `other`, the time or name key), as a hint. */
function guessKey(keys: Map<string, unknown>, like: RegExp, other: string): string | undefined {
  for (const k of keys.keys()) if (like.test(k) && k !== other) return k;
  return undefined;
}
