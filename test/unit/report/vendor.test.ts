/**
 * The inlined charting library: vendor.generated.ts must equal what `npm run generate` writes
 * from the installed uplot package, and src/report must stay pure (no fs, no clock), so the
 * report works from the ncc bundles with no file beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVendorSources, VENDOR_MODULE } from '../../../scripts/vendor-report.js';
import { VENDOR } from '../../../src/report/vendor.generated.js';
import { assertInlineSafe, vendorModuleText } from '../../../src/report/vendor.js';
import { REPO_ROOT } from '../../support/policy.js';

describe('the vendored charting library', () => {
  it(`${VENDOR_MODULE} is up to date with node_modules/uplot (npm run generate)`, () => {
    const expected = vendorModuleText(readVendorSources());
    expect(readFileSync(join(REPO_ROOT, VENDOR_MODULE), 'utf8') === expected).toBe(true);
  });

  it('is uPlot, with its licence', () => {
    expect(VENDOR.name).toBe('uPlot');
    expect(VENDOR.js).toContain('uPlot');
    expect(VENDOR.license).toMatch(/MIT License[\s\S]*Leon Sorokin/);
    expect(VENDOR.css).toContain('.uplot');
  });

  it('refuses library text that would break out of its inline element', () => {
    expect(() => assertInlineSafe('x', 'var a = "</script>";')).toThrow(/x contains "<\/script" at offset 9/);
    expect(() => assertInlineSafe('x', 'a { } <!-- b')).toThrow(/<!--/);
    expect(() => assertInlineSafe('x', '</STYLE>')).toThrow(/<\/STYLE/);
    expect(() => assertInlineSafe('x', 'if (a < b) c = d > e;')).not.toThrow();
  });
});

describe('src/report', () => {
  const dir = join(REPO_ROOT, 'src', 'report');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('imports no I/O module and reads no clock or environment', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const offenders: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^;]*?from '([^']+)';/gm)) {
        if (m[1]!.startsWith('node:') || /\/(sources|worktree|commands|cli|action)\//.test(m[1]!))
          offenders.push(`${f} imports ${m[1]}`);
      }
      // The vendored library and the page script run in the browser, not here.
      if (f === 'vendor.generated.ts' || f === 'client.ts') continue;
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const re of [/Date\.now\(/, /new Date\(\)/, /process\.env/]) {
        if (re.test(code)) offenders.push(`${f}: ${re.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
