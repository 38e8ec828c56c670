/**
 * The run log and the Runbook on the loopback GitHub, under a protected main with the window
 * records on a data branch (as docs/setup.md recommends): collect commits each run's log line and
 * 観測 row with its window records, in one commit on the data branch; status writes the day's
 * 日次記録; a merged change gets its 判定 entry (who approved it), a rollback its ロールバック entry
 * (cause, conditions to resume, the next canary Slack also says). Read back from the repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushEvent } from '../../../src/emulator/index.js';
import { parseRunLog } from '../../../src/render/run-log.js';
import { listRecordEnds, readRecords } from '../../../src/telemetry/sources/record-files.js';
import { checkDocFigure, README_REQUESTS } from '../../support/doc-excerpt.js';
import { latencyRegressionTrace } from '../../support/traces.js';
import { BOT, ok, repositoryFiles, World, writesOf } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
const DATA = 'phasegate-data';
const data = { 'records-branch': DATA, records: '.phasegate-data/reports/monitoring' };
const runUrl = (id: number) => `https://github.com/acme/app/actions/runs/${id}`;
const RUNBOOK = 'reports/runbook/2026-11.md';

let w: World;
beforeAll(async () => {
  w = await World.start(latencyRegressionTrace(), { protectedBranches: ['main'] });
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  await w.gh.push(DATA, { 'reports/monitoring/README.md': 'Window records.\n' }, 'Data branch', 'acme');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

/** One scheduled run of rollout.yml: collect, propose, status, all with the run's URL. */
async function scheduled(id: number, backfill = '50h') {
  const o = { runUrl: runUrl(id) };
  const collect = ok(await w.step('collect', { events: w.eventsFile, backfill, ...data }, undefined, o));
  const propose = ok(await w.step('propose', data, undefined, o));
  const status = ok(await w.step('status', data, undefined, o));
  return { collect, propose, status };
}
const onData = (path: string) => w.gh.readFile(DATA, path);
const commitsOn = async (ref: string) => (await w.gh.gitText(['log', '--format=%s', ref])).trim().split('\n');
const writes = () => writesOf(w.gh.requests);

describe('the run log and the Runbook, written by the Action', () => {
  let advance = 0;

  it("collect: one commit on the data branch holds the window records, the run's log line and its 観測 row", async () => {
    w.now = T('2026-11-17T02:07:00Z'); // 11:07 in Tokyo
    w.gh.resetRequests();
    await scheduled(101);
    console.log(`first scheduled run (collect + propose + status): ${w.gh.requests.length} requests`);
    const commits = await commitsOn(DATA);
    expect(commits.filter((c) => c.includes('window record'))).toEqual([
      'phasegate(autosave): 200 window record(s) up to 2026-11-17T02:00:00.000Z, and the run log',
    ]);
    const touched = await w.gh.gitText(['show', '--name-only', '--format=', `${DATA}~1`]);
    expect(touched).toContain('reports/monitoring/runs/20261117.jsonl');
    expect(touched).toContain(RUNBOOK);
    expect(touched.split('\n').filter((f) => /\/\d{12}\.jsonl$/.test(f))).toHaveLength(200);
    // Nothing on the protected main.
    expect(await w.gh.readFile('main', RUNBOOK)).toBeNull();

    const [line, ...more] = parseRunLog((await onData('reports/monitoring/runs/20261117.jsonl'))!);
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      id: '101',
      at: '2026-11-17T02:07:00.000Z',
      url: runUrl(101),
      phase: 'A-0',
      collected: { windows: 200, files: 200, malformed: 0, invalid: 0, failed: null, missing: {} },
      recollect: { needed: false, text: 're-collect needed: no' },
      decision: { action: 'advance', to: 'A-1' },
    });
    expect(line!.slos.map((s) => [s.id, s.status])).toEqual([['save-latency-p95', 'pass']]);

    const runbook = (await onData(RUNBOOK))!;
    expect(runbook.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 日次記録 (daily record)',
      '## 判定 (verdicts)',
      '## ロールバック (rollbacks)',
      '## 観測 (observations)',
    ]);
    expect(runbook).toContain(
      `| <!-- phasegate:runbook autosave run 101 -->[2026-11-17 11:07](${runUrl(101)}) | 200 |`,
    );
    // The status run, after opening the dashboard, recorded the day that ended (the 16th), in the
    // reference rollout's Japanese form, like the dashboard's daily note.
    expect(runbook).toContain(
      '<!-- phasegate:runbook autosave daily 2026-11-16 -->\n### 2026-11-16（Asia/Tokyo）',
    );
    const dashboard = w.gh.state.issues.find((i) => i.labels.includes('phasegate:dashboard'))!;
    expect(w.gh.state.comments.filter((c) => c.issue === dashboard.number)[0]?.body).toContain(
      'Daily record 2026-11-16',
    );
    advance = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/advance-A-1')!.number;
  }, 120_000);

  it('a re-run of the same run writes nothing; a later run that collected nothing new commits its line and row', async () => {
    w.gh.resetRequests();
    await scheduled(101);
    expect(writes()).toEqual([]);
    console.log(`a re-run that changes nothing: ${w.gh.requests.length} requests`);

    w.now = T('2026-11-17T02:12:00Z'); // the same window ended: nothing new to collect
    w.gh.resetRequests();
    const step = ok(
      await w.step('collect', { events: w.eventsFile, backfill: '50h', ...data }, undefined, {
        runUrl: runUrl(102),
      }),
    );
    console.log(`collect that collected nothing new: ${w.gh.requests.length} requests`);
    checkDocFigure('README.md', README_REQUESTS.collectNothingNew, w.gh.requests.length);
    // The checkout holds the run logs now; no reader of window records takes them for one.
    const dir = join(step.workspace, '.phasegate-data', 'reports', 'monitoring');
    expect(existsSync(join(dir, 'runs', '20261117.jsonl'))).toBe(true);
    expect(await listRecordEnds(dir)).toHaveLength(200);
    expect((await readRecords(dir)).map((r) => r.end)).toEqual(
      (await listRecordEnds(dir)).sort((a, b) => a - b),
    );
    expect(step.result.intents).toEqual([expect.objectContaining({ type: 'commit-records', files: [] })]);
    // One write: createCommitOnBranch, where the Git Data API took a tree, a commit and a ref update.
    expect(writes().map((r) => `${r.method} ${r.path} ${r.graphql}`)).toEqual(['POST /graphql mutation']);
    expect((await commitsOn(DATA))[0]).toBe(
      'phasegate(autosave): run log of 2026-11-17T02:12:00.000Z (nothing new collected)',
    );
    const lines = parseRunLog((await onData('reports/monitoring/runs/20261117.jsonl'))!);
    expect(lines.map((l) => [l.id, l.collected.windows, l.collected.files])).toEqual([
      ['101', 200, 200],
      ['102', 0, 0],
    ]);
    expect((await onData(RUNBOOK))!.match(/phasegate:runbook autosave run \d+/g)).toEqual([
      'phasegate:runbook autosave run 101',
      'phasegate:runbook autosave run 102',
    ]);
  }, 120_000);

  it('apply: the merged advance goes to 判定 with who approved it and the PR', async () => {
    w.now = T('2026-11-17T03:00:00Z');
    await w.gh.review(advance, 'alice', 'APPROVE');
    const merged = await w.gh.merge(advance, 'alice');
    ok(await w.step('apply', data, merged.event, { runUrl: runUrl(103) }));
    const runbook = (await onData(RUNBOOK))!;
    expect(runbook).toContain(
      `- <!-- phasegate:runbook autosave verdict ${advance} -->**2026-11-17 12:00** advance A-0 → A-1 ([#${advance}](`,
    );
    expect(runbook).toMatch(/\), approved by @alice\. Verdict: advance A-0 → A-1: soak: /);
  }, 60_000);

  it('a rollback merged by phasegate: 判定 and ロールバック, with the next canary Slack says; apply adds nothing more', async () => {
    w.now = T('2026-11-17T10:07:00Z');
    const run = await scheduled(104, '24h');
    expect(run.propose.outputs.decision).toBe('rollback');
    const rollback = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/rollback-A-0')!;
    expect(rollback).toMatchObject({ merged: true });
    const rca = w.gh.state.issues.find((i) => i.labels.includes('phasegate:rca'))!;
    const canary =
      'A-1 from 2026-11-17 21:07 JST (12:07 UTC) at the earliest, once the recovery watch confirms improvement';
    const slack = w.slack.got
      .map((g) => JSON.parse(g.body).text as string)
      .find((t) => /ロールバック/.test(t));
    expect(slack).toContain(`• 次回 Canary 日程: ${canary}\n`);

    const runbook = (await onData(RUNBOOK))!;
    expect(runbook).toContain(
      `- <!-- phasegate:runbook autosave verdict ${rollback.number} -->**2026-11-17 19:07** rollback A-1 → A-0 ([#${rollback.number}](`,
    );
    expect(runbook).toContain(
      'no approval needed (rollback.approval: none). Verdict: immediate: breached now:',
    );
    const entry = runbook.slice(runbook.indexOf(`phasegate:runbook autosave rollback ${rollback.number}`));
    expect(entry).toMatch(
      /^[^\n]*\n\n- ロールバック時刻 \(rolled back at\): 2026-11-17 19:07 JST \(10:07 UTC\)\n/,
    );
    expect(entry).toContain('\n- 原因 (cause): immediate: breached now: save-latency-p95: p95 ');
    expect(entry).toContain(
      '\n- 再開条件 (to resume): save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in A-0 is not judged), then restart from A-1\n',
    );
    expect(entry).toContain(`\n- 次回 Canary 日程 (next canary): ${canary}\n`);
    expect(entry).toMatch(
      new RegExp(`\\n- RCA: \\[#${rca.number}\\]\\([^)]+/issues/${rca.number}\\), owner @autosave-po\\n`),
    );
    // The 10:07 row of 観測 says the decision.
    expect(runbook).toMatch(
      /run 104 -->\[2026-11-17 19:07\]\([^)]+\) \| \d+ \| [\d,]+ \| 0 \/ 0 \| ❌ save-latency-p95 [\d.]+s; ✅ 1 other passes \| no \| roll back → A-0 \(breach confirmed on reading 8 window\(s\) again\) \|/,
    );

    // The apply workflow on that merge's push: already announced, nothing more in the Runbook.
    const before = (await w.gh.gitText(['rev-parse', `${rollback.merge_commit_sha}^1`])).trim();
    const tip = (await w.gh.gitText(['rev-parse', DATA])).trim();
    ok(await w.step('apply', data, await pushEvent(w.gh, 'main', before, rollback.merge_commit_sha!, BOT)));
    expect((await w.gh.gitText(['rev-parse', DATA])).trim()).toBe(tip);
  }, 120_000);

  it("status after local midnight: the day's 日次記録 with its decisions and open problems", async () => {
    w.now = T('2026-11-17T16:07:00Z'); // 01:07 on the 18th in Tokyo
    await scheduled(106, '24h');
    const runbook = (await onData(RUNBOOK))!;
    const day = runbook.slice(runbook.indexOf('<!-- phasegate:runbook autosave daily 2026-11-17 -->'));
    expect(day).toMatch(
      /^[^\n]*\n### 2026-11-17（Asia\/Tokyo）\n\n- フェーズ: A-0（Prep）、2026-11-17 19:07 から\n/,
    );
    expect(day).toContain('**進捗（その日の判断）**\n\n- 19:07 roll back A-1 → A-0');
    expect(day).toContain('**未解決課題**\n\n- RCA open: #');
    expect(day).toContain('その日の実行ログ: `reports/monitoring/runs/20261117.jsonl`');
    // Each section appears once; the days in order.
    expect(runbook.match(/^## /gm)).toHaveLength(4);
    expect(runbook.match(/phasegate:runbook autosave daily \S+/g)).toEqual([
      'phasegate:runbook autosave daily 2026-11-16',
      'phasegate:runbook autosave daily 2026-11-17',
    ]);
    // The 18th's runs go to the 18th's run log.
    expect(parseRunLog((await onData('reports/monitoring/runs/20261118.jsonl'))!).map((l) => l.id)).toEqual([
      '106',
    ]);
  }, 120_000);
});
