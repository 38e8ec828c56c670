/**
 * actions/checkout's `sparse-checkout` on a clone: only what the patterns keep stays in the work
 * tree (v5.1.0 writes the patterns to .git/info/sparse-checkout with core.sparseCheckout, in
 * cone mode unless `sparse-checkout-cone-mode: false`; `git sparse-checkout set` does the same).
 */
import { execFileSync } from 'node:child_process';

export function sparseCheckout(dir: string, patterns: string, cone = true): void {
  const list = patterns
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  execFileSync('git', ['sparse-checkout', 'set', cone ? '--cone' : '--no-cone', ...list], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
