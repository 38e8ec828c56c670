/**
 * `phasegate simulate`: replay JSONL events through a policy and print what the scheduled Action
 * would have done: every phase change with its time and reason, the PRs, time in each phase and
 * the SLO values at each decision.
 *
 * The events are collected into window records in one streaming pass (the same collector as
 * `phasegate collect`, so memory holds per-window aggregates, not events), then replayed by
 * src/simulate, which calls the same evaluate() as `phasegate evaluate` and the Action. Every SLI
 * is read from --events, whatever sources: rollout.yaml names.
 */
import { writeFile } from 'node:fs/promises';
import { describeFsError } from '../fs-errors.js';
import { checkWindowRange, InputError } from '../input.js';
import { localDate, localTime } from '../judge/calendar.js';
import { loadTemplates } from '../notify/load.js';
import { type Policy, phaseById, phaseIds } from '../policy/model.js';
import { formatDuration, parseDuration } from '../policy/units.js';
import { createProgress, type ProgressMode } from '../progress.js';
import { renderReportHtml } from '../report/html.js';
import { SimulateError, simulate } from '../simulate/engine.js';
import { renderSimulationJson, renderSimulationText } from '../simulate/render.js';
import { simulationReportInput } from '../simulate/report.js';
import type { SimulationResult } from '../simulate/types.js';
import type { WindowRecord } from '../telemetry/record.js';
import { collectThreadCount } from '../telemetry/sources/collect-threads.js';
import { collectJsonl } from '../telemetry/sources/jsonl.js';
import { TelemetrySourceError } from '../telemetry/sources/read-error.js';
import { displayPath, loadPolicyDir } from '../worktree/policy-dir.js';

export interface SimulateCommandOptions {
  config: string;
  /** A JSONL file or a glob of them. */
  events: string;
  from: number;
  to: number;
  startPhase?: string;
  /** A duration ("1h", "30m"); default 1h. */
  approveAfter?: string;
  format: 'text' | 'json';
  /** stderr: progress and warnings. */
  log: (text: string) => void;
  progress?: ProgressMode;
  cwd?: string;
  /** Write the self-contained HTML report here. */
  report?: string;
  /** When the report is made (the CLI's clock). */
  now?: number;
}

export async function simulateCommand(
  o: SimulateCommandOptions,
): Promise<{ result: SimulationResult; text: string }> {
  const loaded = loadPolicyDir(o.config);
  const { policy } = loaded;
  const approveAfterMs = checkFlags(o, policy);
  const records = await collectEvents(o, policy);
  const w = policy.windowMs;
  const tz = policy.timezone;
  const replaying = createProgress({
    mode: o.progress ?? 'lines',
    write: o.log,
    title: 'replaying',
    unit: 'runs',
  });
  let result: SimulationResult;
  try {
    result = await simulate({
      policy,
      records,
      from: o.from,
      to: o.to,
      startPhase: o.startPhase,
      approveAfterMs,
      templates: loadTemplates(loaded.dir, policy.notify),
      currentFile: displayPath(loaded.currentPath),
      onStep: (done, total) => {
        const t = o.from + done * w;
        replaying.update(done, total, () => `${localDate(t, tz)} ${localTime(t, tz)} ${tz}`);
      },
    });
  } catch (e) {
    replaying.end();
    if (e instanceof SimulateError) {
      const flag = { startPhase: '--start-phase', range: '--to', approveAfterMs: '--approve-after' }[e.field];
      throw new InputError(`${flag}: ${e.message}`);
    }
    throw e;
  }
  replaying.end(`replayed ${result.steps} runs`);
  if (o.report) {
    const input = simulationReportInput(policy, result, records, o.now ?? o.to);
    await writeFile(o.report, renderReportHtml(input)).catch((e: unknown) => {
      const words = describeFsError(e, o.report!);
      throw words ? new InputError(`--report: ${words}; give a file to write, e.g. report.html`) : e;
    });
    o.log(`report: ${o.report}\n`);
  }
  const text = o.format === 'json' ? renderSimulationJson(result) : renderSimulationText(result);
  return { result, text };
}

/** The range on window boundaries, a known start phase, a readable approval delay (returned). */
function checkFlags(o: SimulateCommandOptions, policy: Policy): number | undefined {
  checkWindowRange(o.from, o.to, policy.windowMs, formatDuration(policy.windowMs));
  if (o.startPhase !== undefined && !phaseById(policy, o.startPhase)) {
    throw new InputError(
      `--start-phase: unknown phase "${o.startPhase}"; valid phases: ${phaseIds(policy).join(', ')}`,
    );
  }
  const approveAfterMs = o.approveAfter === undefined ? undefined : parseDuration(o.approveAfter);
  if (o.approveAfter !== undefined && approveAfterMs === undefined) {
    throw new InputError(`--approve-after: "${o.approveAfter}" is not a duration such as 1h, 30m or 0m`);
  }
  return approveAfterMs;
}

/**
 * The events of --events collected into window records in one streaming pass, with progress: on
 * several threads, as `phasegate collect` does (the result is the same as one thread's).
 */
async function collectEvents(o: SimulateCommandOptions, policy: Policy): Promise<WindowRecord[]> {
  const reading = createProgress({
    mode: o.progress ?? 'lines',
    write: o.log,
    title: 'collecting events',
    unit: 'MB',
    format: (n) => n.toFixed(1),
  });
  const collected = await collectJsonl({
    policy,
    from: o.from,
    to: o.to,
    source: o.events,
    cwd: o.cwd,
    workers: collectThreadCount(),
    onBytes: (done, total) => reading.update(done / 1e6, total / 1e6),
    meanwhile: () => loadHolidays(policy, o.from, o.to),
  }).catch((e: unknown) => {
    reading.end();
    throw e instanceof TelemetrySourceError ? new InputError(`--events: ${e.message}`) : e;
  });
  const files = collected.files;
  const sum = (k: 'events' | 'malformed' | 'invalid' | 'unknown') =>
    collected.windows.reduce((n, r) => n + r.counts[k], 0);
  reading.end(
    `collected ${sum('events')} events from ${files.length} file(s) into ${collected.windows.length} windows (${sum('malformed')} malformed, ${sum('invalid')} invalid, ${sum('unknown')} unknown lines; ${collected.stats.outside} lines outside --from/--to)`,
  );
  if (sum('events') === 0) {
    o.log(
      `warning: no events between --from ${new Date(o.from).toISOString()} and --to ${new Date(o.to).toISOString()}; every run will hold for lack of data (check the range against the events' ts)\n`,
    );
  }
  return collected.windows;
}

/**
 * The public holidays of the simulated years, looked up ahead: the replay's first due date would
 * otherwise load the calendar (date-holidays, ~110 ms) after the collect, with the other core
 * idle; asked for during the collect, it runs beside the worker threads' parsing.
 */
function loadHolidays(policy: Policy, from: number, to: number): void {
  const { country, publicHolidays } = policy.holidays;
  if (!country || !publicHolidays) return;
  for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++)
    publicHolidays(country, y);
}
