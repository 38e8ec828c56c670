/**
 * The run log (the plan: 実行ログは reports/monitoring/ に保存): one JSON line per scheduled run,
 * committed by `collect` in the same commit as that run's window records, to
 * `<records>/runs/YYYYMMDD.jsonl` (the local day in the policy's time zone, the day the Runbook's
 * daily record covers). It sits in a subfolder whose file names are 8 digits, so no reader of
 * window records (YYYYMMDDHHMM.jsonl, top level only) takes it for one.
 *
 * A line says what was collected, the verdict per SLO of the live phase on the fresh records,
 * whether windows need collecting again, and the decision. Keys are stable; a reader ignores keys
 * it does not know. `recheck` is there when a rule fired on the fresh records and collect read its
 * windows again before acting (SPEC.md section 3.3, commands/confirm.ts).
 */
import { formatRecollect, type RecollectNeed } from '../judge/recollect.js';
import type { SloStatus } from '../judge/slo.js';
import type { Evaluation } from '../rollout/decide.js';

/** What one collect run did, as the collect step measured it. */
export interface CollectedRun {
  /** Windows collected (new, back-filled, or collected again for missing SLIs). */
  windows: number;
  /** The first window's start and the last one's end (epoch ms); null when none was collected. */
  from: number | null;
  to: number | null;
  events: number;
  malformed: number;
  invalid: number;
  unknown: number;
  /** SLI → windows of this run's records that mark it missing (its source failed). */
  missing: Record<string, number>;
  /** Source → failed attempts it retried (the sources' retry log lines). */
  retries: Record<string, number>;
  /** A source that could not work at all (the run fails after committing), else null. */
  failed: string | null;
  /** The re-collect of a breach's windows before acting (commands/confirm.ts); absent when none ran. */
  recheck?: RecheckLine;
}

/** What the second read of a breach found: windows read again, those confirmed, the breach after. */
export interface RecheckLine {
  windows: number;
  confirmed: number;
  breach: 'stands' | 'gone';
}

export interface RunLogLine {
  v: 1;
  /** The run: GitHub's run id, or its instant when there is none; one line per run. */
  id: string;
  at: string;
  /** The workflow run (ctx.runUrl), or null. */
  url: string | null;
  rollout: string;
  phase: string;
  /** CollectedRun with its instants in ISO 8601, and the window record files it committed. */
  collected: Omit<CollectedRun, 'from' | 'to' | 'recheck'> & {
    from: string | null;
    to: string | null;
    /** Window record files written (new or changed) and committed with this line. */
    files: number;
  };
  slos: {
    id: string;
    status: SloStatus;
    value: number | null;
    threshold: number;
    op: string;
    unit: string;
  }[];
  recollect: { needed: boolean; text: string };
  decision: { action: string; to: string | null; reason: string | null };
  /** When a rule fired on the fresh records: what reading its windows again found. */
  recheck?: RecheckLine;
}

export interface RunLogInput {
  id: string;
  at: number;
  url?: string;
  rollout: string;
  evaluation: Evaluation;
  collected: CollectedRun;
  files: number;
  recollect: RecollectNeed;
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export function runLogLine(o: RunLogInput): RunLogLine {
  const ev = o.evaluation;
  const c = o.collected;
  return {
    v: 1,
    id: o.id,
    at: new Date(o.at).toISOString(),
    url: o.url ?? null,
    rollout: o.rollout,
    phase: ev.phase,
    collected: {
      windows: c.windows,
      from: iso(c.from),
      to: iso(c.to),
      events: c.events,
      malformed: c.malformed,
      invalid: c.invalid,
      unknown: c.unknown,
      missing: c.missing,
      retries: c.retries,
      failed: c.failed,
      files: o.files,
    },
    slos: ev.slos.map((s) => ({
      id: s.id,
      status: s.status,
      value: s.value,
      threshold: s.threshold,
      op: s.op,
      unit: s.unit,
    })),
    recollect: { needed: o.recollect.needed, text: formatRecollect(o.recollect) },
    decision: {
      action: ev.decision.action,
      to: ev.decision.to,
      reason: ev.decision.reasons[0] ?? null,
    },
    ...(c.recheck && { recheck: c.recheck }),
  };
}

/** The text of a line: one JSON object. */
export function runLogText(line: RunLogLine): string {
  return JSON.stringify(line);
}

/** What makes a run's line findable in its file: its id, as runLogText writes it. */
export function runLogKey(id: string): string {
  return `"id":${JSON.stringify(id)}`;
}

/** The lines of a run log file; a line that is not one (a person's edit, a torn write) is skipped. */
export function parseRunLog(text: string): RunLogLine[] {
  const out: RunLogLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const x = JSON.parse(raw) as Partial<RunLogLine>;
      if (x && x.v === 1 && typeof x.id === 'string' && typeof x.at === 'string') out.push(x as RunLogLine);
    } catch {
      // not a run log line
    }
  }
  return out;
}
