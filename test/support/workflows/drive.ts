/**
 * Feeding the runs' writes back: handle an event, wait for its runs, turn what they wrote into
 * the events GitHub would send (follow-on.ts), handle those, until nothing new happens.
 *
 * Breadth-first, one event at a time: events are handled in the order GitHub would send them
 * (everything one event's runs caused comes before what the runs of those events cause), and
 * each event's runs finish before the next event is handled, so the writes since its snapshot
 * are its runs' own and the log says which event caused which. Runs of sibling events therefore
 * never overlap; `trigger` is there for tests of concurrency. No other run may be in progress
 * while driving: its writes would be taken for the driven event's.
 */
import type { ActionEvent, Emulator } from '../../../src/emulator/index.js';
import { followOnEvents, snapshot } from './follow-on.js';
import { describeEvent, runHeadLine } from './print.js';
import type { EventLog, WorkflowRunner } from './runner.js';

export interface DriveOptions {
  /** Follow-on generations handled after the first event (default 5); deeper ones are logged, not handled. */
  maxDepth?: number;
}

export interface DrivenEvent {
  /** 1-based, in the order handled. */
  id: number;
  /** 0 for the driven event, 1 for what its runs caused, … */
  depth: number;
  /** The id of the event whose runs' writes caused this one. */
  cause?: number;
  event: ActionEvent;
  /** "pull_request opened #2 by phasegate[bot]" */
  describe: string;
  /** The runner's log: decisions and runs. Absent when the event lay deeper than maxDepth. */
  log?: EventLog;
  /** API requests its runs made. */
  requests?: number;
}

export interface DriveLog {
  events: DrivenEvent[];
  /** Some events lay deeper than maxDepth and were not handled. */
  truncated: boolean;
  /** One line per event, per workflow (started or not, and why) and per run. */
  print(): string;
}

export async function drive(
  runner: WorkflowRunner,
  gh: Emulator,
  event: ActionEvent,
  opts: DriveOptions = {},
): Promise<DriveLog> {
  const busy = runner.events.flatMap((l) => l.runs).find((r) => r.status !== 'completed');
  if (busy)
    throw new Error(`drive: run ${busy.file}#${busy.number} is still going; await its event's done first`);
  const maxDepth = opts.maxDepth ?? 5;
  const events: DrivenEvent[] = [];
  const log: DriveLog = { events, truncated: false, print: () => printDrive(log, maxDepth) };
  const queue: Array<{ event: ActionEvent; depth: number; cause?: number }> = [{ event, depth: 0 }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const entry: DrivenEvent = { id: events.length + 1, ...next, describe: describeEvent(next.event) };
    events.push(entry);
    if (next.depth > maxDepth) {
      log.truncated = true;
      continue;
    }
    const before = await snapshot(gh);
    entry.log = await runner.handle(next.event);
    entry.requests = gh.requests.length - before.requests;
    for (const e of await followOnEvents(gh, before))
      queue.push({ event: e, depth: next.depth + 1, cause: entry.id });
  }
  return log;
}

export function printDrive(log: DriveLog, maxDepth: number): string {
  const lines: string[] = [];
  for (const e of log.events) {
    const head = `#${e.id}${e.cause ? ` (from #${e.cause})` : ''} ${e.describe}`;
    if (!e.log) {
      lines.push(`${head}: not handled, deeper than maxDepth ${maxDepth}`);
      continue;
    }
    lines.push(`${head}${e.log.runs.length ? ` (its runs: ${e.requests} API requests)` : ''}`);
    for (const d of e.log.decisions) {
      lines.push(`  ${d.file}: ${d.started ? 'started: ' : ''}${d.why}`);
      for (const run of e.log.runs.filter((r) => r.file === d.file)) lines.push(`    ${runHeadLine(run)}`);
    }
  }
  return lines.join('\n');
}
