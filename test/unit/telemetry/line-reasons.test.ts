/**
 * Lines that are not events, counted per reason with a fix and an example (line-reasons.ts,
 * line-tally.ts), and the rule that says so loudly, or fails the source (line-report.ts).
 */
import { describe, expect, it } from 'vitest';
import type { EventShape } from '../../../src/policy/model.js';
import { collectTexts, SegmentCollector } from '../../../src/telemetry/collect.js';
import { judgeLines, lineWarning, missingReason } from '../../../src/telemetry/line-report.js';
import { exampleText, type ReasonCount } from '../../../src/telemetry/line-tally.js';
import { POLICY, T0, WINDOW } from './fixtures.js';

const iso = (ms: number) => new Date(ms).toISOString();
const SAVE = 'autosave.save.completed';

function collect(lines: string[], events?: EventShape, source = 'events.jsonl') {
  const text = `${lines.join('\n')}\n`;
  return collectTexts([{ source, text }], { policy: { ...POLICY, events }, from: T0, to: T0 + WINDOW }).stats;
}

const brief = (list: ReasonCount[]) => list.map((r) => [r.count, r.reason, r.example.line]);

describe('the reasons of lines that are not events', () => {
  it('are counted per reason, most first, each with its first line', () => {
    const stats = collect([
      JSON.stringify({ ts: T0 + 1000, event: SAVE, duration_ms: 812 }),
      JSON.stringify({ ts: T0 + 2000, event: SAVE, duration_ms: 640 }),
      '',
      'not json',
      '[1]',
      JSON.stringify({ timestamp: iso(T0), event: SAVE }),
      JSON.stringify({ ts: iso(T0), name: SAVE }),
      JSON.stringify({ ts: '2026-11-20T10:00:00', event: SAVE }),
      JSON.stringify({ ts: iso(T0), event: SAVE, duration_ms: '812' }),
      JSON.stringify({ ts: iso(T0), event: SAVE, duration_ms: -1 }),
      JSON.stringify({ ts: iso(T0), event: SAVE }),
      JSON.stringify({ ts: iso(T0), event: 'ui.click' }),
      JSON.stringify({ ts: iso(T0), event: 'ui.click' }),
      JSON.stringify({ ts: iso(T0), event: SAVE, duration_ms: 1 }),
    ]);
    expect(stats.lines).toBe(13);
    expect(brief(stats.unusable)).toEqual([
      [2, '"ts" is a number (epoch ms?), not an ISO 8601 string', 1],
      [1, `"duration_ms" of ${SAVE} (SLI save_latency) is a string, not a number`, 9],
      [1, `"duration_ms" of ${SAVE} (SLI save_latency) is negative`, 10],
      [
        1,
        '"ts" has no time zone (ISO 8601 with Z or an offset is required: a time without one is no instant)',
        8,
      ],
      [1, `${SAVE} has no "duration_ms" (SLI save_latency)`, 11],
      [1, 'has no "event" (the event name)', 7],
      [1, 'has no "ts" (the event time)', 6],
      [1, 'is JSON but not an object', 5],
      [1, 'is not valid JSON', 4],
    ]);
    expect(stats.unusable[0]).toMatchObject({
      fix: 'map it with events.time.format: epoch_ms in rollout.yaml',
      example: {
        source: 'events.jsonl',
        line: 1,
        text: `{"ts":${T0 + 1000},"event":"${SAVE}","duration_ms":812}`,
      },
    });
    const fix = (reason: string) => stats.unusable.find((r) => r.reason === reason)?.fix;
    expect(fix('has no "ts" (the event time)')).toBe(
      'the line has "timestamp": map it with events.time: { field: timestamp } in rollout.yaml',
    );
    expect(fix('has no "event" (the event name)')).toBe(
      'the line has "name": map it with events.name: name in rollout.yaml',
    );
    expect(brief(stats.unknown)).toEqual([[2, 'ui.click', 12]]);
  });

  it('name the mapping when the time is in the other unit, or is ISO 8601 after all', () => {
    const ms: EventShape = { timeField: 'timestamp', timeFormat: 'epoch_ms', nameField: 'name' };
    const stats = collect(
      [
        JSON.stringify({ timestamp: Math.floor(T0 / 1000), name: SAVE }),
        JSON.stringify({ timestamp: iso(T0), name: SAVE }),
        JSON.stringify({ timestamp: 'soon', name: SAVE }),
        JSON.stringify({ time: T0, name: SAVE }),
      ],
      ms,
    );
    expect(stats.unusable.map((r) => [r.reason, r.fix])).toEqual([
      [
        '"timestamp" is an ISO 8601 string, but events.time.format is epoch_ms',
        'remove events.time.format (iso8601 is the default) in rollout.yaml',
      ],
      ['"timestamp" is not a number or a string of digits', 'send the time as a number of milliseconds'],
      [
        '"timestamp" read as epoch_ms falls in 1970 (epoch seconds?)',
        'map it with events.time.format: epoch_s in rollout.yaml',
      ],
      [
        'has no "timestamp" (the event time)',
        'the line has "time": map it with events.time: { field: time, format: epoch_ms } in rollout.yaml',
      ],
    ]);
    const s = collect([JSON.stringify({ timestamp: T0, name: SAVE })], { ...ms, timeFormat: 'epoch_s' });
    expect(s.unusable[0]!.reason).toBe('"timestamp" read as epoch_s falls after the year 5000 (epoch ms?)');
  });

  it('are the same, with the same examples, however the input is cut into segments', () => {
    const lines = [
      JSON.stringify({ ts: iso(T0), event: 'ui.click' }),
      'x',
      '',
      JSON.stringify({ ts: T0, event: SAVE }),
      JSON.stringify({ ts: iso(T0 + 1), event: SAVE, duration_ms: 3 }),
      'y',
      JSON.stringify({ ts: T0, event: SAVE }),
    ];
    const whole = collect(lines);
    for (const cut of [1, 3, 5]) {
      const parent = new SegmentCollector({ policy: POLICY, from: T0, to: T0 + WINDOW });
      parent.beginSource('events.jsonl');
      for (const part of [lines.slice(0, cut), lines.slice(cut)]) {
        const seg = new SegmentCollector({ policy: POLICY, from: T0, to: T0 + WINDOW });
        seg.beginSegment('events.jsonl');
        seg.push(Buffer.from(`${part.join('\n')}\n`));
        parent.absorbSegment(seg.endSegment());
      }
      parent.endSource();
      expect(parent.finish().stats, `cut after line ${cut}`).toEqual(whole);
    }
    expect(brief(whole.unusable)).toEqual([
      [2, '"ts" is a number (epoch ms?), not an ISO 8601 string', 4],
      [2, 'is not valid JSON', 2],
    ]);
  });
});

describe('an example line', () => {
  it('shows at most 120 characters, control bytes as "?"', () => {
    const long = Buffer.from(`{"a":"${'é'.repeat(200)}"}`);
    const text = exampleText(long, 0, long.length);
    expect([...text]).toHaveLength(121);
    expect(text.endsWith('…')).toBe(true);
    const ctl = Buffer.from('{"a":"\u0001\t"}');
    expect(exampleText(ctl, 0, ctl.length)).toBe('{"a":"??"}');
  });
});

describe('the rule on lines that are not events', () => {
  const reason = (count: number): ReasonCount => ({
    key: 1,
    reason: '"ts" is a number (epoch ms?), not an ISO 8601 string',
    fix: 'map it with events.time.format: epoch_ms in rollout.yaml',
    count,
    example: { source: 'events.jsonl', line: 1, text: '{"ts":1763632992345}' },
  });
  const unknown = (count: number): ReasonCount => ({ ...reason(count), reason: 'log', fix: 'f' });

  it('fails on every line, warns on most or on no mapped event, and is quiet otherwise', () => {
    expect(judgeLines({ lines: 0, unusable: [], unknown: [] })).toBe('ok');
    expect(judgeLines({ lines: 10, unusable: [reason(10)], unknown: [] })).toBe('all-unusable');
    expect(judgeLines({ lines: 10, unusable: [reason(6)], unknown: [] })).toBe('mostly-unusable');
    expect(judgeLines({ lines: 10, unusable: [reason(5)], unknown: [] })).toBe('ok');
    expect(judgeLines({ lines: 10, unusable: [reason(5)], unknown: [unknown(5)] })).toBe('unmapped');
    expect(judgeLines({ lines: 10, unusable: [], unknown: [unknown(9)] })).toBe('ok');
  });

  it('says how many, why, the fix and an example', () => {
    const h = { lines: 1000, unusable: [reason(1000)], unknown: [] };
    expect(lineWarning('jsonl source "events"', h)).toBe(
      'jsonl source "events": 1000 of 1000 lines are not usable events (malformed or invalid; docs/events.md): its windows are written missing, not zero, and the run fails; fix the events or the mapping and the next run collects them again\n' +
        '  1000 line(s): "ts" is a number (epoch ms?), not an ISO 8601 string; map it with events.time.format: epoch_ms in rollout.yaml; example (line 1 of events.jsonl): {"ts":1763632992345}',
    );
    expect(missingReason('jsonl source "events"', h)).toBe(
      'jsonl source "events": no line is a usable event: "ts" is a number (epoch ms?), not an ISO 8601 string (docs/events.md)',
    );
    expect(lineWarning('x', { lines: 3, unusable: [], unknown: [unknown(3)] })).toMatch(
      /^x: none of the 3 lines is an event an SLI maps .*\n {2}3 line\(s\): "log"; f; example/,
    );
  });
});
