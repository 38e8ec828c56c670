// Bundles the entry points with ncc into dist/: the Action (dist/index.js, what action.yml runs)
// and the CLI (dist/cli/index.js, the package's `phasegate` bin). Each gets a copy of the collect
// worker beside it (collect-worker.js), which the bundle finds relative to itself to parse large
// telemetry files on several threads. dist/ is committed; CI rebuilds and fails on a difference.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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

rmSync('dist', { recursive: true, force: true });
ncc('src/action.ts', 'dist');
ncc('src/cli.ts', 'dist/cli');
const worker = mkdtempSync(join(tmpdir(), 'phasegate-worker-'));
ncc('src/telemetry/sources/collect-worker.ts', worker);
for (const dir of ['dist', 'dist/cli'])
  copyFileSync(join(worker, 'index.js'), join(dir, 'collect-worker.js'));
rmSync(worker, { recursive: true, force: true });
