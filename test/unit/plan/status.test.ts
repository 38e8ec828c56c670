/**
 * The status run's rules (src/plan/status.ts) and the collect run's (plan/run.ts): the dashboard
 * issue, the daily note, and one commit of window records.
 */
import { describe, expect, it } from 'vitest';
import type { RunFacts } from '../../../src/plan/facts.js';
import { planRun } from '../../../src/plan/run.js';
import { dashboardMarker, dashboardMarkerPrefix } from '../../../src/render/markers.js';
import { facts, records, SOAKED, T0 } from './fixture.js';

const status = (o: Partial<RunFacts> = {}) => facts({ trigger: { command: 'status' }, ...o });
const dashboard = (lastDaily: string | null, rest = '') => ({
  number: 3,
  url: 'https://github.com/acme/app/issues/3',
  title: 'phasegate dashboard: autosave',
  body: `${dashboardMarker('autosave', { lastDaily })}\n${rest}`,
});

describe('the dashboard and the daily note', () => {
  it('no dashboard yet: one is opened (and pinned); its daily note follows once it has a number', () => {
    const plan = planRun(status());
    expect(plan.intents).toEqual([
      {
        type: 'upsert-dashboard',
        key: 'dashboard:autosave',
        issue: null,
        marker: dashboardMarkerPrefix('autosave'),
        title: 'phasegate dashboard: autosave',
        body: expect.stringContaining(dashboardMarker('autosave', { lastDaily: null })),
        labels: ['phasegate:dashboard', 'phasegate'],
      },
    ]);
    expect(plan.again).toBe(true);
  });

  it('the first run after local midnight posts the day that ended, writes it to the Runbook, then the dashboard records it', () => {
    // 2026-11-18 09:07 in Tokyo: the 17th ended.
    const plan = planRun(status({ dashboard: dashboard('2026-11-16') }));
    expect(plan.intents).toEqual([
      {
        type: 'post-daily-note',
        key: 'daily:autosave:2026-11-17',
        issue: 3,
        date: '2026-11-17',
        marker: '<!-- phasegate:daily autosave 2026-11-17 -->',
        body: expect.stringContaining('<!-- phasegate:daily autosave 2026-11-17 -->'),
      },
      expect.objectContaining({
        type: 'append-runbook',
        key: 'runbook-daily:autosave:2026-11-17',
        branch: null,
        append: expect.objectContaining({ path: 'reports/runbook/2026-11.md' }),
      }),
      {
        type: 'upsert-dashboard',
        key: 'dashboard:autosave',
        issue: 3,
        marker: dashboardMarkerPrefix('autosave'),
        title: 'phasegate dashboard: autosave',
        body: expect.stringContaining(dashboardMarker('autosave', { lastDaily: '2026-11-17' })),
        labels: ['phasegate:dashboard', 'phasegate'],
      },
    ]);
  });

  it('an unchanged dashboard is not written', () => {
    const first = planRun(status({ dashboard: dashboard('2026-11-17') }));
    const body = (first.intents[0] as { body: string }).body;
    expect(planRun(status({ dashboard: { ...dashboard('2026-11-17'), body } })).intents).toEqual([]);
  });
});

describe('A-0: 保存遅延 > 2.5s が 1 日 3 回以上 alerts Slack, once a day', () => {
  // A-0 live; saves take 4 s from 09:00 Tokyo on the 18th: by 10:07 the rule has fired.
  const at = Date.parse('2026-11-18T01:07:00Z');
  const a0 = (lastAlert: string | null) =>
    status({
      now: at,
      live: { phase: 'A-0', since: T0, file: 'phases/current.yaml' },
      records: records(at, Date.parse('2026-11-18T00:00:00Z')),
      dashboard: {
        ...dashboard('2026-11-17'),
        body: dashboardMarker('autosave', { lastDaily: '2026-11-17', lastAlert }),
      },
    });

  it('the first status run that sees the fired rule sends one Slack alert, then records the day', () => {
    const plan = planRun(a0('2026-11-17'));
    expect(plan.evaluation.decision).toMatchObject({ action: 'hold', alert: true });
    const [slack, board] = plan.intents;
    expect(slack).toMatchObject({
      type: 'send-slack',
      key: 'slack:alert:autosave:2026-11-18',
      kind: 'alert',
    });
    expect((slack as { text: string }).text).toMatch(
      /^:rotating_light: \*autosave: A-0 has no earlier phase to roll back to: alerting, and advancing is blocked\* \(2026-11-18, Asia\/Tokyo\)\n• breaches_per_day: save-latency-p95 4 breaching windows on 2026-11-18/,
    );
    expect((slack as { text: string }).text).toContain(
      'Dashboard: <https://github.com/acme/app/issues/3|#3>',
    );
    expect(board).toMatchObject({
      type: 'upsert-dashboard',
      body: expect.stringContaining(
        dashboardMarker('autosave', { lastDaily: '2026-11-17', lastAlert: '2026-11-18' }),
      ),
    });
  });

  it('later runs that day send nothing more', () => {
    expect(planRun(a0('2026-11-18')).intents.filter((i) => i.type === 'send-slack')).toEqual([]);
  });
});

describe('window records', () => {
  it('new or changed window records go in one commit to the records branch; none, no commit', () => {
    const files = [
      { path: 'reports/monitoring/202611180000.jsonl', content: '{"v":1}\n' },
      { path: 'reports/monitoring/202611180015.jsonl', content: '{"v":1}\n' },
    ];
    const collect = (f: typeof files) =>
      planRun(
        facts({
          trigger: { command: 'collect', files: f, upTo: SOAKED - 7 * 60_000, branch: 'phasegate-data' },
        }),
      );
    expect(collect(files).intents).toEqual([
      {
        type: 'commit-records',
        key: 'records:phasegate-data@2026-11-18T00:00:00.000Z',
        branch: 'phasegate-data',
        files,
        appends: [],
        message: 'phasegate(autosave): 2 window record(s) up to 2026-11-18T00:00:00.000Z',
      },
    ]);
    expect(collect([]).intents).toEqual([]);
    expect(collect([]).notes).toEqual(['no new or changed window records: nothing to commit']);
  });
});
