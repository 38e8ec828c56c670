import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/notify/load.js';
import {
  parseTemplate,
  renderTemplate,
  TEMPLATE_VARIABLES,
  TemplateError,
  type TemplateVars,
} from '../../../src/notify/template.js';
import { REFERENCE_DIR } from '../../support/policy.js';

const VARS = Object.fromEntries(TEMPLATE_VARIABLES.map((n) => [n, `<${n}>`])) as TemplateVars;

function errorOf(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (err) {
    if (err instanceof TemplateError) return err;
    throw err;
  }
  throw new Error('expected a TemplateError');
}

describe('parseTemplate / renderTemplate', () => {
  it('fills placeholders, with or without inner spaces, and trims the result', () => {
    const t = parseTemplate('t.md', '\n{{rollout}}: {{ from }} → {{to}} ({{rollout}})\n');
    expect(t.names).toEqual(['rollout', 'from', 'to']);
    expect(renderTemplate(t, VARS)).toBe('<rollout>: <from> → <to> (<rollout>)');
  });

  it('escapes values but not the template text', () => {
    const t = parseTemplate('t.md', '<https://x|link> {{cause}}');
    const out = renderTemplate(
      t,
      { ...VARS, cause: 'a > b & c' },
      { escape: (v) => v.replace(/[&>]/g, '#') },
    );
    expect(out).toBe('<https://x|link> a # b # c');
  });

  it('drops comments, and the lines a comment stood on alone, without checking their placeholders', () => {
    const text = '<!--\n  docs: {{anything}} goes\n-->\nline 1 <!-- inline -->x\n  <!-- alone -->\nline 2\n';
    const t = parseTemplate('t.md', text);
    expect(renderTemplate(t, VARS)).toBe('line 1 x\nline 2');
  });

  it('names the file, line and column of an unknown placeholder, and lists the valid names', () => {
    const err = errorOf(() => parseTemplate('phases/templates/x.md', 'ok {{to}}\n  cause: {{casue}}\n'));
    expect(err.file).toBe('phases/templates/x.md');
    expect([err.line, err.column]).toEqual([2, 10]);
    expect(err.message).toBe(
      `phases/templates/x.md:2:10: unknown placeholder {{casue}}; valid names: ${TEMPLATE_VARIABLES.join(', ')}`,
    );
    expect(err.message).toContain('rollout, from, to, kind, time, cause, resume, next_canary, pr_url');
  });

  it('rejects an unclosed placeholder and an unclosed comment', () => {
    expect(errorOf(() => parseTemplate('a.md', 'x\n\ny {{to\n')).message).toMatch(
      /^a\.md:3:3: a placeholder "\{\{" is never closed/,
    );
    expect(errorOf(() => parseTemplate('b.md', 'x <!-- y {{to}}')).message).toBe(
      'b.md:1:3: a comment "<!--" is never closed with "-->"',
    );
    expect(errorOf(() => parseTemplate('c.md', '{{}}')).message).toMatch(
      /^c\.md:1:1: unknown placeholder \{\{\}\}/,
    );
  });

  it('never renders a blank: an empty value is an error naming the placeholder and its line', () => {
    const t = parseTemplate('t.md', 'a\nb {{rca_url}}');
    const err = errorOf(() => renderTemplate(t, { ...VARS, rca_url: '  ' }));
    expect(err.message).toMatch(/^t\.md:2:3: \{\{rca_url\}\} has no value/);
    const missing = { ...VARS } as Partial<TemplateVars>;
    delete missing.rca_url;
    expect(() => renderTemplate(t, missing as TemplateVars)).toThrow(TemplateError);
  });
});

describe('loadTemplates', () => {
  it("loads the reference rollout's Japanese rollback template", () => {
    const t = loadTemplates(REFERENCE_DIR, {
      slack: { templates: { rollback: 'templates/slack-rollback.ja.md' } },
    });
    expect(t.rollback?.file).toMatch(/phases\/templates\/slack-rollback\.ja\.md$/);
    expect(t.rollback?.names).toEqual(
      expect.arrayContaining(['time', 'cause', 'resume', 'next_canary', 'pr_url', 'rca_url', 'reporter']),
    );
    expect(t.advance).toBeUndefined();
  });

  it('reports a typo in a template file with its path and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-tpl-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'adv.md'), '# advance\n\nmerged {{tim}}\n');
    expect(() => loadTemplates(dir, { slack: { templates: { advance: 'templates/adv.md' } } })).toThrow(
      /templates\/adv\.md:3:8: unknown placeholder \{\{tim\}\}; valid names: rollout, from/,
    );
  });

  it('names the rollout.yaml field for a missing file or a path outside the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-tpl-'));
    expect(() => loadTemplates(dir, { slack: { templates: { complete: 'nope.md' } } })).toThrow(
      /rollout\.yaml: notify\.slack\.templates\.complete: template "nope\.md" not found .*built-in English template/,
    );
    expect(() => loadTemplates(dir, { slack: { templates: { rollback: '../x.md' } } })).toThrow(
      /notify\.slack\.templates\.rollback: "\.\.\/x\.md" is outside the policy folder/,
    );
  });
});
