// What dist/ is built from, as one SHA-256: every file under src/, the lock file, the build
// script and the TypeScript configs. The build writes it to dist/built-from.txt; the test setup
// rebuilds only when it differs (file times say nothing on a fresh clone: every file is new).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

export function sourceHash(root) {
  const inputs = [
    ...files(join(root, 'src')),
    ...['package-lock.json', 'scripts/build.mjs', 'tsconfig.json', 'src/tsconfig.json'].map((f) =>
      join(root, f),
    ),
  ].sort();
  const hash = createHash('sha256');
  for (const f of inputs)
    hash
      .update(`${relative(root, f).split('\\').join('/')}\0`)
      .update(readFileSync(f))
      .update('\0');
  return hash.digest('hex');
}

export const BUILT_FROM = 'built-from.txt';
