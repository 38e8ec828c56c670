/**
 * The JSONL export source against a real loopback export server: pages (cursor and Link), gzip,
 * resets, stalls, 429/503 with and without Retry-After, 401. The retry's waits are recorded by
 * an injected sleep (a fake clock): the test checks the plan's schedule without sleeping.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import type { Policy } from '../../src/policy/model.js';
import { envRef } from '../../src/policy/sources.js';
import type { WindowPart } from '../../src/ports/source.js';
import { PLAN_BACKOFF_MS } from '../../src/retry.js';
import { encodeRecord } from '../../src/telemetry/codec.js';
import { collectTexts } from '../../src/telemetry/collect.js';
import { collectSources } from '../../src/telemetry/sources/dispatch.js';
import { cohortTrace, withCrashControl } from '../support/cohorts.js';
import { type ExportServer, startExportServer } from '../support/export-server.js';
import { referencePolicy } from '../support/policy.js';
import { withSources } from '../unit/telemetry/sources/policy.js';

const W = 15 * 60_000;
const FROM = Date.parse('2026-11-20T10:00:00Z');
const TO = FROM + 4 * W;
const LINES = traceText({ seed: 7, from: FROM, to: TO, ratePerMinute: 30, unknown: 0.01 })
  .trimEnd()
  .split('\n');

function exportPolicy(extra = ''): Policy {
  return referencePolicy(
    withSources(
      `  export:\n    type: jsonl\n    url: "\${EXPORT_URL}"\n    auth: { bearer: "\${EXPORT_TOKEN}" }\n    timeout: 300ms\n${extra}`,
    ),
  );
}

/** What collecting the same lines from a local file gives, window by window (encoded). */
function expected(policy: Policy): string[] {
  return collectTexts([{ source: 'local', text: `${LINES.join('\n')}\n` }], {
    policy,
    from: FROM,
    to: TO,
  }).windows.map(encodeRecord);
}

function encode(part: WindowPart): string {
  return encodeRecord({
    start: part.start,
    end: part.start + W,
    counts: part.counts!,
    slis: part.slis,
    missing: part.missing,
  });
}

let server: ExportServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(policy: Policy, windows = 4) {
  const sleeps: number[] = [];
  const log: string[] = [];
  const all = Object.keys(policy.slis);
  const result = await collectSources({
    policy,
    windows: new Map(Array.from({ length: windows }, (_, i) => [FROM + i * W, all])),
    env: { EXPORT_URL: server!.url, EXPORT_TOKEN: 'tok' },
    log: (l) => log.push(l.trimEnd()),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { result, sleeps, log, parts: [...result.windows.values()] };
}

describe('JSONL over HTTP: streamed, paged, gzip', () => {
  it('cursor pages and gzip give exactly the reports of the same lines read from a file', async () => {
    server = await startExportServer({
      lines: LINES,
      pageSize: 37,
      pagination: 'cursor',
      gzip: true,
      token: 'tok',
    });
    const policy = exportPolicy('    pagination: { cursor: { header: X-Next-Cursor, param: cursor } }\n');
    const { parts, sleeps, result } = await run(policy);
    expect(parts.map(encode)).toEqual(expected(policy));
    expect(sleeps).toEqual([]);
    expect(result.failures).toEqual([]);
    const pages = server.requests.length;
    expect(pages).toBeGreaterThan(4 * 5); // ~450 lines a window in pages of 37
    expect(server.requests.every((r) => String(r.headers['accept-encoding']).includes('gzip'))).toBe(true);
    expect(server.gzipped()).toBe(pages);
    expect(server.requests.every((r) => r.headers.authorization === 'Bearer tok')).toBe(true);
    expect(server.requests[1]!.path).toMatch(/[?&]cursor=1$/);
  });

  it('Link pagination gives the same reports', async () => {
    server = await startExportServer({ lines: LINES, pageSize: 100, pagination: 'link', token: 'tok' });
    const policy = exportPolicy('    pagination: link\n');
    const { parts } = await run(policy);
    expect(parts.map(encode)).toEqual(expected(policy));
    expect(server.requests.some((r) => r.path.includes('page=3'))).toBe(true);
  });

  it('a control cohort is split over HTTP exactly as from a file', async () => {
    const text = cohortTrace(FROM, TO, { sessions: 20, rate: (_t, c) => (c === 'beta' ? 0.1 : 0.05) });
    server = await startExportServer({
      lines: text.trimEnd().split('\n'),
      pageSize: 37,
      pagination: 'link',
      token: 'tok',
    });
    const policy = referencePolicy((f) => {
      withCrashControl(f);
      withSources(
        `  export:\n    type: jsonl\n    url: "\${EXPORT_URL}"\n    auth: { bearer: "\${EXPORT_TOKEN}" }\n    pagination: link\n`,
      )(f);
    });
    const { parts } = await run(policy);
    const local = collectTexts([{ source: 'local', text }], { policy, from: FROM, to: TO }).windows;
    expect(parts.map(encode)).toEqual(local.map(encodeRecord));
    expect(local[0]!.slis.get('crash_rate')).toEqual({
      kind: 'ratio',
      numerator: 2,
      denominator: 20,
      control: { numerator: 1, denominator: 20 },
    });
  });
});

describe("JSONL over HTTP: the plan's retry", () => {
  it('429 and 503, with and without Retry-After: waits follow the schedule, a longer Retry-After wins', async () => {
    server = await startExportServer({ lines: LINES, token: 'tok' });
    server.fail({ status: 429, retryAfter: '3' }, { status: 503 }, { status: 503, retryAfter: '0' });
    const policy = exportPolicy();
    const { parts, sleeps, log } = await run(policy, 1);
    expect(sleeps).toEqual([3000, 1000, 2000]);
    expect(parts.map(encode)).toEqual(expected(policy).slice(0, 1));
    expect(log).toEqual([
      'jsonl export source "export": window 2026-11-20T10:00Z page 1: attempt 1 failed: HTTP 429 (injected 429): rate limited; retrying in 3s',
      'jsonl export source "export": window 2026-11-20T10:00Z page 1: attempt 2 failed: HTTP 503 (injected 503); retrying in 1s',
      'jsonl export source "export": window 2026-11-20T10:00Z page 1: attempt 3 failed: HTTP 503 (injected 503); retrying in 2s',
      'jsonl export source "export": window 2026-11-20T10:00Z page 1: attempt 4 succeeded',
    ]);
  });

  it('a reset before the answer and in the middle of a page: the page is fetched again and counted once', async () => {
    server = await startExportServer({ lines: LINES, pageSize: 50, pagination: 'cursor', token: 'tok' });
    server.fail({ reset: 'before' }, { reset: 'mid' });
    const policy = exportPolicy('    pagination: { cursor: { header: X-Next-Cursor, param: cursor } }\n');
    const { parts, sleeps, log } = await run(policy, 2);
    expect(sleeps).toEqual([500, 1000]);
    expect(parts.map(encode)).toEqual(expected(policy).slice(0, 2));
    expect(log[0]).toMatch(/page 1: attempt 1 failed: .*(ECONNRESET|socket hang up).*; retrying in 0.5s$/);
    expect(log[1]).toMatch(/page 1: attempt 2 failed: .*(ECONNRESET|aborted).*; retrying in 1s$/);
  });

  it('a stall (no byte for the timeout) before the answer or inside the body is retried', async () => {
    server = await startExportServer({ lines: LINES, token: 'tok' });
    server.fail({ stall: 'headers' }, { stall: 'body' });
    const policy = exportPolicy();
    const { parts, sleeps, log } = await run(policy, 1);
    expect(sleeps).toEqual([500, 1000]);
    expect(log.slice(0, 2).every((l) => l.includes('no answer for 0.3s (timeout)'))).toBe(true);
    expect(parts.map(encode)).toEqual(expected(policy).slice(0, 1));
  });

  it('"retryable": true in a 400 body is retried; "retryable": false in a 503 body is not', async () => {
    server = await startExportServer({ lines: LINES, token: 'tok' });
    server.fail(
      { status: 400, body: '{"error":"index warming up","retryable":true}' },
      { status: 503, body: '{"error":"export disabled for this tenant","retryable":false}' },
    );
    const { sleeps, parts, result } = await run(exportPolicy(), 1);
    expect(sleeps).toEqual([500]);
    expect(parts[0]!.missing.get('save_latency')).toMatch(/HTTP 503 \(export disabled for this tenant\)/);
    expect(result.failures).toHaveLength(1);
  });

  it('after 5 retries the window is missing (with the reason); the source is not asked again in this run', async () => {
    server = await startExportServer({ lines: LINES, token: 'tok' });
    server.fail(...Array.from({ length: 6 }, () => ({ status: 503 })));
    const policy = exportPolicy();
    const { sleeps, parts, result, log } = await run(policy, 3);
    expect(sleeps).toEqual([...PLAN_BACKOFF_MS]);
    expect(server.requests).toHaveLength(6);
    expect(log[5]).toMatch(/attempt 6 failed: HTTP 503 \(injected 503\); giving up$/);
    const reason = 'jsonl export source "export": window 2026-11-20T10:00Z page 1: HTTP 503 (injected 503)';
    expect([...parts[0]!.missing.keys()].sort()).toEqual(Object.keys(policy.slis).sort());
    expect(parts[0]!.missing.get('crash_rate')).toBe(reason);
    expect(parts[0]!.counts).toBeUndefined();
    expect(parts[2]!.missing.get('crash_rate')).toBe(`${reason} (given up for this run)`);
    expect(result.failures).toEqual([]); // retryable: no data this time, tried again next run
  });

  it('401 fails on the first attempt, names the source and the fix, and stops asking', async () => {
    server = await startExportServer({ lines: LINES, token: 'right' });
    const { sleeps, parts, result, log } = await run(exportPolicy(), 3);
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
    const message =
      'jsonl export source "export": window 2026-11-20T10:00Z page 1: HTTP 401 (bad credentials); the credentials were refused; check sources.export.auth and that the secret it names is set';
    expect(result.failures).toEqual([message]);
    expect(log).toEqual([
      `${message.replace('page 1: HTTP', 'page 1: attempt 1 failed: HTTP')}; not retryable`,
    ]);
    expect(parts.every((p) => p.missing.get('save_latency') === message)).toBe(true);
  });

  it('a secret that is not set is named with the fix, before any request', async () => {
    server = await startExportServer({ lines: LINES });
    const policy = exportPolicy();
    const r = await collectSources({
      policy,
      windows: new Map([[FROM, Object.keys(policy.slis)]]),
      env: { EXPORT_URL: server.url },
      log: () => {},
    });
    expect(r.failures).toEqual([
      `jsonl export source "export": sources.export.auth.bearer uses ${envRef('EXPORT_TOKEN')}, which is not set; set EXPORT_TOKEN (in a workflow: env: { EXPORT_TOKEN: $\{{ secrets.EXPORT_TOKEN }} })`,
    ]);
    expect(server.requests).toHaveLength(0);
  });
});
