/**
 * Workflow files read with GitHub's own parser (@actions/workflow-parser: `parseWorkflow`, then
 * `convertWorkflowTemplate`), from a folder or from the emulator's repository at a ref. A file
 * GitHub would refuse fails here, loudly, with its name. The converted template drops `with:` and
 * `permissions:`; they are read from the parsed document (`root`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  isMapping,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export const WORKFLOWS_DIR = '.github/workflows';

export interface Workflow {
  /** Path in the repository, e.g. `.github/workflows/rollout.yml`. */
  file: string;
  /** `name:`, else the file's path (what `github.workflow` holds then). */
  name: string;
  template: WorkflowTemplate;
  /** The parsed document. */
  root: MappingToken;
}

/** Parses one workflow file; throws with the file's name and GitHub's messages on errors. */
export async function parseWorkflowFile(file: string, content: string): Promise<Workflow> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((e) => e.message);
  if (problems.length || !parsed.value) throw new Error(`${file}: invalid workflow\n${problems.join('\n')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const errors = [...(template.errors ?? []).map((e) => e.Message), ...parsed.context.errors.getErrors()];
  if (errors.length) throw new Error(`${file}: invalid workflow\n${errors.join('\n')}`);
  if (!isMapping(parsed.value)) throw new Error(`${file}: a workflow is a mapping`);
  const name = child(parsed.value, 'name');
  return { file, name: name && isString(name) ? name.value : file, template, root: parsed.value };
}

const isWorkflowFile = (name: string) => /\.ya?ml$/.test(name);

/** Every `.github/workflows/*.yml` (and `.yaml`) of a checkout, by file name. */
export async function loadWorkflows(repoDir: string): Promise<Workflow[]> {
  const dir = join(repoDir, WORKFLOWS_DIR);
  const names = readdirSync(dir).filter(isWorkflowFile).sort();
  return Promise.all(
    names.map((n) => parseWorkflowFile(`${WORKFLOWS_DIR}/${n}`, readFileSync(join(dir, n), 'utf8'))),
  );
}

/** What `loadWorkflowsAt` needs of the emulator. */
export interface RepoReader {
  readFile(ref: string, path: string): Promise<string | null>;
  gitText(args: string[]): Promise<string>;
}

/** The workflows of the emulator's repository at a branch, ref or sha. */
export async function loadWorkflowsAt(gh: RepoReader, ref: string): Promise<Workflow[]> {
  const listing = await gh.gitText(['ls-tree', '--name-only', ref, '--', `${WORKFLOWS_DIR}/`]);
  const files = listing
    .split('\n')
    .filter((f) => f.startsWith(`${WORKFLOWS_DIR}/`) && isWorkflowFile(f))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await gh.readFile(ref, f);
      if (text === null) throw new Error(`${f}: listed at ${ref} but not readable`);
      return parseWorkflowFile(f, text);
    }),
  );
}

/** A mapping's value by key. */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (const pair of token) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}
