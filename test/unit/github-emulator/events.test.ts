/**
 * Webhook payloads built from the emulator's state, checked against the webhook schemas of the
 * same OpenAPI description (a mismatch lands in gh.violations), and the checkouts they imply.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  pullRequestEvent,
  scheduleEvent,
  workflowDispatchEvent,
  ZERO_SHA,
} from '../../../src/emulator/index.js';
import { type Emulator, setup } from './helpers.js';

let gh: Emulator;

beforeAll(async () => {
  ({ gh } = await setup());
  await gh.seed({ 'phases/current.yaml': 'phase: A-0\n' });
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(() => gh.close());

describe('event payloads', () => {
  it('push: before/after and the commits with their files', async () => {
    const before = (await gh.refSha('main'))!;
    const { sha, event, pushPayload } = await gh.push(
      'main',
      { 'docs/a.md': 'a\n', 'phases/current.yaml': null },
      'docs',
      'alice',
    );
    expect(event).toMatchObject({ name: 'push', sha, ref: 'refs/heads/main' });
    expect(pushPayload).toMatchObject({
      ref: 'refs/heads/main',
      before,
      after: sha,
      created: false,
      pusher: { name: 'alice' },
    });
    expect(pushPayload.commits).toEqual([
      expect.objectContaining({
        id: sha,
        message: 'docs',
        added: ['docs/a.md'],
        removed: ['phases/current.yaml'],
        modified: [],
      }),
    ]);
    const created = await gh.push('data', { 'r.jsonl': '{}\n' }, 'data branch', 'bob');
    expect(created.pushPayload).toMatchObject({ before: ZERO_SHA, created: true });
  });

  it('pull_request opened/synchronize/edited and pull_request_review submitted', async () => {
    await gh.push('feature', { 'f.md': '1\n' }, 'one', 'bob');
    const n = await gh.openPull({ head: 'feature', title: 'feature', user: 'bob' });
    const opened = await pullRequestEvent(gh, n, 'opened');
    expect(opened.payload).toMatchObject({
      action: 'opened',
      number: n,
      pull_request: { number: n, head: { ref: 'feature' }, base: { ref: 'main' }, user: { login: 'bob' } },
    });
    const before = (await gh.refSha('feature'))!;
    await gh.push('feature', { 'f.md': '2\n' }, 'two', 'bob');
    const sync = await pullRequestEvent(gh, n, 'synchronize', { before });
    expect(sync.payload).toMatchObject({ before, after: await gh.refSha('feature') });
    await pullRequestEvent(gh, n, 'edited', { changes: { body: { from: '' } } });

    const review = await gh.review(n, 'alice', 'APPROVE');
    expect(review).toMatchObject({ name: 'pull_request_review', ref: `refs/pull/${n}/merge` });
    expect(review.payload).toMatchObject({
      action: 'submitted',
      review: { state: 'approved', user: { login: 'alice' } },
      sender: { login: 'alice' },
    });
  });

  it('merge returns the push to the base branch', async () => {
    const n = gh.state.pulls[0]!.number;
    const merged = await gh.merge(n, 'alice');
    expect(merged.pushPayload).toMatchObject({
      ref: 'refs/heads/main',
      after: merged.sha,
      sender: { login: 'alice' },
    });
    expect((merged.pushPayload.head_commit as { message: string }).message).toBe(
      'Merge pull request #1 from acme/feature\n\nfeature',
    );
  });

  it('workflow_dispatch and schedule run on the default branch tip', async () => {
    const tip = await gh.refSha('main');
    const dispatch = await workflowDispatchEvent(gh, { phase: 'A-0', reason: 'errors' }, { sender: 'alice' });
    expect(dispatch).toMatchObject({
      name: 'workflow_dispatch',
      sha: tip,
      ref: 'refs/heads/main',
      payload: { inputs: { phase: 'A-0' } },
    });
    const schedule = await scheduleEvent(gh);
    expect(schedule).toMatchObject({ name: 'schedule', sha: tip, payload: { schedule: '7-59/15 * * * *' } });
  });

  it('cloneTo checks out a branch with an identity configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    expect(await gh.cloneTo(dir, 'main')).toBe(await gh.refSha('main'));
    expect(readFileSync(join(dir, 'f.md'), 'utf8')).toBe('2\n');
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toContain('name = github-actions[bot]');
  });
});
