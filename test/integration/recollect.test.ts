/**
 * The plan's §3.3, "SLO 違反時の再試行: collect-metrics を再実行": a breach is read a second time
 * before anything acts on it. Real collect into a real records folder, from a real events file
 * that changes between the two reads the way an export still being written does; then evaluate
 * on the folder, as the propose step would.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectCommand } from '../../src/commands/collect.js';
import { evaluateCommand } from '../../src/commands/evaluate.js';
import { traceText } from '../../src/demo/trace.js';
import { decodeRecord } from '../../src/telemetry/codec.js';
import { scratchWithPolicy } from '../support/cli.js';

const T = (hhmm: string) => Date.parse(`2026-11-20T${hhmm}:00Z`);
const NOW = T('10:05');
const slow = () => ({ p50Ms: 4000, p95Ms: 6000 });

/** Saves only: the A-1 save-latency rule is the one judged (restores have no data, never a pass). */
function saves(seed: number, from: number, to: number, ratePerMinute: number, latency?: typeof slow): string {
  return traceText({ seed, from, to, ratePerMinute, mix: { save: 1 }, ...(latency && { latency }) });
}

let dir: string;
const events = () => join(dir, 'events.jsonl');
const records = () => join(dir, 'reports', 'monitoring');

beforeEach(() => {
  dir = scratchWithPolicy();
  writeFileSync(
    join(dir, 'phases', 'current.yaml'),
    'rollout: autosave\nphase: A-1\nsince: 2026-11-20T06:00:00.000Z\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\n',
  );
});

/** collect as the scheduled run does (into the folder, back-fill); `onRecollect` runs between the reads. */
async function collect(now: number, onRecollect: () => void = () => {}) {
  const log: string[] = [];
  await collectCommand({
    source: events(),
    output: records(),
    config: join(dir, 'phases'),
    window: '15m',
    now,
    log: (line) => {
      if (/^re-collect: .* reading/.test(line)) onRecollect();
      log.push(line.trimEnd());
    },
  });
  return log;
}

async function verdict(at: number) {
  const r = await evaluateCommand({
    config: join(dir, 'phases'),
    records: records(),
    at,
    format: 'markdown',
  });
  return { decision: r.evaluation.decision, text: r.text, confirmation: r.evaluation.confirmation };
}

function rechecked(): string[] {
  return readdirSync(records())
    .filter((f) => decodeRecord(readFileSync(join(records(), f), 'utf8')).rechecked !== undefined)
    .sort();
}

describe('§3.3 SLO 違反時の再試行: collect-metrics を再実行 (on a violation, collect again before acting)', () => {
  it('a real breach is read again, confirmed, and the rollback says so', async () => {
    writeFileSync(
      events(),
      saves(1, T('06:00'), T('08:00'), 60) + saves(2, T('08:00'), T('10:00'), 60, slow),
    );
    const log = await collect(NOW);
    expect(log).toContain(
      "re-collect: immediate on save-latency-p95 fired; reading its 8 window(s) again before acting (the plan's §3.3)",
    );
    expect(log.some((l) => l.startsWith('re-collect: the breach stands (8 of 8 window(s) confirmed)'))).toBe(
      true,
    );
    expect(rechecked()).toEqual(
      ['0815', '0830', '0845', '0900', '0915', '0930', '0945', '1000'].map((t) => `20261120${t}.jsonl`),
    );
    const v = await verdict(NOW);
    expect(v.decision.action).toBe('rollback');
    expect(v.confirmation).toEqual({ windows: 8, rechecked: 8, last: NOW });
    expect(v.text).toMatch(
      /\n- confirmed by a re-collect: the 8 windows behind it were read again at 2026-11-20 10:05 UTC and still breach\n/,
    );
  });

  it('a breach that was an export still being written is gone after the second read: no rollback', async () => {
    const healthy = saves(3, T('06:00'), T('10:00'), 100);
    const burst = saves(4, T('08:00'), T('10:00'), 3, slow);
    // The first read sees the slow saves of the last two hours and none of the others yet.
    const early = healthy
      .split('\n')
      .filter((l) => l && Date.parse(JSON.parse(l).ts) < T('08:00'))
      .join('\n');
    writeFileSync(events(), `${early}\n${burst}`);
    const log = await collect(NOW, () => writeFileSync(events(), healthy + burst));
    expect(log).toContain(
      "re-collect: immediate on save-latency-p95 fired; reading its 8 window(s) again before acting (the plan's §3.3)",
    );
    expect(log).toContain(
      're-collect: the breach is gone after reading 8 window(s) again (the first read was incomplete); nothing rolls back on it',
    );
    const v = await verdict(NOW);
    expect(v.decision.action).toBe('hold');
    expect(v.confirmation).toBeNull();
  });

  it('windows already confirmed are not read again: an all-day breach costs one re-read per window', async () => {
    writeFileSync(
      events(),
      saves(5, T('06:00'), T('08:00'), 60) + saves(6, T('08:00'), T('10:15'), 60, slow),
    );
    await collect(NOW);
    const later = await collect(T('10:20'));
    expect(later).toContain(
      "re-collect: immediate on save-latency-p95 fired; reading its 1 window(s) again before acting (the plan's §3.3)",
    );
    expect(rechecked()).toHaveLength(9);
    expect((await verdict(T('10:20'))).confirmation).toEqual({ windows: 8, rechecked: 8, last: T('10:20') });
  });

  it('a second read that knows less keeps the first, says so, and the rollback goes ahead unconfirmed', async () => {
    const text = saves(7, T('06:00'), T('08:00'), 60) + saves(8, T('08:00'), T('10:00'), 60, slow);
    writeFileSync(events(), text);
    const before = readdirSync(join(dir, 'phases'));
    // Between the reads the export loses its last hour (a truncated file).
    const truncated = text
      .split('\n')
      .filter((l) => l && Date.parse(JSON.parse(l).ts) < T('09:00'))
      .join('\n');
    const log = await collect(NOW, () => writeFileSync(events(), `${truncated}\n`));
    expect(
      log.filter((l) => /kept the first read, not confirmed: it found \d+ events, the first \d+/.test(l)),
    ).toHaveLength(4);
    const v = await verdict(NOW);
    expect(v.decision.action).toBe('rollback');
    expect(v.text).toContain(
      '\n- not confirmed by a re-collect: 4 of 8 windows behind it were read only once (`phasegate collect` into the records folder reads them again before a rollback)\n',
    );
    expect(readdirSync(join(dir, 'phases'))).toEqual(before);
  });
});
