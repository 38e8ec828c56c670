/**
 * The bundled CLI with an export URL as --source, as a user runs it (no terminal: one log line
 * per window), and the exit code when a source cannot work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import { envRef } from '../../src/policy/sources.js';
import { runCli, scratchWithPolicy } from '../support/cli.js';
import { type ExportServer, startExportServer } from '../support/export-server.js';

const FROM = '2026-11-20T10:00:00Z';
const TO = '2026-11-20T11:00:00Z';
const TEXT = traceText({ seed: 5, from: Date.parse(FROM), to: Date.parse(TO), ratePerMinute: 20 });

let server: ExportServer;
let dir: string;
beforeAll(async () => {
  server = await startExportServer({ lines: TEXT.trimEnd().split('\n'), gzip: true, token: 't0k' });
  dir = scratchWithPolicy();
  writeFileSync(join(dir, 'events.jsonl'), TEXT);
});
afterAll(async () => {
  await server.close();
});

describe('phasegate collect --source <export URL> (the bundle)', () => {
  it('collects each window from the export, the same reports as from the file', async () => {
    const rollout = join(dir, 'phases', 'rollout.yaml');
    const original = readFileSync(rollout, 'utf8');
    writeFileSync(
      rollout,
      original.replace(
        /^sources:\n(?: {2}.*\n)*/m,
        `sources:\n  events:\n    type: jsonl\n    auth: { bearer: "${envRef('EXPORT_TOKEN')}" }\n`,
      ),
    );
    const viaUrl = await runCli(
      ['collect', '--source', server.url, '--from', FROM, '--to', TO, '--output', 'url'],
      {
        cwd: dir,
        env: { EXPORT_TOKEN: 't0k' },
      },
    );
    expect(viaUrl.code).toBe(0);
    expect(viaUrl.stderr.split('\n').filter((l) => l.startsWith('window '))).toHaveLength(4);
    const viaFile = await runCli(
      ['collect', '--source', 'events.jsonl', '--from', FROM, '--to', TO, '--output', 'file'],
      {
        cwd: dir,
      },
    );
    expect(viaFile.code).toBe(0);
    for (const name of ['202611201015.jsonl', '202611201100.jsonl']) {
      expect(readFileSync(join(dir, 'url', name), 'utf8')).toBe(
        readFileSync(join(dir, 'file', name), 'utf8'),
      );
    }
    expect(server.gzipped()).toBeGreaterThanOrEqual(4);
  });

  it('a token the export refuses: exit 1 after writing, the source and the fix on stderr', async () => {
    const r = await runCli(
      ['collect', '--source', server.url, '--from', FROM, '--to', TO, '--output', 'denied'],
      {
        cwd: dir,
        env: { EXPORT_TOKEN: 'wrong' },
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'phasegate: a source failed (the window records above mark it missing):\n  jsonl export source "events": window 2026-11-20T10:00Z page 1: HTTP 401 (bad credentials); the credentials were refused; check sources.events.auth and that the secret it names is set\n',
    );
    expect(r.stderr).toMatch(/\n4 file\(s\) written, 0 unchanged in denied\/\n/);
    expect(readFileSync(join(dir, 'denied', '202611201015.jsonl'), 'utf8')).toContain(
      '"type":"missing","sli":"crash_rate"',
    );
  });

  it('--sli-source routes an SLI elsewhere; an unknown source is one clear line', async () => {
    const r = await runCli(
      [
        'collect',
        '--source',
        'events.jsonl',
        '--sli-source',
        'crash_rate=nowhere',
        '--from',
        FROM,
        '--to',
        TO,
        '--output',
        'x',
      ],
      { cwd: dir },
    );
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^phasegate: --sli-source: unknown source "nowhere"; rollout.yaml defines: events\n$/,
    );
  });
});
