/** Concurrency groups (actions-group-concurrency.md): one running, one pending, the newest pending wins. */
import { describe, expect, it } from 'vitest';
import { ConcurrencyGroups } from '../../support/workflows/concurrency.js';

describe('concurrency groups', () => {
  it('one running and one pending; a newer pending run cancels the older pending one', async () => {
    const groups = new ConcurrencyGroups();
    const a = groups.enter('rollout', false, 'a');
    const b = groups.enter('rollout', false, 'b');
    const c = groups.enter('rollout', false, 'c');
    expect([a.state, b.state, c.state]).toEqual(['running', 'cancelled', 'pending']);
    expect(await b.started).toBe(false);
    expect(a.cancelRequested).toBe(false);
    a.release();
    expect(await c.started).toBe(true);
    expect(groups.snapshot('rollout')).toEqual({ running: 'c', pending: undefined, queued: [] });
    expect(groups.log).toEqual([
      'a running in "rollout"',
      'b pending in "rollout" behind a',
      'b cancelled: c takes its place as pending in "rollout"',
      'c pending in "rollout" behind a',
      'c running in "rollout"',
    ]);
  });

  it('cancel-in-progress cancels the running one; the new one runs once it stops', async () => {
    const groups = new ConcurrencyGroups();
    const a = groups.enter('gate-3', false, 'a');
    const b = groups.enter('gate-3', true, 'b');
    expect(a.cancelRequested).toBe(true);
    expect(b.state).toBe('pending');
    a.release();
    expect(a.state).toBe('cancelled');
    expect(await b.started).toBe(true);
  });

  it('queue: max keeps every waiting run, first in first out, up to 100; never with cancel-in-progress', async () => {
    const groups = new ConcurrencyGroups();
    const running = groups.enter('rollout', false, 'scheduled', 'max');
    const rollback = groups.enter('rollout', false, 'manual rollback', 'max');
    const next = groups.enter('rollout', false, 'next scheduled', 'max');
    expect([running.state, rollback.state, next.state]).toEqual(['running', 'pending', 'pending']);
    expect(groups.snapshot('rollout').queued).toEqual(['manual rollback', 'next scheduled']);
    running.release();
    expect(await rollback.started).toBe(true);
    expect(next.state).toBe('pending');
    rollback.release();
    expect(await next.started).toBe(true);
    for (let i = 0; i < 100; i++) groups.enter('rollout', false, `r${i}`, 'max');
    const overflow = groups.enter('rollout', false, 'one too many', 'max');
    expect(overflow.state).toBe('cancelled');
    expect(await overflow.started).toBe(false);
    expect(groups.log.at(-1)).toBe('one too many cancelled: the queue of "rollout" is full (100 pending)');
    expect(() => groups.enter('rollout', true, 'x', 'max')).toThrow(
      'x: concurrency "rollout": queue: max cannot be combined with cancel-in-progress: true',
    );
  });

  it('group names are case insensitive; different groups do not wait for each other', () => {
    const groups = new ConcurrencyGroups();
    groups.enter('Prod', false, 'a');
    expect(groups.enter('prod', false, 'b').state).toBe('pending');
    expect(groups.enter('staging', false, 'c').state).toBe('running');
  });
});
