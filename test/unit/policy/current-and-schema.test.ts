import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/policy/errors.js';
import { JSON_SCHEMAS, jsonSchemaText } from '../../../src/policy/json-schema.js';
import { referencePolicyFiles } from '../../../src/policy/reference.js';
import { flagDrift, parseCurrent, renderCurrent } from '../../../src/rollout/current.js';
import { REFERENCE_DIR, REPO_ROOT, referenceFiles, referencePolicy } from '../../support/policy.js';

const policy = referencePolicy();

describe('the current-phase file', () => {
  it('round-trips the phase, its start and the flag values the application reads', () => {
    const since = Date.parse('2026-11-20T01:02:03.000Z');
    const text = renderCurrent(policy, 'B-0', since, { reason: 'advance from A-2' });
    expect(parseCurrent('phases/current.yaml', text, policy)).toEqual({
      rollout: 'autosave',
      phase: 'B-0',
      since,
      flags: { 'autosave.enabled': true, 'merge.precision': 'beta' },
      reason: 'advance from A-2',
    });
  });

  it('the shipped one names A-0 with its flags', () => {
    const current = parseCurrent(
      'phases/current.yaml',
      readFileSync(join(REFERENCE_DIR, 'current.yaml'), 'utf8'),
      policy,
    );
    expect(current.phase).toBe('A-0');
    expect(current.flags).toEqual(policy.phases[0]!.flags);
  });

  it('an unknown phase is located and lists the valid ones', () => {
    const text = renderCurrent(policy, 'A-1', 0).replace('phase: A-1', 'phase: C-1');
    expect(() => parseCurrent('phases/current.yaml', text, policy)).toThrow(
      new PolicyError([
        {
          position: { file: 'phases/current.yaml', line: 4, column: 8 },
          field: 'phase',
          message: 'unknown phase "C-1"; valid phases: A-0, A-1, A-2, B-0, B-1',
        },
      ]),
    );
  });

  it("another rollout's file is refused", () => {
    const text = renderCurrent(policy, 'A-1', 0).replace('rollout: autosave', 'rollout: checkout');
    expect(() => parseCurrent('phases/current.yaml', text, policy)).toThrow(
      'phases/current.yaml:3:10: rollout: "checkout" is not this policy\'s rollout "autosave" (rollout.yaml); fix the name or the folder',
    );
  });

  it('flags that differ from what the phase declares are named', () => {
    const current = parseCurrent('phases/current.yaml', renderCurrent(policy, 'A-1', 0), policy);
    expect(flagDrift(policy, current)).toEqual([]);
    current.flags['merge.precision'] = 'beta';
    current.flags['extra.flag'] = true;
    expect(flagDrift(policy, current)).toEqual([
      'extra.flag is true, A-1 declares undefined',
      'merge.precision is "beta", A-1 declares "legacy"',
    ]);
  });

  it('a start time that is not ISO 8601 is refused', () => {
    const text = renderCurrent(policy, 'A-1', 0).replace(/since: .*/, 'since: yesterday');
    expect(() => parseCurrent('phases/current.yaml', text, policy)).toThrow(/current\.yaml:5:8: since: /);
  });
});

describe('the JSON Schema shipped for editors', () => {
  for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
    it(`schema/${name} is up to date with src/policy/schema.ts (npm run generate)`, () => {
      expect(readFileSync(join(REPO_ROOT, 'schema', name), 'utf8')).toBe(jsonSchemaText(name));
    });
  }

  it('describes thresholds, rules and SLI mappings', () => {
    const phase = JSON.parse(jsonSchemaText('phase.schema.json'));
    const rules =
      phase.properties.rollback.properties.when.items.oneOf ??
      phase.properties.rollback.properties.when.items.anyOf;
    expect(rules.map((r: { properties: { rule: { const: string } } }) => r.properties.rule.const)).toEqual([
      'immediate',
      'breaches_per_day',
      'sustained',
    ]);
  });
});

describe('the reference rollout embedded in the bundle', () => {
  it('equals phases/ (npm run generate)', () => {
    expect(referencePolicyFiles()).toEqual(referenceFiles());
  });
});
