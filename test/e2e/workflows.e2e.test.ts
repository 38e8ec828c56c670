/**
 * The rollout as GitHub would run it: through this repository's .github/workflows files, under
 * the protection docs/setup.md recommends (a ruleset on main: a PR with one code-owner approval,
 * stale approvals dismissed, `phasegate/verdict` required, the phasegate App as bypass actor),
 * window records on a data branch. Nothing calls a command directly: the test schedules runs,
 * and people review, tick boxes and merge; every event, and every event the runs' own writes
 * cause, goes through GitHub's trigger rules (test/support/workflows), each job with a
 * GITHUB_TOKEN minted with its own `permissions:`. Twice: with the App token, and with
 * GITHUB_TOKEN only. Each run prints which workflows GitHub would have started, and why.
 * Afterwards the data branch holds each scheduled run's log line and the Runbook the runs wrote;
 * docs/github.md quotes them from here (the App token's run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ActionEvent, pullRequestEvent, scheduleEvent } from '../../src/emulator/index.js';
import { parseRunLog } from '../../src/render/run-log.js';
import { checkDocExcerpt } from '../support/doc-excerpt.js';
import { REPO_ROOT } from '../support/policy.js';
import { latencyRegressionTrace } from '../support/traces.js';
import { inProcessAction } from '../support/workflows/adapters.js';
import { type DriveLog, drive, WorkflowRunner } from '../support/workflows/index.js';
import {
  APP,
  APP_TOKEN,
  APP_TOKENS,
  LOCK_SECRET,
  RECOMMENDED_RULESET,
  repositoryFiles,
  TOKENS,
  World,
} from '../support/world.js';

const T = (iso: string) => Date.parse(iso);
const DATA = 'phasegate-data';

const events = latencyRegressionTrace;

const worlds: World[] = [];
afterAll(async () => {
  for (const w of worlds) expect(w.gh.violations).toEqual([]);
  await Promise.all(worlds.map((w) => w.close()));
});

/** The world, and a runner that mints each job's GITHUB_TOKEN; `app`: the App is configured. */
async function start(app: boolean) {
  const w = await World.start(events(), { rulesets: [RECOMMENDED_RULESET], tokens: APP_TOKENS });
  worlds.push(w);
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  // The data branch for window records, made once by a person (docs/setup.md section 5).
  await w.gh.push(DATA, { 'reports/monitoring/README.md': 'Window records.\n' }, 'records branch', 'alice');
  let minted = 0;
  const runner = new WorkflowRunner({
    gh: w.gh,
    action: inProcessAction(w),
    workflows: REPO_ROOT,
    githubToken: ({ permissions }) => {
      const token = `ghs_job_${app ? 'app' : 'bot'}_${++minted}`;
      w.gh.grantToken(token, { kind: 'github-actions', permissions: permissions.scopes ?? undefined });
      return token;
    },
    ...(app ? { app: { token: APP_TOKEN, slug: 'phasegate' } } : {}),
    vars: {
      PHASEGATE_EVENTS: w.eventsFile,
      PHASEGATE_RECORDS_BRANCH: DATA,
      ...(app ? { PHASEGATE_APP_ID: '123456' } : {}),
    },
    secrets: {
      SLACK_WEBHOOK_URL: w.slack.url,
      LOCK_WEBHOOK_URL: w.lock.url,
      LOCK_WEBHOOK_SECRET: LOCK_SECRET,
      ...(app ? { PHASEGATE_APP_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----' } : {}),
    },
  });
  const run = async (label: string, event: ActionEvent): Promise<DriveLog> => {
    const log = await drive(runner, w.gh, event);
    console.log(`── ${app ? 'App token' : 'GITHUB_TOKEN'}: ${label}\n${log.print()}`);
    return log;
  };
  return { w, run };
}

const started = (log: DriveLog) =>
  log.events.flatMap((e) =>
    (e.log?.runs ?? []).map(
      (r) => `${e.describe} → ${r.file.replace('.github/workflows/', '')}: ${r.conclusion}`,
    ),
  );
const pullByRef = (w: World, ref: string) => w.gh.state.pulls.find((p) => p.head.ref === ref)!;
const verdict = (w: World, sha: string) =>
  w.gh.state.statuses.filter((s) => s.sha === sha && s.context === 'phasegate/verdict').at(-1)?.state;

/** alice (a code owner) approves and ticks every box: the events GitHub sends for each. */
async function approveAndTick(w: World, run: (l: string, e: ActionEvent) => Promise<DriveLog>, n: number) {
  const approved = await w.gh.review(n, 'alice', 'APPROVE');
  await run(`alice approves #${n}`, approved);
  const pr = w.gh.state.pulls.find((p) => p.number === n)!;
  const res = await fetch(`${w.gh.url}/repos/acme/app/pulls/${n}`, {
    method: 'PATCH',
    headers: { authorization: `token ${TOKENS.alice}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: (pr.body ?? '').replace(/- \[ \]/g, '- [x]') }),
  });
  expect(res.status).toBe(200);
  await run(
    `alice ticks the QA checklist of #${n}`,
    await pullRequestEvent(w.gh, n, 'edited', { sender: 'alice' }),
  );
}

describe.each([
  { app: true, mode: 'the App token (a ruleset bypass actor)' },
  { app: false, mode: 'GITHUB_TOKEN only' },
])('the rollout through the workflow files, with $mode', ({ app }) => {
  it('advance by review and merge; a regression rolls back, merged by phasegate or by a person', async () => {
    const { w, run } = await start(app);
    const me = app ? APP : 'github-actions[bot]';

    // 02:07: A-0 has soaked. The schedule starts rollout.yml; its advance PR starts the gate only
    // when the App opened it (GITHUB_TOKEN's events start no workflow).
    w.now = T('2026-11-17T02:07:00Z');
    const first = await run('the 02:07 schedule', await scheduleEvent(w.gh));
    const advance = pullByRef(w, 'phasegate/autosave/advance-A-1');
    expect(advance.user).toBe(me);
    expect(await w.gh.gitText(['ls-tree', '--name-only', DATA, 'reports/monitoring/'])).toMatch(/\.jsonl/);
    expect(started(first)).toEqual(
      app
        ? [
            'schedule "7-59/15 * * * *" → rollout.yml: success',
            expect.stringMatching(
              /^pull_request opened #\d+ by phasegate\[bot\] → phase-gate\.yml: success$/,
            ),
          ]
        : ['schedule "7-59/15 * * * *" → rollout.yml: success'],
    );
    expect(verdict(w, advance.head.sha)).toBe('failure'); // set by the scheduled run itself

    // A person's review and edit start the gate in either setup; it turns green.
    await approveAndTick(w, run, advance.number);
    expect(verdict(w, advance.head.sha)).toBe('success');

    // alice merges: the ruleset's rules hold (code-owner approval, the check green).
    w.now = T('2026-11-17T03:00:00Z');
    const merged = await w.gh.merge(advance.number, 'alice');
    const applied = await run(`alice merges #${advance.number}`, merged.event);
    expect(started(applied)).toEqual([
      expect.stringMatching(/^push to main by alice → apply\.yml: success$/),
    ]);
    expect(w.slack.got.map((g) => JSON.parse(g.body).text)).toEqual([expect.stringMatching(/A-0 → A-1/)]);

    // 10:07: saves are slow. The schedule opens the rollback PR and tries to merge it at once.
    w.now = T('2026-11-17T10:07:00Z');
    const rolled = await run('the 10:07 schedule', await scheduleEvent(w.gh));
    const rollback = pullByRef(w, 'phasegate/autosave/rollback-A-0');
    if (app) {
      // The App bypasses the ruleset: merged in the run that opened it, announced once.
      expect(rollback).toMatchObject({ merged: true, merged_by: APP });
      expect(started(rolled)).toContainEqual(
        expect.stringMatching(/^push to main by phasegate\[bot\] → apply\.yml: success$/),
      );
    } else {
      // GitHub refuses GITHUB_TOKEN's merge: one line, Slack once, a person merges.
      expect(rollback).toMatchObject({
        state: 'open',
        merged: false,
        labels: expect.arrayContaining(['phasegate:needs-merge']),
      });
      const slack = w.slack.got.map((g) => JSON.parse(g.body).text as string);
      expect(slack.at(-1)).toMatch(/the rollback A-1 → A-0 needs a person to merge it/);
      expect(w.lock.got).toHaveLength(0);
      const again = await run('the 10:22 schedule', await scheduleEvent(w.gh));
      expect(started(again)).toEqual(['schedule "7-59/15 * * * *" → rollout.yml: success']);
      expect(w.slack.got).toHaveLength(2); // said once
      // carol (a code owner) approves; alice merges; the push by a person starts apply.yml.
      await run(`carol approves #${rollback.number}`, await w.gh.review(rollback.number, 'carol', 'APPROVE'));
      w.now = T('2026-11-17T10:30:00Z');
      const byHand = await run(
        `alice merges #${rollback.number}`,
        (await w.gh.merge(rollback.number, 'alice')).event,
      );
      expect(started(byHand)).toEqual([
        expect.stringMatching(/^push to main by alice → apply\.yml: success$/),
      ]);
    }
    expect(await w.gh.readFile('main', 'phases/current.yaml')).toMatch(/^phase: A-0$/m);
    const slack = w.slack.got.map((g) => JSON.parse(g.body).text as string);
    expect(slack.filter((t) => /ロールバック/.test(t))).toHaveLength(1);
    expect(w.lock.got).toHaveLength(1);
    expect(w.gh.state.issues.filter((i) => i.labels.includes('phasegate:rca'))).toHaveLength(1);

    await runLogAndRunbook(w, app);
  }, 300_000);
});

/**
 * What the runs kept in git, on the data branch beside the window records: a run log line per
 * scheduled run, and the Runbook in the plan's sections (nothing on the protected main).
 */
async function runLogAndRunbook(w: World, app: boolean): Promise<void> {
  const runLog = (await w.gh.readFile(DATA, 'reports/monitoring/runs/20261117.jsonl')) ?? '';
  const runbook = (await w.gh.readFile(DATA, 'reports/runbook/2026-11.md')) ?? '';
  const dir = join(REPO_ROOT, 'test-artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `run-log-${app ? 'app' : 'github-token'}.jsonl`), runLog);
  writeFileSync(join(dir, `runbook-${app ? 'app' : 'github-token'}.md`), runbook);
  expect(await w.gh.readFile('main', 'reports/runbook/2026-11.md')).toBeNull();

  // One line per scheduled run, each naming its workflow run; without the App a second schedule
  // ran on the same clock (the one the scenario calls 10:22).
  const lines = parseRunLog(runLog);
  expect(lines.map((l) => [l.at.slice(11, 16), l.decision.action])).toEqual([
    ['02:07', 'advance'],
    ['10:07', 'rollback'],
    ...(app ? [] : [['10:07', 'rollback']]),
  ]);
  expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  for (const l of lines) expect(l.url).toBe(`https://github.com/acme/app/actions/runs/${l.id}`);
  expect(lines[0]!.collected).toMatchObject({ windows: 96, files: 96, failed: null });

  // The Runbook: the plan's four sections, each holding what happened.
  expect(runbook.match(/^## .*$/gm)).toEqual([
    '## 日次記録 (daily record)',
    '## 判定 (verdicts)',
    '## ロールバック (rollbacks)',
    '## 観測 (observations)',
  ]);
  const section = (heading: string) => runbook.slice(runbook.indexOf(heading)).split(/\n(?=## )/)[0]!;
  expect(section('## 日次記録').match(/^### .*$/gm)).toEqual(['### 2026-11-16（Asia/Tokyo）']);
  expect(section('## 判定').match(/\*\*[^*]+\*\* .*?(?=\. Verdict: )/g)).toEqual([
    expect.stringMatching(
      /^\*\*2026-11-17 12:00\*\* advance A-0 → A-1 \(\[#\d+\]\(.*\)\), approved by @alice$/,
    ),
    app
      ? expect.stringMatching(
          /^\*\*2026-11-17 19:07\*\* rollback A-1 → A-0 .*, no approval needed \(rollback\.approval: none\)$/,
        )
      : expect.stringMatching(/^\*\*2026-11-17 19:30\*\* rollback A-1 → A-0 .*, approved by @carol$/),
  ]);
  expect(section('## ロールバック')).toContain(
    `- 次回 Canary 日程 (next canary): A-1 from 2026-11-17 ${app ? '21:07 JST (12:07 UTC)' : '21:30 JST (12:30 UTC)'} at the earliest, once the recovery watch confirms improvement\n`,
  );
  expect(section('## 観測').match(/phasegate:runbook autosave run \d+/g)).toEqual(
    lines.map((l) => `phasegate:runbook autosave run ${l.id}`),
  );
  if (!app) return;
  // docs/github.md quotes both as written here (PHASEGATE_UPDATE_DOCS=1 rewrites the quotes).
  const rollbackLine = `${runLog.split('\n')[1]}\n`;
  expect(checkDocExcerpt('docs/github.md', 'run-log-line', rollbackLine)).toBe(rollbackLine);
  expect(checkDocExcerpt('docs/github.md', 'runbook', runbook)).toBe(runbook);
}
