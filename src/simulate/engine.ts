/**
 * `simulate`: what the scheduled Action would have done, run by run, on window records already
 * collected. The replay (replay.ts) runs the planner on the in-memory PR book: the same rules,
 * the same intents as on GitHub; this file sets the book up and reads the timeline back from it.
 */
import { PrBook } from '../interpreters/book.js';
import { IndexedRecords } from '../judge/record-index.js';
import { type Policy, phaseById, phaseIds } from '../policy/model.js';
import type { EnteredBy } from '../rollout/current.js';
import type { Evaluation } from '../rollout/decide.js';
import { historyStart } from '../rollout/lookback.js';
import { retentionMs } from '../rollout/retention.js';
import type { WindowRecord } from '../telemetry/record.js';
import { type PeoplePull, STAND_INS, standInApprovers } from './people.js';
import { type ReplayRun, replay, type Stage } from './replay.js';
import type {
  PhaseChange,
  PhaseSpan,
  PrKind,
  SimDecision,
  SimPr,
  SimulatedRepository,
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

const QUIET = { info: () => {}, warn: () => {} };

export async function simulate(input: SimulateInput): Promise<SimulationResult> {
  const { policy, from, to } = input;
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
  const read = reader(new IndexedRecords(input.records, policy.windowMs, policy.slis), policy);
  const repo = input.repository ?? standIns(policy);
  let now = from;
  const book = new PrBook({
    policy,
    templates: input.templates,
    live: {
      phase: startPhase,
      since: from,
      entered: input.entered,
      file: input.currentFile ?? 'phases/current.yaml',
    },
    // A copy is a plain array, which the judge indexes on its own; it must see every record.
    records: (a, b): readonly WindowRecord[] =>
      input.reindexEachRun ? [...read.all(a, b)] : read.atRun(a, b, book.live, now),
    now: () => now,
    checklist: repo.checklist,
    codeowners: repo.codeowners,
    teams: repo.teams,
    identity: repo.identity,
    repoUrl: repo.repoUrl,
  });
  const timeline = new Timeline(policy, book, {
    phase: startPhase,
    since: from,
    entered: input.entered ?? null,
  });
  const stage: Stage = {
    world: book,
    at: async (t) => {
      now = t;
    },
    openPulls: async () => openPulls(policy, book),
    approve: async (pull) => {
      if (pull.kind !== 'rollback') book.tick(pull.number);
      const logins = repo.approvers(pull.kind);
      for (const login of logins) book.review(pull.number, login);
      return logins[0]!;
    },
    // The book keeps the phase before its own merges: no tip to name.
    merge: async (pull) => ({ ...book.merge(pull.number), before: null }),
  };
  const result = await replay(stage, {
    policy,
    from,
    to,
    approveAfterMs,
    cronOffsetMs: repo.cronOffsetMs,
    log: QUIET,
    onRun: async (run) => {
      timeline.observe(run);
      await input.onRun?.(run);
    },
    onStep: input.onStep,
  });
  return timeline.result({
    input,
    startPhase,
    approveAfterMs,
    steps: result.steps,
    completed: result.completed,
  });
}

/**
 * The records [a, b) a run reads: `all` of them, or those a run at `now` reads, the index first
 * letting go of what no run from then on reads.
 */
function reader(index: IndexedRecords, policy: Policy) {
  const mergedBack = mergedBackMs(policy);
  const sumsRead = sumsReader(policy);
  return {
    all: (a: number, b: number) => index.slice(a, b),
    atRun(a: number, b: number, live: { since: number; started?: number }, now: number) {
      index.forgetBefore(now - mergedBack, () => sumsRead(live, now));
      return index.slice(a, b);
    },
  };
}

/**
 * How far back from its instant any run merges window data: the history of the longest lookback
 * of any phase (a lookback only moves later as time runs on). Earlier, runs read only baselines'
 * ratios, which the index keeps as sums; so records before this are let go, and memory holds that
 * history, not the days replayed.
 */
function mergedBackMs(policy: Policy): number {
  return Math.max(...policy.phases.map((phase) => -historyStart(policy, phase, 0)));
}

const DAY = 86_400_000;

/**
 * The window sums any run from `now` on reads: from its retention on (rollout/retention.ts:
 * everything a decision reads back from its instant, a phase entered now included) and the span
 * its charts look back over (plan/charts.ts: the soak or 5 days, twice the recovery watch, each
 * point over its SLO's window); before that, only at the edges of the baselines anchored at the
 * live phase's start and the rollout's (a later phase takes the live phase's start for the
 * rollout's when none is recorded: rollout/current.ts startedAfter). The index lets go of the
 * others, so its sums are flat in the days replayed.
 */
function sumsReader(policy: Policy): (live: { since: number; started?: number }, now: number) => SumsRead {
  const slos = [...policy.phases.flatMap((p) => p.slos), ...(policy.recovery?.watch ?? [])];
  const widths = new Set([0]);
  let window = DAY;
  for (const slo of slos) {
    if (slo.baseline?.kind === 'before_phase' || slo.baseline?.kind === 'before_rollout')
      widths.add(slo.baseline.windowMs);
    if (slo.window !== 'day') window = Math.max(window, slo.window);
  }
  const soaks = policy.phases.map((p) => (p.advance?.rule === 'soak' ? p.advance.forMs : 0));
  const charts = Math.max(5 * DAY, 2 * (policy.recovery?.forMs ?? 0), ...soaks) + window;
  const back = Math.max(retentionMs(policy, 0), charts);
  return (live, now) => {
    const anchors = live.started === undefined ? [live.since] : [live.since, live.started];
    return { from: now - back, pins: anchors.flatMap((a) => [...widths].map((w) => a - w)) };
  };
}

interface SumsRead {
  from: number;
  pins: number[];
}

/** With no repository given, stand-ins approve, made code owners and members of every team. */
function standIns(policy: Policy): SimulatedRepository {
  const entries = [...policy.github.approvers.advance, ...policy.github.approvers.rollback];
  const teams = Object.fromEntries(
    entries.filter((e) => e.includes('/')).map((t) => [t.toLowerCase(), [...STAND_INS]]),
  );
  return {
    codeowners: { path: 'CODEOWNERS', text: `* ${STAND_INS.map((s) => `@${s}`).join(' ')}\n` },
    teams,
    checklist: null,
    approvers: (kind) => standInApprovers(policy, kind),
  };
}

function openPulls(policy: Policy, book: PrBook): PeoplePull[] {
  return book.pulls
    .filter((p) => p.state === 'open' && p.proposal?.rollout === policy.rollout)
    .map((p) => ({
      number: p.number,
      kind: p.proposal!.kind,
      openedAt: p.openedAt,
      approved: p.reviews.length > 0,
      noApproval:
        p.proposal!.kind === 'rollback' && phaseById(policy, p.proposal!.from)?.rollback.approval === 'none',
      gate: book.gateOf(p.number),
    }));
}

/** Reads the replay back as the timeline `simulate` prints: decisions, PRs, phase changes. */
class Timeline {
  private readonly decisions: SimDecision[] = [];
  private readonly changes: PhaseChange[] = [];
  private readonly phases: PhaseSpan[] = [];
  private readonly opening = new Map<number, string[]>();
  private last: Evaluation | undefined;
  private alerting = false;

  constructor(
    private readonly policy: Policy,
    private readonly book: PrBook,
    private live: { phase: string; since: number; entered: EnteredBy | null },
  ) {}

  observe(run: ReplayRun): void {
    const { result } = run;
    if (run.trigger.command === 'propose') {
      const ev = result.plan.evaluation;
      this.last = ev;
      const d = ev.decision;
      if (d.action === 'complete') this.record(ev, null);
      if (d.action === 'hold' && d.alert && !this.alerting) this.record(ev, null);
      this.alerting = d.action === 'hold' && d.alert;
    }
    for (const pass of result.passes) {
      for (const [k, intent] of pass.plan.intents.entries()) {
        const number = pass.outcomes[k]?.number;
        if (intent.type !== 'open-proposal' || number === undefined) continue;
        this.opening.set(number, pass.plan.evaluation.decision.reasons);
        this.record(pass.plan.evaluation, number);
      }
    }
    this.followPhase();
  }

  /** A merge (phasegate's or a person's) made another phase live. */
  private followPhase(): void {
    const live = this.book.live;
    if (live.phase === this.live.phase && live.since === this.live.since) return;
    const merged = this.book.pulls.find((p) => p.mergedAt === live.since && p.proposal?.to === live.phase);
    this.phases.push(span(this.live.phase, this.live.since, live.since, this.live.entered));
    if (merged?.proposal) {
      this.changes.push({
        at: live.since,
        from: this.live.phase,
        to: live.phase,
        by: merged.proposal.kind,
        pr: merged.number,
        reasons: this.opening.get(merged.number) ?? [],
      });
    }
    this.live = { phase: live.phase, since: live.since, entered: live.entered ?? null };
    this.alerting = false;
  }

  private record(ev: Evaluation, pr: number | null): void {
    const d = ev.decision;
    this.decisions.push({
      at: ev.at,
      phase: ev.phase,
      since: ev.since,
      entered: this.live.phase === ev.phase ? this.live.entered : null,
      ...(this.book.live.started !== undefined && { started: this.book.live.started }),
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
  }

  result(o: {
    input: SimulateInput;
    startPhase: string;
    approveAfterMs: number;
    steps: number;
    completed: { at: number; result: { plan: { evaluation: Evaluation } } } | null;
  }): SimulationResult {
    const { policy } = this;
    const completed = o.completed
      ? {
          at: o.completed.at,
          phase: this.live.phase,
          reasons: o.completed.result.plan.evaluation.decision.reasons,
        }
      : null;
    const end = completed?.at ?? Math.max(o.input.to, this.live.since);
    const last = this.last;
    return {
      rollout: policy.rollout,
      timezone: policy.timezone,
      windowMs: policy.windowMs,
      from: o.input.from,
      to: o.input.to,
      startPhase: o.startPhase,
      approveAfterMs: o.approveAfterMs,
      steps: o.steps,
      decisions: this.decisions,
      changes: this.changes,
      prs: this.prs(o.approveAfterMs),
      phases: [...this.phases, span(this.live.phase, this.live.since, end, this.live.entered)],
      completed,
      final: {
        phase: this.live.phase,
        since: this.live.since,
        action: last?.phase === this.live.phase ? last.decision.action : 'hold',
        reasons:
          last?.phase === this.live.phase
            ? last.decision.reasons
            : [`${this.live.phase} was entered after the last run`],
      },
    };
  }

  private prs(approveAfterMs: number): SimPr[] {
    return this.book.pulls
      .filter((p) => p.proposal?.rollout === this.policy.rollout)
      .map((p) => {
        const kind = p.proposal!.kind as PrKind;
        const none =
          kind === 'rollback' && phaseById(this.policy, p.proposal!.from)?.rollback.approval === 'none';
        return {
          number: p.number,
          kind,
          from: p.proposal!.from,
          to: p.proposal!.to,
          openedAt: p.openedAt,
          approvedAt: p.openedAt + (none ? 0 : approveAfterMs),
          mergedAt: p.mergedAt,
          droppedAt: p.state === 'closed' ? p.closedAt : null,
          dropped: p.state === 'closed' ? p.closedBecause : null,
        };
      });
  }
}

function span(phase: string, from: number, to: number, entered: EnteredBy | null): PhaseSpan {
  return { phase, from, to, durationMs: to - from, entered };
}
