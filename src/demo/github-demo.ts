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
import { recheckBreaches } from '../commands/confirm.js';
import { statusCommand } from '../commands/status.js';
import { runLoop } from '../interpreters/run-loop.js';
import { localDate, localTime } from '../judge/calendar.js';
import { RecordingNotifier } from '../notify/recording.js';
import type { FileChange } from '../plan/intents.js';
import { type Policy, phaseById } from '../policy/model.js';
import type { RunContext } from '../ports/context.js';
import { renderReportHtml } from '../report/html.js';
import type { ReportDecision, ReportPhaseSpan } from '../report/model.js';
import type { EnteredBy } from '../rollout/current.js';
import { evaluate } from '../rollout/decide.js';
import { lookbackStart } from '../rollout/lookback.js';
import { type ReplayRun, replay, type Stage } from '../simulate/replay.js';
import type { WindowRecord } from '../telemetry/record.js';
import { writeRecords } from '../telemetry/sources/record-files.js';
import { loadPolicyDir } from '../worktree/policy-dir.js';
import { DirectoryWorkspace } from '../worktree/workspace.js';
import { demoReportInput } from './github-report.js';
import { githubStage } from './github-stage.js';
import {
  BOT,
  type DemoWorld,
  demoRepositoryFiles,
  findRepositoryRoot,
  PEOPLE,
  startDemoWorld,
} from './github-world.js';
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
  / is open: /,
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
  const clock = { now: SCENARIO.start };
  const world = await startDemoWorld({
    clock: () => clock.now,
    files: demoRepositoryFiles(findRepositoryRoot()),
    workspace,
  });
  try {
    const demo = new Demo(world, workspace, clock, o.log, o.windows);
    const completed = await demo.play();
    return { ...(await demo.finish(out, completed)), completed };
  } finally {
    await world.gh.close();
  }
}

/** One demo run: the stage on the loopback GitHub, the timeline it prints, what it ends with. */
class Demo {
  private readonly policy: Policy;
  private readonly ctx: RunContext;
  private readonly records: WindowRecord[];
  private readonly end: number;
  private readonly phases: ReportPhaseSpan[];
  private readonly decisions: ReportDecision[] = [];
  private readonly live: { phase: string; since: number; entered?: EnteredBy; started?: number } = {
    phase: 'A-0',
    since: SCENARIO.start,
  };
  private written = 0;
  private unpublished: FileChange[] = [];
  private lastDay = '';
  private lastDashboard = -1;

  constructor(
    private readonly world: DemoWorld,
    private readonly workspace: string,
    private readonly clock: { now: number },
    private readonly print: (line: string) => void,
    windows: number | undefined,
  ) {
    this.policy = loadPolicyDir(join(workspace, 'phases')).policy;
    this.ctx = {
      forge: world.forge,
      notifier: new RecordingNotifier(),
      clock: manualClock(() => clock.now),
      workspace: new DirectoryWorkspace(workspace),
      log: {
        info: (line) => (QUIET.some((q) => q.test(line)) ? undefined : this.say(line)),
        warn: (line) => this.say(`warning: ${line}`),
      },
      config: 'phases',
      records: `${DATA_DIR}/${RECORDS}`,
      recordsBranch: DATA_BRANCH,
      dryRun: false,
      actor: BOT,
    };
    this.records = scenarioRecords(this.policy).slice(0, windows);
    this.end = this.records.at(-1)!.end;
    this.phases = [{ phase: 'A-0', from: SCENARIO.start, to: this.end }];
  }

  private stamp(t: number): string {
    const tz = this.policy.timezone;
    return `${localDate(t, tz)} ${localTime(t, tz)}`;
  }

  private say(line: string): void {
    this.print(`[${this.stamp(this.clock.now)}] ${line.replace(/\n/g, '\n    ')}\n`);
  }

  /** The replay on the loopback GitHub; true when the rollout completed. */
  async play(): Promise<boolean> {
    const { gh } = this.world;
    this.print(
      `phasegate demo: the reference rollout on a loopback GitHub at ${gh.url} (${gh.owner}/${gh.repo}), simulated from ${this.stamp(SCENARIO.start)} ${this.policy.timezone}, a run every 15 minutes; the people approve 1 h after a PR opens\n`,
    );
    const stage = githubStage({
      gh,
      ctx: this.ctx,
      policy: this.policy,
      setClock: (t) => {
        this.clock.now = t;
      },
      approver: (kind) => (kind === 'rollback' ? PEOPLE.reporter : PEOPLE.analyst),
      as: this.world.as,
      sync: () => this.sync(),
    });
    const approve = stage.approve;
    stage.approve = async (pull) => {
      const login = await approve(pull);
      this.say(
        `@${login} approved #${pull.number}${pull.kind === 'rollback' ? '' : ' and ticked its QA checklist'}`,
      );
      return login;
    };
    const at = stage.at;
    stage.at = async (t) => {
      await at(t);
      await this.collect(stage, t);
    };
    stage.skip = (t) => this.skip(stage, t);
    let completed = false;
    await replay(stage, {
      policy: this.policy,
      from: SCENARIO.start,
      to: this.end + CRON_OFFSET,
      approveAfterMs: HOUR,
      cronOffsetMs: CRON_OFFSET,
      log: this.ctx.log,
      onRun: async (run) => {
        completed ||= await this.onRun(run);
      },
      onMerge: ({ pull, by }) => this.say(`@${by} merged #${pull.number}: phasegate/verdict is green`),
    });
    this.phases.at(-1)!.to = this.clock.now;
    return completed;
  }

  /**
   * The collect step of each scheduled run: the windows that ended are on disk, and every 6 hours
   * they are committed to the data branch through the loop's records rule.
   */
  private async collect(stage: Stage, t: number): Promise<void> {
    const dir = join(this.workspace, DATA_DIR, RECORDS);
    while (this.written < this.records.length && this.records[this.written]!.end <= t) {
      const [file] = await writeRecords(dir, [this.records[this.written++]!]);
      this.unpublished.push({
        path: relative(join(this.workspace, DATA_DIR), file!.path).split('\\').join('/'),
        content: readFileSync(file!.path, 'utf8'),
      });
    }
    await this.recheck(dir, t);
    const last = this.written === this.records.length;
    if (this.unpublished.length >= PUBLISH_EVERY || (last && this.unpublished.length)) {
      const files = this.unpublished;
      this.unpublished = [];
      const trigger = { command: 'collect' as const, files, upTo: t - CRON_OFFSET, branch: DATA_BRANCH };
      await runLoop(stage.world, trigger, this.ctx.log);
    }
  }

  /**
   * The collect step's second read of a breach (the plan's §3.3, commands/confirm.ts): the
   * scenario's records are what any re-read gives, so a breach is confirmed as the Action's
   * collect would confirm it. Only when a rule fires on the windows in memory, so a quiet run
   * reads nothing from disk.
   */
  private async recheck(dir: string, t: number): Promise<void> {
    const { policy, live } = this;
    const from = lookbackStart(policy, phaseById(policy, live.phase)!, live.since, t, live.started);
    const records = this.records.slice(0, this.written).filter((r) => r.start >= from);
    if (!evaluate({ policy, ...live, records, at: t }).rules.some((r) => r.fired)) return;
    const result = await recheckBreaches({
      policy,
      live,
      output: dir,
      now: t,
      horizon: t - 24 * HOUR,
      log: () => {},
      recollect: async (starts) => this.records.filter((r) => starts.includes(r.start)),
    });
    for (const file of result?.files ?? []) {
      const path = relative(join(this.workspace, DATA_DIR), file).split('\\').join('/');
      this.unpublished = this.unpublished.filter((f) => f.path !== path);
      this.unpublished.push({ path, content: readFileSync(file, 'utf8') });
    }
  }

  /**
   * A scheduled run that would only re-read a hold is decided in memory with the same evaluate()
   * (one a day still runs on GitHub); the dashboard is refreshed every 6 hours, local time.
   */
  private async skip(stage: Stage, t: number): Promise<boolean> {
    const { policy, live } = this;
    const hour = (t - CRON_OFFSET) / HOUR;
    if (
      Number.isInteger(hour) &&
      Number(localTime(t, policy.timezone).slice(0, 2)) % 6 === 0 &&
      hour !== this.lastDashboard
    ) {
      this.lastDashboard = hour;
      await statusCommand(this.ctx);
    }
    if (localDate(t, policy.timezone) !== this.lastDay || (await stage.openPulls()).length) return false;
    const from = lookbackStart(policy, phaseById(policy, live.phase)!, live.since, t, live.started);
    const records = this.records.slice(0, this.written).filter((r) => r.start >= from);
    return evaluate({ policy, ...live, records, at: t }).decision.action === 'hold';
  }

  /** The timeline: a line a day, phase changes, the completion. True when the rollout completed. */
  private async onRun({ at, trigger, result }: ReplayRun): Promise<boolean> {
    const tz = this.policy.timezone;
    const d = result.plan.evaluation.decision;
    if (trigger.command === 'propose' && localDate(at, tz) !== this.lastDay) {
      this.lastDay = localDate(at, tz);
      this.say(`${result.facts.live.phase}: ${d.action}${d.to ? ` → ${d.to}` : ''} (${d.reasons[0]})`);
    }
    // The last pass read the phase after this run's merges.
    const after = result.passes.at(-1)!.facts.live;
    if (after.phase !== this.live.phase || after.since !== this.live.since) {
      const by = after.entered?.by ?? 'manual';
      this.phases.at(-1)!.to = after.since;
      this.phases.push({ phase: after.phase, from: after.since, to: this.end });
      this.decisions.push({
        at: after.since,
        action: by === 'manual' ? 'advance' : by,
        from: this.live.phase,
        to: after.phase,
      });
      Object.assign(this.live, {
        phase: after.phase,
        since: after.since,
        entered: after.entered,
        started: after.started,
      });
      this.say(
        by === 'rollback'
          ? `${after.phase} is live again: the rollout will restart from ${this.policy.recovery?.restart ?? after.phase} once the recovery watch confirms improvement`
          : `${after.phase} is live`,
      );
    }
    if (d.action !== 'complete') return false;
    this.decisions.push({
      at,
      action: 'complete',
      from: result.facts.live.phase,
      to: null,
      reason: d.reasons[0],
    });
    this.say(`rollout complete: ${d.reasons[0]}`);
    await statusCommand(this.ctx);
    return true;
  }

  private async sync(): Promise<void> {
    await this.world.git(['fetch', '--quiet', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
    await this.world.git(['reset', '--quiet', '--hard', 'refs/remotes/origin/main']);
  }

  /** The HTML report and the repository's history. */
  async finish(out: string, completed: boolean): Promise<Omit<GithubDemoResult, 'completed'>> {
    const report = join(out, 'report.html');
    const { policy, records, phases, decisions } = this;
    writeFileSync(
      report,
      renderReportHtml(demoReportInput({ policy, records, phases, decisions, generatedAt: this.clock.now })),
    );
    await this.world.git(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
    await this.sync();
    const gitLog = await this.world.git(['log', '--oneline', '--first-parent', 'main']);
    // The Runbook's commits (daily records, announced changes) share the branch: count the records'.
    const commits = (
      await this.world.git([
        'rev-list',
        '--count',
        '--grep=window record',
        `refs/remotes/origin/${DATA_BRANCH}`,
      ])
    ).trim();
    this.print(
      `\n${completed ? 'completed' : 'NOT completed'}; ${commits} window record commits on ${DATA_BRANCH}\n`,
    );
    this.print(`HTML report: ${report}\n`);
    this.print(
      `demo repository (a checkout): ${this.workspace}\n\ngit log --oneline --first-parent main:\n${gitLog}`,
    );
    return { report, repository: this.workspace, gitLog };
  }
}
