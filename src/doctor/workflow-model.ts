/**
 * The workflows of a repository as `doctor` needs them: which steps run phasegate, with what
 * command and inputs, in which job, under which permissions and concurrency group. Read with
 * the `yaml` package; anything unexpected is kept as "unknown" rather than guessed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Level = 'none' | 'read' | 'write';
/** A `permissions:` block: scope → level; `undefined`: none given (the repository's default). */
export type Permissions = Record<string, Level | 'unknown'> | undefined;

export interface Step {
  uses?: string;
  with: Record<string, string>;
  /** 0-based position in its job. */
  index: number;
}

export interface Job {
  id: string;
  /** The job's permissions, or the workflow's when the job has none. */
  permissions: Permissions;
  concurrency?: Concurrency;
  steps: Step[];
}

export interface Concurrency {
  group: string;
  cancelInProgress: string | undefined;
}

export interface Workflow {
  /** Repository-relative path. */
  file: string;
  /** Set when the file is not a readable workflow; nothing else is then. */
  error?: string;
  on: Record<string, unknown>;
  concurrency?: Concurrency;
  jobs: Job[];
}

/** A phasegate step: its workflow, job and command (`evaluate` when the input is absent). */
export interface PhasegateStep {
  workflow: Workflow;
  job: Job;
  step: Step;
  command: string;
}

export const WORKFLOWS = '.github/workflows';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function loadWorkflows(root: string): Workflow[] {
  let names: string[];
  try {
    names = readdirSync(join(root, WORKFLOWS)).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    return [];
  }
  return names.sort().map((name) => readWorkflow(root, `${WORKFLOWS}/${name}`));
}

export function readWorkflow(root: string, file: string): Workflow {
  const empty = { file, on: {}, jobs: [] };
  let doc: unknown;
  try {
    doc = parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    return { ...empty, error: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  if (!isObj(doc) || !isObj(doc.jobs)) return { ...empty, error: 'no jobs: a workflow needs a `jobs:` map' };
  const on = isObj(doc.on) ? doc.on : typeof doc.on === 'string' ? { [doc.on]: null } : {};
  const workflowPermissions = permissionsOf(doc.permissions);
  const jobs = Object.entries(doc.jobs).map(([id, raw]): Job => {
    const job = isObj(raw) ? raw : {};
    const steps = Array.isArray(job.steps) ? job.steps : [];
    return {
      id,
      permissions: 'permissions' in job ? permissionsOf(job.permissions) : workflowPermissions,
      concurrency: concurrencyOf(job.concurrency),
      steps: steps.map((s, index) => {
        const step = isObj(s) ? s : {};
        const inputs = isObj(step.with) ? step.with : {};
        return {
          uses: str(step.uses),
          with: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, str(v) ?? ''])),
          index,
        };
      }),
    };
  });
  return { file, on, concurrency: concurrencyOf(doc.concurrency), jobs };
}

function permissionsOf(v: unknown): Permissions {
  if (v === undefined || v === null) return undefined;
  if (v === 'read-all' || v === 'write-all') return { '*': v === 'read-all' ? 'read' : 'write' };
  if (!isObj(v)) return { '*': 'unknown' };
  return Object.fromEntries(
    Object.entries(v).map(([k, level]) => [
      k,
      level === 'read' || level === 'write' || level === 'none' ? level : 'unknown',
    ]),
  );
}

function concurrencyOf(v: unknown): Concurrency | undefined {
  if (typeof v === 'string') return { group: v, cancelInProgress: undefined };
  if (!isObj(v) || v.group === undefined) return undefined;
  return { group: String(v.group), cancelInProgress: str(v['cancel-in-progress']) };
}

/** `owner/phasegate@ref` (or a path in it), and `./` with a `command:` input. */
const PHASEGATE_USES = /^[A-Za-z0-9_.-]+\/phasegate(?:\/[^@]*)?@\S+$/;
export const LOCAL_USES = /^\.\/?$/;

export function phasegateSteps(workflows: readonly Workflow[]): PhasegateStep[] {
  return workflows.flatMap((workflow) =>
    workflow.jobs.flatMap((job) =>
      job.steps
        .filter(
          (s) => s.uses && (PHASEGATE_USES.test(s.uses) || (LOCAL_USES.test(s.uses) && 'command' in s.with)),
        )
        .map((step) => ({ workflow, job, step, command: step.with.command || 'evaluate' })),
    ),
  );
}

/** The plain text of an input, or for `${{ … || 'text' }}` its last quoted fallback. */
export function literalOf(value: string): { text?: string; expression: boolean } {
  if (!value.includes('${{')) return { text: value, expression: false };
  const m = /'((?:[^']|'')*)'\s*\}\}\s*$/.exec(value);
  return { text: m?.[1]?.replace(/''/g, "'"), expression: true };
}
