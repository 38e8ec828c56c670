/**
 * The least and greatest of many numbers, by a loop. `Math.min(...values)` passes every value as
 * an argument, which overflows the call stack ("Maximum call stack size exceeded") for arrays of
 * about 125k and more: a 10-year range of 15-minute windows, a folder of that many records.
 */

/** The least value, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min = Number.POSITIVE_INFINITY;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < min) min = v;
  }
  return any ? min : empty;
}

/** The greatest value, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max = Number.NEGATIVE_INFINITY;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > max) max = v;
  }
  return any ? max : empty;
}
