/**
 * What a line can be, as the classifier (classify.ts) tells it and the collector counts it
 * (docs/events.md, "How lines are counted"):
 *   blank      only whitespace: ignored, not counted
 *   malformed  not valid JSON, or valid JSON but not an object
 *   invalid    an object without a usable time (`ts`: RFC 3339 with a zone, or as rollout.yaml
 *              `events.time` says) or name (`event`: a string), or a mapped latency field that
 *              is missing or not a finite number ≥ 0
 *   unknown    a valid event whose name no SLI maps
 *   event      a valid event of a mapped name; `matched` lists the SLI actions it feeds
 * and the JSON type of each field the classifier captures.
 */

export const LINE_BLANK = 0;
export const LINE_MALFORMED = 1;
/** Invalid and without a usable timestamp (attributed like a malformed line). */
export const LINE_INVALID_NO_TS = 2;
/** Invalid, but its `ts` is usable. */
export const LINE_INVALID = 3;
export const LINE_UNKNOWN = 4;
export const LINE_EVENT = 5;
export type LineClass =
  | typeof LINE_BLANK
  | typeof LINE_MALFORMED
  | typeof LINE_INVALID_NO_TS
  | typeof LINE_INVALID
  | typeof LINE_UNKNOWN
  | typeof LINE_EVENT;

/** JSON type of a captured field. */
export const T_ABSENT = 0;
export const T_STRING = 1;
export const T_NUMBER = 2;
export const T_TRUE = 3;
export const T_FALSE = 4;
export const T_NULL = 5;
export const T_CONTAINER = 6;

/** Why a line is invalid (LineParser.why): its time, its name, or a value an SLI reads. */
export const WHY_TIME = 1;
export const WHY_NAME = 2;
export const WHY_VALUE = 3;
export type Why = typeof WHY_TIME | typeof WHY_NAME | typeof WHY_VALUE;
