/**
 * This repository's workflows, rewritten for a user's repository: phasegate from its release
 * (`uses: ./` runs the bundle of the commit under test here, and would run the user's own code
 * there), the policy folder passed to every step, the events glob, the default branch, and the
 * policy's phases as rollback targets. Text edits, not a YAML round trip, so every comment and
 * the layout survive; an edit that finds nothing to change throws, so a reworded workflow fails
 * the tests instead of shipping half-rewritten. Pure.
 */
import { embeddedFile, WORKFLOWS_DIR, type WorkflowFile } from './embedded.js';
import { yamlScalar } from './yaml-text.js';

export interface WorkflowSettings {
  /** What `uses:` names, e.g. phasegate/phasegate@v1. */
  actionRef: string;
  /** The policy folder, repository-relative. */
  config: string;
  /** Glob of the telemetry event files, repository-relative. */
  events: string;
  /** The default branch, where a merged phase change is applied. */
  branch: string;
  /** The policy's phase ids, in order. */
  phases: readonly string[];
  /** phasegate's version, named in the header. */
  version: string;
}

export function scaffoldWorkflow(file: WorkflowFile, s: WorkflowSettings): string {
  const name = `${WORKFLOWS_DIR}/${file}`;
  let text = embeddedFile(name);
  const edit = (what: string, pattern: RegExp, replace: (...m: string[]) => string) => {
    if (!pattern.test(text)) throw new Error(`${name}: found no ${what} to rewrite (src/init/workflows.ts)`);
    text = text.replace(pattern, replace);
  };
  edit('header', /^((?:#.*\n)*)/, (header) => rewriteHeader(header, s.version));
  edit('`uses: ./`', /^(\s*(?:-\s+)?uses:\s*)\.\/?\s*$/gm, (_, lead) => `${lead}${s.actionRef}`);
  edit('`command:` input', /^(\s+)(command: .*)$/gm, (_, indent, line) => {
    return `${indent}${line}\n${indent}config: ${yamlScalar(s.config)}`;
  });
  if (file === 'rollout.yml') {
    edit('events default', /(events: \$\{\{ vars\.PHASEGATE_EVENTS \|\| )'[^']*'( \}\})/, (_, a, b) => {
      return `${a}'${s.events.replace(/'/g, "''")}'${b}`;
    });
  }
  if (file === 'apply.yml') {
    edit('push branches', /^(\s+branches: )\[[^\]]*\]/m, (_, lead) => `${lead}[${yamlScalar(s.branch)}]`);
    edit('push paths', /^(\s+paths: )\[[^\]]*\]/m, (_, lead) => {
      return `${lead}[${yamlScalar(`${s.config}/current.yaml`)}, ${yamlScalar(`${s.config}/*/current.yaml`)}]`;
    });
  }
  if (file === 'rollback.yml') {
    edit('phase options', /^(\s+options: )\[[^\]]*\]/m, (_, lead) => {
      return `${lead}[${s.phases.map(yamlScalar).join(', ')}]`;
    });
  }
  return text;
}

/**
 * The header comment without its note to users ("In your repository use `uses: …@v1` where this
 * file says `uses: ./`", up to the end of that sentence), which init has done, plus a line
 * saying where the file came from.
 */
function rewriteHeader(header: string, version: string): string {
  const lines = header.split('\n');
  const from = lines.findIndex((l) => /^#\s*In your repository use/.test(l));
  if (from >= 0) {
    let to = from;
    while (to < lines.length - 1 && !/\.\s*$/.test(lines[to]!) && lines[to + 1]!.startsWith('#')) to++;
    lines.splice(from, to - from + 1);
  }
  // The pinning note names this repository's linter, which theirs does not have.
  for (let i = 0; i < lines.length; i++)
    lines[i] = lines[i]!.replace(/; scripts\/lint-workflows\.mjs fails on an unpinned one\./, '.');
  const last = lines.length - 1; // the empty string after the header's final newline
  lines.splice(
    last,
    0,
    `# Written by \`phasegate init\` (phasegate ${version}); \`npx phasegate doctor\` checks it against the policy.`,
  );
  return lines.join('\n');
}
