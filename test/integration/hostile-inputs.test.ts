/**
 * Hostile input through the bundled CLI (and the real functions where a CLI run would take
 * minutes): every case ends in one clear line naming the file or flag, or in a correct result,
 * and no window record already there changes for the worse (the files are read before and after).
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/extent.js';
import { PolicyError } from '../../src/policy/errors.js';
import { planBackfill } from '../../src/telemetry/sources/backfill.js';
import { loadPolicyDir } from '../../src/worktree/policy-dir.js';
import { CLI, runCli, scratchWithPolicy } from '../support/cli.js';
import { runProcess } from '../support/spawn.js';

const FROM = '2026-11-20T10:00:00Z';
const TO = '2026-11-20T10:30:00Z';
const ONE_LINE = /^phasegate: [^\n]+\n$/;

function eventsText(n: number, minute = 0): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const ts = new Date(Date.parse(FROM) + minute * 60_000 + i * 900).toISOString();
    out += `${JSON.stringify({ ts, event: 'autosave.save.completed', duration_ms: 800 })}\n`;
  }
  return out;
}

/** Every window record of the folder: name → bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const header = (text: string) =>
  JSON.parse(text.split('\n')[0]!) as { events: number; invalid: number; malformed: number };

/** A folder with the reference policy and a range collected from 900 events: what must survive. */
async function collectedFolder(): Promise<{ dir: string; before: Map<string, string> }> {
  const dir = scratchWithPolicy();
  writeFileSync(join(dir, 'good.jsonl'), eventsText(900));
  const r = await runCli(
    ['collect', '--source', 'good.jsonl', '--output', 'rec', '--from', FROM, '--to', TO],
    {
      cwd: dir,
    },
  );
  expect(r.code).toBe(0);
  const before = snapshot(join(dir, 'rec'));
  expect(header(before.get('202611201015.jsonl')!).events).toBe(900);
  return { dir, before };
}

const UNREADABLE: [string, () => Buffer, RegExp][] = [
  ['empty', () => Buffer.alloc(0), /is empty \(0 bytes\)/],
  ['gzip', () => gzipSync(eventsText(900)), /is gzip-compressed \(magic bytes 1f 8b\).*gunzip it first/],
  [
    'UTF-16',
    () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(eventsText(900), 'utf16le')]),
    /is UTF-16 \(byte-order mark ff fe\).*iconv/,
  ],
  [
    'binary',
    () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
    /is binary.*NUL byte at offset 7/,
  ],
];

describe('collect: an export with nothing readable is missing data, never zero', () => {
  let dir: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    ({ dir, before } = await collectedFolder());
  });

  it.each(UNREADABLE)(
    '%s events file over a collected range: warned, failed, records untouched',
    async (_, bytes, why) => {
      writeFileSync(join(dir, 'bad.jsonl'), bytes());
      const r = await runCli(
        ['collect', '--source', 'bad.jsonl', '--output', 'rec', '--from', FROM, '--to', TO],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(1);
      const warning = r.stderr.split('\n').find((l) => l.startsWith('warning: bad.jsonl '));
      expect(warning).toMatch(why);
      expect(r.stderr).toContain('warning: 202611201015.jsonl: kept the existing record (900 events)');
      expect(r.stderr).toMatch(/nothing readable: bad\.jsonl .*its windows are missing, not zero/);
      expect(snapshot(join(dir, 'rec'))).toEqual(before);
    },
  );

  it('a scheduled collect over an empty export writes the new window as missing, not "0 events"', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const r = await runCli(['collect', '--source', 'empty.jsonl', '--output', 'rec'], {
      cwd: dir,
      env: { PHASEGATE_NOW: '2026-11-20T10:47:00Z' },
    });
    expect(r.code).toBe(1);
    const after = snapshot(join(dir, 'rec'));
    const fresh = after.get('202611201045.jsonl')!;
    expect(fresh.match(/"type":"missing"/g)).toHaveLength(5);
    expect(fresh).not.toMatch(/"type":"sli"/);
    for (const [name, text] of before) expect(after.get(name)).toBe(text);
  });

  it('a stale export (last written before the window began) is missing data, not "0 events"', async () => {
    // The export job stopped at 10:20: its file says nothing about 10:30–10:45.
    writeFileSync(join(dir, 'stale.jsonl'), eventsText(50, 15));
    const stopped = new Date('2026-11-20T10:20:00Z');
    utimesSync(join(dir, 'stale.jsonl'), stopped, stopped);
    const r = await runCli(['collect', '--source', 'stale.jsonl', '--output', 'stale-rec'], {
      cwd: dir,
      env: { PHASEGATE_NOW: '2026-11-20T10:47:00Z' },
    });
    const fresh = snapshot(join(dir, 'stale-rec')).get('202611201045.jsonl')!;
    expect(fresh, r.stderr).toMatch(/last written at 2026-11-20T10:20:00\.000Z, before this window began/);
    expect(fresh).not.toMatch(/"type":"sli"/);
  });
});

describe('collect: a re-collect never replaces a record with one that knows less', () => {
  it('fewer events keep the existing record with both counts; --allow-fewer replaces it', async () => {
    const { dir, before } = await collectedFolder();
    writeFileSync(join(dir, 'part.jsonl'), eventsText(4));
    const args = ['collect', '--source', 'part.jsonl', '--output', 'rec', '--from', FROM, '--to', TO];
    const kept = await runCli(args, { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(
      'warning: 202611201015.jsonl: kept the existing record (900 events); this collect found 4 (pass --allow-fewer to replace it)\n',
    );
    expect(snapshot(join(dir, 'rec'))).toEqual(before);
    const replaced = await runCli([...args, '--allow-fewer'], { cwd: dir });
    expect(replaced.code).toBe(0);
    expect(header(readFileSync(join(dir, 'rec', '202611201015.jsonl'), 'utf8')).events).toBe(4);
  });

  it('negative durations are invalid lines, not samples', async () => {
    const dir = scratchWithPolicy();
    const bad = `${JSON.stringify({ ts: '2026-11-20T10:01:00Z', event: 'autosave.save.completed', duration_ms: -5 })}\n`;
    writeFileSync(join(dir, 'ev.jsonl'), eventsText(10) + bad.repeat(3));
    const r = await runCli(
      ['collect', '--source', 'ev.jsonl', '--output', 'rec', '--from', FROM, '--to', TO],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'rec', '202611201015.jsonl'), 'utf8');
    expect(header(text)).toMatchObject({ events: 10, invalid: 3 });
    expect(text).toMatch(/"sli":"save_latency","kind":"latency","count":10,"sum":8000,"min":800/);
  });
});

describe('stack-safe over 125k+ windows and files', () => {
  it('min/max and back-fill planning over 10 years of 15-minute windows', () => {
    const W = 900_000;
    const ends = Array.from({ length: 10 * 365 * 96 }, (_, i) => (i + 1) * W);
    expect(() => Math.min(...ends)).toThrow(/call stack/);
    expect([minOf(ends), maxOf(ends)]).toEqual([W, ends.length * W]);
    expect(minOf([], 7)).toBe(7);
    const last = ends.at(-1)! + W;
    const plan = planBackfill({
      last,
      windowMs: W,
      maxMs: 3_600_000,
      reportEnds: ends,
      recent: [],
      slis: ['x'],
    });
    expect([...plan.windows.keys()]).toEqual([last - W]);
  });
});

describe('CLI flags: one clear line, never a hang', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchWithPolicy();
    writeFileSync(join(dir, 'ev.jsonl'), eventsText(20));
    writeFileSync(join(dir, 'afile'), 'x');
    mkdirSync(join(dir, 'adir'));
  });
  const cli = (args: string[]) => runCli(args, { cwd: dir });

  it.runIf(process.platform === 'linux')(
    '--output /proc/self/x fails at once, no 100 % CPU spin',
    async () => {
      const r = await runProcess(
        process.execPath,
        [CLI, 'collect', '--source', 'ev.jsonl', '--output', '/proc/self/x'],
        {
          cwd: dir,
          timeoutMs: 20_000,
        },
      );
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^phasegate: --output: \/proc\/self\/x cannot be created here .*\n$/);
    },
  );

  it.each([
    [
      ['evaluate', '--at', '2026-02-30'],
      /^phasegate: --at: "2026-02-30" is not a day of the calendar \(2026-02 has no day 30\)/,
    ],
    [['evaluate', '--at', '2026-11-20T24:00Z'], /^phasegate: --at: .* is not a time of day/],
    [
      ['advance', '--phase', 'A-1', '--at', '2099-01-01T00:00:00Z'],
      /^phasegate: --at: 2099-01-01T00:00:00.000Z is in the future/,
    ],
    [['evaluate', '--records', 'afile'], /^phasegate: --records: afile is not a folder.*\(ENOTDIR\)/],
    [
      ['evaluate', '--records', 'afile/sub'],
      /^phasegate: --records: afile\/sub is not a folder.*\(ENOTDIR\)/,
    ],
    [
      ['collect', '--source', 'ev.jsonl', '--output', 'afile/rec', '--from', FROM, '--to', TO],
      /^phasegate: --output: afile\/rec is not a folder/,
    ],
    [
      ['collect', '--source', 'adir', '--output', 'rec', '--from', FROM, '--to', TO],
      /^phasegate: --source: telemetry source adir is not a file/,
    ],
    [
      ['simulate', '--events', 'ev.jsonl', '--from', FROM, '--to', TO, '--report', 'adir'],
      /^phasegate: --report: adir is a folder, not a file/,
    ],
    [['demo', '--keep', 'afile'], /^phasegate: --keep: afile is not a folder/],
  ])('%j', async (args, message) => {
    const current = readFileSync(join(dir, 'phases', 'current.yaml'), 'utf8');
    const r = await cli(args);
    expect(r.code).toBe(2);
    const last = r.stderr.slice(r.stderr.lastIndexOf('phasegate: '));
    expect(last).toMatch(ONE_LINE);
    expect(last).toMatch(message);
    expect(readFileSync(join(dir, 'phases', 'current.yaml'), 'utf8')).toBe(current);
  });

  it('a current.yaml that begins in the future is named as such, not as a --since never given', async () => {
    const other = scratchWithPolicy();
    const file = join(other, 'phases', 'current.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/since: .*/, 'since: 2099-01-01T00:00:00.000Z'));
    const r = await runCli(['evaluate', '--at', '2026-11-20T10:30:00Z'], { cwd: other });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toMatch(
      /^phasegate: phases\/current\.yaml says phase A-0 began 2099-01-01T00:00:00\.000Z, after 2026-11-20T10:30:00\.000Z \(--at\)/,
    );
    expect(r.stderr).not.toContain('--since');
  });

  it('a symlinked window record is refused, never followed: nothing of the file it points at is quoted', async () => {
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'recs'));
    // What a link could reach on a runner: a file of secrets (/proc/self/environ holds the tokens).
    writeFileSync(join(dir, 'real', 'secrets'), 'GITHUB_TOKEN=ghs_secret\n');
    symlinkSync(join(dir, 'real', 'secrets'), join(dir, 'recs', '202611201015.jsonl'));
    const r = await cli(['evaluate', '--records', 'recs', '--at', '2026-11-20T10:30:00Z']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'phasegate: recs/202611201015.jsonl:1: is a symbolic link, not a window record file (phasegate does not follow it); restore the file from git or collect its window again\n',
    );
    // A collect into the folder replaces the link with the window's record; the target is untouched.
    writeFileSync(
      join(dir, 'events.jsonl'),
      '{"ts":"2026-11-20T10:05:00Z","event":"autosave.save.completed","duration_ms":800}\n',
    );
    const c = await cli([
      'collect',
      '--source',
      'events.jsonl',
      '--output',
      'recs',
      '--from',
      '2026-11-20T10:00:00Z',
      '--to',
      '2026-11-20T10:15:00Z',
    ]);
    expect(c.code).toBe(0);
    expect(readFileSync(join(dir, 'recs', '202611201015.jsonl'), 'utf8')).toMatch(/^\{"v":1,"type":"window"/);
    expect(readFileSync(join(dir, 'real', 'secrets'), 'utf8')).toBe('GITHUB_TOKEN=ghs_secret\n');
  });
});

describe('validate: linear in unknown keys', () => {
  it('20k unknown keys are all reported, in seconds', () => {
    const dir = scratchWithPolicy();
    const extra = Array.from({ length: 20_000 }, (_, i) => `zz_unknown_${i}: 1\n`).join('');
    writeFileSync(
      join(dir, 'phases', 'rollout.yaml'),
      readFileSync(join(dir, 'phases', 'rollout.yaml'), 'utf8') + extra,
    );
    const started = Date.now();
    let err: unknown;
    try {
      loadPolicyDir(join(dir, 'phases'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as PolicyError).issues).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(8_000); // quadratic: 23 s
  });

  it('a duplicate key is still an error at its line', () => {
    const dir = scratchWithPolicy();
    const file = join(dir, 'phases', 'rollout.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}rollout: again\n`);
    expect(() => loadPolicyDir(join(dir, 'phases'))).toThrow(/rollout\.yaml:\d+:1: Map keys must be unique/);
  });
});
