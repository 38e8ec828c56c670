/**
 * `validate` and the QA checklist: a policy copied without the checklist it names validates (the
 * gate then requires no QA items, as it always has) but says so, instead of passing in silence.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../src/commands/validate.js';
import { REFERENCE_DIR, REPO_ROOT } from '../../support/policy.js';

function repoWithReference(): string {
  const root = mkdtempSync(join(tmpdir(), 'phasegate-validate-'));
  mkdirSync(join(root, '.git'));
  cpSync(REFERENCE_DIR, join(root, 'phases'), { recursive: true });
  return root;
}

function validate(config: string, root?: string) {
  const warnings: string[] = [];
  const text = validateCommand({ config, root, warn: (line) => warnings.push(line) });
  return { text, warnings };
}

describe('validate and the QA checklist github.checklist names', () => {
  it('warns (and passes) when the file does not exist in the repository: phase PRs would require no QA items', () => {
    const root = repoWithReference();
    const { text, warnings } = validate(join(root, 'phases'));
    expect(text).toMatch(/^ok: rollout "autosave"/);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^warning: github\.checklist: docs\/CHECKLIST\.md does not exist in the repository \(.*\): phase PRs will require no QA items; create it/,
      ),
    ]);
  });

  it('finds the file from the repository root above the policy folder, wherever the command runs', () => {
    const root = repoWithReference();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'CHECKLIST.md'), '# QA\n\n## A-1\n\n- [ ] restore scenarios\n');
    expect(validate(join(root, 'phases')).warnings).toEqual([]);
  });

  it('passes on the checklist problems the gate would warn about, e.g. a section for a phase the policy lacks', () => {
    const root = repoWithReference();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'CHECKLIST.md'), '# QA\n\n## A-9 later\n\n- [ ] something\n');
    const { warnings } = validate(join(root, 'phases'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: docs\/CHECKLIST\.md:3: .*A-9/);
  });

  it("is quiet on this repository's own reference rollout", () => {
    expect(validate(join(REPO_ROOT, 'phases')).warnings).toEqual([]);
  });
});
