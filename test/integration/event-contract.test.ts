/**
 * The event contract through the bundled CLI (docs/events.md): a file of epoch-ms events is
 * either mapped by the policy or refused loudly with the reason, never silently no data. Without
 * `events.time.format: epoch_ms` collect names the reason, the fix and an example, writes the
 * windows missing (not zero) and exits 1, and `validate --events` fails the same way; with it,
 * the records are the ISO file's, byte for byte, and so is the verdict.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { latencySteps, traceText } from '../../src/demo/trace.js';
import { runCli, scratchWithPolicy } from '../support/cli.js';

const FROM = '2026-11-17T00:00:00Z';
const TO = '2026-11-18T03:00:00Z';
const REASON = '"ts" is a number (epoch ms?), not an ISO 8601 string';
const FIX = 'map it with events.time.format: epoch_ms in rollout.yaml';

/** Every window record of a folder: name → text. */
function records(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('a file of epoch-ms events', () => {
  let iso: string;
  let epoch: string;
  let verdict: unknown;
  const collect = (dir: string, source: string, out: string) =>
    runCli(['collect', '--source', source, '--from', FROM, '--to', TO, '--output', out], { cwd: dir });
  const evaluate = (dir: string, out: string) =>
    runCli(
      ['evaluate', '--records', out, '--phase', 'A-1', '--since', FROM, '--at', TO, '--format', 'json'],
      { cwd: dir },
    );

  beforeAll(async () => {
    iso = scratchWithPolicy();
    // A day of healthy saves and restores, then a save-latency regression: A-1 rolls back.
    const text = traceText({
      seed: 11,
      from: Date.parse(FROM),
      to: Date.parse(TO),
      ratePerMinute: 12,
      latency: latencySteps({ p50Ms: 600, p95Ms: 1600 }, [
        { from: Date.parse('2026-11-18T01:00:00Z'), p50Ms: 1500, p95Ms: 3600 },
      ]),
    });
    writeFileSync(join(iso, 'events.jsonl'), text);
    epoch = scratchWithPolicy();
    const ms = text.replace(/"ts":"([^"]+)"/g, (_, t: string) => `"ts":${Date.parse(t)}`);
    expect(ms).not.toBe(text);
    writeFileSync(join(epoch, 'events-ms.jsonl'), ms);
    expect((await collect(iso, 'events.jsonl', 'rec')).code).toBe(0);
    const r = await evaluate(iso, 'rec');
    expect(r.code, r.stderr).toBe(0);
    verdict = JSON.parse(r.stdout);
    expect(verdict).toMatchObject({ decision: { action: 'rollback', to: 'A-0' } });
  });

  it('without a mapping is refused loudly: the reason, the fix, an example; windows missing, exit 1', async () => {
    const r = await collect(epoch, 'events-ms.jsonl', 'rec');
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toContain(
      'warning: jsonl source "events": 19440 of 19440 lines are not usable events (malformed or invalid; docs/events.md): its windows are written missing, not zero, and the run fails; fix the events or the mapping and the next run collects them again',
    );
    const reason = lines.find((l) => l.startsWith('  19440 line(s): '))!;
    expect(reason).toContain(`${REASON}; ${FIX}; example (line 1 of events-ms.jsonl): {"ts":17948`);
    expect(reason.length).toBeLessThan(400);
    expect(r.stderr).toContain(
      `phasegate: a source failed (the window records above mark it missing):\n  jsonl source "events": every one of the 19440 lines is malformed or invalid (19440: ${REASON}; ${FIX})`,
    );
    // every window is missing, none is a window where nothing happened
    const written = records(join(epoch, 'rec'));
    expect(written.size).toBe(108);
    for (const text of written.values()) {
      expect(text).not.toContain('"type":"sli"');
      expect(text.match(/"type":"missing"/g)).toHaveLength(5);
      expect(text).toContain(`no line is a usable event: ${REASON.replace(/"/g, '\\"')}`);
    }
    const v = await evaluate(epoch, 'rec');
    expect(JSON.parse(v.stdout)).toMatchObject({
      decision: { action: 'hold' },
      slos: [{ status: 'no_data' }, { status: 'no_data' }],
    });
  });

  it('without a mapping fails the scheduled collect too, and validate --events names the fix', async () => {
    const r = await runCli(['collect', '--source', 'events-ms.jsonl', '--output', 'scheduled/'], {
      cwd: epoch,
      env: { PHASEGATE_NOW: '2026-11-18T03:07:00Z' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${REASON}; ${FIX}`);
    const last = readFileSync(join(epoch, 'scheduled', '202611180300.jsonl'), 'utf8');
    expect(last).not.toContain('"type":"sli"');
    const v = await runCli(['validate', '--events', 'events-ms.jsonl'], { cwd: epoch });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('events: events-ms.jsonl, the first 10000 lines (--sample to read more)');
    expect(v.stdout).toContain(
      '  save_latency     0 lines: autosave.save.completed, field duration_ms  <- no line feeds it',
    );
    expect(v.stderr).toMatch(
      new RegExp(
        // After validate's warning that the scratch repository has no QA checklist.
        `(^|\n)phasegate: validate --events: 10000 of 10000 lines are malformed or invalid, most as: ${REASON.replace(/[().?]/g, '\\$&')}; ${FIX}; no sampled line feeds auto_merge_rate, crash_rate, restore_success, save_latency`,
      ),
    );
  });

  it("with events.time.format: epoch_ms gives the ISO file's records, byte for byte, and its verdict", async () => {
    appendFileSync(join(epoch, 'phases', 'rollout.yaml'), '\nevents:\n  time: { format: epoch_ms }\n');
    const v = await runCli(['validate', '--events', 'events-ms.jsonl'], { cwd: epoch });
    expect(v.code, v.stderr).toBe(0);
    const r = await collect(epoch, 'events-ms.jsonl', 'mapped');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('not usable events');
    expect(records(join(epoch, 'mapped'))).toEqual(records(join(iso, 'rec')));
    const e = await evaluate(epoch, 'mapped');
    expect(e.code).toBe(0);
    expect(JSON.parse(e.stdout)).toEqual(verdict);
  });
});
