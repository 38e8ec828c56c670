import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPublicHolidays } from '../../src/holidays/date-holidays.js';
import { compilePolicy, type PolicyFiles } from '../../src/policy/compile.js';
import type { Policy } from '../../src/policy/model.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const REFERENCE_DIR = join(REPO_ROOT, 'phases');

/** The reference rollout's files as text, keyed by file name. */
export function referenceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  // YAML files only: phases/templates/ holds the Slack templates (src/notify/load.ts reads those).
  for (const name of readdirSync(REFERENCE_DIR).filter((n) => /\.ya?ml$/.test(n)))
    files[name] = readFileSync(join(REFERENCE_DIR, name), 'utf8');
  return files;
}

/** The reference rollout, compiled (able to look up its country's holidays, as loaded), optionally with some files edited. */
export function referencePolicy(edit?: (files: Record<string, string>) => void): Policy {
  const input: PolicyFiles = { dir: 'phases', files: referenceFiles() };
  edit?.(input.files);
  return withPublicHolidays(compilePolicy(input));
}
