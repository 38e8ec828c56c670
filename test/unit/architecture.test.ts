/**
 * The house rule of DESIGN.md, held by a test: the domain core (policy, telemetry without its
 * sources, judge, rollout, render) does no I/O and reads no clock, so it needs no mocks and
 * gives the same answer in the Action, the CLI and the demo.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/policy.js';

const CORE = ['src/policy', 'src/telemetry', 'src/judge', 'src/rollout', 'src/render', 'src/simulate'];
const ADAPTERS = ['src/telemetry/sources'];
const ALLOWED_NODE_MODULES = new Set(['node:buffer']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return ADAPTERS.includes(relative(REPO_ROOT, p)) ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('the domain core', () => {
  const files = CORE.flatMap((d) => sources(join(REPO_ROOT, d)));

  it('is where we think it is', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports no I/O module and no adapter', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^;]*?from '([^']+)';/gm)) {
        const spec = m[1]!;
        const io = spec.startsWith('node:') && !ALLOWED_NODE_MODULES.has(spec);
        const adapter =
          /\/(sources|worktree|commands|cli|action)\//.test(spec) || spec.startsWith('@actions/');
        if (io || adapter) offenders.push(`${relative(REPO_ROOT, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads no clock and no environment', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const pattern of [/Date\.now\(/, /new Date\(\)/, /performance\.now\(/, /process\.env/]) {
        if (pattern.test(code)) offenders.push(`${relative(REPO_ROOT, file)}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
