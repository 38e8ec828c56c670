/**
 * A seeded, deterministic generator of canonical telemetry: JSONL event lines (SPEC.md §2) over
 * a time range, ~165 bytes a line on average, with configurable event mix, rates and a latency
 * profile that may change over time and by cohort (e.g. a latency regression in beta from some
 * instant on), plus an optional small share of malformed, invalid and unknown lines.
 * Same options, same bytes. Pure: no clock, no I/O.
 */
import { Buffer } from 'node:buffer';

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type EventKind = 'save' | 'restore' | 'merge' | 'session' | 'crash' | 'bug';

/** Median and 95th percentile of save latency (log-normal between them). */
export interface LatencyShape {
  p50Ms: number;
  p95Ms: number;
}
export type LatencyProfile = (tMs: number, cohort: string) => LatencyShape;
export type RateProfile = number | ((tMs: number, cohort: string) => number);

export interface LatencyStep extends LatencyShape {
  /** From this instant on (epoch ms). */
  from: number;
  /** Only this cohort (default: all). */
  cohort?: string;
}

/**
 * A piecewise-constant latency profile: the last step whose `from` ≤ t (and whose cohort
 * matches, when given) applies; before any step, `base`.
 */
export function latencySteps(base: LatencyShape, steps: readonly LatencyStep[]): LatencyProfile {
  const sorted = [...steps].sort((a, b) => a.from - b.from);
  return (t, cohort) => {
    let shape = base;
    for (const s of sorted) {
      if (s.from > t) break;
      if (s.cohort === undefined || s.cohort === cohort) shape = s;
    }
    return shape;
  };
}

export interface TraceOptions {
  seed: number;
  /** Epoch ms; events are spread over [from, to) in time order. */
  from: number;
  to: number;
  /** Number of lines (events plus injected bad lines). Or give ratePerMinute. */
  events?: number;
  ratePerMinute?: number;
  /** Relative weights of the event kinds. */
  mix?: Partial<Record<EventKind, number>>;
  /** Relative weights of cohorts (the "cohort" field). */
  cohorts?: Record<string, number>;
  latency?: LatencyProfile;
  /** Share of restores that succeed. */
  restoreSuccess?: RateProfile;
  /** Share of diff applications merged automatically. */
  autoMerge?: RateProfile;
  /** Share of bug reports that are critical. */
  critical?: RateProfile;
  /** Shares of lines replaced by a malformed line, an invalid event, an unknown event. */
  malformed?: number;
  invalid?: number;
  unknown?: number;
}

export const DEFAULT_MIX: Record<EventKind, number> = {
  save: 0.6,
  restore: 0.1,
  merge: 0.2,
  session: 0.07,
  crash: 0.002,
  bug: 0.0005,
};
export const DEFAULT_LATENCY: LatencyShape = { p50Ms: 700, p95Ms: 1800 };

const APPS = ['desktop', 'web', 'ios', 'android'];
const VERSIONS = ['4.12.0', '4.12.1', '4.13.0', '4.11.7'];
const KINDS: EventKind[] = ['save', 'restore', 'merge', 'session', 'crash', 'bug'];
const HEX = '0123456789abcdef';

function rateAt(r: RateProfile | undefined, dflt: number, t: number, cohort: string): number {
  return r === undefined ? dflt : typeof r === 'number' ? r : r(t, cohort);
}

function cumulative(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => {
    acc += w / total;
    return acc;
  });
}

function pick(cum: number[], u: number): number {
  for (let i = 0; i < cum.length; i++) if (u < cum[i]!) return i;
  return cum.length - 1;
}

/** The seeded random numbers a trace draws, in a fixed order (the same seed, the same trace). */
class Draws {
  private spare = Number.NaN;

  constructor(readonly rnd: () => number) {}

  /** A standard normal value (Box-Muller, the second value of each pair kept for the next call). */
  gauss(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = Number.NaN;
      return s;
    }
    const u = 1 - this.rnd();
    const v = this.rnd();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  hex(len: number): string {
    let s = '';
    for (let i = 0; i < len; i++) s += HEX[(this.rnd() * 16) | 0];
    return s;
  }
}

/** Yields the lines (without newline) in time order. */
export function* traceLines(o: TraceOptions): Generator<string> {
  const draws = new Draws(mulberry32(o.seed));
  const { rnd } = draws;
  const span = o.to - o.from;
  if (!(span > 0)) throw new RangeError('trace range is empty');
  const n = o.events ?? Math.round(((o.ratePerMinute ?? 1000) * span) / 60_000);
  const mix = { ...DEFAULT_MIX, ...o.mix };
  const kindCum = cumulative(KINDS.map((k) => mix[k]));
  const cohortNames = Object.keys(o.cohorts ?? { ga: 1 });
  const cohortCum = cumulative(cohortNames.map((c) => (o.cohorts ?? { ga: 1 })[c]!));
  const bad = { malformed: o.malformed ?? 0, invalid: o.invalid ?? 0, unknown: o.unknown ?? 0 };
  for (let i = 0; i < n; i++) {
    const t = o.from + Math.floor(((i + rnd()) * span) / n);
    const ts = new Date(t).toISOString();
    const cohort = cohortNames[pick(cohortCum, rnd())]!;
    const tail = `"session":"s-${draws.hex(6)}","user":"u-${String((rnd() * 1e5) | 0).padStart(5, '0')}","app":"${APPS[(rnd() * APPS.length) | 0]}","version":"${VERSIONS[(rnd() * VERSIONS.length) | 0]}","cohort":"${cohort}"}`;
    const broken = brokenLine(draws, bad, ts, tail);
    yield broken ?? `{"ts":"${ts}",${eventBody(draws, o, KINDS[pick(kindCum, rnd())]!, t, cohort)},${tail}`;
  }
}

/** A malformed, invalid or unknown line, at the trace's rates; undefined for a good event. */
function brokenLine(
  draws: Draws,
  p: { malformed: number; invalid: number; unknown: number },
  ts: string,
  tail: string,
): string | undefined {
  const { rnd } = draws;
  const r = rnd();
  if (r < p.malformed) {
    const good = `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}`;
    const variant = (rnd() * 3) | 0;
    return variant === 0
      ? good.slice(0, (rnd() * (good.length - 2)) | 0) // cut short
      : variant === 1
        ? `${good.slice(0, -1)},}` // trailing comma
        : `[${JSON.stringify(ts)},"autosave.save.completed"]`; // JSON, not an object
  }
  if (r < p.malformed + p.invalid) {
    return (rnd() * 2) | 0
      ? `{"event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}` // no ts
      : `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":"${(rnd() * 3000) | 0}",${tail}`; // string duration
  }
  if (r < p.malformed + p.invalid + p.unknown)
    return `{"ts":"${ts}","event":"ui.toolbar.click","button":"export",${tail}`;
  return undefined;
}

/** The event fields of one good line of `kind` at instant t. */
function eventBody(
  draws: Draws,
  o: TraceOptions,
  kind: (typeof KINDS)[number],
  t: number,
  cohort: string,
): string {
  const { rnd } = draws;
  switch (kind) {
    case 'save': {
      const { p50Ms, p95Ms } = (o.latency ?? (() => DEFAULT_LATENCY))(t, cohort);
      const sigma = Math.log(p95Ms / p50Ms) / 1.6448536269514722;
      const d = Math.max(1, Math.round(p50Ms * Math.exp(sigma * draws.gauss())));
      return `"event":"autosave.save.completed","duration_ms":${d}`;
    }
    case 'restore':
      return `"event":"autosave.restore.result","success":${rnd() < rateAt(o.restoreSuccess, 0.998, t, cohort)}`;
    case 'merge':
      return `"event":"merge.diff.apply","mode":"${rnd() < rateAt(o.autoMerge, 0.86, t, cohort) ? 'auto' : 'manual'}"`;
    case 'session':
      return `"event":"app.session.start","os":"${['macOS 15.1', 'Windows 11', 'iOS 18.1', 'Android 15'][(rnd() * 4) | 0]}"`;
    case 'crash':
      return `"event":"app.crash","signal":"SIGSEGV"`;
    default:
      return `"event":"bug.reported","id":"bug-${t}","severity":"${rnd() < rateAt(o.critical, 0.1, t, cohort) ? 'critical' : 'major'}"`;
  }
}

/** The lines as Buffers of about `chunkBytes` each, every line ending in "\n" (for big files). */
export function* traceChunks(o: TraceOptions, chunkBytes = 1 << 20): Generator<Buffer> {
  let parts: string[] = [];
  let size = 0;
  for (const line of traceLines(o)) {
    parts.push(line);
    size += line.length + 1;
    if (size >= chunkBytes) {
      parts.push('');
      yield Buffer.from(parts.join('\n'), 'utf8');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) {
    parts.push('');
    yield Buffer.from(parts.join('\n'), 'utf8');
  }
}

/** The whole trace as one string (small traces: tests, the demo). */
export function traceText(o: TraceOptions): string {
  let s = '';
  for (const line of traceLines(o)) s += `${line}\n`;
  return s;
}
