/**
 * A ratio SLI with `control:` counts its control cohort's events apart: never in the rate
 * itself, in a `control` object of its window record line. SLIs without it write the same bytes
 * as before.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SliSeries } from '../../../src/judge/span.js';
import { decodeRecord, encodeRecord } from '../../../src/telemetry/codec.js';
import { collectTexts } from '../../../src/telemetry/collect.js';
import { mergeInto, type SliAggregate } from '../../../src/telemetry/record.js';
import { collectJsonl } from '../../../src/telemetry/sources/jsonl.js';
import { cohortTrace, withCrashControl } from '../../support/cohorts.js';
import { referencePolicy } from '../../support/policy.js';
import { POLICY, T0, WINDOW } from './fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();
const m = 60_000;
const ev = (t: number, event: string, extra = '') => `{"ts":"${iso(t)}","event":"${event}"${extra}}`;
const CONTROL = { slis: referencePolicy(withCrashControl).slis, windowMs: WINDOW };

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('control events are not counted in the treatment rate', () => {
  const lines = [
    ev(T0 + m, 'app.session.start', ',"cohort":"beta"'),
    ev(T0 + m, 'app.session.start', ',"cohort":"beta"'),
    ev(T0 + m, 'app.session.start'), // no cohort: the rollout's
    ev(T0 + m, 'app.session.start', ',"cohort":"control "'), // another value: the rollout's
    ev(T0 + m, 'app.session.start', ',"cohort":1'),
    ev(T0 + 2 * m, 'app.crash', ',"cohort":"beta"'),
    ev(T0 + 2 * m, 'app.session.start', ',"cohort":"control"'),
    ev(T0 + 2 * m, 'app.session.start', ',"cohort":"Control"'), // any case, as where: matches
    ev(T0 + 2 * m, 'app.session.start', ',"cohort":"c\\u006fntrol"'),
    ev(T0 + 3 * m, 'app.crash', ',"cohort":"CONTROL"'),
    ev(T0 + 3 * m, 'app.crash', ',"cohort":"control"'),
    ev(T0 + 4 * m, 'autosave.restore.result', ',"success":true,"cohort":"control"'),
  ];
  const text = `${lines.join('\n')}\n`;
  const collect = (policy: typeof POLICY) =>
    collectTexts([{ source: 'events.jsonl', text }], { policy, from: T0, to: T0 + WINDOW }).windows[0]!;

  it('the rate holds the rollout cohort alone; the control cohort is counted apart', () => {
    const w = collect(CONTROL);
    expect(w.slis.get('crash_rate')).toEqual({
      kind: 'ratio',
      numerator: 1,
      denominator: 5,
      control: { numerator: 2, denominator: 3 },
    });
    // restore_success declares no control: its control-cohort events count as before
    expect(w.slis.get('restore_success')).toEqual({ kind: 'ratio', numerator: 1, denominator: 1 });
    expect(w.counts.events).toBe(lines.length);
  });

  it('the record line carries `control`; every other line is byte for byte what it was', () => {
    const split = encodeRecord(collect(CONTROL)).split('\n');
    const plain = encodeRecord(collect(POLICY)).split('\n');
    const at = split.findIndex((l) => l.includes('"sli":"crash_rate"'));
    expect(split[at]).toBe(
      '{"v":1,"type":"sli","sli":"crash_rate","kind":"ratio","numerator":1,"denominator":5,"control":{"numerator":2,"denominator":3}}',
    );
    expect(plain[at]).toBe(
      '{"v":1,"type":"sli","sli":"crash_rate","kind":"ratio","numerator":3,"denominator":8}',
    );
    expect(split.filter((_, i) => i !== at)).toEqual(plain.filter((_, i) => i !== at));
    const text = encodeRecord(collect(CONTROL));
    expect(encodeRecord(decodeRecord(text, 'x.jsonl'))).toBe(text);
  });

  it('a broken control object is refused when read back, naming the line', () => {
    const text = encodeRecord(collect(CONTROL)).replace(
      '"control":{"numerator":2,',
      '"control":{"numerator":-2,',
    );
    expect(() => decodeRecord(text, 'r.jsonl')).toThrow(/^r\.jsonl:3: bad sli line: control\.numerator/);
  });

  it('files cut across threads give the same bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'phasegate-control-'));
    dirs.push(dir);
    const source = path.join(dir, 'events.jsonl');
    const to = T0 + 8 * WINDOW;
    await writeFile(
      source,
      cohortTrace(T0, to, { sessions: 30, rate: (_t, c) => (c === 'beta' ? 0.1 : 0.05) }),
    );
    const opts = { source, policy: CONTROL, from: T0, to };
    const seq = await collectJsonl(opts);
    const par = await collectJsonl({ ...opts, workers: 2, minSegmentBytes: 1, highWaterMark: 999 });
    expect(par.windows.map(encodeRecord)).toEqual(seq.windows.map(encodeRecord));
    const span = SliSeries.of('crash_rate', 'ratio', WINDOW, seq.windows).span(T0, to);
    expect(span.aggregate).toEqual({
      kind: 'ratio',
      numerator: 24,
      denominator: 240,
      control: { numerator: 12, denominator: 240 },
    });
    expect(span.uncontrolled).toBe(0);
  });

  it('a span or merge with a window that has no control counts has none', () => {
    const split: SliAggregate = {
      kind: 'ratio',
      numerator: 1,
      denominator: 10,
      control: { numerator: 2, denominator: 5 },
    };
    const old: SliAggregate = { kind: 'ratio', numerator: 3, denominator: 20 };
    const into: SliAggregate = { kind: 'ratio', numerator: 0, denominator: 0 };
    mergeInto(into, split);
    expect(into).toEqual(split);
    mergeInto(into, split);
    expect(into).toEqual({
      kind: 'ratio',
      numerator: 2,
      denominator: 20,
      control: { numerator: 4, denominator: 10 },
    });
    mergeInto(into, old);
    expect(into).toEqual({ kind: 'ratio', numerator: 5, denominator: 40 });
  });
});
