/**
 * A whole rollout through the Action's commands, in-process, against the loopback GitHub, as the
 * workflows run them: healthy windows → advance PR → approvals and the QA checklist → gate green
 * → merged → apply (Slack) → a latency regression → rollback PR merged at once (A-1 needs no
 * approval) → the signed lock notice, the RCA issue and Slack → recovery → restart-from-A-1 PR.
 * (test/e2e runs the bundle itself, as the runner does.)
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent } from '../../../src/emulator/index.js';
import { checkDocExcerpt, checkDocFigure, README_REQUESTS } from '../../support/doc-excerpt.js';
import { REPO_ROOT } from '../../support/policy.js';
import { latencyRegressionTrace } from '../../support/traces.js';
import { BOT, LOCK_SECRET, ok, repositoryFiles, TOKENS, World, writesOf } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);

const events = latencyRegressionTrace;

let w: World;
beforeAll(async () => {
  w = await World.start(events());
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  saveExamples();
  await w.close();
});

/** Everything phasegate wrote on GitHub and sent, as test artifacts (docs/github.md quotes them). */
function saveExamples(): void {
  const dir = join(REPO_ROOT, 'test-artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  for (const p of w.gh.state.pulls) write(`pr-${p.number}.md`, `# ${p.title}\n\n${p.body ?? ''}`);
  for (const i of w.gh.state.issues) write(`issue-${i.number}.md`, `# ${i.title}\n\n${i.body ?? ''}`);
  for (const c of w.gh.state.comments) write(`comment-${c.issue}-${c.id}.md`, c.body);
  for (const [k, g] of w.slack.got.entries()) write(`slack-${k + 1}.json`, g.body);
  for (const [k, g] of w.lock.got.entries()) {
    write(`lock-${k + 1}.json`, `${JSON.stringify(g.headers, null, 2)}\n${g.body}`);
  }
}

async function patchAs(token: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${w.gh.url}${path}`, {
    method: 'PATCH',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const statusOf = (sha: string) =>
  w.gh.state.statuses.filter((s) => s.sha === sha && s.context === 'phasegate/verdict').at(-1);
const commentsOn = (n: number) => w.gh.state.comments.filter((c) => c.issue === n);

describe('a rollout driven by the Action against the loopback GitHub', () => {
  let advancePr = 0;

  it('healthy windows: one commit of window records, an advance PR with verdict, chart and checklist, a red gate', async () => {
    w.now = T('2026-11-17T02:07:00Z');
    w.gh.resetRequests();
    const run = await w.scheduledRun('50h');
    const scheduledRequests = w.gh.requests.length;
    console.log(
      `GitHub API requests for the first scheduled run (collect + propose + status): ${scheduledRequests}`,
    );
    checkDocFigure('README.md', README_REQUESTS.firstRun, scheduledRequests);

    const log = await w.gh.gitText(['log', '--format=%s', 'main']);
    expect(log.split('\n').filter((s) => s.includes('window record'))).toHaveLength(1);
    const files = await w.gh.gitText(['ls-tree', '--name-only', 'main', 'reports/monitoring/']);
    expect(files.split('\n').filter((f) => f.endsWith('.jsonl'))).toHaveLength(50 * 4);

    expect(run.propose.outputs.decision).toBe('advance');
    expect(run.propose.outputs['target-phase']).toBe('A-1');
    const pulls = w.gh.state.pulls;
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    advancePr = pr.number;
    expect(pr.title).toBe('phasegate(autosave): advance A-0 → A-1');
    expect(pr.head.ref).toBe('phasegate/autosave/advance-A-1');
    expect(pr.labels).toEqual(expect.arrayContaining(['phasegate', 'phasegate:advance']));
    expect(pr.body).toContain('```mermaid');
    expect(pr.body).toMatch(/- \[ \] QA ran the restore scenarios/);
    const current = await w.gh.readFile(pr.head.ref, 'phases/current.yaml');
    expect(current).toMatch(/^phase: A-1$/m);
    expect(current).toMatch(/autosave\.enabled: true/);
    // The README shows the file an advance PR carries, as this one does.
    expect(checkDocExcerpt('README.md', 'current-yaml', current!)).toBe(current);

    expect(statusOf(pr.head.sha)).toMatchObject({ context: 'phasegate/verdict', state: 'failure' });
    const comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ user: BOT });
    expect(comments[0]!.body).toContain('<!-- phasegate:verdict autosave -->');
    // status also writes the self-contained HTML report.
    const report = readFileSync(run.status.outputs.report!, 'utf8');
    expect(report).toContain('<section class="slo" data-slo="save-latency-p95"');
    const dashboard = w.gh.state.issues.find((i) => i.labels.includes('phasegate:dashboard'));
    expect(dashboard).toMatchObject({ title: 'phasegate dashboard: autosave', pinned: true });

    // The same schedule again changes nothing: no commit, no PR, no comment, no status.
    w.gh.resetRequests();
    await w.scheduledRun('50h');
    const writes = writesOf(w.gh.requests);
    expect(writes).toEqual([]);
    console.log(`GitHub API requests for a re-run that changes nothing: ${w.gh.requests.length}`);
    checkDocFigure('README.md', README_REQUESTS.rerun, w.gh.requests.length);
    expect(w.gh.requests.length).toBeLessThanOrEqual(scheduledRequests);
  }, 120_000);

  it('approvals: a non-allowed reviewer does not count; the Analyzer and ticked boxes turn the gate green', async () => {
    w.now = T('2026-11-17T02:12:00Z'); // reports up to 02:00 were committed at 02:07
    const byMallory = await w.gh.review(advancePr, 'mallory', 'APPROVE');
    ok(await w.step('gate', {}, byMallory));
    let pr = w.gh.state.pulls.find((p) => p.number === advancePr)!;
    expect(statusOf(pr.head.sha)?.state).toBe('failure');
    expect(commentsOn(advancePr)[0]!.body).toMatch(/mallory/);

    const byAlice = await w.gh.review(advancePr, 'alice', 'APPROVE');
    ok(await w.step('gate', {}, byAlice));
    expect(statusOf(pr.head.sha)?.state).toBe('failure'); // checklist still unticked

    await patchAs(TOKENS.alice, `/repos/acme/app/pulls/${advancePr}`, {
      body: (pr.body ?? '').replace(/- \[ \]/g, '- [x]'),
    });
    const edited = await pullRequestEvent(w.gh, advancePr, 'edited');
    ok(await w.step('gate', {}, edited));
    pr = w.gh.state.pulls.find((p) => p.number === advancePr)!;
    expect(statusOf(pr.head.sha), commentsOn(advancePr)[0]!.body).toMatchObject({ state: 'success' });
    expect(commentsOn(advancePr)).toHaveLength(1);
  }, 60_000);

  it('merged: apply posts the advance to Slack; A-1 starts at the merge', async () => {
    w.now = T('2026-11-17T03:00:00Z');
    const merged = await w.gh.merge(advancePr, 'alice');
    ok(await w.step('apply', {}, merged.event));
    expect(w.slack.got).toHaveLength(1);
    const advanced = JSON.parse(w.slack.got[0]!.body).text as string;
    expect(advanced).toMatch(/A-0 → A-1/);
    expect(advanced).toMatch(/Why: advance A-0 → A-1: soak/);
    expect(w.lock.got).toHaveLength(0);
  }, 60_000);

  it('a latency regression in A-1: the rollback PR is merged at once and applied: Slack, signed lock notice, RCA issue', async () => {
    w.now = T('2026-11-17T10:07:00Z');
    const run = await w.scheduledRun();
    expect(run.propose.outputs.decision).toBe('rollback');
    const rollback = w.gh.state.pulls.find((p) => p.head.ref === 'phasegate/autosave/rollback-A-0')!;
    expect(rollback).toMatchObject({ state: 'closed', merged: true });
    // A-1 began when its PR merged (03:00), not when it was proposed (02:07).
    expect(rollback.body).toContain('phase began 2026-11-17 03:00 UTC');
    expect(await w.gh.readFile('main', 'phases/current.yaml')).toMatch(/^phase: A-0$/m);

    expect(w.lock.got).toHaveLength(1);
    const lock = w.lock.got[0]!;
    // Standard Webhooks: the id, the time and the body are signed together.
    const { 'webhook-id': id, 'webhook-timestamp': ts } = lock.headers as Record<string, string>;
    const mac = createHmac('sha256', LOCK_SECRET).update(`${id}.${ts}.${lock.body}`).digest('base64');
    expect(lock.headers['webhook-signature']).toBe(`v1,${mac}`);
    expect(JSON.parse(lock.body)).toMatchObject({
      event: 'autosave.lock.readonly',
      phase: 'A-0',
      from: 'A-1',
    });

    const slack = w.slack.got.map((g) => JSON.parse(g.body).text as string);
    expect(slack).toHaveLength(2);
    expect(slack[1]).toMatch(/ロールバック/);

    const rca = w.gh.state.issues.filter((i) => i.labels.includes('phasegate:rca'));
    expect(rca).toHaveLength(1);
    // Tuesday 19:07 in Tokyo: due one business day later, Wednesday.
    expect(rca[0]!.title).toContain('due 2026-11-18');
    expect(rca[0]!.assignees).toEqual(['autosave-po']);

    // The apply workflow on that merge's push notifies nobody twice.
    const mergeSha = rollback.merge_commit_sha!;
    const before = (await w.gh.gitText(['rev-parse', `${mergeSha}^1`])).trim();
    const push = await pushEvent(w.gh, 'main', before, mergeSha, BOT);
    ok(await w.step('apply', {}, push));
    expect(w.slack.got).toHaveLength(2);
    expect(w.lock.got).toHaveLength(1);
  }, 120_000);

  it('recovery: after 2 h of healthy latency and merge rate, a restart-from-A-1 PR', async () => {
    w.now = T('2026-11-17T16:07:00Z');
    const run = await w.scheduledRun();
    expect(run.propose.outputs.decision).toBe('restart');
    const restart = w.gh.state.pulls.find(
      (p) => p.head.ref === 'phasegate/autosave/restart-A-1' && p.state === 'open',
    );
    expect(restart?.title).toBe('phasegate(autosave): restart from A-1');
  }, 120_000);
});
