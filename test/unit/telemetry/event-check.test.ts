/**
 * `phasegate validate --events` without the files: a sample read with the policy's mapping, the
 * lines feeding each SLI, the reasons of the others, and what fails the check.
 */
import { describe, expect, it } from 'vitest';
import type { EventShape } from '../../../src/policy/model.js';
import { EventSample, formatEventCheck } from '../../../src/telemetry/event-check.js';
import { SLIS, T0 } from './fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();

function check(
  text: string,
  opts: { shape?: EventShape; limit?: number; elsewhere?: Record<string, string> } = {},
) {
  const sample = new EventSample(SLIS, opts.shape, opts.limit);
  sample.beginSource('events.jsonl');
  // cut into small chunks, as a stream gives them
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length && !sample.cut; i += 7) sample.push(bytes.subarray(i, i + 7));
  const result = sample.result();
  return { result, ...formatEventCheck(result, 'events.jsonl', SLIS, opts.elsewhere ?? {}) };
}

const canonical = [
  { ts: iso(T0), event: 'autosave.save.completed', duration_ms: 812 },
  { ts: iso(T0 + 1000), event: 'autosave.restore.result', success: true },
  { ts: iso(T0 + 2000), event: 'autosave.restore.result', success: false },
  { ts: iso(T0 + 3000), event: 'merge.diff.apply', mode: 'auto' },
  { ts: iso(T0 + 4000), event: 'app.session.start' },
  { ts: iso(T0 + 5000), event: 'app.crash' },
  { ts: iso(T0 + 6000), event: 'bug.reported', severity: 'crit', id: 'B-1' },
  { ts: iso(T0 + 7000), event: 'ui.click' },
];
const lines = (events: object[]) => `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;

describe('validate --events', () => {
  it('counts the lines feeding each SLI, and passes when every SLI read from events is fed', () => {
    const { result, text, problems } = check(lines(canonical));
    expect(result.feeds).toEqual([
      { id: 'auto_merge_rate', lines: 1, numerator: 1, denominator: 1 },
      { id: 'crash_rate', lines: 2, numerator: 1, denominator: 1 },
      { id: 'critical_bugs', lines: 0 },
      { id: 'restore_success', lines: 2, numerator: 1, denominator: 2 },
      { id: 'save_latency', lines: 1 },
    ]);
    expect(problems).toEqual([]);
    expect(text).toContain(
      'events: events.jsonl, 8 lines (all of it): 8 non-blank, 7 events an SLI maps, 0 malformed or invalid, 1 of names no SLI maps; times 2026-11-20T10:00:00.000Z … 2026-11-20T10:00:07.000Z\n',
    );
    expect(text).toContain(
      '  critical_bugs    0 lines: bug.reported where {"severity":"critical"}  (a count of 0: fine if none happened)\n',
    );
    expect(text).toContain('  1 bug.reported lines with severity "crit" are counted by no SLI\n');
    expect(text).toMatch(/ {2}1 line\(s\): "ui\.click"; .*example \(line 8 of events\.jsonl\)/);
  });

  it('fails on an SLI no line feeds, naming it and the names the sample holds', () => {
    const renamed = canonical.map((e) => (e.event === 'app.crash' ? { ...e, event: 'app.crashed' } : e));
    const noSessions = renamed.filter((e) => e.event !== 'app.session.start');
    const { problems, text } = check(lines(noSessions));
    expect(text).toContain(
      '  crash_rate       0 lines (numerator 0, denominator 0): app.crash / app.session.start  <- no line feeds it\n',
    );
    expect(problems).toEqual([
      'no sampled line feeds crash_rate; the names it does hold include "app.crashed" (1), "ui.click" (1): check their events under slis: and events.name in rollout.yaml (docs/events.md); an event rarer than one in 7 lines needs a larger --sample',
    ]);
  });

  it('fails on mostly invalid lines with the reason and the mapping that fixes it; passes once mapped', () => {
    const epoch = canonical.map((e) => ({ ...e, ts: Date.parse(e.ts) }));
    const { problems, text } = check(lines(epoch));
    expect(problems[0]).toBe(
      '8 of 8 lines are malformed or invalid, most as: "ts" is a number (epoch ms?), not an ISO 8601 string; map it with events.time.format: epoch_ms in rollout.yaml',
    );
    expect(text).toContain(
      `example (line 1 of events.jsonl): {"ts":${T0},"event":"autosave.save.completed","duration_ms":812}`,
    );
    const mapped = check(lines(epoch), {
      shape: { timeField: 'ts', timeFormat: 'epoch_ms', nameField: 'event' },
    });
    expect(mapped.problems).toEqual([]);
    expect(mapped.result.feeds).toEqual(check(lines(canonical)).result.feeds);
  });

  it('reads only the sample, and leaves SLIs of other sources unchecked', () => {
    const many = lines(Array.from({ length: 50 }, () => canonical[0]!));
    const { result, text, problems } = check(many, {
      limit: 10,
      elsewhere: {
        restore_success: 'prometheus source "metrics"',
        crash_rate: 'prometheus source "metrics"',
        auto_merge_rate: 'prometheus source "metrics"',
      },
    });
    expect(result).toMatchObject({ seen: 10, lines: 10, cut: true });
    expect(text).toContain('events.jsonl, the first 10 lines (--sample to read more)');
    expect(text).toContain('  crash_rate       from prometheus source "metrics": not checked here\n');
    expect(problems).toEqual([]);
  });
});
