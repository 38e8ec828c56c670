/**
 * What an editor sees: the shipped JSON Schema (schema/*.json, draft 2020-12) checked with a real
 * validator against the reference rollout's files, so the schema neither flags valid files nor
 * misses a misspelt field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REFERENCE_DIR, REPO_ROOT, referenceFiles } from '../../support/policy.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schema', name), 'utf8')));
const validators = {
  rollout: schema('rollout.schema.json'),
  phase: schema('phase.schema.json'),
  current: schema('current.schema.json'),
};

function kindOf(name: string): keyof typeof validators {
  return name === 'rollout.yaml' ? 'rollout' : name === 'current.yaml' ? 'current' : 'phase';
}

describe('the JSON Schema editors use', () => {
  for (const [name, text] of Object.entries(referenceFiles())) {
    it(`accepts phases/${name}`, () => {
      const validate = validators[kindOf(name)];
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('flags a misspelt field and a rule that does not exist', () => {
    const a1 = parse(readFileSync(join(REFERENCE_DIR, 'A-1.yaml'), 'utf8'));
    a1.slos[0].min_sample = a1.slos[0].min_samples;
    delete a1.slos[0].min_samples;
    a1.rollback.when[0].rule = 'instant';
    expect(validators.phase(a1)).toBe(false);
    const paths = validators.phase.errors!.map((e) => e.instancePath);
    expect(paths).toContain('/slos/0');
    expect(paths).toContain('/rollback/when/0/rule');
  });
});
