/**
 * Integration tests run the bundle in dist/, as users and the runner do. Rebuild it first when
 * the sources it was built from changed (dist/built-from.txt holds their hash; file times say
 * nothing on a fresh clone), so a test never runs stale code. CI then checks dist/ is committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script, shared with scripts/bench.mjs
import { scratchTmpdir } from '../../scripts/scratch-tmpdir.mjs';
// @ts-expect-error: a plain .mjs script, shared with scripts/build.mjs
import { BUILT_FROM, sourceHash } from '../../scripts/source-hash.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

export default function setup(): () => void {
  rebuildIfStale();
  // Every temporary folder of the run under one, removed when it ends; the forked test workers
  // inherit TMPDIR.
  return scratchTmpdir('phasegate-tests-');
}

function rebuildIfStale(): void {
  const stamp = join(ROOT, 'dist', BUILT_FROM);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (built === sourceHash(ROOT)) return;
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    // Unit tests still run; the tests that spawn the bundle fail against the old one, and CI's
    // own build step fails too.
    console.error(
      '\n*** npm run build failed: tests that run dist/ will use a stale or missing bundle ***\n',
    );
  }
}
