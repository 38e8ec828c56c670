/**
 * Compacting the records folder (issue 14, item 5) on real files: whole UTC days older than the
 * retention move into archive/YYYY/MM/YYYYMMDD.jsonl byte for byte, reading sees every window as
 * before, a second run changes nothing, a late window joins its day file, and a crash between the
 * day file and the deletions loses nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioRecords } from '../../../src/demo/scenario.js';
import { planArchive } from '../../../src/plan/archive.js';
import { retentionMs } from '../../../src/rollout/retention.js';
import { windowBlocks } from '../../../src/telemetry/archive.js';
import { encodeRecord } from '../../../src/telemetry/codec.js';
import {
  applyArchive,
  archiveCandidates,
  compactFolder,
} from '../../../src/telemetry/sources/record-archive.js';
import { readRecords, writeRecords } from '../../../src/telemetry/sources/record-files.js';
import { windowFileName } from '../../../src/telemetry/window.js';
import { DAY, referencePolicy } from '../../support/traces.js';

const policy = referencePolicy();
const FROM = Date.parse('2026-11-01T00:00:00Z');
const NOW = FROM + 20 * DAY + 5 * 3_600_000;
// The rollout began long before these records: only the trailing retention keeps any of them.
const live = { phase: 'B-1', since: FROM + 2 * DAY, started: FROM - 30 * DAY };
const o = { policy, live, now: NOW, backfillMs: DAY };

async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-archive-'));
  await writeRecords(dir, scenarioRecords(policy, { from: FROM, to: NOW - 15 * 60_000, scale: 0.01 }));
  return dir;
}

/** Every file under `dir` (relative path → text). */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out.set(p.slice(dir.length + 1), readFileSync(p, 'utf8'));
  }
  return out;
}

describe('compacting the records folder', () => {
  it('moves whole UTC days before the retention into day files, byte for byte, and reads the same', async () => {
    const dir = await folder();
    const before = tree(dir);
    const all = await readRecords(dir);
    const plan = await compactFolder(dir, o);
    const cutoff = NOW - retentionMs(policy, DAY);
    const archivedDays = Math.floor((cutoff - FROM) / DAY);
    expect(plan.days).toBe(archivedDays);
    const after = tree(dir);
    const day = after.get('archive/2026/11/20261101.jsonl')!;
    // The day's 96 window files, one after another, exactly as they were.
    const names = [...before.keys()].filter((n) => n.startsWith('20261101') && n !== '202611010000.jsonl');
    const expected = [...names, '202611020000.jsonl']
      .sort()
      .map((n) => before.get(n))
      .join('');
    expect(day).toBe(expected);
    expect(windowBlocks(day)).toHaveLength(96);
    // No window file of an archived day is left; every later one is.
    const recent = [...after.keys()].filter((n) => !n.includes('/'));
    expect(recent.length).toBe(before.size - archivedDays * 96);
    expect(
      Math.min(...recent.map((n) => Date.parse(`${n.slice(0, 4)}-${n.slice(4, 6)}-${n.slice(6, 8)}`))),
    ).toBe(FROM + archivedDays * DAY);
    expect(await readRecords(dir)).toEqual(all);
    const from = FROM + 2.5 * DAY;
    const to = FROM + 12.25 * DAY;
    expect(await readRecords(dir, from, to)).toEqual(all.filter((r) => r.start >= from && r.end <= to));
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = await folder();
    await compactFolder(dir, o);
    const once = tree(dir);
    const again = await compactFolder(dir, o);
    expect(again).toEqual({ deletes: [], appends: [], days: 0 });
    expect(tree(dir)).toEqual(once);
  });

  it('a late window of an archived day joins its day file, and its newest copy is the one read', async () => {
    const dir = await folder();
    await compactFolder(dir, o);
    const [late] = scenarioRecords(policy, {
      from: FROM + 3 * 3_600_000,
      to: FROM + 3.25 * 3_600_000,
      seed: 7,
      scale: 0.02,
    });
    const read = async () => encodeRecord((await readRecords(dir, late!.start, late!.end))[0]!);
    expect(await read()).not.toBe(encodeRecord(late!));
    await writeRecords(dir, [late!]);
    expect(await read()).toBe(encodeRecord(late!)); // the recent copy wins
    const plan = await compactFolder(dir, o);
    expect(plan.days).toBe(1);
    expect(readdirSync(dir)).not.toContain(windowFileName(late!.end));
    const day = readFileSync(join(dir, 'archive/2026/11/20261101.jsonl'), 'utf8');
    expect(windowBlocks(day)).toHaveLength(97);
    expect(day.endsWith(encodeRecord(late!))).toBe(true);
    expect(await read()).toBe(encodeRecord(late!)); // the last copy wins
  });

  it('a crash after the day files are written and before the deletions loses nothing; the next run finishes', async () => {
    const dir = await folder();
    const all = await readRecords(dir);
    const plan = planArchive({ ...o, dir: '.', candidates: await archiveCandidates(dir, policy, NOW, DAY) });
    await applyArchive(dir, { ...plan, deletes: [] }); // the process died before deleting
    expect(await readRecords(dir)).toEqual(all);
    const finished = await compactFolder(dir, o);
    expect(finished.deletes).toEqual(plan.deletes);
    const clean = await folder();
    await compactFolder(clean, o);
    expect(tree(dir)).toEqual(tree(clean)); // no window twice in a day file
    expect(await readRecords(dir)).toEqual(all);
  });

  it('keeps the days a baseline anchored in the past reads', async () => {
    const dir = await folder();
    // A-2's crash rate is judged against the 7 days before the rollout started (day 9 here).
    const started = FROM + 9 * DAY;
    await compactFolder(dir, { ...o, live: { phase: 'A-2', since: NOW - DAY, started } });
    const recent = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
    expect(recent).toContain(windowFileName(started - 7 * DAY));
  });

  it('leaves an old window file that is a symbolic link where it is, never reading through it', async () => {
    const dir = await folder();
    const secret = join(dir, '..', `secret-link-${process.pid}`);
    writeFileSync(secret, 'token\n');
    const name = windowFileName(FROM + 3_600_000);
    rmSync(join(dir, name));
    symlinkSync(secret, join(dir, name));
    await compactFolder(dir, o);
    expect(readdirSync(dir)).toContain(name);
    expect(readFileSync(join(dir, 'archive/2026/11/20261101.jsonl'), 'utf8')).not.toContain('token');
    rmSync(secret);
  });

  it('refuses a day file that is a symbolic link, naming it', async () => {
    const dir = await folder();
    await compactFolder(dir, o);
    const secret = join(dir, '..', `secret-${process.pid}`);
    writeFileSync(secret, 'token\n');
    const day = join(dir, 'archive/2026/11/20261102.jsonl');
    rmSync(day);
    symlinkSync(secret, day);
    await expect(readRecords(dir)).rejects.toThrow(/20261102\.jsonl.*symbolic link/);
    rmSync(secret);
  });

  it('names the day file and its line when an archived window does not decode', async () => {
    const dir = await folder();
    await compactFolder(dir, o);
    const day = join(dir, 'archive/2026/11/20261103.jsonl');
    const lines = readFileSync(day, 'utf8').split('\n');
    lines[9] = '{"v":1,"type":"sli","sli":"crash_rate"';
    writeFileSync(day, lines.join('\n'));
    await expect(readRecords(dir)).rejects.toThrow(/20261103\.jsonl:10: not valid JSON/);
  });
});
