/** `if:` and `${{ }}` through GitHub's evaluator, with the contexts and status functions the runner gives. */
import { describe, expect, it } from 'vitest';
import { condition, evaluate } from '../../support/workflows/expressions.js';
import { parseWorkflowFile } from '../../support/workflows/load.js';

const ok = { failed: false, cancelled: false };
const failed = { failed: true, cancelled: false };
const cancelled = { failed: false, cancelled: true };

describe('if: conditions', () => {
  it("GitHub's converter wraps a condition without a status function in success()", async () => {
    const w = await parseWorkflowFile(
      'w.yml',
      `on: push
jobs:
  j:
    runs-on: x
    steps:
      - if: env.A == 'true'
        uses: ./
      - if: \${{ !cancelled() }}
        uses: ./
`,
    );
    const [first, second] = w.template.jobs[0]!.type === 'job' ? w.template.jobs[0]!.steps : [];
    const expr = (s: typeof first) => (s && 'if' in s && s.if ? s.if.expression : '');
    expect(expr(first)).toBe("success() && (env.A == 'true')");
    const env = { env: { A: 'true' } };
    expect(condition(expr(first), env, ok)).toBe(true);
    expect(condition(expr(first), env, failed)).toBe(false);
    expect(condition(expr(second), env, failed)).toBe(true);
    expect(condition(expr(second), env, cancelled)).toBe(false);
  });

  it('status functions: always, failure, cancelled', () => {
    expect(condition('always()', {}, cancelled)).toBe(true);
    expect(condition('failure()', {}, failed)).toBe(true);
    expect(condition('failure()', {}, ok)).toBe(false);
    expect(condition('success()', {}, cancelled)).toBe(false);
  });

  it('reads needs, inputs and vars; a missing property is empty, not an error', () => {
    const contexts = { needs: { gate: { result: 'success' } }, inputs: { 'dry-run': true }, vars: {} };
    expect(condition("needs.gate.result == 'success' && inputs.dry-run", contexts, ok)).toBe(true);
    expect(condition("vars.PHASEGATE_RECORDS_BRANCH != ''", contexts, ok)).toBe(false);
  });

  it('refuses a context GitHub does not offer there, and a status function outside if:', () => {
    expect(() => condition("secrets.X == ''", { github: {} }, ok)).toThrow(/secrets/);
    expect(() => evaluate('success()', {})).toThrow(/success/);
  });

  it("evaluates the phasegate workflows' fallbacks as GitHub does", () => {
    const steps = { 'app-token': { outputs: {} } };
    const github = { token: 'ghs_bot' };
    expect(evaluate('steps.app-token.outputs.token || github.token', { steps, github }).coerceString()).toBe(
      'ghs_bot',
    );
    const withApp = { 'app-token': { outputs: { token: 'ghs_app', 'app-slug': 'phasegate' } } };
    const login =
      "steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]'";
    expect(evaluate(login, { steps: withApp }).coerceString()).toBe('phasegate[bot]');
    expect(evaluate(login, { steps }).coerceString()).toBe('github-actions[bot]');
    expect(
      evaluate("vars.A != '' && secrets.B != ''", { vars: { A: '1' }, secrets: {} }).coerceString(),
    ).toBe('false');
  });
});
