/**
 * `phasegate demo --github`: the whole product on a fresh machine, no GitHub. A loopback GitHub
 * (the test emulator, on a simulated clock) holds a real repository with the reference rollout;
 * the Action's own commands run in-process every simulated 15 minutes (one process for all
 * 1,400 schedules keeps it under two minutes) and the demo plays the people: the Analyzer
 * approves advances and ticks the QA checklist an hour after a PR opens, the Reporter approves
 * the rollback, and each merge is applied (Slack text, lock notice, RCA issue).
 *
 * Reports come from scenarioRecords (a large app's volume; see scenario.ts for why not JSONL)
 * and are committed to a data branch every 6 hours, so main's history is the phase changes alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  type ApplyResult,
  applyCommand,
  type NotificationSink,
  setNotificationSink,
} from '../commands/apply.js';
import type { FileChange } from '../commands/forge.js';
import { gateCommand } from '../commands/gate.js';
import { evaluateCurrent, type LoopContext } from '../commands/loop.js';
import { proposeCommand } from '../commands/propose.js';
import { statusCommand } from '../commands/status.js';
import { localDate, localTime } from '../judge/calendar.js';
import type { Policy } from '../policy/model.js';
import { parseProposalMarker } from '../render/markers.js';
import { renderReportHtml } from '../report/html.js';
import type { ReportDecision, ReportPhaseSpan } from '../report/model.js';
import { evaluate } from '../rollout/decide.js';
import { writeRecords } from '../telemetry/sources/record-files.js';
import { loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';
import { demoReportInput } from './github-report.js';
import { demoRepositoryFiles, findRepositoryRoot, PEOPLE, startDemoWorld } from './github-world.js';
import { SCENARIO, scenarioRecords } from './scenario.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DATA_BRANCH = 'phasegate-data';
const DATA_DIR = '.phasegate-data';
const REPORTS = 'reports/monitoring';
/** The scheduled workflow's cron is '7-59/15 * * * *': each run starts 7 minutes into a window. */
const CRON_OFFSET = 7 * MINUTE;
const APPROVE_AFTER = HOUR;
/** Windows per report commit: every 6 hours, not every run, to keep git and GitHub calls low. */
const PUBLISH_EVERY = 24;

/** Log lines of the commands too routine for the timeline. */
const QUIET = [
  /^(hold|complete): no proposal/,
  /is up to date/,
  /phasegate\/verdict/,
  /^updated #\d+:/,
  /dashboard issue/,
];

interface Tracked {
  number: number;
  kind: string;
  from: string;
  to: string;
  openedAt: number;
  approvedBy?: string;
}

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
    const sink = recordingSink();
    setNotificationSink(sink);
    const ctx: LoopContext = {
      forge,
      workspace,
      config: 'phases',
      records: `${DATA_DIR}/${REPORTS}`,
      recordsBranch: DATA_BRANCH,
      now,
      dryRun: false,
      log: (line) => {
        if (!QUIET.some((q) => q.test(line))) say(line);
      },
      warn: (line) => say(`warning: ${line}`),
      actor: BOT_ACTOR,
      timezone: '',
    };
    o.log(
      `phasegate demo: the reference rollout on a loopback GitHub at ${gh.url} (${gh.owner}/${gh.repo}), simulated from ${stamp(SCENARIO.start)} ${tz}, a run every 15 minutes; the people approve 1 h after a PR opens\n`,
    );

    const records = scenarioRecords(policy);
    const dataDir = join(workspace, DATA_DIR, REPORTS);
    const phases: ReportPhaseSpan[] = [{ phase: 'A-0', from: SCENARIO.start, to: SCENARIO.end }];
    const decisions: ReportDecision[] = [];
    const tracked = new Map<number, Tracked>();
    let unpublished: FileChange[] = [];
    let completed = false;
    let lastDay = '';

    const syncWorkspace = async () => {
      await world.git(['fetch', '--quiet', 'origin', `+refs/heads/main:refs/remotes/origin/main`]);
      await world.git(['reset', '--quiet', '--hard', 'refs/remotes/origin/main']);
      live.entered = loadCurrent(loadPolicyDir(join(workspace, 'phases')))?.entered;
    };
    const live = { phase: 'A-0', since: SCENARIO.start, entered: undefined as EnteredBy };
    const merged = async (t: Tracked, sha: string, result?: ApplyResult) => {
      tracked.delete(t.number);
      phases.at(-1)!.to = now;
      phases.push({ phase: t.to, from: now, to: SCENARIO.end });
      live.phase = t.to;
      live.since = now;
      decisions.push({ at: now, action: t.kind as ReportDecision['action'], from: t.from, to: t.to });
      if (result?.rcaIssue) say(`RCA issue #${result.rcaIssue.number} is due ${result.rcaIssue.due}`);
      say(
        t.kind === 'rollback'
          ? `${t.to} is live again (merge ${sha.slice(0, 7)}): the rollout will restart from ${t.to}`
          : `${t.to} is live (merge ${sha.slice(0, 7)})`,
      );
    };

    const windows = records.slice(0, o.windows ?? records.length);
    for (const [i, report] of windows.entries()) {
      now = report.end + CRON_OFFSET;
      ctx.now = now;
      // collect: the window that just ended, on disk now, committed every 6 hours.
      const [written] = await writeRecords(dataDir, [report]);
      unpublished.push({
        path: relative(join(workspace, DATA_DIR), written!.path).split('\\').join('/'),
        content: readFileSync(written!.path, 'utf8'),
      });
      if (unpublished.length === PUBLISH_EVERY || i === windows.length - 1) {
        await forge.commitFiles(
          DATA_BRANCH,
          unpublished,
          `phasegate(${policy.rollout}): ${unpublished.length} window report(s) up to ${new Date(report.end).toISOString()}`,
        );
        unpublished = [];
      }

      // The people: approve (and tick the checklist) an hour after a PR opens; merge when green.
      for (const t of [...tracked.values()]) {
        if (now - t.openedAt < APPROVE_AFTER) continue;
        const pr = await forge.getPull(t.number);
        if (pr.state !== 'open') {
          tracked.delete(t.number);
          continue;
        }
        if (!t.approvedBy) {
          t.approvedBy = t.kind === 'rollback' ? PEOPLE.reporter : PEOPLE.analyst;
          if (t.kind !== 'rollback' && pr.body.includes('- [ ]')) {
            await world.as(t.approvedBy).rest.pulls.update({
              owner: gh.owner,
              repo: gh.repo,
              pull_number: t.number,
              body: pr.body.replace(/^(\s*)- \[ \]/gm, '$1- [x]'),
            });
            say(`@${t.approvedBy} ticked the QA checklist of #${t.number}`);
          }
          await gh.review(t.number, t.approvedBy, 'APPROVE');
          say(`@${t.approvedBy} approved #${t.number} (${t.kind} ${t.from} → ${t.to})`);
        }
        // The pull_request_review run of the gate, then the merge button once it is green.
        const gate = await gateCommand(ctx, await evaluateCurrent(ctx), t.number);
        if (gate.state !== 'success') continue;
        const { sha } = await gh.merge(t.number, t.approvedBy);
        say(`@${t.approvedBy} merged #${t.number}: phasegate/verdict is green`);
        await syncWorkspace();
        // The push to main runs the apply workflow.
        await merged(t, sha, await applyCommand(ctx, sink, sha));
      }

      // The scheduled run: propose, and every 6 hours the dashboard. A run that would only
      // re-read a hold is skipped (the same evaluate(), on the reports in memory; one a day
      // still runs), so 1,400 schedules fit in two minutes on 2 cores.
      const day = localDate(now, tz);
      const onTheHour = (now - CRON_OFFSET) % HOUR === 0;
      const dashboard = onTheHour && Number(localTime(now, tz).slice(0, 2)) % 6 === 0;
      if (!tracked.size && day === lastDay) {
        const quick = evaluate({ policy, ...live, records: records.slice(0, i + 1), at: now });
        if (quick.decision.action === 'hold') {
          if (dashboard) await statusCommand(ctx);
          continue;
        }
      }
      const result = await proposeCommand(ctx);
      const d = result.state.evaluation.decision;
      if (day !== lastDay) {
        lastDay = day;
        say(`${result.state.current.phase}: ${d.action}${d.to ? ` → ${d.to}` : ''} (${d.reasons[0]})`);
      }
      for (const line of result.actions) {
        const closed = /^closed #(\d+)/.exec(line);
        if (closed) tracked.delete(Number(closed[1]));
      }
      const pr = result.pr;
      const proposal = pr ? parseProposalMarker(pr.body) : null;
      if (pr && proposal) {
        const t: Tracked = tracked.get(pr.number) ?? {
          number: pr.number,
          kind: proposal.kind,
          from: proposal.from,
          to: proposal.to,
          openedAt: now,
        };
        if (pr.merged) {
          await syncWorkspace();
          await merged(t, pr.headSha);
        } else tracked.set(pr.number, t);
      }
      if (d.action === 'complete') {
        decisions.push({
          at: now,
          action: 'complete',
          from: result.state.current.phase,
          to: null,
          reason: d.reasons[0],
        });
        say(`rollout complete: ${d.reasons[0]}`);
        await statusCommand(ctx);
        completed = true;
        break;
      }
      if (dashboard) await statusCommand(ctx);
    }
    phases.at(-1)!.to = now;

    const report = join(out, 'report.html');
    writeFileSync(
      report,
      renderReportHtml(demoReportInput({ policy, records, phases, decisions, generatedAt: now })),
    );
    await world.git(['fetch', '--quiet', 'origin', `+refs/heads/*:refs/remotes/origin/*`]);
    await syncWorkspace();
    const gitLog = await world.git(['log', '--oneline', '--first-parent', 'main']);
    const dataCommits = (
      await world.git(['rev-list', '--count', `refs/remotes/origin/${DATA_BRANCH}`])
    ).trim();
    o.log(
      `\n${completed ? 'completed' : 'NOT completed'}; ${dataCommits} report commits on ${DATA_BRANCH}\n`,
    );
    o.log(`HTML report: ${report}\n`);
    o.log(`demo repository (a checkout): ${workspace}\n\ngit log --oneline --first-parent main:\n${gitLog}`);
    return { report, repository: workspace, gitLog, completed };
  } finally {
    if (gh.violations.length && process.env.PHASEGATE_DEBUG) console.error(gh.violations.join('\n'));
    await gh.close();
  }
}

const BOT_ACTOR = 'github-actions[bot]';
type EnteredBy =
  ReturnType<typeof loadCurrent> extends infer C
    ? C extends { entered?: infer E }
      ? E
      : undefined
    : undefined;

/** Slack and the UI's lock webhook, played by the terminal: apply logs what would be sent. */
function recordingSink(): NotificationSink & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(n) {
      const lines = [`Slack message (${n.kind}):\n${n.text}`];
      if (n.lock)
        lines.push(`lock notice: ${n.lock.event} ${n.lock.from} → ${n.lock.phase}: ${n.lock.reason}`);
      sent.push(...lines);
      return lines;
    },
  };
}
