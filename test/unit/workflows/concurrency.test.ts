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
    expect(groups.snapshot('rollout')).toEqual({ running: 'c', pending: undefined });
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

  it('group names are case insensitive; different groups do not wait for each other', () => {
    const groups = new ConcurrencyGroups();
    groups.enter('Prod', false, 'a');
    expect(groups.enter('prod', false, 'b').state).toBe('pending');
    expect(groups.enter('staging', false, 'c').state).toBe('running');
  });
});
