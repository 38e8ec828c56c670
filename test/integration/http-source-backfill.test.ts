/**
 * Back-fill through `collect` into a reports folder: a late run collects every window since the
 * newest report; a window whose source failed is written with `missing` SLIs, and the next run
 * collects just those again. One log line per window without a terminal, a bar with one.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CollectCommandOptions, collectCommand } from '../../src/commands/collect.js';
import { traceText } from '../../src/demo/trace.js';
import { envRef } from '../../src/policy/sources.js';
import { PLAN_BACKOFF_MS } from '../../src/retry.js';
import { encodeRecord } from '../../src/telemetry/codec.js';
import { collectTexts } from '../../src/telemetry/collect.js';
import { readRecords } from '../../src/telemetry/sources/record-files.js';
import { loadPolicyDir } from '../../src/worktree/policy-dir.js';
import { scratchWithPolicy } from '../support/cli.js';
import { type ExportServer, startExportServer } from '../support/export-server.js';

const W = 15 * 60_000;
const FROM = Date.parse('2026-11-20T10:00:00Z');
const TO = FROM + 4 * W;
const LINES = traceText({ seed: 3, from: FROM, to: TO, ratePerMinute: 20 }).trimEnd().split('\n');
// Bug reports come from a local file, everything else from the export.
const BUGS = LINES.filter((l) => l.includes('"bug.reported"'));
const REST = LINES.filter((l) => !l.includes('"bug.reported"'));

let server: ExportServer;
let dir: string;
beforeEach(async () => {
  server = await startExportServer({ lines: REST, pageSize: 200, pagination: 'link' });
  dir = scratchWithPolicy();
  const rollout = join(dir, 'phases', 'rollout.yaml');
  const sources = `sources:\n  export:\n    type: jsonl\n    url: "${envRef('EXPORT_URL')}"\n    pagination: link\n    slis: [save_latency, restore_success, crash_rate, auto_merge_rate]\n`;
  writeFileSync(rollout, readFileSync(rollout, 'utf8').replace(/^sources:\n(?: {2}.*\n)*/m, sources));
  writeFileSync(join(dir, 'bugs.jsonl'), `${BUGS.join('\n')}\n`);
});
afterEach(async () => {
  await server.close();
});

async function run(nowIso: string, extra: Partial<CollectCommandOptions> = {}) {
  const log: string[] = [];
  const sleeps: number[] = [];
  const stdout = await collectCommand({
    source: join(dir, 'bugs.jsonl'),
    output: join(dir, 'reports'),
    config: join(dir, 'phases'),
    window: '15m',
    now: Date.parse(nowIso),
    log: (l) => log.push(l),
    env: { EXPORT_URL: server.url },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { stdout, log: log.join(''), sleeps };
}

function expected(): string[] {
  const { policy } = loadPolicyDir(join(dir, 'phases'));
  return collectTexts([{ source: 'all', text: `${LINES.join('\n')}\n` }], {
    policy,
    from: FROM,
    to: TO,
  }).windows.map(encodeRecord);
}

describe('collect into a folder back-fills, and retries what is missing', () => {
  it('a late run collects every window since the newest report; a failed window is collected again next run', async () => {
    await run('2026-11-20T10:20:00Z', { from: FROM, to: FROM + W });
    // The 10:15 window's export answers 503 six times: after the plan's 5 retries it is missing.
    server.fail(...Array.from({ length: 6 }, () => ({ status: 503 })));
    const late = await run('2026-11-20T11:07:00Z');
    expect(late.sleeps).toEqual([...PLAN_BACKOFF_MS]);
    expect(
      late.stdout
        .split('\n')
        .filter(Boolean)
        .map((p) => p.slice(-18)),
    ).toEqual(['202611201030.jsonl', '202611201045.jsonl', '202611201100.jsonl']);
    const windowLines = late.log.split('\n').filter((l) => l.startsWith('window '));
    expect(windowLines).toHaveLength(3);
    expect(windowLines[0]).toMatch(
      /^window 2026-11-20T10:15Z–10:30Z: \d+ events, 1 SLI\(s\) collected; missing save_latency \(jsonl export source "export": window 2026-11-20T10:15Z page 1: HTTP 503 \(injected 503\)\), restore_success/,
    );
    // the export is given up for this run; bugs (a local file) are still collected
    expect(windowLines[1]).toMatch(
      /^window 2026-11-20T10:30Z–10:45Z: \d+ events, 1 SLI\(s\) collected; missing .*\(given up for this run\)/,
    );
    expect(late.log).toContain('3 window(s) with missing SLIs (collected again next run)');
    let records = await readRecords(join(dir, 'reports'));
    expect(records.map((r) => r.missing.size)).toEqual([0, 4, 4, 4]);

    const next = await run('2026-11-20T11:08:00Z');
    expect(next.sleeps).toEqual([]);
    expect(next.log.split('\n').filter((l) => l.startsWith('window '))).toEqual([
      expect.stringMatching(/^window 2026-11-20T10:15Z–10:30Z: \d+ events, 4 SLI\(s\) collected$/),
      expect.stringMatching(/^window 2026-11-20T10:30Z–10:45Z: \d+ events, 4 SLI\(s\) collected$/),
      expect.stringMatching(/^window 2026-11-20T10:45Z–11:00Z: \d+ events, 4 SLI\(s\) collected$/),
    ]);
    records = await readRecords(join(dir, 'reports'));
    expect(records.map(encodeRecord)).toEqual(expected());
    // up to date: nothing owed, nothing rewritten
    const asked = server.requests.length;
    const again = await run('2026-11-20T11:14:00Z');
    expect(again.stdout).toBe('');
    expect(again.log).toMatch(
      /^nothing to collect: .*reports\/ holds every window up to 2026-11-20T11:00:00.000Z\n$/,
    );
    expect(server.requests.length).toBe(asked);
  });

  it('on a terminal: a progress bar redrawn in place, cleared at the end', async () => {
    await run('2026-11-20T10:20:00Z', { from: FROM, to: FROM + W });
    const r = await run('2026-11-20T11:07:00Z', { progress: 'bar' });
    expect(r.log).toContain('\r\x1b[2K[##########....................] 1/3 windows 2026-11-20T10:15Z');
    expect(r.log).toContain('\r\x1b[2K[##############################] 3/3 windows 2026-11-20T10:45Z');
    expect(r.log).not.toMatch(/^window /m);
    expect(r.log).toMatch(/\r\x1b\[2Kcollected 3 window\(s\)/);
  });

  it('--backfill bounds how far back a run looks, and says what it left out', async () => {
    await run('2026-11-20T10:20:00Z', { from: FROM, to: FROM + W });
    const r = await run('2026-11-20T11:07:00Z', { backfill: '30m' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.log).toContain(
      'warning: no window records for 2026-11-20T10:15:00.000Z – 2026-11-20T10:30:00.000Z, beyond --backfill 30m; collect them with --from/--to',
    );
    await expect(run('2026-11-20T11:07:00Z', { backfill: '5m' })).rejects.toThrow(
      '--backfill: "5m" is not a duration of at least one window (15m), e.g. 24h',
    );
  });

  it('a rotated file does not make a back-filled window read as "nothing happened"', async () => {
    // today.jsonl starts at 10:20: the 10:00 window is not in it
    const today = LINES.filter((l) => l.slice(7, 31) >= '2026-11-20T10:20:00.000Z');
    writeFileSync(join(dir, 'today.jsonl'), `${today.join('\n')}\n`);
    const all = { source: join(dir, 'today.jsonl'), sliSources: ['*=events'] };
    await run('2026-11-20T10:07:00Z', { ...all, from: FROM - W, to: FROM });
    const r = await run('2026-11-20T10:37:00Z', all);
    expect(r.log).toMatch(
      /window 2026-11-20T10:00Z–10:15Z: 0 SLI\(s\) collected; missing save_latency \(jsonl source "events": the files begin at 2026-11-20T10:20:\d\d\.\d{3}Z, after this window; give the files that hold it \(--source\)\)/,
    );
    expect(r.log).toMatch(/window 2026-11-20T10:15Z–10:30Z: \d+ events, 5 SLI\(s\) collected/);
  });
});
