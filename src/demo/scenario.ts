/**
 * The demo scenario for the reference rollout (phases/): 15 days from Monday 2026-11-16 09:00
 * Tokyo, healthy except for a restore-failure regression while beta (A-2) is live, which rolls
 * A-2 back to A-1 (the plan's "restart from A-1"); then recovery, B-0, and GA (B-1) completing
 * after 5 healthy Tokyo days.
 *
 * Why restore failures and not save latency: A-2 judges restore success and crash-rate increase
 * only, so a latency regression in beta triggers nothing. Why 15 days and not 14: the soaks
 * (24 h + 24 h + 72 h + 72 h), a second A-1 soak after the restart, an hour of approval per PR
 * and 5 whole GA days in Tokyo add up to about 14.6 days.
 *
 * Two renderings of the same profiles: scenarioRecords() writes window records directly, at the
 * volume of a large app (a million sessions a window): A-2's "crash rate ≤ +5 % over its
 * baseline, min 200 sessions" needs thousands of crashes a window before noise stays under 5 %,
 * which no JSONL file of a practical size holds. scenarioTrace() gives the options for JSONL
 * events (src/demo/trace.ts) at a rate a file can hold: right for A-0 and A-1, too noisy for A-2.
 * Pure: no clock, no I/O.
 */
import type { Policy } from '../policy/model.js';
import { emptyAggregate, type SliAggregate, type WindowRecord } from '../telemetry/record.js';
import { type LatencyShape, latencySteps, mulberry32, type TraceOptions } from './trace.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-16T00:00:00Z');

export const SCENARIO = {
  seed: 20261116,
  /** Monday 2026-11-16 09:00 in Tokyo: the rollout starts at A-0. */
  start: START,
  end: START + 15 * DAY,
  days: 15,
  /**
   * Restore failures while A-2 is live: A-2 begins about 50 h in (A-0 and A-1 soak 24 h each, an
   * hour of approval after each), so this starts 6 h into beta and ends as the rollback (immediate,
   * the plan's 即時実行) turns the feature off for beta.
   */
  regression: {
    from: Date.parse('2026-11-18T08:00:00Z'),
    to: Date.parse('2026-11-18T08:30:00Z'),
    restoreSuccess: 0.95,
  },
  healthy: {
    latency: { p50Ms: 650, p95Ms: 1700 } satisfies LatencyShape,
    restoreSuccess: 0.998,
    autoMerge: 0.92,
    /** Share of bug reports that are critical. */
    critical: 0.01,
    crashesPerSession: 0.0286,
  },
  /** Events per 15-minute window at the daily peak (scenarioRecords). */
  perWindow: { saves: 600, restores: 5000, merges: 2000, sessions: 1_000_000, bugs: 0.75 },
} as const;

/** Share of the daily peak at instant t: quiet at night in Tokyo, busy in the afternoon. */
export function diurnal(t: number): number {
  const hour = ((((t + 9 * HOUR) % DAY) + DAY) % DAY) / HOUR;
  return 0.7 - 0.3 * Math.cos(((hour - 3) / 24) * 2 * Math.PI);
}

export function restoreSuccessAt(t: number): number {
  const r = SCENARIO.regression;
  return t >= r.from && t < r.to ? r.restoreSuccess : SCENARIO.healthy.restoreSuccess;
}

/** Options for traceLines()/traceChunks(): the same profiles as JSONL events. */
export function scenarioTrace(
  o: { from?: number; to?: number; ratePerMinute?: number; seed?: number } = {},
): TraceOptions {
  return {
    seed: o.seed ?? SCENARIO.seed,
    from: o.from ?? SCENARIO.start,
    to: o.to ?? SCENARIO.end,
    ratePerMinute: o.ratePerMinute ?? 40,
    latency: latencySteps(SCENARIO.healthy.latency, []),
    restoreSuccess: (t) => restoreSuccessAt(t),
    autoMerge: SCENARIO.healthy.autoMerge,
    critical: SCENARIO.healthy.critical,
  };
}

/**
 * One report per window of [from, to) (default: the whole scenario), every SLI of the reference
 * rollout filled from the profiles with seeded sampling noise; other SLIs of `policy` are empty.
 */
export function scenarioRecords(
  policy: Pick<Policy, 'slis' | 'windowMs'>,
  o: ScenarioRange = {},
): WindowRecord[] {
  return [...scenarioWindows(policy, o)];
}

export interface ScenarioRange {
  from?: number;
  to?: number;
  seed?: number;
  scale?: number;
}

/** scenarioRecords() one window at a time, in order: a long trace need not be held whole. */
export function* scenarioWindows(
  policy: Pick<Policy, 'slis' | 'windowMs'>,
  o: ScenarioRange = {},
): Generator<WindowRecord> {
  const from = o.from ?? SCENARIO.start;
  const to = o.to ?? SCENARIO.end;
  const w = policy.windowMs;
  const rnd = new Noise(o.seed ?? SCENARIO.seed);
  const h = SCENARIO.healthy;
  for (let start = from; start + w <= to; start += w) {
    const mid = start + w / 2;
    const volume = diurnal(mid) * (o.scale ?? 1) * (w / (15 * 60_000));
    const n = (k: keyof typeof SCENARIO.perWindow) => Math.max(1, Math.round(SCENARIO.perWindow[k] * volume));
    const slis = new Map<string, SliAggregate>();
    for (const [id, def] of Object.entries(policy.slis)) slis.set(id, emptyAggregate(def.kind));
    const saves = n('saves');
    const latency = emptyAggregate('latency');
    if (latency.kind === 'latency') {
      const sigma = Math.log(h.latency.p95Ms / h.latency.p50Ms) / 1.6448536269514722;
      for (let i = 0; i < saves; i++) {
        const v = Math.max(1, Math.round(h.latency.p50Ms * Math.exp(sigma * rnd.gauss())));
        latency.count++;
        latency.sum += v;
        latency.min = latency.min === null ? v : Math.min(latency.min, v);
        latency.max = latency.max === null ? v : Math.max(latency.max, v);
        latency.sketch.add(v);
      }
    }
    const restores = n('restores');
    const merges = n('merges');
    const sessions = n('sessions');
    const crashes = rnd.binomial(sessions, h.crashesPerSession);
    const critical = rnd.binomial(rnd.poisson(SCENARIO.perWindow.bugs * volume), h.critical);
    const set = (id: string, agg: SliAggregate) => {
      if (policy.slis[id]?.kind === agg.kind) slis.set(id, agg);
    };
    set('save_latency', latency);
    set('restore_success', {
      kind: 'ratio',
      numerator: rnd.binomial(restores, restoreSuccessAt(mid)),
      denominator: restores,
    });
    set('crash_rate', { kind: 'ratio', numerator: crashes, denominator: sessions });
    set('auto_merge_rate', {
      kind: 'ratio',
      numerator: rnd.binomial(merges, h.autoMerge),
      denominator: merges,
    });
    set('critical_bugs', { kind: 'count', count: critical });
    yield {
      start,
      end: start + w,
      counts: {
        events: saves + restores + merges + sessions + crashes,
        malformed: 0,
        invalid: 0,
        unknown: 0,
      },
      slis,
      missing: new Map(),
    };
  }
}

/** Seeded samples: Gaussian (Box–Muller), Poisson (inversion), binomial (exact when small). */
class Noise {
  private readonly rnd: () => number;
  constructor(seed: number) {
    this.rnd = mulberry32(seed);
  }

  gauss(): number {
    const u = 1 - this.rnd();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.rnd());
  }

  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.rnd(); p > limit; p *= this.rnd()) k++;
    return k;
  }

  /** Exact below 50 trials; a normal approximation of the rarer outcome's count above. */
  binomial(n: number, p: number): number {
    if (n < 50) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.rnd() < p) k++;
      return k;
    }
    const q = Math.min(p, 1 - p);
    const rare =
      n * q < 30 ? this.poisson(n * q) : Math.round(n * q + Math.sqrt(n * q * (1 - q)) * this.gauss());
    const k = Math.min(n, Math.max(0, rare));
    return p <= 0.5 ? k : n - k;
  }
}
