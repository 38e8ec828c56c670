/**
 * `collect` in the Action: collect the windows since the back-fill horizon into the checkout's
 * reports folder, then commit every new or changed window file in ONE commit through the Git
 * Data API (forge.commitFiles: a ref race re-reads and retries, nothing is forced). Windows that
 * did not change are not committed, so a re-run makes no commit at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatDuration, parseDuration } from '../policy/units.js';
import { parseWindowFileName, windowStart } from '../telemetry/window.js';
import { collectCommand, SourceFailedError } from './collect.js';
import type { FileChange } from './forge.js';
import { InputError } from './input.js';
import { type LoopContext, loadLoopPolicy } from './loop.js';

export interface PublishResult {
  committed: { sha: string } | null;
  files: string[];
}

export async function publishRecords(
  ctx: LoopContext,
  o: { events: string; backfill: string },
): Promise<PublishResult> {
  const { policy } = loadLoopPolicy(ctx);
  const backfillMs = parseDuration(o.backfill);
  if (backfillMs === undefined || backfillMs < policy.windowMs) {
    throw new InputError(
      `input "backfill": "${o.backfill}" is not a duration of at least one window (${formatDuration(policy.windowMs)}), e.g. 24h`,
    );
  }
  const dir = join(ctx.workspace, ctx.records);
  const to = windowStart(ctx.now, policy.windowMs);
  const from = to - Math.floor(backfillMs / policy.windowMs) * policy.windowMs;
  const before = snapshot(dir, from, to);
  // Back-fill: the window that just ended, those since the newest report, gaps, and windows
  // whose report lists SLIs as missing; a source that cannot work at all fails the run, but only
  // after the windows collected so far are committed.
  let failed: unknown;
  await collectCommand({
    source: o.events || undefined, // a glob or URL as written (the runner starts in the workspace)
    output: dir,
    config: join(ctx.workspace, ctx.config),
    window: formatDuration(policy.windowMs),
    backfill: o.backfill,
    now: ctx.now,
    log: (line) => ctx.log(line.trimEnd()),
  }).catch((err: unknown) => {
    if (!(err instanceof SourceFailedError)) throw err;
    failed = err;
  });
  const after = snapshot(dir, from, to);
  const root = gitRoot(dir) ?? ctx.workspace;
  const changes: FileChange[] = [];
  for (const [path, content] of after) {
    if (before.get(path) !== content)
      changes.push({ path: relative(root, path).split('\\').join('/'), content });
  }
  const files = changes.map((c) => c.path);
  if (!changes.length) {
    ctx.log('no new or changed window reports: nothing to commit');
    if (failed) throw failed;
    return { committed: null, files };
  }
  if (ctx.dryRun) {
    ctx.log(`dry run: would commit ${changes.length} report file(s)`);
    return { committed: null, files };
  }
  const branch = ctx.recordsBranch || (await ctx.forge.defaultBranch());
  const message = `phasegate(${policy.rollout}): ${changes.length} window report(s) up to ${new Date(to).toISOString()}`;
  const committed = await ctx.forge.commitFiles(branch, changes, message);
  ctx.log(
    committed
      ? `committed ${changes.length} report file(s) to ${branch} as ${committed.sha.slice(0, 7)}`
      : `${branch} already holds these reports`,
  );
  if (failed) throw failed;
  return { committed, files };
}

/** Report files whose window ends in (from, to], by absolute path → content. */
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

/** The checkout holding `dir` (reports may live in a second checkout of a data branch). */
function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}
