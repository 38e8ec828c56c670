/**
 * The event contract over a JSONL export (docs/events.md): an answer none of whose lines is a
 * usable event leaves its window missing and fails the run, saying why with an example named by
 * its window (never the URL, which may carry a key); mapped with `events:`, the same lines give
 * the canonical records.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { traceText } from '../../src/demo/trace.js';
import type { Policy } from '../../src/policy/model.js';
import { encodeRecord } from '../../src/telemetry/codec.js';
import { collectTexts } from '../../src/telemetry/collect.js';
import { collectSources } from '../../src/telemetry/sources/dispatch.js';
import { type ExportServer, startExportServer } from '../support/export-server.js';
import { referencePolicy } from '../support/policy.js';
import { withSources } from '../unit/telemetry/sources/policy.js';

const W = 15 * 60_000;
const FROM = Date.parse('2026-11-20T10:00:00Z');
const TO = FROM + 3 * W;
const CANONICAL = traceText({ seed: 9, from: FROM, to: TO, ratePerMinute: 20 });
/** The same events with their name under "name". */
const NAMED = CANONICAL.replace(/"event":/g, '"name":')
  .trimEnd()
  .split('\n');

const policy = (extra = '') =>
  referencePolicy((f) => {
    withSources(`  export:\n    type: jsonl\n    url: "\${EXPORT_URL}&key=s3cret"\n`)(f);
    f['rollout.yaml'] += extra;
  });

let server: ExportServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(p: Policy) {
  const log: string[] = [];
  const all = Object.keys(p.slis);
  const result = await collectSources({
    policy: p,
    windows: new Map(Array.from({ length: 3 }, (_, i) => [FROM + i * W, all])),
    env: { EXPORT_URL: server!.url },
    log: (l) => log.push(l.trimEnd()),
    sleep: async () => {},
  });
  return { result, log: log.join('\n'), parts: [...result.windows.values()] };
}

describe('JSONL over HTTP: the event contract', () => {
  it('an answer with no usable line is a missing window and a failed run, said with the reason and an example', async () => {
    server = await startExportServer({ lines: NAMED });
    const { result, log, parts } = await run(policy());
    expect(parts.every((p) => p.slis.size === 0 && p.missing.size === 5)).toBe(true);
    expect(result.failures).toEqual([
      expect.stringMatching(
        /^jsonl export source "export": every one of the \d+ lines is malformed or invalid \(\d+: has no "event" \(the event name\); the line has "name": map it with events\.name: name in rollout\.yaml\); its windows are missing, not zero/,
      ),
    ]);
    expect(log).toMatch(
      /example \(line 1 of the answer for window 2026-11-20T10:00Z\): \{"ts":"2026-11-20T10:00/,
    );
    expect(log).not.toContain('s3cret');
    // the source is not asked again in this run: one window's answers were read
    expect(new Set(server.requests.map((r) => r.path.replace(/&.*/, ''))).size).toBe(1);
  });

  it('mapped with events.name, the same lines give the canonical records', async () => {
    server = await startExportServer({ lines: NAMED });
    const p = policy('\nevents:\n  name: name\n');
    const { result, parts, log } = await run(p);
    expect(result.failures).toEqual([]);
    expect(log).not.toContain('not usable events');
    const want = collectTexts([{ source: 'local', text: CANONICAL }], {
      policy: referencePolicy(),
      from: FROM,
      to: TO,
    });
    const got = parts.map((part) =>
      encodeRecord({
        start: part.start,
        end: part.start + W,
        counts: part.counts!,
        slis: part.slis,
        missing: part.missing,
      }),
    );
    expect(got).toEqual(want.windows.map(encodeRecord));
  });
});
