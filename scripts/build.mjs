// Bundles the entry points with ncc into dist/: the Action (dist/index.js, what action.yml runs),
// the CLI (dist/cli.js, the package's `phasegate` bin) and the collect worker
// (dist/collect-worker.js), which both bundles find beside themselves to parse large telemetry
// files on several threads. dist/ is committed; CI rebuilds and fails on a difference.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function ncc(entry, out) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--no-source-map-register', '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit',
    },
  );
}

/** ncc writes <out>/index.js; copy a single-file bundle (and its licenses) into dist/ as `name`. */
function nccInto(entry, name) {
  const out = mkdtempSync(join(tmpdir(), 'phasegate-build-'));
  ncc(entry, out);
  copyFileSync(join(out, 'index.js'), join(STAGE, `${name}.js`));
  copyFileSync(join(out, 'licenses.txt'), join(STAGE, `${name}.licenses.txt`));
  // Lazily imported modules become chunks (NNN.index.js) the bundle loads from its own folder.
  for (const chunk of readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f))) {
    if (existsSync(join(STAGE, chunk))) throw new Error(`build: two bundles emit the chunk ${chunk}`);
    copyFileSync(join(out, chunk), join(STAGE, chunk));
  }
  rmSync(out, { recursive: true, force: true });
}

// Build beside dist/ and swap it in at the end, so a test running the bundle meanwhile (or a
// second build) never sees a half-written or missing dist/.
const STAGE = `dist.building-${process.pid}`;
rmSync(STAGE, { recursive: true, force: true });
ncc('src/action.ts', STAGE); // also writes package.json ({"type": "module"})
nccInto('src/cli.ts', 'cli');
nccInto('src/telemetry/sources/collect-worker.ts', 'collect-worker');
rmSync('dist', { recursive: true, force: true });
renameSync(STAGE, 'dist');
