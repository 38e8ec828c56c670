/**
 * The replay: what the scheduled Action would have done, run by run, on reports already collected.
 *
 * At every window boundary t it calls the one decision function, evaluate(), with the reports
 * the Action would read then (lookbackStart..t), and acts as the Action does:
 * - advance / restart: a PR opens; it is approved `approveAfterMs` later and merged at the first
 *   run from then on whose verdict still agrees (the gate is red otherwise).
 * - rollback: a PR opens and every other open proposal is closed (the rollback wins). With
 *   `rollback.approval: none` it merges in the same run; otherwise after the approval delay,
 *   with no SLO verdict needed.
 * - a merge makes its target the live phase from the merge time on (`since`), entered by that
 *   kind; proposals from the old phase are stale and closed.
 * - complete: recorded, and the replay stops proposing.
 *
 * Cost: one evaluate() per step over the lookback only, so it grows linearly with the range.
 * Pure: no clock, no I/O.
 */
import { alignDown } from '../judge/span.js';
import { phaseById, phaseIds } from '../policy/model.js';
import type { EnteredBy } from '../rollout/current.js';
import { type Evaluation, evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import type { WindowRecord } from '../telemetry/record.js';
import type {
  PhaseChange,
  PhaseSpan,
  PrKind,
  SimDecision,
  SimPr,
  SimulateInput,
  SimulationResult,
} from './types.js';

export const DEFAULT_APPROVE_AFTER_MS = 3_600_000;

/** A caller error (unknown phase, empty range): the CLI names the flag. */
export class SimulateError extends Error {
  override name = 'SimulateError';
  constructor(
    readonly field: 'startPhase' | 'range' | 'approveAfterMs',
    message: string,
  ) {
    super(message);
  }
}

export function simulate(input: SimulateInput): SimulationResult {
  const { policy, from, to } = input;
  const w = policy.windowMs;
  const startPhase = input.startPhase ?? policy.phases[0]?.id ?? '';
  if (!phaseById(policy, startPhase)) {
    throw new SimulateError(
      'startPhase',
      `unknown phase "${startPhase}"; valid phases: ${phaseIds(policy).join(', ')}`,
    );
  }
  if (!(to > from)) throw new SimulateError('range', 'the end of the replay must be after its start');
  const approveAfterMs = input.approveAfterMs ?? DEFAULT_APPROVE_AFTER_MS;
  if (!(approveAfterMs >= 0) || !Number.isFinite(approveAfterMs)) {
    throw new SimulateError('approveAfterMs', 'the approval delay must be a duration of 0 or more');
  }
  const records = new ReportIndex(input.records);

  let phase = startPhase;
  let since = from;
  let entered: EnteredBy | undefined = input.entered;
  const decisions: SimDecision[] = [];
  const changes: PhaseChange[] = [];
  const prs: SimPr[] = [];
  const open: SimPr[] = [];
  const opening = new Map<number, string[]>();
  const phases: PhaseSpan[] = [];
  let completed: SimulationResult['completed'] = null;
  let last: Evaluation | undefined;
  let alerting = false;
  let steps = 0;

  const record = (ev: Evaluation, pr: number | null): void => {
    const d = ev.decision;
    decisions.push({
      at: ev.at,
      phase: ev.phase,
      since: ev.since,
      entered: entered ?? null,
      action: d.action,
      to: d.to,
      alert: d.alert,
      reasons: d.reasons,
      slos: ev.slos.map((v) => ({
        id: v.id,
        status: v.status,
        value: v.value,
        op: v.op,
        threshold: v.threshold,
        unit: v.unit,
        samples: v.samples,
        reason: v.reason,
      })),
      pr,
    });
  };
  const drop = (pr: SimPr, at: number, why: string): void => {
    pr.droppedAt = at;
    pr.dropped = why;
    open.splice(open.indexOf(pr), 1);
  };
  const propose = (ev: Evaluation, kind: PrKind, target: string, delay: number): SimPr | undefined => {
    if (open.some((p) => p.kind === kind && p.to === target)) return undefined;
    const pr: SimPr = {
      number: prs.length + 1,
      kind,
      from: ev.phase,
      to: target,
      openedAt: ev.at,
      approvedAt: ev.at + delay,
      mergedAt: null,
      droppedAt: null,
      dropped: null,
    };
    prs.push(pr);
    open.push(pr);
    opening.set(pr.number, ev.decision.reasons);
    record(ev, pr.number);
    return pr;
  };

  const first = alignDown(from, w) + w;
  const total = to >= first ? Math.floor((to - first) / w) + 1 : 0;
  for (let t = first; t <= to; t += w) {
    steps++;
    const spec = phaseById(policy, phase)!;
    const ev = evaluate({
      policy,
      phase,
      since,
      records: records.slice(lookbackStart(policy, spec, since, t), t),
      at: t,
      entered,
    });
    last = ev;
    const d = ev.decision;
    if (d.action === 'complete') {
      record(ev, null);
      completed = { at: t, phase, reasons: d.reasons };
      input.onStep?.(total, total);
      break;
    }
    if (d.action === 'hold' && d.alert && !alerting) record(ev, null);
    alerting = d.action === 'hold' && d.alert;
    if (d.action === 'rollback' && d.to) {
      const pr = propose(ev, 'rollback', d.to, spec.rollback.approval === 'none' ? 0 : approveAfterMs);
      if (pr) {
        for (const other of [...open]) {
          if (other.kind !== 'rollback') drop(other, t, `a rollback was proposed in #${pr.number}`);
        }
      }
    } else if ((d.action === 'advance' || d.action === 'restart') && d.to) {
      propose(ev, d.action, d.to, approveAfterMs);
    }

    // Merges approved before the next run; rollbacks first, then the oldest.
    const due = open
      .filter((p) => p.approvedAt < t + w)
      .sort((a, b) => rank(a) - rank(b) || a.approvedAt - b.approvedAt || a.number - b.number);
    for (const pr of due) {
      const green = pr.kind === 'rollback' || (d.action === pr.kind && d.to === pr.to);
      if (!green) continue; // approved, but the gate is red: it waits for a run that agrees
      const at = Math.max(pr.approvedAt, t);
      pr.mergedAt = at;
      open.splice(open.indexOf(pr), 1);
      phases.push(span(phase, since, at, entered));
      changes.push({
        at,
        from: phase,
        to: pr.to,
        by: pr.kind,
        pr: pr.number,
        reasons: opening.get(pr.number)!,
      });
      for (const other of [...open]) drop(other, at, `the live phase is now ${pr.to}`);
      phase = pr.to;
      since = at;
      entered = { by: pr.kind, from: pr.from };
      alerting = false;
      break;
    }
    input.onStep?.(steps, total);
  }
  phases.push(span(phase, since, completed?.at ?? Math.max(to, since), entered));
  return {
    rollout: policy.rollout,
    timezone: policy.timezone,
    windowMs: w,
    from,
    to,
    startPhase,
    approveAfterMs,
    steps,
    decisions,
    changes,
    prs,
    phases,
    completed,
    final: {
      phase,
      since,
      action: last?.phase === phase ? last.decision.action : 'hold',
      reasons: last?.phase === phase ? last.decision.reasons : [`${phase} was entered after the last run`],
    },
  };
}

function rank(pr: SimPr): number {
  return pr.kind === 'rollback' ? 0 : 1;
}

function span(phase: string, from: number, to: number, entered: EnteredBy | undefined): PhaseSpan {
  return { phase, from, to, durationMs: to - from, entered: entered ?? null };
}

/**
 * Reports sorted by window start, sliced per step to what the Action would read:
 * start ≥ lookback start and end ≤ now (readRecords does the same with file names).
 */
class ReportIndex {
  private readonly sorted: WindowRecord[];

  constructor(records: readonly WindowRecord[]) {
    // A stable sort keeps re-collected windows after their first report, so they still win.
    this.sorted = [...records].sort((a, b) => a.start - b.start);
  }

  slice(from: number, to: number): WindowRecord[] {
    const lo = this.firstStartAtLeast(from);
    const out: WindowRecord[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const r = this.sorted[i]!;
      if (r.start >= to) break;
      if (r.end <= to) out.push(r);
    }
    return out;
  }

  private firstStartAtLeast(t: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
