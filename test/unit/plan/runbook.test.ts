/**
 * The run log and the Runbook (src/plan/runbook.ts, src/render/runbook.ts, render/append.ts):
 * collect commits the run's line and 観測 row with its window records; a merged change gets its
 * 判定 (and ロールバック) entry; the status run writes the day's 日次記録 from the policy's
 * template. Appending is idempotent, by marker; days and months are local to the policy.
 */
import { describe, expect, it } from 'vitest';
import { RunReport } from '../../../src/commands/run-report.js';
import { loadRunbookTemplate } from '../../../src/notify/load.js';
import { parseTemplate } from '../../../src/notify/template.js';
import type { RunFacts } from '../../../src/plan/facts.js';
import type { Intent } from '../../../src/plan/intents.js';
import { planRun } from '../../../src/plan/run.js';
import { runbookPaths, runId } from '../../../src/plan/runbook.js';
import { applyAppend, type FileAppend } from '../../../src/render/append.js';
import { dashboardMarker, rcaMarker } from '../../../src/render/markers.js';
import { type CollectedRun, parseRunLog } from '../../../src/render/run-log.js';
import { RUNBOOK_DAILY_VARIABLES } from '../../../src/render/runbook-daily.js';
import { REFERENCE_DIR } from '../../support/policy.js';
import { BOT, facts, policy, ROLLBACK_CAUSE, rolledBack as rolledBackFacts, SOAKED } from './fixture.js';

const RUN_URL = 'https://github.com/acme/app/actions/runs/9000000001';
const MINUTE = 60_000;
const collected: CollectedRun = {
  windows: 2,
  from: SOAKED - 37 * MINUTE,
  to: SOAKED - 7 * MINUTE,
  events: 1234,
  malformed: 1,
  invalid: 2,
  unknown: 0,
  missing: {},
  retries: { metrics: 1 },
  failed: null,
};
const record = { path: 'reports/monitoring/202611180000.jsonl', content: '{"v":1}\n' };

function collect(o: Partial<RunFacts> = {}, files = [record], run: CollectedRun | null = collected) {
  return planRun(
    facts({
      trigger: {
        command: 'collect',
        files,
        upTo: SOAKED - 7 * MINUTE,
        branch: 'phasegate-data',
        ...(run ? { run } : {}),
      },
      runUrl: RUN_URL,
      recordsAt: { branch: 'phasegate-data', dir: 'reports/monitoring' },
      ...o,
    }),
  );
}

const appendsOf = (i: Intent | undefined): FileAppend[] => {
  if (i?.type === 'commit-records') return i.appends;
  if (i?.type === 'append-runbook') return [i.append];
  throw new Error(`not an append: ${i?.type}`);
};
/** The files as a fresh branch would hold them after the intents. */
function written(intents: Intent[], start: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string | null> = { ...start };
  for (const i of intents)
    for (const a of appendsOf(i)) files[a.path] = applyAppend(files[a.path] ?? null, a);
  return files as Record<string, string>;
}

describe('collect: the run log and the 観測 row, in the commit of the window records', () => {
  it('one commit: the window records, the run log line and the 観測 row, on the records branch', () => {
    const plan = collect();
    expect(plan.intents).toHaveLength(1);
    expect(plan.intents[0]).toMatchObject({
      type: 'commit-records',
      key: 'records:phasegate-data@2026-11-18T00:00:00.000Z',
      branch: 'phasegate-data',
      files: [record],
      message: 'phasegate(autosave): 1 window record(s) up to 2026-11-18T00:00:00.000Z, and the run log',
    });
    const files = written(plan.intents);
    // 2026-11-18 09:07 in Tokyo: the run log of that local day, the Runbook of that month.
    expect(Object.keys(files)).toEqual([
      'reports/monitoring/runs/20261118.jsonl',
      'reports/runbook/2026-11.md',
    ]);
    const [line, ...rest] = parseRunLog(files['reports/monitoring/runs/20261118.jsonl']!);
    expect(rest).toEqual([]);
    expect(line).toEqual({
      v: 1,
      id: '9000000001',
      at: '2026-11-18T00:07:00.000Z',
      url: RUN_URL,
      rollout: 'autosave',
      phase: 'A-1',
      collected: {
        windows: 2,
        from: '2026-11-17T23:30:00.000Z',
        to: '2026-11-18T00:00:00.000Z',
        events: 1234,
        malformed: 1,
        invalid: 2,
        unknown: 0,
        missing: {},
        retries: { metrics: 1 },
        failed: null,
        files: 1,
      },
      slos: [
        {
          id: 'save-latency-p95',
          status: 'pass',
          value: expect.closeTo(1002.4, 1),
          threshold: 2500,
          op: '<=',
          unit: 'ms',
        },
        { id: 'restore-success', status: 'pass', value: 1, threshold: 0.995, op: '>=', unit: 'percent' },
      ],
      recollect: { needed: false, text: 're-collect needed: no' },
      decision: {
        action: 'advance',
        to: 'A-2',
        reason:
          'advance A-1 → A-2: soak: 24h without a failing SLO, every window collected, and every SLO passes now',
      },
    });
    expect(files['reports/runbook/2026-11.md']).toBe(
      [
        '# Runbook: autosave, 2026-11',
        '',
        'Written by phasegate (times in Asia/Tokyo); add your notes anywhere: entries are found again by their hidden markers, so text around them is kept.',
        '',
        '## 日次記録 (daily record)',
        '',
        "The record of each local day (Asia/Tokyo), progress and open problems (進捗と未解決課題), written by the first status run after midnight, as the dashboard issue's daily note.",
        '',
        '## 判定 (verdicts)',
        '',
        'Each merged phase change: the verdict behind it, who approved it (判定結果は Reporter が承認し Runbook に記録), and its pull request.',
        '',
        '## ロールバック (rollbacks)',
        '',
        'Each rollback: when, why, what must hold to resume, and the next canary.',
        '',
        '## 観測 (observations)',
        '',
        'One row per scheduled run (各実行ログを「観測」へ追記); its full line is in `reports/monitoring/runs/YYYYMMDD.jsonl`. Times in Asia/Tokyo.',
        '',
        '| run | windows | events | malformed / invalid | SLOs | re-collect | decision |',
        '|---|---|---|---|---|---|---|',
        `| <!-- phasegate:runbook autosave run 9000000001 -->[2026-11-18 09:07](${RUN_URL}) | 2 | 1,234 | 1 / 2 | ✅ all 2 pass | no | advance → A-2 |`,
        '',
      ].join('\n'),
    );
  });

  it('a run that collected nothing new still commits its line and row; a re-run of the same run adds nothing', () => {
    const plan = collect({}, [], {
      ...collected,
      windows: 0,
      from: null,
      to: null,
      events: 0,
      malformed: 0,
      invalid: 0,
    });
    expect(plan.intents).toEqual([
      expect.objectContaining({
        type: 'commit-records',
        files: [],
        message: 'phasegate(autosave): run log of 2026-11-18T00:07:00.000Z (nothing new collected)',
      }),
    ]);
    const once = written(plan.intents);
    // The same run again (a re-run of the job): its id is in both files, nothing changes.
    expect(written(collect().intents, once)).toEqual(once);
    // The next run appends below it.
    const next = collect({
      runUrl: 'https://github.com/acme/app/actions/runs/9000000002',
      now: SOAKED + 15 * MINUTE,
    });
    const twice = written(next.intents, once);
    expect(parseRunLog(twice['reports/monitoring/runs/20261118.jsonl']!).map((l) => l.id)).toEqual([
      '9000000001',
      '9000000002',
    ]);
    expect(
      twice['reports/runbook/2026-11.md']!.match(/^\| <!-- phasegate:runbook autosave run \d+ -->/gm),
    ).toEqual([
      '| <!-- phasegate:runbook autosave run 9000000001 -->',
      '| <!-- phasegate:runbook autosave run 9000000002 -->',
    ]);
  });

  it("without a run URL the run is named by its instant; the demo's batched commits (no run) write no log", () => {
    expect(runId({ now: SOAKED })).toBe('20261118T000700Z');
    expect(runId({ now: SOAKED, runUrl: RUN_URL })).toBe('9000000001');
    expect(appendsOf(collect({}, [record], null).intents[0])).toEqual([]);
    expect(collect({}, [], null).notes).toEqual(['no new or changed window records: nothing to commit']);
  });

  it("the collect step's report: windows and counts from its records, retries from the sources' retry lines", () => {
    const report = new RunReport();
    for (const line of [
      'prometheus source "metrics": query save_latency 2026-11-18T00:00Z: attempt 1 failed: HTTP 503; retrying in 0.5s\n',
      'prometheus source "metrics": query save_latency 2026-11-18T00:00Z: attempt 2 failed: HTTP 503; retrying in 1s\n',
      'prometheus source "metrics": query save_latency 2026-11-18T00:00Z: attempt 3 succeeded\n',
      'jsonl export source "events": GET /export: attempt 1 failed: socket hang up; giving up\n',
      'collected 2 window(s) …\n',
    ])
      report.line(line);
    const records = facts().records.slice(-2);
    report.collected([records[0]!, { ...records[1]!, missing: new Map([['save_latency', 'HTTP 503']]) }]);
    expect(report.run(new Error('a source failed'))).toEqual({
      windows: 2,
      from: records[0]!.start,
      to: records[1]!.end,
      events: records[0]!.counts.events + records[1]!.counts.events,
      malformed: 0,
      invalid: 0,
      unknown: 0,
      missing: { save_latency: 1 },
      retries: { metrics: 2 },
      failed: 'a source failed',
    });
    expect(new RunReport().run(undefined)).toMatchObject({ windows: 0, from: null, to: null, failed: null });
  });

  it('days and months are local: 00:07 in Tokyo on the 1st is the new month, 23:52 on the 30th the old one', () => {
    const at = (iso: string) => written(collect({ now: Date.parse(iso), runUrl: undefined }).intents);
    expect(Object.keys(at('2026-11-30T15:07:00Z'))).toEqual([
      'reports/monitoring/runs/20261201.jsonl',
      'reports/runbook/2026-12.md',
    ]);
    expect(Object.keys(at('2026-11-30T14:52:00Z'))).toEqual([
      'reports/monitoring/runs/20261130.jsonl',
      'reports/runbook/2026-11.md',
    ]);
    // The records folder decides where both live, on a data branch or at the root.
    expect(runbookPaths({ policy, recordsAt: { branch: null, dir: 'monitoring' } }, '2026-11-18')).toEqual({
      runLogDir: 'monitoring/runs',
      runLog: 'monitoring/runs/20261118.jsonl',
      month: '2026-11',
      runbook: 'runbook/2026-11.md',
    });
  });

  it('the 観測 row and the log line say when windows need collecting again, and why', () => {
    // The last four windows lack save_latency: its source failed there.
    const base = facts().records;
    const records = base.map((r) =>
      r.end > SOAKED - 60 * MINUTE
        ? {
            ...r,
            slis: new Map([...r.slis].filter(([id]) => id !== 'save_latency')),
            missing: new Map([['save_latency', 'prometheus source "metrics": HTTP 503 after 6 attempts']]),
          }
        : r,
    );
    const files = written(collect({ records }).intents);
    const [line] = parseRunLog(files['reports/monitoring/runs/20261118.jsonl']!);
    const text =
      're-collect needed: 4 windows lack save_latency (prometheus source "metrics": HTTP 503 after 6 attempts); collected again next run';
    expect(line?.recollect).toEqual({ needed: true, text });
    expect(files['reports/runbook/2026-11.md']).toContain(
      '| ⚪ save-latency-p95; ✅ 1 other passes | 4 windows lack save_latency (prometheus source "metrics": HTTP 503 after 6 attempts); collected again next run | hold |',
    );
  });
});

describe('a merged change: 判定 and ロールバック', () => {
  const CAUSE = ROLLBACK_CAUSE;
  const rolledBack = (o: Partial<RunFacts> = {}) =>
    rolledBackFacts(
      {
        rcaIssues: [
          {
            number: 7,
            url: 'https://github.com/acme/app/issues/7',
            title: 'RCA: autosave rolled back A-1 → A-0 (due 2026-11-19)',
            body: `${rcaMarker('autosave', 6)}\n…`,
          },
        ],
        ...o,
      },
      { approvedBy: [] },
    );

  it("a rollback, once its RCA issue is open: the verdict (no approval needed) and the plan's fields, with the next canary", () => {
    const plan = planRun(rolledBack());
    const runbook = plan.intents.find((i) => i.type === 'append-runbook');
    expect(runbook).toMatchObject({
      key: 'runbook:autosave:6',
      branch: null,
      message: 'phasegate(autosave): Runbook: rollback A-1 → A-0 (#6)',
    });
    const file = written([runbook!])['reports/runbook/2026-11.md']!;
    expect(file).toContain(
      [
        '## 判定 (verdicts)',
        '',
        'Each merged phase change: the verdict behind it, who approved it (判定結果は Reporter が承認し Runbook に記録), and its pull request.',
        '',
        `- <!-- phasegate:runbook autosave verdict 6 -->**2026-11-18 09:07** rollback A-1 → A-0 ([#6](https://github.com/acme/app/pull/6)), no approval needed (rollback.approval: none). Verdict: ${CAUSE}`,
        '',
        '## ロールバック (rollbacks)',
        '',
        'Each rollback: when, why, what must hold to resume, and the next canary.',
        '',
        '### A-1 → A-0, 2026-11-18 09:07 JST (00:07 UTC) ([#6](https://github.com/acme/app/pull/6))',
        '<!-- phasegate:runbook autosave rollback 6 -->',
        '',
        '- ロールバック時刻 (rolled back at): 2026-11-18 09:07 JST (00:07 UTC)',
        `- 原因 (cause): ${CAUSE}`,
        '- 再開条件 (to resume): save-latency-p95 and auto-merge-rate healthy for 2h (a watched SLO with no data in A-0 is not judged), then restart from A-1',
        '- 次回 Canary 日程 (next canary): A-1 from 2026-11-18 11:07 JST (02:07 UTC) at the earliest, once the recovery watch confirms improvement',
        '- RCA: [#7](https://github.com/acme/app/issues/7), owner @autosave-po',
        '',
        '## 観測 (observations)',
      ].join('\n'),
    );
  });

  it('the Runbook entry waits for the RCA issue, and is written once per change', () => {
    const first = planRun(rolledBack({ rcaIssues: [] }));
    expect(first.intents.map((i) => i.type)).toEqual(['lock-notice', 'send-slack', 'open-rca']);
    const slack = first.intents.find((i) => i.type === 'send-slack') as { text: string };
    expect(slack.text).toContain(
      '次回 Canary 日程: A-1 from 2026-11-18 11:07 JST (02:07 UTC) at the earliest, once the recovery watch confirms improvement',
    );
    const memory = { done: ['lock:autosave:6', 'slack:autosave:6'], refused: [], merged: [], protected: [] };
    const second = planRun(rolledBack({ memory }));
    expect(second.intents.map((i) => i.key)).toEqual(['runbook:autosave:6', 'applied:#6']);
    const once = written(second.intents.slice(0, 1));
    expect(written(second.intents.slice(0, 1), once)).toEqual(once);
    const done = planRun(rolledBack({ memory: { ...memory, done: [...memory.done, 'runbook:autosave:6'] } }));
    expect(done.intents.map((i) => i.key)).toEqual(['applied:#6']);
  });

  it('an advance: the verdict behind it and who approved it', () => {
    const plan = planRun(
      facts({
        trigger: { command: 'apply', sha: 'c0ffee'.padEnd(40, '0'), before: 'b4'.padEnd(40, '0') },
        previousPhase: 'A-1',
        live: {
          phase: 'A-2',
          since: SOAKED,
          entered: { by: 'advance', from: 'A-1' },
          reason: 'advance A-1 → A-2: soak: 24h without a failing SLO',
          file: 'phases/current.yaml',
        },
        merged: {
          number: 5,
          url: 'https://github.com/acme/app/pull/5',
          body: '',
          author: BOT,
          labels: ['phasegate'],
          mergedAt: SOAKED,
          approvedBy: ['alice', 'carol'],
        },
      }),
    );
    const file = written(plan.intents.filter((i) => i.type === 'append-runbook'))[
      'reports/runbook/2026-11.md'
    ]!;
    expect(file).toContain(
      '\n- <!-- phasegate:runbook autosave verdict 5 -->**2026-11-18 09:07** advance A-1 → A-2 ([#5](https://github.com/acme/app/pull/5)), approved by @alice, @carol. Verdict: advance A-1 → A-2: soak: 24h without a failing SLO\n',
    );
    expect(file).not.toContain('phasegate:runbook autosave rollback');
  });
});

describe('status: the 日次記録 from the template', () => {
  const dashboard = (lastDaily: string | null) => ({
    number: 3,
    url: 'https://github.com/acme/app/issues/3',
    title: 'phasegate dashboard: autosave',
    body: `${dashboardMarker('autosave', { lastDaily })}\n`,
  });
  const status = (o: Partial<RunFacts> = {}) => planRun(facts({ trigger: { command: 'status' }, ...o }));

  it("the same day boundary as the dashboard's daily note: the first run after local midnight, once", () => {
    // 2026-11-18 09:07 in Tokyo, the 17th not recorded yet: due.
    const due = status({ dashboard: dashboard('2026-11-16') });
    expect(due.intents.map((i) => i.type)).toEqual(['post-daily-note', 'append-runbook', 'upsert-dashboard']);
    // The 17th recorded: not due, whatever the Runbook holds.
    const recorded = status({ dashboard: dashboard('2026-11-17') });
    expect(recorded.intents.map((i) => i.type)).not.toContain('append-runbook');
    // 23:59 on the 18th in Tokyo: still the 17th's day.
    const late = status({ dashboard: dashboard('2026-11-17'), now: Date.parse('2026-11-18T14:59:00Z') });
    expect(late.intents.map((i) => i.type)).not.toContain('append-runbook');
    // 00:07 on the 19th: the 18th is due.
    const next = status({ dashboard: dashboard('2026-11-17'), now: Date.parse('2026-11-18T15:07:00Z') });
    expect(next.intents.find((i) => i.type === 'append-runbook')?.key).toBe(
      'runbook-daily:autosave:2026-11-18',
    );
  });

  it('the built-in English form, idempotent by its marker', () => {
    const intents = status({ dashboard: dashboard('2026-11-16') }).intents.filter(
      (i) => i.type === 'append-runbook',
    );
    const file = written(intents)['reports/runbook/2026-11.md']!;
    expect(file).toContain(
      [
        '## 日次記録 (daily record)',
        '',
        "The record of each local day (Asia/Tokyo), progress and open problems (進捗と未解決課題), written by the first status run after midnight, as the dashboard issue's daily note.",
        '',
        '<!-- phasegate:runbook autosave daily 2026-11-17 -->',
        '### 2026-11-17 (Asia/Tokyo)',
        '',
        '**Phase:** A-1 (QA canary), since 2026-11-17 09:00. Owner: @autosave-po.',
        '',
        '**Progress: decisions of the day**',
        '',
        '- 09:00 advance A-0 → A-1',
        '',
        '**SLOs over the day**',
        '',
        'Counts are evaluation steps of 1h.',
        '',
        '| SLO | objective | end of day | worst | passing | failing | no data |',
      ].join('\n'),
    );
    expect(file).toContain(
      "**Open problems**\n\nNone.\n\nThe day's runs: `reports/monitoring/runs/20261117.jsonl`.\n",
    );
    expect(written(intents, { 'reports/runbook/2026-11.md': file })['reports/runbook/2026-11.md']).toBe(file);
  });

  it("the policy's form (runbook.template): the reference rollout's Japanese one, and a template's own words", () => {
    const ja = loadRunbookTemplate(REFERENCE_DIR, { template: 'templates/runbook-daily.ja.md' }, 'phases');
    expect(ja?.file).toBe('phases/templates/runbook-daily.ja.md');
    const intents = status({ dashboard: dashboard('2026-11-16'), templates: { runbookDaily: ja! } }).intents;
    const file = written(intents.filter((i) => i.type === 'append-runbook'))['reports/runbook/2026-11.md']!;
    expect(file).toContain(
      '<!-- phasegate:runbook autosave daily 2026-11-17 -->\n### 2026-11-17（Asia/Tokyo）\n\n- フェーズ: A-1（QA canary）、2026-11-17 09:00 から\n- 記録: @autosave-po（Reporter）\n\n**進捗（その日の判断）**\n\n- 09:00 advance A-0 → A-1\n',
    );
    expect(file).toContain(
      '**未解決課題**\n\nNone.\n\nその日の実行ログ: `reports/monitoring/runs/20261117.jsonl`\n',
    );
    expect(file).not.toContain('使える変数'); // the template's comment is not written

    const own = parseTemplate('t.md', '#### {{date}}: {{open_problems}}', RUNBOOK_DAILY_VARIABLES);
    const mine = status({ dashboard: dashboard('2026-11-16'), templates: { runbookDaily: own } }).intents;
    expect(written(mine.filter((i) => i.type === 'append-runbook'))['reports/runbook/2026-11.md']).toContain(
      '<!-- phasegate:runbook autosave daily 2026-11-17 -->\n#### 2026-11-17: None.\n',
    );
    // A placeholder the form does not have is an error naming the file, line and the valid names.
    expect(() => parseTemplate('t.md', '{{next_canary}}', RUNBOOK_DAILY_VARIABLES)).toThrow(
      `t.md:1:1: unknown placeholder {{next_canary}}; valid names: ${RUNBOOK_DAILY_VARIABLES.join(', ')}`,
    );
  });
});

describe('appending (render/append.ts)', () => {
  const a: FileAppend = {
    path: 'r.md',
    initial: '# R\n\n## A\n\n| x |\n|---|\n\n## B\n\nintro\n',
    entries: [
      { section: '## A', marker: '<!-- 1 -->', text: '| <!-- 1 -->one |', row: true },
      { section: '## B', marker: '<!-- 2 -->', text: '<!-- 2 -->\nblock' },
    ],
  };

  it("rows join the section's table, blocks go after its last line; people's notes stay where they are", () => {
    expect(applyAppend(null, a)).toBe(
      '# R\n\n## A\n\n| x |\n|---|\n| <!-- 1 -->one |\n\n## B\n\nintro\n\n<!-- 2 -->\nblock\n',
    );
    const noted = '# R\n\n## A\n\n| x |\n|---|\n\na note below the table\n\n## B\n\nintro\n\nmine\n';
    expect(applyAppend(noted, a)).toBe(
      '# R\n\n## A\n\n| x |\n|---|\n| <!-- 1 -->one |\n\na note below the table\n\n## B\n\nintro\n\nmine\n\n<!-- 2 -->\nblock\n',
    );
  });

  it('list items join the list: the first after a blank line, the next right below it', () => {
    const items: FileAppend = {
      path: 'r.md',
      initial: '## V\n\nintro\n\n## W\n',
      entries: [
        { section: '## V', marker: '<!-- 1 -->', text: '- <!-- 1 -->one', row: true },
        { section: '## V', marker: '<!-- 2 -->', text: '- <!-- 2 -->two', row: true },
      ],
    };
    expect(applyAppend(null, items)).toBe('## V\n\nintro\n\n- <!-- 1 -->one\n- <!-- 2 -->two\n\n## W\n');
  });

  it('an entry whose marker is there is not added again; a deleted section comes back at the end', () => {
    const once = applyAppend(null, a);
    expect(applyAppend(once, a)).toBe(once);
    expect(
      applyAppend('# R\n', { ...a, entries: [{ ...a.entries[1]!, sectionText: '## B\n\nintro' }] }),
    ).toBe('# R\n\n## B\n\nintro\n\n<!-- 2 -->\nblock\n');
    expect(
      applyAppend('{"id":"1"}\n', {
        path: 'l',
        initial: '',
        entries: [{ section: null, marker: '"id":"2"', text: '{"id":"2"}' }],
      }),
    ).toBe('{"id":"1"}\n{"id":"2"}\n');
  });
});

describe('collect: days before the retention move into the archive, in the same commit', () => {
  const old = (end: number) => ({ end, text: `{"v":1,"type":"window","end":${end}}\n` });
  const DAY = 24 * 60 * MINUTE;
  // Two windows of a UTC day 20 days back, one of the day before the retention: only the first day moves.
  const day = Math.floor((SOAKED - 20 * DAY) / DAY) * DAY;
  const keptDay = Math.floor((SOAKED - 9 * DAY) / DAY) * DAY;
  const archive = {
    backfillMs: DAY,
    windows: [old(day + 15 * MINUTE), old(day + 30 * MINUTE), old(keptDay + 15 * MINUTE)],
    runLogs: [{ name: '20261029.jsonl', text: '{"run":"1"}\n' }],
  };

  it('appends each window to its day file and removes its file; the run log likewise', () => {
    const plan = planRun(
      facts({
        trigger: { command: 'collect', files: [record], upTo: SOAKED - 7 * MINUTE, branch: null, archive },
        recordsAt: { branch: null, dir: 'reports/monitoring' },
      }),
    );
    const commit = plan.intents[0];
    if (commit?.type !== 'commit-records') throw new Error('no commit');
    expect(commit.files).toEqual([record]);
    expect(commit.removes).toEqual([
      'reports/monitoring/202610290015.jsonl',
      'reports/monitoring/202610290030.jsonl',
      'reports/monitoring/runs/20261029.jsonl',
    ]);
    expect(commit.appends.map((a) => a.path)).toEqual([
      'reports/monitoring/archive/2026/10/20261029.jsonl',
      'reports/monitoring/archive/runs/2026/10/20261029.jsonl',
    ]);
    expect(applyAppend(null, commit.appends[0]!)).toBe(archive.windows[0]!.text + archive.windows[1]!.text);
    expect(commit.message).toContain('1 day(s) of window records moved into the archive');
  });

  it('with nothing old enough, the commit is as before: no removes, no archive appends', () => {
    const plan = planRun(
      facts({
        trigger: {
          command: 'collect',
          files: [record],
          upTo: SOAKED - 7 * MINUTE,
          branch: null,
          archive: { backfillMs: DAY, windows: [old(keptDay + 15 * MINUTE)], runLogs: [] },
        },
        recordsAt: { branch: null, dir: 'reports/monitoring' },
      }),
    );
    const commit = plan.intents[0];
    expect(commit).not.toHaveProperty('removes');
    expect(commit).toMatchObject({ type: 'commit-records', files: [record], appends: [] });
  });
});
