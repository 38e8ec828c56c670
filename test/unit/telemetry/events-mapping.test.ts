/**
 * rollout.yaml `events:` and dotted field paths through collect: another event shape, mapped,
 * gives the canonical file's window records byte for byte, read in one pass or cut across worker
 * threads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { traceText } from '../../../src/demo/trace.js';
import type { EventShape } from '../../../src/policy/model.js';
import type { SliDefinition } from '../../../src/policy/schema.js';
import { encodeRecord } from '../../../src/telemetry/codec.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import { collectJsonl } from '../../../src/telemetry/sources/jsonl.js';
import { SLIS, T0, WINDOW } from './fixtures.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const FROM = T0;
const TO = T0 + 8 * WINDOW;
const text = traceText({ seed: 3, from: FROM, to: TO, events: 6000, malformed: 0.01, unknown: 0.01 });

/** The canonical lines reshaped: time in epoch seconds under meta.time, the name under meta.type, the SLI fields in objects. */
function reshaped(line: string): string {
  let e: Record<string, unknown>;
  try {
    e = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return line; // JSON, not an event
  const { ts, event, duration_ms, success, mode, severity, id, ...rest } = e;
  return JSON.stringify({
    meta: { time: typeof ts === 'string' ? Date.parse(ts) / 1000 : ts, type: event },
    payload: { duration_ms },
    attrs: { success, mode, severity, id },
    ...rest,
  });
}

const SHAPE: EventShape = { timeField: 'meta.time', timeFormat: 'epoch_s', nameField: 'meta.type' };
/** The reference mapping, each field moved to where reshaped() put it. */
const NESTED: Record<string, SliDefinition> = JSON.parse(
  JSON.stringify(SLIS)
    .replace(/"field":"duration_ms"/, '"field":"payload.duration_ms"')
    .replace(/"(success|mode|severity)":/g, '"attrs.$1":')
    .replace(/"distinct":"id"/, '"distinct":"attrs.id"'),
);

describe('an events: mapping with dotted paths', () => {
  const canonical = collectTexts([{ source: 'events.jsonl', text }], {
    policy: { slis: SLIS, windowMs: WINDOW },
    from: FROM,
    to: TO,
  });
  const other = text.trimEnd().split('\n').map(reshaped).join('\n');

  it('writes the canonical records, byte for byte', () => {
    expect(NESTED.save_latency).toMatchObject({ field: 'payload.duration_ms' });
    const mapped = collectTexts([{ source: 'events.jsonl', text: other }], {
      policy: { slis: NESTED, windowMs: WINDOW, events: SHAPE },
      from: FROM,
      to: TO,
    });
    expect(mapped.windows.map(encodeRecord)).toEqual(canonical.windows.map(encodeRecord));
    expect(canonical.windows.reduce((n, w) => n + w.counts.events, 0)).toBeGreaterThan(5000);
  });

  it('with the ISO 8601 time at a dotted path too (read after the field scan, not during it)', () => {
    const iso = text
      .trimEnd()
      .split('\n')
      .map((l) =>
        reshaped(l).replace(
          /"time":([0-9.]+)/,
          (_, s) => `"time":"${new Date(Math.round(Number(s) * 1000)).toISOString()}"`,
        ),
      )
      .join('\n');
    expect(iso).toMatch(/"meta":\{"time":"2026-11-20T\d\d:\d\d:\d\d\.\d{3}Z"/);
    const mapped = collectTexts([{ source: 'events.jsonl', text: iso }], {
      policy: { slis: NESTED, windowMs: WINDOW, events: { ...SHAPE, timeFormat: 'iso8601' } },
      from: FROM,
      to: TO,
    });
    expect(mapped.windows.map(encodeRecord)).toEqual(canonical.windows.map(encodeRecord));
  });

  it('and so does every worker thread it is cut across', async () => {
    const d = await mkdtemp(path.join(tmpdir(), 'phasegate-events-'));
    dirs.push(d);
    await writeFile(path.join(d, 'other.jsonl'), other);
    const policy = { slis: NESTED, windowMs: WINDOW, events: SHAPE };
    const par = await collectJsonl({
      source: path.join(d, 'other.jsonl'),
      policy,
      from: FROM,
      to: TO,
      workers: 3,
      minSegmentBytes: 1,
    });
    expect(par.windows.map(encodeRecord)).toEqual(canonical.windows.map(encodeRecord));
  });
});
