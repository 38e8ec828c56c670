/**
 * Per-window progress across sources: a window is told (onWindow) once every source that owns
 * it is done with it, in time order. Sources that answer window by window say so as each window
 * completes; a bulk source is done with all its windows when its collect() resolves.
 */
import type { SourceJob, SourceProgress, WindowPart } from '../../ports/source.js';
import { mergePart } from './outcome.js';

export type OnWindow = (part: WindowPart, done: number, total: number) => void;

export class WindowsDone {
  private readonly order: number[];
  /** Window start → sources not done with it yet. */
  private readonly owing = new Map<number, number>();
  /** Parts the running source told about, not yet in `windows` (its outcome brings them). */
  private readonly told = new Map<number, WindowPart>();
  private next = 0;
  /** The progress for the running source. */
  readonly progress: SourceProgress;

  constructor(
    /** The windows as merged so far, in time order. */
    private readonly windows: Map<number, WindowPart>,
    jobs: readonly SourceJob[],
    private readonly onWindow: OnWindow | undefined,
    onStatus: ((text: string) => void) | undefined,
  ) {
    this.order = [...windows.keys()];
    for (const start of this.order) this.owing.set(start, 0);
    for (const job of jobs)
      for (const start of job.windows.keys()) this.owing.set(start, this.owing.get(start)! + 1);
    this.progress = {
      status: (text) => onStatus?.(text),
      window: (part) => {
        if (this.told.has(part.start)) return;
        this.told.set(part.start, part);
        this.owing.set(part.start, this.owing.get(part.start)! - 1);
        this.advance();
      },
    };
  }

  /** The running source finished (its outcome is merged into `windows`). */
  sourceDone(job: SourceJob): void {
    for (const start of job.windows.keys()) {
      if (!this.told.has(start)) this.owing.set(start, this.owing.get(start)! - 1);
    }
    this.told.clear();
    this.advance();
  }

  /** Every source ran: the windows no source owned. */
  finish(): void {
    this.advance();
  }

  private advance(): void {
    while (this.next < this.order.length && this.owing.get(this.order[this.next]!) === 0) {
      const start = this.order[this.next++]!;
      this.onWindow?.(this.view(start), this.next, this.order.length);
    }
  }

  /** The window as merged so far, with what the running source told about it. */
  private view(start: number): WindowPart {
    const merged = this.windows.get(start)!;
    const told = this.told.get(start);
    if (told === undefined) return merged;
    const view: WindowPart = {
      start,
      slis: new Map(merged.slis),
      missing: new Map(merged.missing),
      counts: merged.counts,
    };
    mergePart(view, told);
    return view;
  }
}
