// Writes src/report/vendor.generated.ts: uPlot's minified JS, CSS and licence as strings, so the
// HTML report can inline them (no network) and the ncc bundles carry them (no node_modules).
// Run by `npm run generate`; test/unit/report/vendor.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type VendorSources, vendorModuleText } from '../src/report/vendor.js';

export const VENDOR_MODULE = 'src/report/vendor.generated.ts';

export function readVendorSources(): VendorSources {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('uplot/package.json'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  return {
    name: 'uPlot',
    version: pkg.version,
    license: read('LICENSE').trim(),
    js: read('dist/uPlot.iife.min.js').trim(),
    css: read('dist/uPlot.min.css').trim(),
  };
}

/** Writes the module under `root` and returns its repository-relative path. */
export function writeVendorModule(root = process.cwd()): string {
  const path = join(root, VENDOR_MODULE);
  writeFileSync(path, vendorModuleText(readVendorSources()));
  return VENDOR_MODULE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`wrote ${writeVendorModule()}`);
}
