/**
 * `phasegate demo --github`: the whole product on a fresh machine, no GitHub. A loopback GitHub
 * (src/emulator, on a simulated clock) holds a real repository with the reference rollout; the
 * replay (src/simulate/replay.ts) drives the loop through the GitHub interpreter every simulated
 * 15 minutes, and the people act as GitHub users: the Analyzer approves advances and ticks the QA
 * checklist an hour after a PR opens, the Reporter approves the rollback, and each merge's push
 * runs apply (Slack text, lock notice, RCA issue).
 *
 * Window records come from scenarioRecords (a large app's volume; see scenario.ts for why not
 * JSONL) and are committed to a data branch every 6 hours, so main's history is the phase
 * changes alone. A scheduled run that would only hold is decided in memory with the same
 * evaluate() (one a day still runs on GitHub), so 1,440 schedules fit in well under a minute.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { manualClock } from '../clock.js';
import { statusCommand } from '../commands/status.js';
import { runLoop } from '../interpreters/run-loop.js';
import { localDate, localTime } from '../judge/calendar.js';
import { RecordingNotifier } from '../notify/notifier.js';
import type { FileChange } from '../plan/intents.js';
import type { Policy } from '../policy/model.js';
import type { RunContext } from '../ports/context.js';
import { renderReportHtml } from '../report/html.js';
import type { ReportDecision, ReportPhaseSpan } from '../report/model.js';
import type { EnteredBy } from '../rollout/current.js';
import { evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import { replay } from '../simulate/replay.js';
import { writeRecords } from '../telemetry/sources/record-files.js';
import { loadPolicyDir } from '../worktree/policy-dir.js';
import { DirectoryWorkspace } from '../worktree/workspace.js';
import { demoReportInput } from './github-report.js';
import { githubStage } from './github-stage.js';
import { BOT, demoRepositoryFiles, findRepositoryRoot, PEOPLE, startDemoWorld } from './github-world.js';
import { SCENARIO, scenarioRecords } from './scenario.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DATA_BRANCH = 'phasegate-data';
const DATA_DIR = '.phasegate-data';
const RECORDS = 'reports/monitoring';
/** The scheduled workflow's cron is '7-59/15 * * * *': each run starts 7 minutes into a window. */
const CRON_OFFSET = 7 * MINUTE;
/** Windows per records commit: every 6 hours, not every run, to keep git and GitHub calls low. */
const PUBLISH_EVERY = 24;

/** Log lines too routine for the timeline. */
const QUIET = [
  /^(hold|complete): no proposal/,
  /is up to date/,
  /phasegate\/verdict/,
  /verdict comment/,
  /dashboard issue/,
  /window record/,
  /labelled phasegate:applied/,
  /daily note/,
  /merging at once/,
];

export interface GithubDemoResult {
  report: string;
  repository: string;
  gitLog: string;
  completed: boolean;
}

export async function githubDemoCommand(o: {
  out?: string;
  log: (line: string) => void;
  /** Stop after this many windows (profiling). */
  windows?: number;
}): Promise<GithubDemoResult> {
  const out = o.out ?? mkdtempSync(join(tmpdir(), 'phasegate-demo-'));
  mkdirSync(out, { recursive: true });
  const workspace = join(out, 'app');
  let now = SCENARIO.start;
  const world = await startDemoWorld({
    clock: () => now,
    files: demoRepositoryFiles(findRepositoryRoot()),
    workspace,
  });
  const { gh, forge } = world;
  try {
    const policy: Policy = loadPolicyDir(join(workspace, 'phases')).policy;
    const tz = policy.timezone;
    const stamp = (t: number) => `${localDate(t, tz)} ${localTime(t, tz)}`;
    const say = (line: string) => o.log(`[${stamp(now)}] ${line.replace(/\n/g, '\n    ')}\n`);
    const ctx: RunContext = {
      forge,
      notifier: new RecordingNotifier(),
      clock: manualClock(() => now),
      workspace: new DirectoryWorkspace(workspace),
      log: {
        info: (line) => (QUIET.some((q) => q.test(line)) ? undefined : say(line)),
        warn: (line) => say(`warning: ${line}`),
      },
      config: 'phases',
      records: `${DATA_DIR}/${RECORDS}`,
      recordsBranch: DATA_BRANCH,
      dryRun: false,
      actor: BOT,
    };
    o.log(
      `phasegate demo: the reference rollout on a loopback GitHub at ${gh.url} (${gh.owner}/${gh.repo}), simulated from ${stamp(SCENARIO.start)} ${tz}, a run every 15 minutes; the people approve 1 h after a PR opens\n`,
    );

    const records = scenarioRecords(policy).slice(0, o.windows);
    const end = records.at(-1)!.end;
    const recordsDir = join(workspace, DATA_DIR, RECORDS);
    const phases: ReportPhaseSpan[] = [{ phase: 'A-0', from: SCENARIO.start, to: end }];
    const decisions: ReportDecision[] = [];
    const live: { phase: string; since: number; entered?: EnteredBy } = {
      phase: 'A-0',
      since: SCENARIO.start,
    };
    let written = 0;
    let unpublished: FileChange[] = [];
    let lastDay = '';
    let lastDashboard = -1;

    const sync = async () => {
      await world.git(['fetch', '--quiet', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
      await world.git(['reset', '--quiet', '--hard', 'refs/remotes/origin/main']);
    };
    const stage = githubStage({
      gh,
      ctx,
      policy,
      setClock: (t) => {
        now = t;
      },
      approver: (kind) => (kind === 'rollback' ? PEOPLE.reporter : PEOPLE.analyst),
      as: world.as,
      sync,
    });
    const approve = stage.approve;
    stage.approve = async (pull) => {
      const login = await approve(pull);
      say(
        `@${login} approved #${pull.number}${pull.kind === 'rollback' ? '' : ' and ticked its QA checklist'}`,
      );
      return login;
    };
    const at = stage.at;
    // The collect step of each scheduled run: the windows that ended are on disk, and every
    // 6 hours they are committed to the data branch through the loop's records rule.
    stage.at = async (t) => {
      await at(t);
      while (written < records.length && records[written]!.end <= t) {
        const [file] = await writeRecords(recordsDir, [records[written++]!]);
        unpublished.push({
          path: relative(join(workspace, DATA_DIR), file!.path).split('\\').join('/'),
          content: readFileSync(file!.path, 'utf8'),
        });
      }
      if (unpublished.length >= PUBLISH_EVERY || (written === records.length && unpublished.length)) {
        const files = unpublished;
        unpublished = [];
        await runLoop(
          stage.world,
          { command: 'collect', files, upTo: t - CRON_OFFSET, branch: DATA_BRANCH },
          ctx.log,
        );
      }
    };
    // A run that would only re-read a hold is decided in memory (one a day still runs on GitHub),
    // and the dashboard is refreshed every 6 hours, local time.
    stage.skip = async (t) => {
      const local = Number(localTime(t, tz).slice(0, 2));
      const slot = Math.floor((t - CRON_OFFSET) / HOUR);
      if ((t - CRON_OFFSET) % HOUR === 0 && local % 6 === 0 && slot !== lastDashboard) {
        lastDashboard = slot;
        await statusCommand(ctx);
      }
      const day = localDate(t, tz);
      if (day !== lastDay || (await stage.openPulls()).length) return false;
      const spec = policy.phases.find((p) => p.id === live.phase)!;
      const from = lookbackStart(policy, spec, live.since, t);
      const window = records.slice(0, written).filter((r) => r.start >= from);
      return evaluate({ policy, ...live, records: window, at: t }).decision.action === 'hold';
    };

    let completed = false;
    await replay(stage, {
      policy,
      from: SCENARIO.start,
      to: end + CRON_OFFSET,
      approveAfterMs: HOUR,
      cronOffsetMs: CRON_OFFSET,
      log: ctx.log,
      onRun: async ({ at, trigger, result }) => {
        const d = result.plan.evaluation.decision;
        if (trigger.command === 'propose' && localDate(at, tz) !== lastDay) {
          lastDay = localDate(at, tz);
          say(`${result.facts.live.phase}: ${d.action}${d.to ? ` → ${d.to}` : ''} (${d.reasons[0]})`);
        }
        // The last pass read the phase after this run's merges.
        const after = result.passes.at(-1)!.facts.live;
        if (after.phase !== live.phase || after.since !== live.since) {
          const by = after.entered?.by ?? 'manual';
          phases.at(-1)!.to = after.since;
          phases.push({ phase: after.phase, from: after.since, to: end });
          decisions.push({
            at: after.since,
            action: by === 'manual' ? 'advance' : by,
            from: live.phase,
            to: after.phase,
          });
          Object.assign(live, { phase: after.phase, since: after.since, entered: after.entered });
          say(
            by === 'rollback'
              ? `${after.phase} is live again: the rollout will restart from ${after.phase}`
              : `${after.phase} is live`,
          );
        }
        if (d.action === 'complete') {
          decisions.push({
            at,
            action: 'complete',
            from: result.facts.live.phase,
            to: null,
            reason: d.reasons[0],
          });
          say(`rollout complete: ${d.reasons[0]}`);
          await statusCommand(ctx);
          completed = true;
        }
      },
      onMerge: ({ pull, by }) => say(`@${by} merged #${pull.number}: phasegate/verdict is green`),
    });
    phases.at(-1)!.to = now;

    const report = join(out, 'report.html');
    writeFileSync(
      report,
      renderReportHtml(demoReportInput({ policy, records, phases, decisions, generatedAt: now })),
    );
    await world.git(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
    await sync();
    const gitLog = await world.git(['log', '--oneline', '--first-parent', 'main']);
    const dataCommits = (
      await world.git(['rev-list', '--count', `refs/remotes/origin/${DATA_BRANCH}`])
    ).trim();
    o.log(
      `\n${completed ? 'completed' : 'NOT completed'}; ${dataCommits} window record commits on ${DATA_BRANCH}\n`,
    );
    o.log(`HTML report: ${report}\n`);
    o.log(`demo repository (a checkout): ${workspace}\n\ngit log --oneline --first-parent main:\n${gitLog}`);
    return { report, repository: workspace, gitLog, completed };
  } finally {
    await gh.close();
  }
}
