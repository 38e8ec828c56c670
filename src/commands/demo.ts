/**
 * `phasegate demo` without `--github`: the offline version of `npm start`. It generates a
 * fixed-seed telemetry trace, collects it into window records, and evaluates the reference
 * rollout twice: a healthy A-0 that has soaked (→ advance to A-1), then A-1 with a save-latency
 * regression (→ roll back to A-0). Then it replays the whole 15-day demo rollout on the in-memory
 * PR book, as `phasegate simulate` does: the same planner as the Action, in about two seconds.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { SCENARIO, scenarioRecords } from '../demo/scenario.js';
import { latencySteps, traceChunks } from '../demo/trace.js';
import { ensureDir } from '../ensure-dir.js';
import { maxOf, minOf } from '../extent.js';
import { describeFsError } from '../fs-errors.js';
import { withPublicHolidays } from '../holidays/date-holidays.js';
import { InputError } from '../input.js';
import { compilePolicy } from '../policy/compile.js';
import type { Policy } from '../policy/model.js';
import { referencePolicyFiles } from '../policy/reference.js';
import { renderVerdictMarkdown } from '../render/verdict.js';
import { evaluate } from '../rollout/decide.js';
import { simulate } from '../simulate/engine.js';
import { renderSimulationText } from '../simulate/render.js';
import { collectJsonl } from '../telemetry/sources/jsonl.js';
import { readRecords, writeRecords } from '../telemetry/sources/record-files.js';
import { displayPath, loadPolicyDir } from '../worktree/policy-dir.js';
import { recheckBreaches } from './confirm.js';

/** The demo's fixed timeline (UTC): 3 healthy days, then a regression 3 h into A-1. */
export const DEMO = {
  start: Date.parse('2026-11-16T00:00:00Z'),
  advanceAt: Date.parse('2026-11-19T00:00:00Z'),
  regressionAt: Date.parse('2026-11-19T03:00:00Z'),
  end: Date.parse('2026-11-19T06:00:00Z'),
  seed: 20261116,
  ratePerMinute: 60,
};

export async function demoCommand(o: {
  config?: string;
  keep?: string;
  log: (line: string) => void;
}): Promise<string> {
  const policy: Policy = o.config
    ? loadPolicyDir(o.config).policy
    : withPublicHolidays(
        compilePolicy({ dir: 'phases (embedded reference rollout)', files: referencePolicyFiles() }),
      );
  const [first, second] = policy.phases;
  if (!first || !second) throw new Error('the demo needs a policy with at least two phases');

  const dir = o.keep ?? mkdtempSync(join(tmpdir(), 'phasegate-demo-'));
  await ensureDir(dir).catch((e: unknown) => {
    const words = describeFsError(e, dir, 'folder');
    throw words ? new InputError(`--keep: ${words}; give a new or empty folder`) : e;
  });
  const eventsFile = join(dir, 'events.jsonl');
  const recordsDir = join(dir, 'reports', 'monitoring');

  o.log(
    `generating telemetry ${iso(DEMO.start)} – ${iso(DEMO.end)} (seed ${DEMO.seed}) into ${displayPath(eventsFile)}\n`,
  );
  const out = createWriteStream(eventsFile);
  for (const chunk of traceChunks({
    seed: DEMO.seed,
    from: DEMO.start,
    to: DEMO.end,
    ratePerMinute: DEMO.ratePerMinute,
    latency: latencySteps({ p50Ms: 650, p95Ms: 1700 }, [
      { from: DEMO.regressionAt, p50Ms: 1400, p95Ms: 3400 },
    ]),
    malformed: 0.0005,
    unknown: 0.001,
  })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);

  const collected = await collectJsonl({ policy, from: DEMO.start, to: DEMO.end, source: eventsFile });
  const written = await writeRecords(recordsDir, collected.windows);
  const events = collected.windows.reduce((n, w) => n + w.counts.events, 0);
  const malformed = collected.windows.reduce((n, w) => n + w.counts.malformed, 0);
  o.log(
    `collected ${events} events (${malformed} malformed lines counted) into ${written.length} window records in ${displayPath(recordsDir)}\n`,
  );

  await recheckDemo(policy, second.id, recordsDir, eventsFile, o.log);
  const records = await readRecords(recordsDir);
  const steps = [
    {
      title: `${first.id} has soaked for 3 healthy days`,
      phase: first.id,
      since: DEMO.start,
      at: DEMO.advanceAt,
    },
    {
      title: `${second.id}, 3 hours after a save-latency regression began`,
      phase: second.id,
      since: DEMO.advanceAt,
      at: DEMO.end,
    },
  ];
  const sections = steps.map((s) => {
    const ev = evaluate({ policy, phase: s.phase, since: s.since, records, at: s.at });
    return `## ${s.title}\n\n${renderVerdictMarkdown(policy, ev)}`;
  });
  o.log(`events and window records are in ${dir}\n`);
  if (o.config) return `${sections.join('\n')}`;
  // The demo rollout's 15 days, on the in-memory PR book (the scenario fits the reference policy).
  const replayed = await simulate({
    policy,
    records: scenarioRecords(policy),
    from: SCENARIO.start,
    to: SCENARIO.end,
  });
  return `${sections.join('\n')}\n## The whole demo rollout, replayed on the in-memory PR book (phasegate simulate)\n\n${renderSimulationText(replayed)}`;
}

/** The scheduled collect's second read (the plan's §3.3) before the demo's rollback is decided. */
async function recheckDemo(
  policy: Policy,
  phase: string,
  recordsDir: string,
  eventsFile: string,
  log: (line: string) => void,
): Promise<void> {
  await recheckBreaches({
    policy,
    live: { phase, since: DEMO.advanceAt },
    output: recordsDir,
    now: DEMO.end,
    horizon: DEMO.start,
    log,
    recollect: async (starts) => {
      const to = maxOf(starts) + policy.windowMs;
      const again = await collectJsonl({ policy, from: minOf(starts), to, source: eventsFile });
      return again.windows.filter((w) => starts.includes(w.start));
    },
  });
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
