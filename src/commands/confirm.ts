/**
 * The plan's §3.3, "SLO 違反時の再試行: collect-metrics を再実行": when the records a collect just
 * wrote make a rollback rule fire, the windows it fired on are read again from the same sources
 * (each request with the plan's retry schedule, 0.5 s → 8 s) before anything acts on them.
 *
 * - The second read agrees or knows more: it is the record, marked `rechecked`, and the verdict of
 *   every later run says the breach was confirmed (rollout/confirmation.ts).
 * - It knows less (fewer events, an SLI it could not get): the first record stays, unmarked, with
 *   a warning; the verdict says the breach was not confirmed, and the rollback still goes ahead.
 * - The rule no longer fires on what the second read gave: the first read was incomplete, and
 *   the corrected records are what the propose step judges, so nothing is rolled back.
 *
 * Windows already confirmed are not read again, so a breach that lasts all day costs one re-read
 * of each of its windows, not one per run.
 */
import { type Policy, phaseById } from '../policy/model.js';
import { behindFiredRules } from '../rollout/confirmation.js';
import type { CurrentPhase } from '../rollout/current.js';
import { type Evaluation, evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import type { WindowRecord } from '../telemetry/record.js';
import { readRecords, writeRecords } from '../telemetry/sources/record-files.js';
import { windowFileName } from '../telemetry/window.js';

export interface RecheckInput {
  policy: Policy;
  /** The live phase (current.yaml). */
  live: Pick<CurrentPhase, 'phase' | 'since' | 'entered' | 'started'>;
  /** The records folder the collect wrote. */
  output: string;
  now: number;
  /**
   * Windows that ended before this are not read again: the source is expected to hold what the
   * back-fill reaches, and the Action commits only windows within it. The verdict counts them as
   * read once.
   */
  horizon: number;
  log: (line: string) => void;
  /** Reads the windows starting at these instants again, every SLI, as fresh records. */
  recollect: (starts: number[]) => Promise<WindowRecord[]>;
}

/** What the re-collect found, for the log and the run log; null when no rule fired on unconfirmed windows. */
export interface RecheckResult {
  /** Windows read again. */
  windows: number;
  /** Of them, confirmed (marked `rechecked`). */
  confirmed: number;
  /** Whether a rollback rule still fires on the records after the re-read. */
  stillFires: boolean;
  /** The record files rewritten (confirmed windows), by path. */
  files: string[];
}

export async function recheckBreaches(i: RecheckInput): Promise<RecheckResult | null> {
  // The folder is read once: the second judgement runs on these records with the re-read ones in.
  const { policy, live } = i;
  const spec = phaseById(policy, live.phase)!;
  const records = await readRecords(
    i.output,
    lookbackStart(policy, spec, live.since, i.now, live.started),
    i.now,
  );
  const first = judge(i, records);
  const behind = behindFiredRules(first.rules);
  if (!behind) return null;
  const owed = records.filter((r) => r.rechecked === undefined && r.start >= i.horizon && behind(r));
  if (owed.length === 0) return null;
  const rule = first.rules.find((r) => r.fired)!;
  i.log(
    `re-collect: ${rule.rule} on ${rule.slo} fired; reading its ${owed.length} window(s) again before acting (the plan's §3.3)\n`,
  );
  const fresh = new Map((await i.recollect(owed.map((r) => r.start))).map((r) => [r.start, r]));
  const confirmed = new Map<number, WindowRecord>();
  for (const before of owed) {
    const next = fresh.get(before.start);
    const why = next ? knowsLess(before, next) : 'the re-read returned nothing';
    if (why) i.log(`warning: ${windowFileName(before.end)}: kept the first read, not confirmed: ${why}\n`);
    else confirmed.set(before.start, { ...next!, rechecked: i.now });
  }
  const written = await writeRecords(i.output, [...confirmed.values()]);
  const again = judge(
    i,
    records.map((r) => confirmed.get(r.start) ?? r),
  );
  const stillFires = fires(again);
  i.log(
    stillFires
      ? `re-collect: the breach stands (${confirmed.size} of ${owed.length} window(s) confirmed): ${again.decision.reasons[0]}\n`
      : `re-collect: the breach is gone after reading ${owed.length} window(s) again (the first read was incomplete); nothing rolls back on it\n`,
  );
  return {
    windows: owed.length,
    confirmed: confirmed.size,
    stillFires,
    files: written.filter((w) => w.changed).map((w) => w.path),
  };
}

function judge(i: RecheckInput, records: readonly WindowRecord[]): Evaluation {
  const { policy, live } = i;
  return evaluate({
    policy,
    phase: live.phase,
    since: live.since,
    records,
    at: Math.max(i.now, live.since),
    entered: live.entered,
    started: live.started,
  });
}

/** A rollback rule fired (a rollback, or an alert where there is no earlier phase). */
function fires(ev: Evaluation): boolean {
  return ev.rules.some((r) => r.fired);
}

/** Why the second read is worse than the first; undefined when it agrees or knows more. */
function knowsLess(before: WindowRecord, next: WindowRecord): string | undefined {
  if (next.counts.events < before.counts.events)
    return `it found ${next.counts.events} events, the first ${before.counts.events}`;
  const lost = [...before.slis.keys()].filter((id) => !next.slis.has(id));
  if (lost.length) return `it could not get ${lost.join(', ')} (${next.missing.get(lost[0]!) ?? 'missing'})`;
  return undefined;
}
