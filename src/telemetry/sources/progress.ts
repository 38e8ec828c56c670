/**
 * Collect progress on stderr: a bar that redraws in place on a terminal; one plain line per
 * window anywhere else (GitHub Actions, a pipe, a file), which is what a log wants.
 */
import type { WindowPart } from './types.js';

export type ProgressMode = 'bar' | 'lines';

export interface Progress {
  /** Writes a log line (the bar is cleared first and redrawn after). */
  log: (line: string) => void;
  status: (text: string) => void;
  window: (part: WindowPart, done: number, total: number) => void;
  end: () => void;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z');

/** "2026-11-20T10:00Z–10:15Z: 1234 events, 5 SLIs; missing crash_rate (…)" */
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

export function createProgress(
  mode: ProgressMode,
  write: (text: string) => void,
  windowMs: number,
): Progress {
  if (mode === 'lines') {
    return {
      log: write,
      status: () => {},
      window: (part) => write(`${windowLine(part, windowMs)}\n`),
      end: () => {},
    };
  }
  let shown = '';
  let label = '';
  let done = 0;
  let total = 0;
  const draw = () => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    shown = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} windows ${label}`;
    write(`\r\x1b[2K${shown}`);
  };
  const clear = () => {
    if (shown) write('\r\x1b[2K');
  };
  return {
    log: (line) => {
      clear();
      write(line);
      if (shown) draw();
    },
    status: (text) => {
      label = text;
      draw();
    },
    window: (part, d, t) => {
      done = d;
      total = t;
      label = iso(part.start);
      draw();
    },
    end: () => {
      clear();
      shown = '';
    },
  };
}
