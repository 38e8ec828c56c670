/**
 * A matrix's combinations as GitHub makes them (using-matrix-strategy.md, matrix-include.md,
 * matrix-exclude.md), the 256-job limit, and the error of a vector without values.
 */
import { describe, expect, it } from 'vitest';
import { parseWorkflowFile } from '../../support/workflows/load.js';
import { combinations, expandStrategy, MAX_MATRIX_JOBS } from '../../support/workflows/matrix.js';

describe('matrix combinations', () => {
  it('one per combination, the first variable outermost', () => {
    expect(combinations({ version: [10, 12], os: ['ubuntu', 'windows'] }, 'm')).toEqual([
      { version: 10, os: 'ubuntu' },
      { version: 10, os: 'windows' },
      { version: 12, os: 'ubuntu' },
      { version: 12, os: 'windows' },
    ]);
  });

  it('exclude drops partial matches; include extends the combinations it fits, else adds one', () => {
    const m = {
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      exclude: [{ fruit: 'pear', animal: 'dog' }],
      include: [{ color: 'green' }, { fruit: 'apple', shape: 'circle' }, { fruit: 'banana' }],
    };
    expect(combinations(m, 'm')).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'green', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'green' },
      { fruit: 'banana' },
    ]);
  });

  it('refuses a vector without values, as GitHub does, and more than 256 jobs', () => {
    expect(() => combinations({ rollout: [] }, 'm')).toThrow(
      "Matrix vector 'rollout' does not contain any values",
    );
    const many = Array.from({ length: MAX_MATRIX_JOBS + 1 }, (_, i) => i);
    expect(() => combinations({ n: many }, 'jobs.x.strategy.matrix')).toThrow(
      'jobs.x.strategy.matrix: the matrix makes 257 jobs; GitHub allows at most 256 per workflow run',
    );
    expect(combinations({ n: many.slice(1) }, 'm')).toHaveLength(256);
  });
});

const strategyOf = async (strategy: string) => {
  const w = await parseWorkflowFile(
    'w.yml',
    `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    strategy:\n${strategy}\n    steps:\n      - uses: ./\n`,
  );
  return w.template.jobs[0]!.strategy!;
};

describe('a job strategy', () => {
  const contexts = {
    github: {},
    inputs: {},
    vars: {},
    needs: { list: { result: 'success', outputs: { rollouts: '["alpha","beta"]' } } },
  };

  it('a vector from fromJSON of a needs output; fail-fast and max-parallel read', async () => {
    const token = await strategyOf(
      `      fail-fast: false\n      max-parallel: 1\n      matrix:\n        rollout: \${{ fromJSON(needs.list.outputs.rollouts) }}`,
    );
    expect(expandStrategy(token, contexts, 's')).toEqual({
      combinations: [{ rollout: 'alpha' }, { rollout: 'beta' }],
      failFast: false,
      maxParallel: 1,
    });
  });

  it("an empty list fails with GitHub's words; without max-parallel all run at once, fail-fast on", async () => {
    const empty = await strategyOf(`      matrix:\n        rollout: \${{ fromJSON('[]') }}`);
    expect(() => expandStrategy(empty, contexts, 's')).toThrow(
      "Matrix vector 'rollout' does not contain any values",
    );
    const own = await strategyOf(
      `      matrix:\n        rollout: \${{ fromJSON(needs.list.outputs.rollouts) }}`,
    );
    expect(expandStrategy(own, contexts, 's')).toMatchObject({ failFast: true, maxParallel: 2 });
  });
});

describe("contexts GitHub's parser refuses (workflow-v1.0.json: strategy, job-concurrency, job-if)", () => {
  const parse = (job: string) =>
    parseWorkflowFile(
      'w.yml',
      `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n${job}    steps:\n      - uses: ./\n`,
    );
  it.each([
    [
      'matrix in the strategy',
      `    strategy:\n      matrix:\n        a: \${{ fromJSON(matrix.x) }}\n`,
      'matrix',
    ],
    ['secrets in a job concurrency group', `    concurrency: \${{ secrets.X }}\n`, 'secrets'],
    ['steps in a job concurrency group', `    concurrency: \${{ steps.a.outputs.b }}\n`, 'steps'],
    ["matrix in the job's if", "    if: matrix.a == 'x'\n", 'matrix'],
  ])('%s', async (_, job, context) => {
    await expect(parse(job)).rejects.toThrow(`Unrecognized named-value: '${context}'`);
  });
  it('needs, matrix, strategy, inputs and vars in a job concurrency group', async () => {
    const group = `\${{ needs.list.result }}-\${{ matrix.a }}-\${{ strategy.job-index }}-\${{ inputs.x }}-\${{ vars.Y }}`;
    await expect(parse(`    concurrency: ${group}\n`)).resolves.toMatchObject({ file: 'w.yml' });
  });
});
