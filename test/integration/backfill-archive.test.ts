/**
 * A back-fill that reaches into the archive (issue 14, bounded history): `collect --backfill` into
 * a records folder whose older days the Action's collect moved into archive/ day files. An
 * archived window is a window the folder holds: collected again, it would become a recent file
 * that wins over its archived copy, and an events file that no longer holds those days would turn
 * a window of thousands of events into one of none, with nothing said. Real collect runs into a
 * real folder, compacted the way the Action compacts it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectCommand } from '../../src/commands/collect.js';
import { traceText } from '../../src/demo/trace.js';
import { archiveDayPath, DAY_MS } from '../../src/telemetry/archive.js';
import { compactFolder } from '../../src/telemetry/sources/record-archive.js';
import { readRecords } from '../../src/telemetry/sources/record-files.js';
import { windowFileName } from '../../src/telemetry/window.js';
import { loadPolicyDir } from '../../src/worktree/policy-dir.js';
import { scratchWithPolicy } from '../support/cli.js';

const D = (day: number, hhmm = '00:00') => Date.parse(`2026-11-${String(day).padStart(2, '0')}T${hhmm}:00Z`);
const NOW = D(28, '10:05');

let dir: string;
const events = () => join(dir, 'events.jsonl');
const records = () => join(dir, 'reports', 'monitoring');
const recentNames = () => readdirSync(records()).filter((n) => n.endsWith('.jsonl'));

async function collect(o: { from?: number; to?: number; backfill?: string }) {
  const log: string[] = [];
  await collectCommand({
    source: events(),
    output: records(),
    config: join(dir, 'phases'),
    window: '15m',
    now: NOW,
    log: (line) => log.push(line.trimEnd()),
    ...o,
  });
  return log;
}

beforeEach(async () => {
  dir = scratchWithPolicy();
  // A-2 since 26 November, the rollout begun on the 12th: its before_rollout baseline (7 days)
  // keeps the days around the 12th in the recent folder, so the archive sits between two spans
  // of recent files, as it does for a rollout some weeks into a phase.
  writeFileSync(
    join(dir, 'phases', 'current.yaml'),
    'rollout: autosave\nphase: A-2\nsince: 2026-11-26T00:00:00.000Z\nstarted: 2026-11-12T00:00:00.000Z\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\n',
  );
  writeFileSync(events(), traceText({ seed: 1, from: D(10), to: NOW, ratePerMinute: 2, mix: { save: 1 } }));
  await collect({ from: D(10), to: D(28, '10:00') });
  const { policy } = loadPolicyDir(join(dir, 'phases'));
  await compactFolder(records(), {
    policy,
    live: { phase: 'A-2', since: D(26), started: D(12) },
    now: NOW,
    backfillMs: DAY_MS,
  });
});

describe('collect --backfill over archived days', () => {
  it('takes an archived window for one the folder holds: no recent copy, no window made worse', async () => {
    const recent = new Set(recentNames());
    const archived = (await readRecords(records())).filter((r) => !recent.has(windowFileName(r.end)));
    // the fixture: whole days in the archive, between recent files before and after them
    expect(archived.length).toBeGreaterThanOrEqual(96);
    const names = recentNames().sort();
    expect(names[0]! < '20261114').toBe(true);
    expect(archived.every((r) => r.counts.events > 0)).toBe(true);

    // The events file rotated: it holds the last day only.
    writeFileSync(events(), traceText({ seed: 2, from: D(27), to: NOW, ratePerMinute: 2, mix: { save: 1 } }));
    const log = await collect({ backfill: '30d' });

    expect(recentNames().sort()).toEqual(names);
    const after = new Map((await readRecords(records())).map((r) => [r.end, r]));
    for (const r of archived) expect(after.get(r.end)?.counts.events).toBe(r.counts.events);
    expect(log.join('\n')).not.toMatch(/collected \d+ window/);
  });

  it('collects an archived window again for the SLI its record lists as missing, keeping the rest', async () => {
    const day = join(records(), archiveDayPath(D(15)));
    const text = readFileSync(day, 'utf8');
    // 15 November 12:00-12:15: its save_latency lost to a failed source when it was collected
    const start = text.indexOf('{"v":1,"type":"window","start":"2026-11-15T12:00:00.000Z"');
    const sli = text.indexOf('{"v":1,"type":"sli","sli":"save_latency"', start);
    const eol = text.indexOf('\n', sli);
    writeFileSync(
      day,
      `${text.slice(0, sli)}{"v":1,"type":"missing","sli":"save_latency","reason":"the source failed"}${text.slice(eol)}`,
    );
    const end = D(15, '12:15');
    const before = (await readRecords(records())).find((r) => r.end === end)!;
    expect(before.missing.has('save_latency')).toBe(true);

    const log = await collect({ backfill: '30d' });

    expect(log.join('\n')).toMatch(/collected 1 window/);
    expect(recentNames()).toContain(windowFileName(end));
    const after = (await readRecords(records())).find((r) => r.end === end)!;
    expect(after.missing.size).toBe(0);
    const latency = after.slis.get('save_latency');
    expect(latency?.kind === 'latency' && latency.count).toBeGreaterThan(0);
    expect(after.slis.get('crash_rate')).toEqual(before.slis.get('crash_rate'));
  });

  it('with --from/--to over archived days, keeps an archived window a rotated events file would empty, and says so', async () => {
    writeFileSync(events(), traceText({ seed: 2, from: D(27), to: NOW, ratePerMinute: 2, mix: { save: 1 } }));
    const end = D(15, '12:15');
    const had = (await readRecords(records())).find((r) => r.end === end)!.counts.events;
    expect(had).toBeGreaterThan(0);

    const log = await collect({ from: D(15, '12:00'), to: D(15, '13:00') });

    expect(log.join('\n')).toMatch(/kept the existing record \(\d+ events\); this collect found 0/);
    const after = (await readRecords(records())).find((r) => r.end === end)!;
    expect(after.counts.events).toBe(had);
  });

  it('says an archive day file it cannot read, and collects that day again', async () => {
    const day = join(records(), archiveDayPath(D(15)));
    writeFileSync(day, `${readFileSync(day, 'utf8')}{"v":1,"type":"window","start":"not a time"}\n`);

    const log = await collect({ backfill: '30d' });

    expect(log.join('\n')).toContain(`${archiveDayPath(D(15))} cannot be read`);
    expect(log.join('\n')).toMatch(/collected 96 window/);
    expect(recentNames()).toContain(windowFileName(D(15, '12:15')));
  });
});
