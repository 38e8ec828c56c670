// Bundles the entry points with ncc into dist/: the Action (dist/index.js, what action.yml runs),
// the CLI (dist/cli.js, the package's `phasegate` bin) and the collect worker
// (dist/collect-worker.js), which both bundles find beside themselves to parse large telemetry
// files on several threads, and date-holidays (dist/holidays.cjs), which both bundles require
// from beside themselves only when a business-day count needs a country's public holidays: every
// country's rules and moment-timezone's data would otherwise be read on every cold start
// (src/holidays/date-holidays.ts). dist/ is committed; CI rebuilds and fails on a difference.
// The three bundles build at once (ncc is mostly one core each), and dist/built-from.txt records
// what they were built from, so tests rebuild only when the sources changed.
// Modules the entries import lazily (each command's, in the Action and the CLI) become chunks the
// bundle imports from its own folder when the command runs: the Action's are dist/NNN.index.js,
// the CLI's dist/NNN.cli.js, so the two bundles' chunks never share a name.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
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

/**
 * ncc writes <out>/index.js and a chunk NNN.index.js per group of lazily imported modules, which
 * the bundle imports from its own folder. Copy the bundle (and its licenses) into dist/ as
 * `name`.js, its chunks as NNN.`name`.js: webpack's runtime names a chunk in one function, which
 * is rewritten to match.
 */
function copyInto(out, name) {
  copyFileSync(join(out, 'index.js'), join(STAGE, `${name}.js`));
  copyFileSync(join(out, 'licenses.txt'), join(STAGE, `${name}.licenses.txt`));
  const chunks = readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f));
  if (chunks.length) {
    const naming = 'return "" + chunkId + ".index.js";';
    const bundle = readFileSync(join(out, 'index.js'), 'utf8');
    if (bundle.split(naming).length !== 2)
      throw new Error(`build: ${name}: ncc's chunk naming (${naming}) not found once; update copyInto`);
    // Written over the copy, which keeps the copy's mode (dist/cli.js is executable).
    writeFileSync(join(STAGE, `${name}.js`), bundle.replace(naming, `return "" + chunkId + ".${name}.js";`));
  }
  for (const chunk of chunks) {
    const renamed = chunk.replace(/\.index\.js$/, `.${name}.js`);
    if (existsSync(join(STAGE, renamed))) throw new Error(`build: two bundles emit the chunk ${renamed}`);
    copyFileSync(join(out, chunk), join(STAGE, renamed));
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
