// Bundles the entry points with ncc into dist/: the Action (dist/index.js, what action.yml runs),
// the CLI (dist/cli.js, the package's `phasegate` bin) and the collect worker
// (dist/collect-worker.js), which both bundles find beside themselves to parse large telemetry
// files on several threads, and date-holidays (dist/holidays.cjs), which both bundles require
// from beside themselves only when a business-day count needs a country's public holidays: every
// country's rules and moment-timezone's data would otherwise be read on every cold start
// (src/holidays/date-holidays.ts). dist/ is committed; CI rebuilds and fails on a difference.
// The three bundles build at once (ncc is mostly one core each), and dist/built-from.txt records
// what they were built from, so tests rebuild only when the sources changed.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUILT_FROM, sourceHash } from './source-hash.mjs';

const run = promisify(execFile);

async function ncc(entry, out) {
  const { stderr } = await run('npx', [
    'ncc',
    'build',
    entry,
    '-o',
    out,
    '--no-source-map-register',
    '--license',
    'licenses.txt',
    '-q',
  ]);
  if (stderr.trim()) process.stderr.write(stderr);
}

/** ncc writes <out>/index.js; copy a single-file bundle (and its licenses) into dist/ as `name`. */
function copyInto(out, name) {
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
mkdirSync(STAGE);
const cli = mkdtempSync(join(tmpdir(), 'phasegate-build-'));
const worker = mkdtempSync(join(tmpdir(), 'phasegate-build-'));
const holidays = mkdtempSync(join(tmpdir(), 'phasegate-build-'));
await Promise.all([
  ncc('src/action.ts', STAGE), // also writes package.json ({"type": "module"})
  ncc('src/cli.ts', cli),
  ncc('src/telemetry/sources/collect-worker.ts', worker),
  // The package's CommonJS entry: ncc writes index.cjs, which stays CommonJS beside the ESM bundles.
  ncc(createRequire(import.meta.url).resolve('date-holidays'), holidays),
]);
copyInto(cli, 'cli');
copyInto(worker, 'collect-worker');
copyFileSync(join(holidays, 'index.cjs'), join(STAGE, 'holidays.cjs'));
copyFileSync(join(holidays, 'licenses.txt'), join(STAGE, 'holidays.licenses.txt'));
rmSync(holidays, { recursive: true, force: true });
writeFileSync(join(STAGE, BUILT_FROM), `${sourceHash('.')}\n`);
rmSync('dist', { recursive: true, force: true });
renameSync(STAGE, 'dist');
