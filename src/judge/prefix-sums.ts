/**
 * One SLI's prefix sums over window index (span.ts): for each k, the sums of columns over windows
 * [0, k), so a span's sum is a difference. A replay of a year keeps only the sums runs still read
 * (dropBefore): those from its history on, and a few pinned indexes, the edges of baselines
 * anchored at the phase's or the rollout's start; memory then holds the history, not the days.
 */

/** The columns: collected windows, numerators / counts, denominators, windows with distinct values, windows with control counts, the control cohort's numerators and denominators. */
export const COLLECTED = 0;
export const A = 1;
export const B = 2;
export const DISTINCT = 3;
export const CONTROL = 4;
export const CN = 5;
export const CD = 6;
const COLUMNS = 7;

export class PrefixSums {
  /** Column c of the sums through window k, k ≥ first: values[(k - first) * COLUMNS + c]. */
  private values: number[] = new Array(COLUMNS).fill(0);
  private first = 0;
  /** Sums kept below `first`, by k. */
  private readonly pinned = new Map<number, number[]>();
  /**
   * Every count is a whole number and every sum below 2^53, so a difference of prefix sums is
   * exactly the sum of the windows between, wherever the sums start.
   */
  exact = true;

  constructor(private readonly sli: string) {}

  /** The last k with sums: windows [0, end) are summed. */
  get end(): number {
    return this.first + this.values.length / COLUMNS - 1;
  }

  /** Column c summed over windows [0, k). */
  at(c: number, k: number): number {
    if (k >= this.first) return this.values[(k - this.first) * COLUMNS + c]!;
    const p = this.pinned.get(k);
    if (!p) {
      throw new Error(
        `${this.sli}: the sums before window ${k} were let go (IndexedRecords.forgetBefore) and cannot be read`,
      );
    }
    return p[c]!;
  }

  /** Column c summed over windows [k0, k1). */
  between(c: number, k0: number, k1: number): number {
    return this.at(c, k1) - this.at(c, k0);
  }

  /** Appends window `end`'s values, one per column. */
  push(...v: number[]): void {
    const last = this.values.length - COLUMNS;
    for (let c = 0; c < COLUMNS; c++) {
      const s = this.values[last + c]! + v[c]!;
      this.exact &&= Number.isInteger(v[c]) && Math.abs(s) <= Number.MAX_SAFE_INTEGER;
      this.values.push(s);
    }
  }

  /** Takes the last window's values back (a re-collected window). */
  pop(): void {
    this.values.length -= COLUMNS;
  }

  /**
   * Lets go of the sums below k but for those at `pins` (the sums at other indexes below k are
   * never read again). Done in batches: a copy of what stays once at least half can go.
   */
  dropBefore(k: number, pins: readonly number[]): void {
    const cut = Math.min(k, this.end) - this.first;
    if (cut < DROP_AT_LEAST || cut * 2 * COLUMNS < this.values.length) return;
    const keep = new Map<number, number[]>();
    for (const p of pins) {
      if (p >= k) continue;
      const old = this.pinned.get(p);
      if (old) keep.set(p, old);
      else if (p >= this.first)
        keep.set(p, this.values.slice((p - this.first) * COLUMNS, (p - this.first + 1) * COLUMNS));
    }
    this.pinned.clear();
    for (const [p, v] of keep) this.pinned.set(p, v);
    this.values = this.values.slice(cut * COLUMNS);
    this.first += cut;
  }
}

const DROP_AT_LEAST = 1024;
