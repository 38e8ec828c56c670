/**
 * Integration tests run the bundle in dist/, as users and the runner do. Rebuild it first when
 * the sources it was built from changed (dist/built-from.txt holds their hash; file times say
 * nothing on a fresh clone), so a test never runs stale code. CI then checks dist/ is committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script, shared with scripts/build.mjs
import { BUILT_FROM, sourceHash } from '../../scripts/source-hash.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

export default function setup(): () => void {
  rebuildIfStale();
  // The tests make thousands of temporary folders a run (workspaces, clones, window records) and
  // most are not removed: they go under one folder, removed when the run ends. The forked test
  // workers, and every process they start, inherit TMPDIR (os.tmpdir() reads it).
  const scratch = mkdtempSync(join(tmpdir(), 'phasegate-tests-'));
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
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
