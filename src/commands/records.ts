/**
 * `collect` in the Action: collect the windows owed since the back-fill horizon into the
 * checkout's records folder, then commit every new or changed window record in one commit (the
 * planner's records rule; forge.commitFiles re-reads and retries a ref race, never forces),
 * with the run's line in the run log and its row in the Runbook (plan/runbook.ts rule 1), so a
 * run that collected nothing new still commits those two. Windows that did not change are not
 * committed, and a re-run of the same run finds its line there: it makes no commit at all. Days of
 * window records older than the retention move into the archive in that same commit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../input.js';
import { loadRunPolicy } from '../interpreters/github/trusted.js';
import type { RunResult } from '../interpreters/run-loop.js';
import type { FileChange } from '../plan/intents.js';
import { formatDuration, parseDuration } from '../policy/units.js';
import type { RunContext } from '../ports/context.js';
import { archiveCandidates } from '../telemetry/sources/record-archive.js';
import { parseWindowFileName, windowStart } from '../telemetry/window.js';
import { collectCommand, SourceFailedError } from './collect.js';
import { loopCommand } from './loop.js';
import { RunReport } from './run-report.js';

export async function collectRecordsCommand(
  ctx: RunContext,
  o: { events: string; backfill: string },
): Promise<RunResult> {
  const { policy } = loadRunPolicy(ctx);
  const backfillMs = parseDuration(o.backfill);
  if (backfillMs === undefined || backfillMs < policy.windowMs) {
    throw new InputError(
      `input "backfill": "${o.backfill}" is not a duration of at least one window (${formatDuration(policy.windowMs)}), e.g. 24h`,
    );
  }
  const dir = join(ctx.workspace.root, ctx.records);
  const now = ctx.clock.now();
  const to = windowStart(now, policy.windowMs);
  const from = to - Math.floor(backfillMs / policy.windowMs) * policy.windowMs;
  const before = snapshot(dir, from, to);
  // Back-fill: the window that just ended, those since the newest record, gaps, and windows whose
  // record lists SLIs as missing. A source that cannot work at all fails the run, but only after
  // the windows collected so far are committed.
  let failed: unknown;
  const report = new RunReport();
  await collectCommand({
    source: o.events || undefined, // a glob or URL as written (the runner starts in the workspace)
    output: dir,
    config: join(ctx.workspace.root, ctx.config),
    window: formatDuration(policy.windowMs),
    backfill: o.backfill,
    now,
    log: (line) => {
      report.line(line);
      // A collect warning (unreadable lines, a kept record, a breach not confirmed) is an
      // annotation on the run, not a plain log line nobody reads.
      if (line.startsWith('warning: ')) ctx.log.warn(line.slice('warning: '.length).trimEnd());
      else ctx.log.info(line.trimEnd());
    },
    onCollected: report.collected,
    onRecheck: report.rechecked,
  }).catch((err: unknown) => {
    if (!(err instanceof SourceFailedError)) throw err;
    failed = err;
  });
  const repoDir = ctx.workspace.repoPath(ctx.records);
  const files: FileChange[] = [];
  for (const [name, content] of snapshot(dir, from, to)) {
    if (before.get(name) !== content)
      files.push({ path: repoDir === '.' ? name : `${repoDir}/${name}`, content });
  }
  // Days older than the retention move into the archive in the same commit (plan/archive.ts).
  const archive = { ...(await archiveCandidates(dir, policy, now, backfillMs)), backfillMs };
  const run = await loopCommand(ctx, {
    command: 'collect',
    files,
    upTo: to,
    branch: ctx.recordsBranch || null,
    run: report.run(failed),
    archive,
  });
  if (failed) throw failed;
  return run;
}

/** Record files whose window ends in (from, to], by file name → content. */
function snapshot(dir: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const end = parseWindowFileName(name);
    if (end !== undefined && end > from && end <= to) out.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}
