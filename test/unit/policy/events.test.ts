/**
 * rollout.yaml `events:` (where lines keep their time and name) and dotted field paths: what
 * compiles, its defaults, and each mistake refused with its place and the fix.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/policy/errors.js';
import { referencePolicy } from '../../support/policy.js';

const withRollout = (extra: string, replace?: [string | RegExp, string]) =>
  referencePolicy((files) => {
    let text = files['rollout.yaml']!;
    if (replace) {
      const before = text;
      text = text.replace(replace[0], replace[1]);
      expect(text).not.toBe(before);
    }
    files['rollout.yaml'] = `${text}\n${extra}`;
  });

function errorOf(extra: string, replace?: [string | RegExp, string]): string {
  try {
    withRollout(extra, replace);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as Error).message;
  }
  throw new Error('expected the policy to be rejected');
}

describe('rollout.yaml events:', () => {
  it('is absent from the reference rollout: the canonical shape', () => {
    expect(referencePolicy().events).toBeUndefined();
  });

  it('maps the time key and format and the name key, with defaults for what it leaves out', () => {
    expect(
      withRollout('events:\n  time: { field: timestamp, format: epoch_ms }\n  name: name\n').events,
    ).toEqual({ timeField: 'timestamp', timeFormat: 'epoch_ms', nameField: 'name' });
    expect(withRollout('events:\n  time: { format: epoch_s }\n').events).toEqual({
      timeField: 'ts',
      timeFormat: 'epoch_s',
      nameField: 'event',
    });
    expect(withRollout('events:\n  name: meta.type\n').events).toEqual({
      timeField: 'ts',
      timeFormat: 'iso8601',
      nameField: 'meta.type',
    });
  });

  it('refuses an unknown format, naming the ones there are', () => {
    expect(errorOf('events:\n  time: { format: epoch_us }\n')).toMatch(
      /rollout\.yaml:\d+:\d+: events\.time\.format: "epoch_us" is not one of "iso8601", "epoch_ms", "epoch_s"/,
    );
  });

  it('refuses one key for both the time and the name', () => {
    expect(errorOf('events:\n  time: { field: t }\n  name: t\n')).toMatch(
      /events\.name: "t" is also events\.time\.field; one key cannot hold both/,
    );
  });

  it('refuses a misspelt key inside it', () => {
    expect(errorOf('events:\n  time: { feild: timestamp }\n')).toMatch(
      /events\.time\.feild: unknown field "feild"/,
    );
  });
});

describe('dotted field paths', () => {
  it('compile in field, where, distinct and control', () => {
    const policy = withRollout('', ['field: duration_ms', 'field: payload.duration_ms']);
    expect(policy.slis.save_latency).toMatchObject({ field: 'payload.duration_ms' });
  });

  it('refuse an empty key, naming the field and the fix', () => {
    expect(errorOf('', ['where: { severity: critical }', 'where: { "attrs..severity": critical }'])).toMatch(
      /slis\.critical_bugs\.where\.attrs\.\.severity: "attrs\.\.severity" has an empty key; give a key \("duration_ms"\) or a dotted path of keys/,
    );
    expect(errorOf('', ['field: duration_ms', 'field: .duration_ms'])).toMatch(
      /slis\.save_latency\.field: "\.duration_ms" has an empty key/,
    );
    expect(errorOf('events:\n  time: { field: "meta." }\n')).toMatch(
      /events\.time\.field: "meta\." has an empty key/,
    );
  });
});
