/**
 * An exactly rounded floating-point sum (Shewchuk's algorithm, as Python's math.fsum): the
 * result is the exact sum of the inputs rounded once, so it does not depend on the order the
 * values came in or on how they were split and merged. That keeps a report's `sum` byte-identical
 * whether a window was collected in one pass, in parallel segments, or window by window. Pure.
 */
const INT_LIMIT = 2 ** 52;

export class ExactSum {
  /** Fast path: the exact sum of the small-integer values (integers below 2^53 add exactly). */
  private int = 0;
  private partials: number[] = [];

  add(x: number): void {
    if ((x | 0) === x) {
      const t = this.int + x;
      if (t < INT_LIMIT && t > -INT_LIMIT) {
        this.int = t;
        return;
      }
    }
    this.addPartial(x);
  }

  private addPartial(x: number): void {
    const p = this.partials;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    p.push(x);
  }

  /** Adds everything `other` holds (exactly). */
  merge(other: ExactSum): void {
    this.addPartial(other.int);
    for (const x of other.partials) this.addPartial(x);
  }

  toJSON(): number[] {
    return [this.int, ...this.partials];
  }

  static fromJSON(partials: readonly number[]): ExactSum {
    const s = new ExactSum();
    for (const x of partials) s.addPartial(x);
    return s;
  }

  /** The correctly rounded sum. */
  value(): number {
    if (this.int !== 0) {
      this.addPartial(this.int);
      this.int = 0;
    }
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
    return hi + 0; // no -0
  }
}
