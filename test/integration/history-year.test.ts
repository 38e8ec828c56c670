/**
 * Bounded history (issue 14, item 5): a year of window records, collected day by day into two
 * folders. One stays flat; the other is compacted after every day, as the Action's collect does.
 * Judged at every day's end and just after every phase change, the compacted folder gives the
 * same evaluations as the flat one with its archive out of the checkout (the workflows' sparse
 * checkout), its recent folder stays as large after a year as after a month, and read whole,
 * archive included, it holds exactly the flat folder's records.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scenarioRecords } from '../../src/demo/scenario.js';
import { phaseById } from '../../src/policy/model.js';
import type { EnteredBy } from '../../src/rollout/current.js';
import { evaluate } from '../../src/rollout/decide.js';
import { lookbackStart } from '../../src/rollout/lookback.js';
import { retentionMs } from '../../src/rollout/retention.js';
import { encodeRecord } from '../../src/telemetry/codec.js';
import type { WindowRecord } from '../../src/telemetry/record.js';
import { compactFolder } from '../../src/telemetry/sources/record-archive.js';
import { readRecords, writeRecords } from '../../src/telemetry/sources/record-files.js';
import { DirectoryWorkspace } from '../../src/worktree/workspace.js';
import { DAY, HOUR, referencePolicy } from '../support/traces.js';

const policy = referencePolicy();
const START = Date.parse('2026-12-01T00:00:00Z');
const DAYS = 365;
const at = (day: number, hours = 0) => START + day * DAY + hours * HOUR;

/** The live phase over the year: through every phase, a rollback from A-2, then GA for months. */
const CHANGES: { at: number; phase: string; entered?: EnteredBy }[] = [
  { at: START, phase: 'A-0' },
  { at: at(20, 3), phase: 'A-1', entered: { by: 'advance', from: 'A-0' } },
  { at: at(45, 5), phase: 'A-2', entered: { by: 'advance', from: 'A-1' } },
  { at: at(47, 2), phase: 'A-1', entered: { by: 'rollback', from: 'A-2' } },
  { at: at(60, 1), phase: 'A-2', entered: { by: 'restart', from: 'A-1' } },
  { at: at(90, 7), phase: 'B-0', entered: { by: 'advance', from: 'A-2' } },
  { at: at(120, 2), phase: 'B-1', entered: { by: 'advance', from: 'B-0' } },
];
const STARTED = CHANGES[1]!.at; // the rollout left its first phase

function liveAt(t: number) {
  const c = CHANGES.filter((x) => x.at <= t).at(-1)!;
  return { phase: c.phase, since: c.at, entered: c.entered, ...(t >= STARTED && { started: STARTED }) };
}

/** A day of windows, with restore failures on a few days so verdicts fail as well as pass. */
function day(d: number): WindowRecord[] {
  const records = scenarioRecords(policy, { from: at(d), to: at(d + 1), seed: d + 1, scale: 0.01 });
  if (d % 50 === 46) {
    for (const r of records.slice(30, 40)) {
      const s = r.slis.get('restore_success');
      if (s?.kind === 'ratio') s.numerator = Math.floor(s.denominator * 0.9);
    }
  }
  return records;
}

/** The evaluation at `t` from `read(from, to)`, over the span the Action reads (lookbackStart). */
async function judge(read: (from: number, to: number) => Promise<WindowRecord[]>, t: number) {
  const live = liveAt(t);
  const from = lookbackStart(policy, phaseById(policy, live.phase)!, live.since, t, live.started);
  return evaluate({ policy, records: await read(from, t), at: t, ...live });
}

it('a year of history gives the same verdicts compacted (archive not checked out) as flat', async () => {
  const flat = mkdtempSync(join(tmpdir(), 'phasegate-flat-'));
  const compact = mkdtempSync(join(tmpdir(), 'phasegate-compact-'));
  const archive = join(compact, 'archive');
  const hidden = `${compact}-archive`;
  mkdirSync(archive);
  const recentFiles = () => readdirSync(compact).filter((n) => n.endsWith('.jsonl')).length;
  const sizes: number[] = [];
  const decisions = new Set<string>();
  let judged = 0;
  // The flat folder read back is the records as written (asserted at the end), so the flat
  // verdicts are judged from memory: A-2 reads back to 7 days before the rollout's start, and
  // reading thousands of files a day for both folders would take minutes.
  const written: WindowRecord[] = [];
  const fromMemory = async (from: number, to: number) =>
    written.filter((r) => r.start >= from && r.end <= to);
  const fromFolder = (dir: string) => (from: number, to: number) =>
    new DirectoryWorkspace(dir).records('.', from, to);
  for (let d = 0; d < DAYS; d++) {
    const records = day(d);
    written.push(...records);
    await writeRecords(flat, records);
    await writeRecords(compact, records);
    const end = at(d + 1);
    const { phase, since, started } = liveAt(end);
    await compactFolder(compact, { policy, live: { phase, since, started }, now: end, backfillMs: DAY });
    sizes.push(recentFiles());
    const changes = CHANGES.filter((c) => c.at > at(d) && c.at <= end).map((c) => c.at + HOUR);
    for (const t of [...changes, end]) {
      const expected = await judge(fromMemory, t);
      // Where the phase changed, the flat folder itself too.
      if (changes.includes(t)) expect(await judge(fromFolder(flat), t)).toEqual(expected);
      // The workflows' sparse checkout leaves the archive out: judge without it.
      renameSync(archive, hidden);
      try {
        expect(await judge(fromFolder(compact), t), new Date(t).toISOString()).toEqual(expected);
      } finally {
        renameSync(hidden, archive);
      }
      decisions.add(`${expected.phase} ${expected.decision.action}`);
      judged++;
    }
  }
  expect(judged).toBe(DAYS + CHANGES.length - 1);
  // The judged history was not all one verdict: advances, a rollback and holds are among them.
  expect([...decisions].some((x) => x.endsWith('rollback'))).toBe(true);
  expect([...decisions].some((x) => x.endsWith('advance'))).toBe(true);

  // Bounded: the retention (9 days and a window for the reference policy, a partial day each
  // end) and, while a phase judges against them, the 7-day baselines before the rollout's and
  // the phase's start, each with its margins: never more, however long the history.
  const pinned = 7 + 2 * 2 + 1;
  const bound = (Math.ceil(retentionMs(policy, DAY) / DAY) + 1 + 2 * pinned) * 96;
  expect(Math.max(...sizes)).toBeLessThanOrEqual(bound);
  // GA (B-1) keeps the retention and the rollout's baseline: the same after a year as at day 150.
  expect(sizes[DAYS - 1]).toBe(sizes[150]);
  expect(sizes[DAYS - 1]).toBeLessThanOrEqual((Math.ceil(retentionMs(policy, DAY) / DAY) + 1 + pinned) * 96);
  expect(readdirSync(flat)).toHaveLength(DAYS * 96);

  // Read whole, archive included, the compacted folder holds exactly what the flat folder holds.
  const all = (await readRecords(flat)).map(encodeRecord);
  expect(all).toEqual(written.map(encodeRecord));
  expect((await readRecords(compact)).map(encodeRecord)).toEqual(all);
  for (const dir of [flat, compact]) rmSync(dir, { recursive: true, force: true }); // 70,000 files
}, 900_000);
