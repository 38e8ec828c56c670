/**
 * The working-tree adapter for the policy: reads `phases/` from disk and hands the text to the
 * pure compiler. The Action reads the same files from its checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withPublicHolidays } from '../holidays/date-holidays.js';
import { CURRENT_FILE, compilePolicy } from '../policy/compile.js';
import { PolicyError } from '../policy/errors.js';
import type { LoadedPolicy } from '../ports/workspace.js';
import { type CurrentPhase, parseCurrent } from '../rollout/current.js';

export type { LoadedPolicy };

/**
 * Read and compile the policy folder. Throws PolicyError (located) or a plain Error naming the
 * folder. Files are named in messages as `shown` (default: relative to the working directory).
 */
export function loadPolicyDir(dir: string, shown = displayPath(dir)): LoadedPolicy {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `policy folder "${dir}" not found; pass --config <dir> with rollout.yaml and one YAML file per phase`,
    );
  }
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.yaml') || name.endsWith('.yml')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  const policy = withPublicHolidays(compilePolicy({ dir: shown, files }));
  return { policy, dir, currentPath: join(dir, CURRENT_FILE) };
}

/** Read the current-phase file; undefined when it does not exist yet. */
export function loadCurrent(loaded: LoadedPolicy): CurrentPhase | undefined {
  if (!existsSync(loaded.currentPath)) return undefined;
  return parseCurrent(
    displayPath(loaded.currentPath),
    readFileSync(loaded.currentPath, 'utf8'),
    loaded.policy,
  );
}

export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
}

export { PolicyError };
