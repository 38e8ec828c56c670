/**
 * `collect` in the Action: collect the windows owed since the back-fill horizon into the
 * checkout's records folder, then commit every new or changed window record in one commit (the
 * planner's records rule; forge.commitFiles re-reads and retries a ref race, never forces).
 * Windows that did not change are not committed, so a re-run makes no commit at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../input.js';
import { loadRunPolicy } from '../interpreters/github/trusted.js';
import type { RunResult } from '../interpreters/run-loop.js';
import type { FileChange } from '../plan/intents.js';
import { formatDuration, parseDuration } from '../policy/units.js';
import type { RunContext } from '../ports/context.js';
import { parseWindowFileName, windowStart } from '../telemetry/window.js';
import { collectCommand, SourceFailedError } from './collect.js';
import { loopCommand } from './loop.js';

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
  await collectCommand({
    source: o.events || undefined, // a glob or URL as written (the runner starts in the workspace)
    output: dir,
    config: join(ctx.workspace.root, ctx.config),
    window: formatDuration(policy.windowMs),
    backfill: o.backfill,
    now,
    log: (line) => ctx.log.info(line.trimEnd()),
  }).catch((err: unknown) => {
    if (!(err instanceof SourceFailedError)) throw err;
    failed = err;
  });
  const root = gitRoot(dir) ?? ctx.workspace.root;
  const files: FileChange[] = [];
  for (const [path, content] of snapshot(dir, from, to)) {
    if (before.get(path) !== content)
      files.push({ path: relative(root, path).split('\\').join('/'), content });
  }
  const run = await loopCommand(ctx, {
    command: 'collect',
    files,
    upTo: to,
    branch: ctx.recordsBranch || null,
  });
  if (failed) throw failed;
  return run;
}

/** Record files whose window ends in (from, to], by absolute path → content. */
function snapshot(dir: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const end = parseWindowFileName(name);
    if (end !== undefined && end > from && end <= to)
      out.set(join(dir, name), readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}

/** The checkout holding `dir` (records may live in a second checkout of a data branch). */
function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}
