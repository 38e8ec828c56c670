/**
 * The house rules of DESIGN.md, held by a test:
 * - the domain core (policy, telemetry without its sources, judge, rollout, render, the planner,
 *   simulate) does no I/O and reads no clock, counting everything it imports, so it needs no
 *   mocks and gives the same answer in the Action, the CLI, simulate and the demo;
 * - ports are interfaces only; no import cycles; nothing in src/ imports test/; commands do not
 *   import the CLI; product code imports only the packages the bundles are built from;
 * - no source file over 400 lines, no function over 80 without a reason ("Long on purpose: …").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/policy.js';

const SRC = join(REPO_ROOT, 'src');
const CORE = ['policy', 'telemetry', 'judge', 'rollout', 'render', 'plan', 'simulate'];
const NOT_CORE = ['telemetry/sources'];
const PURE_NODE_MODULES = new Set(['node:buffer']);
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourcesIn(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const rel = (file: string) => relative(REPO_ROOT, file);
const files = sourcesIn(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Every module a file imports or re-exports (type-only and dynamic too): relative ones resolved to files. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const local: string[] = [];
  const packages: string[] = [];
  const add = (spec: string) => {
    if (spec.startsWith('.')) local.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    else packages.push(spec);
  };
  const sf = ts.createSourceFile(file, text.get(file)!, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      add((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { local, packages };
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));

function isCore(file: string): boolean {
  const r = relative(SRC, file);
  return CORE.some((d) => r.startsWith(`${d}/`)) && !NOT_CORE.some((d) => r.startsWith(`${d}/`));
}

/** The files a file reaches through its imports, itself included. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !graph.has(file)) return seen;
  seen.add(file);
  for (const next of graph.get(file)!.local) reach(next, seen);
  return seen;
}

describe('the domain core', () => {
  const core = files.filter(isCore);

  it('is where we think it is', () => {
    expect(core.length).toBeGreaterThan(60);
  });

  it('does no I/O: neither it nor anything it imports loads an I/O module or an outside package with I/O', () => {
    const offenders = new Set<string>();
    for (const file of core) {
      for (const reached of reach(file)) {
        for (const spec of graph.get(reached)!.packages) {
          const io = spec.startsWith('node:')
            ? !PURE_NODE_MODULES.has(spec)
            : /^@(actions|octokit)\//.test(spec);
          if (io) offenders.add(`${rel(file)} reaches ${rel(reached)}, which imports ${spec}`);
        }
      }
    }
    expect([...offenders]).toEqual([]);
  });

  it('reads no clock and no environment', () => {
    const offenders: string[] = [];
    const reached = new Set(core.flatMap((f) => [...reach(f)]));
    for (const file of reached) {
      const code = text.get(file)!.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const pattern of [/Date\.now\(/, /new Date\(\)/, /performance\.now\(/, /process\.env/]) {
        if (pattern.test(code)) offenders.push(`${rel(file)}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the layers', () => {
  it('ports are interfaces: types only, no code', () => {
    const offenders: string[] = [];
    for (const file of files.filter((f) => relative(SRC, f).startsWith('ports/'))) {
      const sf = ts.createSourceFile(file, text.get(file)!, ts.ScriptTarget.Latest, true);
      for (const s of sf.statements) {
        const typeOnly =
          ts.isInterfaceDeclaration(s) ||
          ts.isTypeAliasDeclaration(s) ||
          (ts.isImportDeclaration(s) && s.importClause?.isTypeOnly) ||
          (ts.isExportDeclaration(s) && s.isTypeOnly);
        if (!typeOnly)
          offenders.push(`${rel(file)}:${sf.getLineAndCharacterOfPosition(s.getStart()).line + 1}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    // Tarjan's strongly connected components over src/'s imports, type-only ones included.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string): void => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)!.local.filter((x) => graph.has(x))) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) !== idx.get(v)) return;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    };
    for (const f of files) if (!idx.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('nothing in src/ imports test/ (or anything else outside src/ but the package manifest)', () => {
    const manifest = join(REPO_ROOT, 'package.json');
    const outside = files.flatMap((f) =>
      graph
        .get(f)!
        .local.filter((target) => relative(SRC, target).startsWith('..') && target !== manifest)
        .map((target) => `${rel(f)} imports ${rel(target)}`),
    );
    expect(outside).toEqual([]);
  });

  it('commands do not import the CLI', () => {
    const offenders = files
      .filter((f) => relative(SRC, f).startsWith('commands/'))
      .flatMap((f) =>
        graph
          .get(f)!
          .local.filter((t) => relative(SRC, t).startsWith('cli/'))
          .map((t) => `${rel(f)} → ${rel(t)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('product code imports only the packages the bundles are built from, and the package needs none', () => {
    // dist/ bundles every package product code imports (ncc), so the published package has no
    // runtime dependencies and `npx phasegate` installs nothing else. Which packages may go into
    // the bundles is this list: adding one is a decision, as adding a dependency was.
    const BUNDLED = [
      '@actions/core',
      '@actions/github',
      '@datadog/sketches-js',
      'commander',
      'date-holidays',
      'standardwebhooks',
      'tinyglobby',
      'yaml',
      'zod',
    ];
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const name of BUNDLED) expect(pkg.devDependencies, name).toHaveProperty([name]);
    const builtins = new Set(builtinModules);
    const offenders = new Set<string>();
    for (const file of files) {
      for (const spec of graph.get(file)!.packages) {
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!BUNDLED.includes(name)) offenders.add(`${rel(file)} imports ${spec}`);
      }
    }
    expect([...offenders]).toEqual([]);
  });
});

describe('size', () => {
  it(`no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((f) => [rel(f), text.get(f)!.split('\n').length] as const)
      .filter(([, n]) => n > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`no function over ${MAX_FUNCTION_LINES} lines without a reason ("Long on purpose:" just above it)`, () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = text.get(file)!;
      const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
      const lines = source.split('\n');
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const first = sf.getLineAndCharacterOfPosition(node.getStart()).line;
          const last = sf.getLineAndCharacterOfPosition(node.end).line;
          const above = lines.slice(Math.max(0, first - 3), first).join('\n');
          if (last - first + 1 > MAX_FUNCTION_LINES && !/Long on purpose: \S/.test(above)) {
            offenders.push(`${rel(file)}:${first + 1} (${last - first + 1} lines)`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(offenders).toEqual([]);
  });
});
