/**
 * What `simulate` shows is what the Action does: the same trace replayed run by run on the
 * in-memory PR book (simulate itself) and on the loopback GitHub through the GitHub interpreter
 * (the forge port on Octokit), with the same people, must plan the same intents, run by run: an
 * advance approved and merged, a latency regression in A-1 rolled back at once with the lock
 * notice, the RCA issue and Slack, the recovery watch and the restart from A-1; each merged
 * change's Runbook entries (who approved it) the same in both.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireContext } from '../../src/action/wire.js';
import { githubStage } from '../../src/demo/github-stage.js';
import { createClient } from '../../src/github/client.js';
import { loadTemplates } from '../../src/notify/load.js';
import type { Intent } from '../../src/plan/intents.js';
import { simulate } from '../../src/simulate/engine.js';
import { type ReplayRun, replay } from '../../src/simulate/replay.js';
import type { PrKind } from '../../src/simulate/types.js';
import { writeRecords } from '../../src/telemetry/sources/record-files.js';
import { REFERENCE_DIR, referencePolicy } from '../support/policy.js';
import { HOUR, kindsOf, MINUTE, repeat, trace } from '../support/traces.js';
import { BOT, repositoryFiles, TOKENS, World } from '../support/world.js';

const policy = referencePolicy();
const T0 = Date.parse('2026-11-16T00:00:00Z');
const FROM = T0;
const TO = T0 + 36 * HOUR;
const CRON = 7 * MINUTE;
/** Saves slow (4 s) for an hour, 3 h into A-1. */
const SLOW = { from: T0 + 28 * HOUR, to: T0 + 29 * HOUR };
const records = trace(T0 - 24 * HOUR, TO, kindsOf(policy), (start) => ({
  latency: { save_latency: repeat(start >= SLOW.from && start < SLOW.to ? 4000 : 1000, 100) },
  ratio: { restore_success: [400, 400], crash_rate: [3, 100], auto_merge_rate: [90, 100] },
  count: { critical_bugs: 0 },
}));
const files = repositoryFiles();
const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', args, { cwd });
const people = (kind: PrKind) => (kind === 'rollback' ? 'autosave-po' : 'alice');

interface Planned {
  at: string;
  run: string;
  intents: Intent[];
}

/** Each run's intents, with commit ids (made up in the book, real on GitHub) named by their PR. */
function planned(runs: ReplayRun[]): Planned[] {
  const heads = new Map<string, string>();
  for (const { result } of runs)
    for (const pass of result.passes)
      for (const i of pass.plan.intents)
        if (i.type === 'set-gate' || i.type === 'merge') heads.set(i.sha, `head-of-#${i.pr}`);
  const name = (text: string) => {
    let out = text;
    for (const [sha, label] of heads) out = out.split(sha).join(label).split(sha.slice(0, 7)).join(label);
    return out;
  };
  return runs.map(({ at, trigger, result }) => ({
    at: new Date(at).toISOString(),
    run: trigger.command === 'gate' ? `gate #${trigger.pr}` : trigger.command,
    // Comment ids are the world's own: what matters is whether the comment was there.
    intents: (JSON.parse(name(JSON.stringify(result.intents))) as Intent[]).map((i) =>
      i.type === 'upsert-verdict' ? { ...i, comment: i.comment === null ? null : 0 } : i,
    ),
  }));
}

let w: World;
const onGithub: ReplayRun[] = [];
const onBook: ReplayRun[] = [];

beforeAll(async () => {
  // The book: `simulate`, told the repository's checklist, CODEOWNERS and people.
  await simulate({
    policy,
    records,
    from: FROM,
    to: TO,
    templates: loadTemplates(REFERENCE_DIR, policy.notify, 'phases'),
    repository: {
      checklist: { path: 'docs/CHECKLIST.md', text: files['docs/CHECKLIST.md']! },
      codeowners: { path: '.github/CODEOWNERS', text: files['.github/CODEOWNERS']! },
      teams: {},
      approvers: (kind) => [people(kind)],
      identity: BOT,
      repoUrl: 'https://github.com/acme/app',
      cronOffsetMs: CRON,
    },
    onRun: (run) => {
      if (run.result.intents.length) onBook.push(run);
    },
  });

  // GitHub: the loopback emulator holding the same repository, the records in the checkout.
  w = await World.start('');
  w.now = FROM;
  await w.gh.seed(files, 'Start the autosave rollout at A-0');
  const workspace = mkdtempSync(join(tmpdir(), 'phasegate-same-'));
  await w.gh.cloneTo(workspace);
  await writeRecords(join(workspace, 'reports', 'monitoring'), records);
  const quiet = { info: () => {}, warn: () => {} };
  const ctx = wireContext({
    token: TOKENS.bot,
    repository: `${w.gh.owner}/${w.gh.repo}`,
    apiUrl: w.gh.url,
    botLogin: BOT,
    workspace,
    slackWebhook: w.slack.url,
    lockUrl: w.lock.url,
    lockSecret: 'shh',
    clock: { now: () => w.now, sleep: async () => {} },
    log: quiet,
    config: 'phases',
    records: 'reports/monitoring',
    recordsBranch: '',
    dryRun: false,
    actor: BOT,
  });
  const stage = githubStage({
    gh: w.gh,
    ctx,
    policy,
    setClock: (t) => {
      w.now = t;
    },
    approver: people,
    as: (login) =>
      createClient({ token: login === 'alice' ? TOKENS.alice : TOKENS.po, baseUrl: w.gh.url, log: () => {} }),
    // A push checks the default branch out again (the apply run reads current.yaml from it).
    sync: async () => {
      await git(workspace, 'fetch', '--quiet', 'origin', '+refs/heads/main:refs/remotes/origin/main');
      await git(workspace, 'reset', '--quiet', '--hard', 'refs/remotes/origin/main');
    },
  });
  await replay(stage, {
    policy,
    from: FROM,
    to: TO,
    approveAfterMs: HOUR,
    cronOffsetMs: CRON,
    log: quiet,
    onRun: (run) => {
      if (run.result.intents.length) onGithub.push(run);
    },
  });
}, 240_000);

afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w?.close();
});

describe('simulate and the Action on one trace', () => {
  it('tell the story: advance, rollback at once, announce, recover, restart', () => {
    const runs = planned(onBook);
    const types = runs.map(
      (r) => `${r.at.slice(11, 16)} ${r.run}: ${r.intents.map((i) => i.type).join(', ')}`,
    );
    // 2026-11-17, UTC: A-0 has soaked; alice approves an hour later; saves turn slow at 04:00.
    expect(types).toEqual([
      '00:07 propose: open-proposal, set-gate, upsert-verdict',
      '00:22 propose: upsert-verdict',
      '00:37 propose: upsert-verdict',
      '00:52 propose: upsert-verdict',
      '01:07 propose: upsert-verdict',
      '01:07 gate #1: set-gate, upsert-verdict',
      '01:07 apply: send-slack, append-runbook, add-label',
      '04:22 propose: open-proposal, set-gate, upsert-verdict, merge, lock-notice, send-slack, open-rca, append-runbook, add-label',
      '08:52 propose: open-proposal, set-gate, upsert-verdict',
      '09:07 propose: upsert-verdict',
      '09:22 propose: upsert-verdict',
      '09:37 propose: upsert-verdict',
      '09:52 propose: upsert-verdict',
      '09:52 gate #4: set-gate, upsert-verdict',
      '09:52 apply: send-slack, append-runbook, add-label',
    ]);
    const opened = runs.flatMap((r) => r.intents).filter((i) => i.type === 'open-proposal');
    expect(opened.map((i) => i.key)).toEqual([
      'proposal:phasegate/autosave/advance-A-1',
      'proposal:phasegate/autosave/rollback-A-0',
      'proposal:phasegate/autosave/restart-A-1',
    ]);
  });

  it('plan the same intents, run by run', () => {
    expect(planned(onGithub)).toEqual(planned(onBook));
  });

  it('send the same messages', () => {
    const slack = w.slack.got.map((g) => JSON.parse(g.body).text as string);
    const texts = onBook.flatMap((r) => r.result.intents).filter((i) => i.type === 'send-slack');
    expect(slack).toEqual(texts.map((i) => (i as { text: string }).text));
    expect(w.lock.got).toHaveLength(1);
  });
});
