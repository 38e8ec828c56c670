/**
 * `phasegate collect`: events from JSONL files → one report file per window.
 *
 * With --from/--to it writes every window of [from, to) into the --output folder. Without a
 * range it collects the one window that just ended (SPEC.md section 3) into --output, a file
 * (the plan's `--output=reports/monitoring/$(date +%Y%m%d%H%M).jsonl`) or a folder.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { formatDuration, parseDuration } from '../policy/units.js';
import { collectJsonl, TelemetrySourceError } from '../telemetry/sources/jsonl.js';
import { writeReportFile, writeReports } from '../telemetry/sources/report-files.js';
import { isAligned, parseWindowFileName, windowFileName, windowStart } from '../telemetry/window.js';
import { displayPath, loadPolicyDir } from '../worktree/policy-dir.js';
import { InputError } from './input.js';

export interface CollectCommandOptions {
  source: string;
  output: string;
  config: string;
  window: string;
  from?: number;
  to?: number;
  now: number;
  log: (line: string) => void;
}

export async function collectCommand(o: CollectCommandOptions): Promise<string> {
  const { policy } = loadPolicyDir(o.config);
  const windowMs = parseDuration(o.window);
  if (windowMs === undefined) throw new InputError(`--window: "${o.window}" is not a duration such as 15m`);
  if (windowMs !== policy.windowMs) {
    throw new InputError(
      `--window ${o.window} differs from the policy's window ${formatDuration(policy.windowMs)}; reports of one rollout share one window (change window: in rollout.yaml)`,
    );
  }
  if ((o.from === undefined) !== (o.to === undefined))
    throw new InputError('give both --from and --to, or neither');

  let from: number;
  let to: number;
  let outputFile: string | undefined;
  if (o.from !== undefined && o.to !== undefined) {
    for (const [flag, t] of [
      ['--from', o.from],
      ['--to', o.to],
    ] as const) {
      if (!isAligned(t, windowMs)) {
        const down = windowStart(t, windowMs);
        throw new InputError(
          `${flag}: ${new Date(t).toISOString()} is not on a ${o.window} window boundary; use ${new Date(down).toISOString()} or ${new Date(down + windowMs).toISOString()}`,
        );
      }
    }
    if (o.to <= o.from) throw new InputError('--to must be after --from');
    if (existsSync(o.output) && !statSync(o.output).isDirectory()) {
      throw new InputError(
        `--output: ${o.output} is a file; with --from/--to give a folder for one file per window`,
      );
    }
    from = o.from;
    to = o.to;
  } else {
    to = windowStart(o.now, windowMs);
    from = to - windowMs;
    const isDir = existsSync(o.output) ? statSync(o.output).isDirectory() : !o.output.endsWith('.jsonl');
    if (!isDir) outputFile = o.output;
  }

  // Large files are cut at line boundaries and parsed on several threads; the result is the same.
  const workers = Math.min(availableParallelism(), 4);
  const result = await collectJsonl({ policy, from, to, source: o.source, workers }).catch((err: unknown) => {
    throw err instanceof TelemetrySourceError && !err.retryable
      ? new InputError(`--source: ${err.message}`)
      : err;
  });
  for (const u of result.unattributed) {
    o.log(
      `warning: ${u.source}: ${u.malformed} malformed and ${u.invalid} invalid lines with no timestamp to place them by\n`,
    );
  }
  let written: { path: string; changed: boolean }[];
  if (outputFile) {
    const report = result.windows[0]!;
    const expected = windowFileName(report.end);
    const given = basename(outputFile);
    if (given !== expected && parseWindowFileName(given) !== undefined) {
      // The plan's `--output=reports/monitoring/$(date +%Y%m%d%H%M).jsonl` names the file after
      // the minute the job ran, which a late schedule makes differ from the window's end. A
      // report named after another window would be judged as that window, so use the real name.
      outputFile = join(dirname(outputFile), expected);
      o.log(`note: ${given} is not the window that just ended; writing ${expected} instead\n`);
    }
    written = [await writeReportFile(outputFile, report)];
  } else {
    written = await writeReports(o.output, result.windows);
  }

  const totals = result.windows.reduce(
    (t, w) => ({
      events: t.events + w.counts.events,
      malformed: t.malformed + w.counts.malformed,
      invalid: t.invalid + w.counts.invalid,
      unknown: t.unknown + w.counts.unknown,
    }),
    { events: 0, malformed: 0, invalid: 0, unknown: 0 },
  );
  o.log(
    `collected ${result.windows.length} window(s) ${new Date(from).toISOString()} – ${new Date(to).toISOString()} from ${result.files.length} file(s): ${totals.events} events, ${totals.malformed} malformed, ${totals.invalid} invalid, ${totals.unknown} unknown lines; ${result.stats.outside} lines outside the range\n`,
  );
  const changed = written.filter((w) => w.changed).length;
  const where = outputFile ? displayPath(outputFile) : `${displayPath(o.output)}/`;
  const lines = written.map((w) => `${displayPath(w.path)}${w.changed ? '' : ' (unchanged)'}`);
  o.log(`${changed} file(s) written, ${written.length - changed} unchanged in ${where}\n`);
  return `${lines.join('\n')}\n`;
}
