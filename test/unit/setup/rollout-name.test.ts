/**
 * findRollouts learns each rollout's name from rollout.yaml's `rollout:` line, without parsing
 * the file as YAML (the step compiles the whole policy right after); any form that line reading
 * cannot vouch for goes to the YAML parser. Either way the answer is YAML's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as yamlParse } from 'yaml';
import { declaredRolloutName } from '../../../src/worktree/rollouts.js';
import { REPO_ROOT } from '../../support/policy.js';

const parsed = vi.hoisted(() => ({ calls: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return {
    ...yaml,
    parse: (...args: Parameters<typeof yaml.parse>) => {
      parsed.calls++;
      return yaml.parse(...args);
    },
  };
});
afterEach(() => {
  parsed.calls = 0;
});

/** YAML's own answer (through the counting mock): `rollout` when it is a string, else undefined. */
function byYaml(text: string): string | undefined {
  try {
    const doc = yamlParse(text) as { rollout?: unknown } | null;
    return typeof doc?.rollout === 'string' ? doc.rollout : undefined;
  } catch {
    return undefined;
  }
}

const reference = readFileSync(join(REPO_ROOT, 'phases', 'rollout.yaml'), 'utf8');

describe("rollout.yaml's name", () => {
  it('is read from its line, with no YAML parse, in the forms rollout.yaml is written', () => {
    const simple = [
      reference,
      reference.replace(/\n/g, '\r\n'),
      '---\nrollout: web # the storefront\nphases: [A-0]\n',
      'description: |\n  rollout: not this one\nrollout: "web"\n',
      "rollout:\t'web-2'\n",
      'window: 15m\n', // no rollout: key at all
    ];
    for (const text of simple) {
      const expected = byYaml(text);
      parsed.calls = 0;
      expect(declaredRolloutName(text), text).toBe(expected);
      expect(parsed.calls, text).toBe(0);
    }
    expect(declaredRolloutName(reference)).toBe('autosave');
  });

  it('is left to YAML in any other form, with the same answer', () => {
    const other = [
      'rollout: web\nrollout: api\n', // a duplicate key: YAML refuses it
      '"rollout": api\nrollout: web\n',
      'rollout: true\n',
      'rollout: NULL\n',
      'rollout: 12\n',
      'rollout: &name web\n',
      'rollout: !!str 12\n',
      'rollout: "w\\u0065b"\n',
      "rollout: 'it''s'\n",
      'rollout:\n  web\n',
      '{ rollout: web }\n',
      'rollout: web\n---\nrollout: api\n',
      '<<: { rollout: web }\n',
      'rollout: web and api\n',
    ];
    for (const text of other) {
      const expected = byYaml(text);
      parsed.calls = 0;
      expect(declaredRolloutName(text), text).toBe(expected);
      expect(parsed.calls, text).toBe(1);
    }
  });
});
