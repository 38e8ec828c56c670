/**
 * Integration tests run the bundle in dist/, as users and the runner do. Rebuild it first when
 * any source file is newer, so a test never runs stale code (CI then checks dist/ is committed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const bundles = [join(ROOT, 'dist', 'index.js'), join(ROOT, 'dist', 'cli.js')];
  const built = Math.min(...bundles.map((b) => (existsSync(b) ? statSync(b).mtimeMs : 0)));
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
  if (built >= sources) return;
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
