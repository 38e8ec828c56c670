/** Policies with a `sources:` section, for the source tests. */
import { expect } from 'vitest';
import type { Policy } from '../../../../src/policy/model.js';
import { referencePolicy } from '../../../support/policy.js';

/** rollout.yaml with its `sources:` section replaced by `yaml` (lines indented under sources:). */
export function withSources(yaml: string) {
  return (files: Record<string, string>) => {
    const before = files['rollout.yaml']!;
    files['rollout.yaml'] = before.replace(/^sources:\n(?: {2}.*\n)*/m, `sources:\n${yaml}`);
    expect(files['rollout.yaml']).not.toBe(before);
  };
}

/** The reference rollout with these sources. */
export function policyWithSources(yaml: string): Policy {
  return referencePolicy(withSources(yaml));
}
