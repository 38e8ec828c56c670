/**
 * `npm start` as the README says it (`phasegate demo --github` from the bundle): the whole loop
 * on the loopback GitHub, 15 simulated days, one process. The timeline must show the plan's
 * story. (.ci/run leans on this test for `npm start`; its wall time is printed, not asserted.)
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../support/cli.js';

describe('npm start: phasegate demo --github', () => {
  it('advances, rolls back with Slack and an RCA issue, restarts from A-1 and completes', async () => {
    const keep = mkdtempSync(join(tmpdir(), 'phasegate-demo-test-'));
    const started = Date.now();
    const r = await runProcess('npm', ['start', '--silent', '--', '--keep', keep]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`npm start: ${seconds.toFixed(1)} s wall`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/opened #\d+: phasegate\(autosave\): advance A-0 → A-1/);
    expect(out).toMatch(/@alice merged #\d+: phasegate\/verdict is green/);
    expect(out).toMatch(/opened #\d+: phasegate\(autosave\): roll back A-2 → A-1/);
    // Rollbacks are immediate (即時実行): phasegate merges them, nobody approves.
    expect(out).toMatch(/merged #\d+: phasegate\(autosave\): roll back A-2 → A-1/);
    expect(out).not.toMatch(/@autosave-po (approved|merged)/);
    expect(out).toContain('Slack message (rollback):');
    expect(out).toContain('【ロールバック】autosave: A-2 → A-1');
    expect(out).toMatch(
      /opened the RCA issue #\d+, assigned to @autosave-po: RCA: autosave rolled back A-2 → A-1 \(due 2026-11-19\)/,
    );
    expect(out).toContain('the rollout will restart from A-1');
    // After the rollback merged: the UI's lock first, then Slack, then the RCA issue.
    const lock = out.indexOf('lock notice: autosave.lock.readonly A-2 → A-1');
    expect(lock).toBeGreaterThan(0);
    // The plan's order: the lock notice, Slack, then the RCA issue.
    expect(out.indexOf('Slack message (rollback):', lock)).toBeGreaterThan(lock);
    expect(out.indexOf('opened the RCA issue', lock)).toBeGreaterThan(
      out.indexOf('Slack message (rollback):', lock),
    );
    // After the restart, A-1 soaks again and the rollout goes on to GA and completes.
    const restart = out.indexOf('the rollout will restart from A-1');
    expect(out.indexOf('advance A-1 → A-2', restart)).toBeGreaterThan(restart);
    expect(out).toMatch(/rollout complete: B-1 is the last phase and met its goal: consecutive_days: 5 days/);
    const report = /HTML report: (\S+)/.exec(out)?.[1];
    expect(report).toBe(join(keep, 'report.html'));
    expect(existsSync(report!)).toBe(true);
    expect(readFileSync(report!, 'utf8')).toContain('<html');
    expect(out).toMatch(/git log --oneline --first-parent main:\n[0-9a-f]{7} Merge pull request #\d+/);
    expect(out).toContain('Start the autosave rollout at A-0');
  }, 300_000);
});
