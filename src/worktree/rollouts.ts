/**
 * The rollouts a policy folder holds. `phases/rollout.yaml` present: one rollout, the folder itself
 * (the single layout). Otherwise every subfolder `phases/<name>/` with a rollout.yaml is one
 * rollout, named by its folder (the many-rollouts layout); its window records live in their own
 * folder, `reports/<name>/monitoring` for the records input `reports/monitoring`, because two
 * rollouts judge the same telemetry through different SLI definitions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../input.js';

export interface RolloutFolder {
  /** The rollout's name: rollout.yaml's `rollout:` (the folder's name in the many-rollouts layout). */
  name: string;
  /** Its policy folder, relative to the root ("phases" or "phases/checkout"). */
  config: string;
  /** Its window records folder, relative to the root. */
  records: string;
}

export interface Layout {
  kind: 'single' | 'multi';
  rollouts: RolloutFolder[];
}

/** The rollouts under `config` (relative to `root`); `records` is the records input. */
export function findRollouts(root: string, config: string, records: string): Layout {
  const dir = join(root, config);
  // A missing folder is the single layout's: loading it says "not found" with the fix.
  if (!existsSync(dir) || existsSync(join(dir, 'rollout.yaml')))
    return { kind: 'single', rollouts: [{ name: declaredName(dir) ?? '', config, records }] };
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'rollout.yaml')))
    .map((e) => e.name)
    .sort();
  if (!names.length)
    throw new InputError(
      `policy folder "${config}" holds no rollout.yaml, and no subfolder of it does: put one rollout's files in ${config}/, or one folder per rollout (${config}/<rollout>/rollout.yaml)`,
    );
  return {
    kind: 'multi',
    rollouts: names.map((name) => {
      const declared = declaredName(join(dir, name));
      if (declared !== undefined && declared !== name)
        throw new InputError(
          `${config}/${name}/rollout.yaml: rollout: "${declared}" differs from its folder's name; with one folder per rollout the folder names the rollout: set rollout: ${name}, or rename the folder`,
        );
      return { name, config: `${config}/${name}`, records: rolloutRecords(records, name) };
    }),
  };
}

/** A rollout's records folder in the many-rollouts layout: `reports/monitoring` → `reports/<name>/monitoring`. */
export function rolloutRecords(records: string, name: string): string {
  const parent = posix.dirname(records);
  return parent === '.' ? `${name}/${records}` : `${parent}/${name}/${posix.basename(records)}`;
}

/** The rollouts `selector` names: every one when empty, else the one of that name. */
export function selectRollouts(layout: Layout, selector: string, flag: string): RolloutFolder[] {
  if (!selector) return layout.rollouts;
  const found = layout.rollouts.find((r) => r.name === selector || (layout.kind === 'single' && !r.name));
  if (found) return [found];
  throw new InputError(
    `${flag}: no rollout "${selector}"; ${layout.kind === 'single' ? 'the policy folder holds' : 'there are'} ${layout.rollouts.map((r) => r.name).join(', ')}`,
  );
}

/** rollout.yaml's `rollout:` when it is a string; the compiler reports anything else. */
function declaredName(dir: string): string | undefined {
  try {
    const doc = parse(readFileSync(join(dir, 'rollout.yaml'), 'utf8')) as { rollout?: unknown } | null;
    return typeof doc?.rollout === 'string' ? doc.rollout : undefined;
  } catch {
    return undefined;
  }
}
