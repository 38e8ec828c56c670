/**
 * Progress of a long command on stderr: a bar redrawn in place on a terminal; plain log lines
 * elsewhere (a pipe, a file, GitHub Actions, whose log shows every redraw as a line). The bar
 * only redraws when what it shows changes, so a tight loop may call update() freely.
 *
 * `collect` shows its windows on it (createCollectProgress): the bar counts windows, and where
 * there is no bar, each window gets one line saying what was collected there.
 */
import type { WindowPart } from './ports/source.js';

export type ProgressMode = 'bar' | 'lines';

/** A bar on an interactive stderr, except in GitHub Actions (its log is not a terminal). */
export function progressModeFor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = {},
): ProgressMode {
  return stream.isTTY === true && env.GITHUB_ACTIONS !== 'true' ? 'bar' : 'lines';
}

export interface ProgressOptions {
  mode: ProgressMode;
  write: (text: string) => void;
  /** What is happening: "collecting events", "replaying"; before the bar and in each line. */
  title?: string;
  /** What is counted, after the numbers: "MB", "days". */
  unit?: string;
  /** How the counts read: "25% (1/4 MB)" (default) or "1/4 MB". */
  counts?: 'percent' | 'fraction';
  /** Lines mode: a line each time this share of the total is passed (default 0.1: 10 lines). */
  lineEvery?: number;
  /** How numbers are shown (default: integers). */
  format?: (n: number) => string;
  width?: number;
}

export interface Progress {
  /**
   * `detail` is shown after the counts ("2026-11-18 09:00 A-2"); a function is asked only when
   * a line is written (lines mode writes ten).
   */
  update(done: number, total: number, detail?: string | (() => string)): void;
  /** A log line that the bar steps aside for. */
  log(text: string): void;
  /** Clears the bar; prints `summary` as a line when given. */
  end(summary?: string): void;
}

export function createProgress(o: ProgressOptions): Progress {
  const fmt = o.format ?? ((n: number) => String(Math.round(n)));
  const unit = o.unit ? ` ${o.unit}` : '';
  const title = o.title ?? '';
  const counts =
    o.counts === 'fraction'
      ? (done: number, total: number) => `${fmt(done)}/${fmt(total)}${unit}`
      : (done: number, total: number) =>
          `${Math.floor(percent(done, total))}% (${fmt(done)}/${fmt(total)}${unit})`;
  if (o.mode === 'lines') {
    const every = o.lineEvery ?? 0.1;
    let next = every;
    let finished = false;
    return {
      update(done, total, detail) {
        const share = total > 0 ? done / total : 1;
        if (finished || (share + 1e-12 < next && done < total)) return;
        while (next <= share + 1e-12) next += every;
        finished = done >= total;
        const text = typeof detail === 'function' ? detail() : detail;
        o.write(`${title ? `${title}: ` : ''}${counts(done, total)}${text ? ` ${text}` : ''}\n`);
      },
      log: (text) => o.write(text),
      end: (summary) => {
        if (summary) o.write(`${summary}\n`);
      },
    };
  }
  const width = o.width ?? 30;
  let shown = '';
  const draw = (line: string) => {
    if (line === shown) return;
    shown = line;
    o.write(`\r\x1b[2K${line}`);
  };
  const clear = () => {
    if (shown) o.write('\r\x1b[2K');
  };
  return {
    update(done, total, detail) {
      const filled = Math.round((percent(done, total) / 100) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
      const text = typeof detail === 'function' ? detail() : detail;
      draw(`${title ? `${title} ` : ''}${bar} ${counts(done, total)}${text ? ` ${text}` : ''}`);
    },
    log(text) {
      const again = shown;
      clear();
      o.write(text);
      shown = '';
      if (again) draw(again);
    },
    end(summary) {
      clear();
      shown = '';
      if (summary) o.write(`${summary}\n`);
    },
  };
}

function percent(done: number, total: number): number {
  if (!(total > 0)) return 100;
  return Math.min(100, Math.max(0, (done / total) * 100));
}

/** `collect`'s progress: told what a source is doing, and each window as it completes. */
export interface CollectProgress {
  /** Writes a log line (the bar steps aside for it). */
  log: (line: string) => void;
  /** What a source is doing (the bar shows it; no line of its own). */
  status: (text: string) => void;
  window: (part: WindowPart, done: number, total: number) => void;
  end: () => void;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z');

/** "window 2026-11-20T10:00Z–10:15Z: 1234 events, 5 SLI(s) collected; missing crash_rate (…)" */
export function windowLine(part: WindowPart, windowMs: number): string {
  const end = iso(part.start + windowMs).slice(11);
  const counts = part.counts ? `${part.counts.events} events, ` : '';
  let line = `window ${iso(part.start)}–${end}: ${counts}${part.slis.size} SLI(s) collected`;
  if (part.missing.size > 0) {
    const reasons = [...part.missing].map(
      ([id, why]) => `${id} (${why.length > 160 ? `${why.slice(0, 157)}…` : why})`,
    );
    line += `; missing ${reasons.join(', ')}`;
  }
  return line;
}

/**
 * Without a terminal, a collect of at most this many windows (a day of 15-minute windows, and
 * the one that just ended) writes one line per window. A longer back-fill writes a line at each
 * tenth of its windows instead, and a line for each window with missing SLIs, up to this many:
 * 8,640 lines for 90 days buried what the log was for, and building them took ~50 ms.
 */
export const WINDOW_LINES_UP_TO = 100;

/**
 * A bar counting the `total` windows on a terminal; elsewhere, one line per window (or, past
 * WINDOW_LINES_UP_TO, the tenths and the windows with missing SLIs). Window lines come in bursts
 * (a file source tells all its windows at once), so they are written together, one write per
 * burst rather than one per line (stderr is synchronous), before any other output and at the
 * latest once the burst is over.
 */
export function createCollectProgress(
  mode: ProgressMode,
  write: (text: string) => void,
  windowMs: number,
  total: number,
): CollectProgress {
  const p = createProgress({ mode, write, unit: 'windows', counts: 'fraction' });
  let lines = '';
  const flush = () => {
    if (lines === '') return;
    const text = lines;
    lines = '';
    p.log(text);
  };
  const queue = (text: string) => {
    if (lines === '') setImmediate(flush);
    lines += text;
  };
  // Past WINDOW_LINES_UP_TO, the tenths: queued with the window lines, so they keep their order.
  const tenths =
    mode === 'lines' && total > WINDOW_LINES_UP_TO
      ? createProgress({ mode, write: queue, title: 'collected', unit: 'windows' })
      : undefined;
  let done = 0;
  let missingShown = 0;
  let missingLeft = 0;
  return {
    log: (line) => {
      flush();
      p.log(line);
    },
    status: (text) => {
      if (mode === 'bar') p.update(done, total, text);
    },
    window: (part, d, t) => {
      done = d;
      if (mode === 'bar') p.update(d, t, iso(part.start));
      else if (tenths === undefined) queue(`${windowLine(part, windowMs)}\n`);
      else {
        if (part.missing.size > 0) {
          if (missingShown < WINDOW_LINES_UP_TO) {
            missingShown++;
            queue(`${windowLine(part, windowMs)}\n`);
          } else missingLeft++;
        }
        tenths.update(d, t, () => `up to ${iso(part.start + windowMs)}`);
      }
    },
    end: () => {
      if (missingLeft > 0)
        queue(`… and ${missingLeft} more window(s) with missing SLIs; each record lists them and why\n`);
      flush();
      p.end();
    },
  };
}
