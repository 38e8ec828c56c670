/**
 * `phasegate collect`: telemetry → one window record per window, from the sources the policy
 * names (rollout.yaml `sources:`; SLIs without one read the JSONL events of --source).
 *
 * - With --from/--to: every window of [from, to), all SLIs, into the --output folder.
 * - Into a folder, without a range: every window the folder is owed (back-fill): the one that
 *   just ended, those since its newest report, gaps, and windows whose report lists SLIs as
 *   missing (only those SLIs are collected again), within --backfill (default 24h).
 * - Into a file: the one window that just ended (the plan's `--output=…/$(date …).jsonl`).
 * Which windows those are is collect-windows.ts.
 *
 * A source that fails after the plan's retries leaves `missing` records (no data for the
 * verdict, collected again next run); one that cannot work (credentials, a bad query) also
 * fails the command, after the window records are written.
 */
import { basename, dirname, join } from 'node:path';
import { ensureDir } from '../ensure-dir.js';
import { maxOf, minOf } from '../extent.js';
import { describeFsError } from '../fs-errors.js';
import { InputError } from '../input.js';
import { rerouteSources } from '../policy/sources-compile.js';
import { formatDuration, parseDuration } from '../policy/units.js';
import type { WindowPart } from '../ports/source.js';
import { createCollectProgress, type ProgressMode } from '../progress.js';
import { keepRecord } from '../telemetry/keep-record.js';
import type { WindowRecord } from '../telemetry/record.js';
import { DEFAULT_BACKFILL_MS } from '../telemetry/sources/backfill.js';
import { collectThreadCount } from '../telemetry/sources/collect-threads.js';
import { collectSources, NoFilesError } from '../telemetry/sources/dispatch.js';
import { FilesError } from '../telemetry/sources/jsonl-files.js';
import { type RecordGuard, writeRecordFile, writeRecords } from '../telemetry/sources/record-files.js';
import { parseWindowFileName, windowFileName, windowStart } from '../telemetry/window.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';
import { owedWindows, rangeWindows } from './collect-windows.js';
import { type RecheckResult, recheckBreaches } from './confirm.js';

export interface CollectCommandOptions {
  /** JSONL files or a glob (or an export URL with {from}/{to}); optional when the policy names every source. */
  source?: string;
  output: string;
  config: string;
  window: string;
  from?: number;
  to?: number;
  now: number;
  log: (line: string) => void;
  /** How far back a run into a folder looks for windows it owes (default 24h). */
  backfill?: string;
  /** `sli=source` overrides of the policy's routing (`*=events`: every SLI from --source). */
  sliSources?: readonly string[];
  /** A bar on a terminal, one line per window otherwise (the default). */
  progress?: ProgressMode;
  /** Log every request, not only failed attempts. */
  verbose?: boolean;
  /** Where `${VAR}` in sources come from (default process.env). */
  env?: Record<string, string | undefined>;
  /**
   * Replace existing window records with ones holding fewer events (a re-collect otherwise keeps
   * the existing record and warns: telemetry/keep-record.ts).
   */
  allowFewer?: boolean;
  /** Injected in tests: the retry's sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** Told what was collected, once the records are written (the Action's run log, records.ts). */
  onCollected?: (records: readonly WindowRecord[]) => void;
  /** What the re-read of a breach's windows found (confirm.ts), when one ran. */
  onRecheck?: (result: RecheckResult) => void;
}

/** A source could not work at all (credentials, a query): raised after the window records are written. */
export class SourceFailedError extends Error {
  override name = 'SourceFailedError';
}

function routes(o: CollectCommandOptions): [string, string][] {
  return (o.sliSources ?? []).map((text) => {
    const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(text);
    if (!m)
      throw new InputError(
        `--sli-source: "${text}" is not sli=source, e.g. critical_bugs=events or '*=events'`,
      );
    return [m[1]!, m[2]!];
  });
}

export async function collectCommand(o: CollectCommandOptions): Promise<string> {
  const { loaded, policy, windowMs, backfillMs, source } = checkOptions(o);
  const allSlis = Object.keys(policy.slis);
  const plan =
    o.from !== undefined && o.to !== undefined
      ? await rangeWindows(o, o.from, o.to, windowMs, allSlis)
      : await owedWindows(o, windowMs, backfillMs, allSlis);
  if (plan.windows.size === 0) {
    o.log(
      `nothing to collect: ${displayPath(o.output)}/ holds every window up to ${new Date(windowStart(o.now, windowMs)).toISOString()}\n`,
    );
    return '';
  }
  // Before reading any event: an --output that cannot be a folder of records fails now.
  await ensureDir(plan.outputFile ? dirname(plan.outputFile) : o.output).catch(outputError(o));
  const result = await runSources(o, policy, plan.windows, windowMs, source);
  const records = [...result.windows.values()].map((part) =>
    toRecord(part, windowMs, plan.existing.get(part.start)),
  );
  const kept = new Map<number, string>();
  const guard: RecordGuard = (next, before) => {
    const d = keepRecord(before ?? plan.archived.get(next.end), next, o.allowFewer === true);
    if (d.note) kept.set(next.end, d.note);
    return d.record;
  };
  const written = await (plan.outputFile
    ? writeOneFile(o, plan.outputFile, records[0]!, guard).then((w) => [w])
    : writeRecords(o.output, records, guard)
  ).catch(outputError(o));
  summarize(o, records, result, written, plan.outputFile);
  warnKept(o, kept);
  if (!plan.outputFile && o.from === undefined && result.failures.length === 0) {
    await recheck(o, loaded, policy, windowMs, backfillMs, source);
  }
  if (result.failures.length > 0) {
    throw new SourceFailedError(
      `${result.failures.length === 1 ? 'a source failed' : `${result.failures.length} sources failed`} (the window records above mark it missing):\n  ${result.failures.join('\n  ')}`,
    );
  }
  return `${written.map((w) => `${displayPath(w.path)}${w.changed ? '' : ' (unchanged)'}`).join('\n')}\n`;
}

/**
 * The scheduled collect into a folder confirms a breach before the propose step acts on it
 * (confirm.ts). A re-read that cannot run (no current.yaml, a broken one, a broken record) says
 * why and leaves the collected windows as they are: the verdict then reads "not confirmed".
 */
async function recheck(
  o: CollectCommandOptions,
  loaded: ReturnType<typeof loadPolicyDir>,
  policy: ReturnType<typeof checkOptions>['policy'],
  windowMs: number,
  backfillMs: number,
  source: string | undefined,
): Promise<void> {
  const slis = Object.keys(policy.slis);
  try {
    const live = loadCurrent(loaded);
    if (!live) return; // no live phase: nothing to judge against
    const result = await recheckBreaches({
      policy: loaded.policy,
      live,
      output: o.output,
      now: o.now,
      horizon: windowStart(o.now, windowMs) - backfillMs,
      log: o.log,
      recollect: async (starts) => {
        const again = await runSources(o, policy, new Map(starts.map((s) => [s, slis])), windowMs, source);
        for (const failure of again.failures) o.log(`warning: re-collect: ${failure}\n`);
        return [...again.windows.values()].map((part) => toRecord(part, windowMs, undefined));
      },
    });
    if (result) o.onRecheck?.(result);
  } catch (err) {
    o.log(`warning: re-collect skipped: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}

/** A file-system error of the output as bad input naming --output, the path given and the fix. */
function outputError(o: CollectCommandOptions) {
  return (e: unknown): never => {
    const words = describeFsError(e, o.output, outputKind(o));
    throw words
      ? new InputError(
          `--output: ${words}; give ${outputKind(o) === 'file' ? 'a .jsonl file in a folder you can write' : 'a folder you can write, e.g. reports/monitoring'}`,
        )
      : e;
  };
}

const outputKind = (o: CollectCommandOptions) => (o.output.endsWith('.jsonl') ? 'file' : 'folder');

/** The flags checked against the policy: the window, the range, the routing, the back-fill. */
function checkOptions(o: CollectCommandOptions) {
  const loadedDir = loadPolicyDir(o.config);
  const loaded = loadedDir.policy;
  const windowMs = parseDuration(o.window);
  if (windowMs === undefined) throw new InputError(`--window: "${o.window}" is not a duration such as 15m`);
  if (windowMs !== loaded.windowMs) {
    throw new InputError(
      `--window ${o.window} differs from the policy's window ${formatDuration(loaded.windowMs)}; the window records of one rollout share one window (change window: in rollout.yaml)`,
    );
  }
  if ((o.from === undefined) !== (o.to === undefined))
    throw new InputError('give both --from and --to, or neither');
  const rerouted = rerouteSources(loaded.sources, routes(o), loaded.slis);
  if (typeof rerouted === 'string') throw new InputError(`--sli-source: ${rerouted}`);
  const policy = { ...loaded, sources: rerouted };
  const source = o.source?.trim() || undefined;
  if (source && /^https?:\/\//i.test(source)) {
    // An export URL on the command line: the file-free jsonl sources read it instead of files.
    for (const s of policy.sources.list) if (s.type === 'jsonl' && !s.files && !s.url) s.url = source;
  }
  const backfillMs = parseDuration(o.backfill ?? formatDuration(DEFAULT_BACKFILL_MS));
  if (backfillMs === undefined || backfillMs < windowMs) {
    throw new InputError(
      `--backfill: "${o.backfill}" is not a duration of at least one window (${o.window}), e.g. 24h`,
    );
  }
  return { loaded: loadedDir, policy, windowMs, backfillMs, source };
}

async function runSources(
  o: CollectCommandOptions,
  policy: Parameters<typeof collectSources>[0]['policy'],
  windows: Map<number, string[]>,
  windowMs: number,
  source: string | undefined,
) {
  const progress = createCollectProgress(o.progress ?? 'lines', o.log, windowMs, windows.size);
  const result = await collectSources({
    policy,
    windows,
    files: source && !/^https?:\/\//i.test(source) ? source : undefined,
    env: o.env,
    log: progress.log,
    debug: o.verbose ? progress.log : undefined,
    sleep: o.sleep,
    // Large files are cut at line boundaries and parsed on several threads; the result is the same.
    workers: collectThreadCount(),
    coverage: o.from === undefined,
    onStatus: progress.status,
    onWindow: (part, done, total) => progress.window(part, done, total),
  })
    .catch((err: unknown) => {
      if (err instanceof NoFilesError) {
        const also =
          err.slis.length < Object.keys(policy.slis).length
            ? `: SLIs ${err.slis.join(', ')} read the JSONL events it names (or give them a source under sources: in rollout.yaml)`
            : '';
        throw new InputError(`required option '--source <file|glob>' not specified${also}`);
      }
      if (err instanceof FilesError) throw new InputError(`${err.field ?? '--source'}: ${err.message}`);
      throw err;
    })
    .finally(() => progress.end());
  for (const u of result.unattributed) {
    o.log(
      `warning: ${u.source}: ${u.malformed} malformed and ${u.invalid} invalid lines with no timestamp to place them by\n`,
    );
  }
  return result;
}

/** One window into the file --output names, renamed to the window when the name is another's. */
async function writeOneFile(
  o: CollectCommandOptions,
  file: string,
  record: WindowRecord,
  guard: RecordGuard,
) {
  const expected = windowFileName(record.end);
  const given = basename(file);
  if (given !== expected && parseWindowFileName(given) !== undefined) {
    // The plan's `--output=reports/monitoring/$(date +%Y%m%d%H%M).jsonl` names the file after the
    // minute the job ran, which a late schedule makes differ from the window's end. A record
    // named after another window would be judged as that window, so use the real name.
    o.log(`note: ${given} is not the window that just ended; writing ${expected} instead\n`);
    return writeRecordFile(join(dirname(file), expected), record, guard);
  }
  return writeRecordFile(file, record, guard);
}

/** Existing records a re-collect did not replace (or replaced only in part), each named with why. */
function warnKept(o: CollectCommandOptions, kept: Map<number, string>): void {
  const SHOWN = 5;
  let n = 0;
  for (const [end, note] of kept) {
    if (n++ === SHOWN) break;
    o.log(`warning: ${windowFileName(end)}: ${note}\n`);
  }
  if (kept.size > SHOWN) o.log(`warning: and ${kept.size - SHOWN} more window record(s) kept the same way\n`);
}

function summarize(
  o: CollectCommandOptions,
  records: WindowRecord[],
  result: { files: string[]; outside: number },
  written: { path: string; changed: boolean }[],
  outputFile: string | undefined,
): void {
  const sum = (k: keyof WindowRecord['counts']) => records.reduce((n, w) => n + w.counts[k], 0);
  const missing = records.filter((r) => r.missing.size > 0).length;
  const from = minOf(records.map((r) => r.start));
  const to = maxOf(records.map((r) => r.end));
  o.log(
    `collected ${records.length} window(s) ${new Date(from).toISOString()} – ${new Date(to).toISOString()} from ${result.files.length} file(s): ${sum('events')} events, ${sum('malformed')} malformed, ${sum('invalid')} invalid, ${sum('unknown')} unknown lines; ${result.outside} lines outside the range${missing ? `; ${missing} window(s) with missing SLIs (collected again next run)` : ''}\n`,
  );
  const changed = written.filter((w) => w.changed).length;
  const where = outputFile ? displayPath(outputFile) : `${displayPath(o.output)}/`;
  o.log(`${changed} file(s) written, ${written.length - changed} unchanged in ${where}\n`);
  o.onCollected?.(records);
}

/** A window's record: what was collected, on top of its earlier record when only some SLIs were redone. */
function toRecord(part: WindowPart, windowMs: number, before: WindowRecord | undefined): WindowRecord {
  const zero = { events: 0, malformed: 0, invalid: 0, unknown: 0 };
  const slis = new Map(before?.slis);
  const missing = new Map(before?.missing);
  for (const [id, agg] of part.slis) {
    slis.set(id, agg);
    missing.delete(id);
  }
  for (const [id, why] of part.missing) {
    missing.set(id, why);
    slis.delete(id);
  }
  const a = before?.counts ?? zero;
  const b = part.counts ?? zero;
  return {
    start: part.start,
    end: part.start + windowMs,
    counts: {
      events: a.events + b.events,
      malformed: a.malformed + b.malformed,
      invalid: a.invalid + b.invalid,
      unknown: a.unknown + b.unknown,
    },
    slis,
    missing,
  };
}
