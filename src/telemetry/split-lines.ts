/**
 * Line splitting: chunks of bytes in, whole lines out. A line may span chunks: its start is
 * copied (the caller may reuse the chunk's memory) and kept until its newline arrives. A line
 * longer than the limit is reported as too long without ever being buffered whole, so memory
 * stays flat whatever the input. Subclasses say what a line amounts to (attribution.ts,
 * collect.ts); they are called directly, with no callback in between.
 *
 * Pure: no I/O.
 */
import { Buffer } from 'node:buffer';

/** Lines longer than this are counted malformed without being buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

export abstract class LineSplitter {
  private readonly maxLine: number;
  /** The unfinished last line of the previous chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private overlong = false;

  constructor(maxLineBytes: number) {
    this.maxLine = maxLineBytes;
  }

  /** One whole line b[s, e), without its newline. */
  protected abstract line(b: Buffer, s: number, e: number): void;

  /** A line over the limit (its bytes are gone). */
  protected abstract lineTooLong(): void;

  /** Cuts the next bytes of the current input into lines. The chunk is not kept after the call. */
  protected split(chunk: Buffer): void {
    let pos = 0;
    const n = chunk.length;
    if (this.carryBytes > 0 || this.overlong) {
      const nl = chunk.indexOf(0x0a);
      const upto = nl < 0 ? n : nl;
      if (!this.overlong) {
        if (this.carryBytes + upto > this.maxLine) {
          this.overlong = true;
          this.carry = [];
          this.carryBytes = 0;
        } else {
          this.carry.push(Buffer.from(chunk.subarray(0, upto)));
          this.carryBytes += upto;
        }
      }
      if (nl < 0) return;
      this.flushCarry();
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) break;
      if (nl - pos > this.maxLine) this.lineTooLong();
      else this.line(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < n) {
      if (n - pos > this.maxLine) {
        this.overlong = true;
      } else {
        // Copy: the caller may reuse the chunk's memory.
        this.carry = [Buffer.from(chunk.subarray(pos))];
        this.carryBytes = n - pos;
      }
    }
  }

  /** The unfinished line, as a last line (at the end of an input: a last line without a newline). */
  protected flushCarry(): void {
    if (this.overlong) {
      this.lineTooLong();
      this.overlong = false;
    } else if (this.carryBytes > 0) {
      const line = this.carry.length === 1 ? this.carry[0]! : Buffer.concat(this.carry, this.carryBytes);
      this.line(line, 0, line.length);
    }
    this.carry = [];
    this.carryBytes = 0;
  }

  /** Forgets an unfinished line (a new input starts). */
  protected dropCarry(): void {
    this.carry = [];
    this.carryBytes = 0;
    this.overlong = false;
  }
}
