/**
 * What `phasegate init` writes, as data: the policy folder (generic, or the reference example),
 * the four workflows rewritten for the repository, and the CODEOWNERS line for the policy folder.
 * The policy is compiled before anything is written, so a scaffold that would not validate (a
 * time zone or holiday country that does not exist, a login that is not one) is refused whole.
 * Pure.
 */
import { compilePolicy } from '../policy/compile.js';
import { type Policy, phaseIds } from '../policy/model.js';
import { WORKFLOW_FILES, WORKFLOWS_DIR } from './embedded.js';
import { examplePolicy } from './example.js';
import { genericPolicy, type PolicySettings } from './generic.js';
import { scaffoldWorkflow } from './workflows.js';

export interface InitSettings {
  /** The policy folder, repository-relative, without `./` or a trailing `/`. */
  config: string;
  /** The folder the workflows pass as `config:` (default `config`; `phases` for `phases/<rollout>/`). */
  workflowConfig?: string;
  /** Copy the reference rollout instead of the generic policy. */
  example?: 'autosave';
  /** The generic policy's names (ignored with `example`). */
  policy: Omit<PolicySettings, 'config' | 'now' | 'schemaBase'>;
  actionRef: string;
  events: string;
  branch: string;
  /** CODEOWNERS owners of the policy folder; empty: the approvers, else the reviewers. */
  owners: readonly string[];
  version: string;
  now: number;
}

export interface Scaffold {
  /** Repository-relative path → text, in the order they are written and listed. */
  files: [string, string][];
  policy: Policy;
  /** The CODEOWNERS line for the policy folder; no owners: it holds a placeholder. */
  codeowners: { line: string; owners: string[] };
}

export function scaffold(s: InitSettings): Scaffold {
  const schemaBase = schemaBaseOf(s.actionRef);
  const inFolder = s.example
    ? examplePolicy({ config: s.config, now: s.now, schemaBase })
    : genericPolicy({ ...s.policy, config: s.config, now: s.now, schemaBase });
  const yaml = Object.fromEntries(Object.entries(inFolder).filter(([name]) => /^[^/]+\.ya?ml$/.test(name)));
  const policy = compilePolicy({ dir: s.config, files: yaml });
  const workflows = WORKFLOW_FILES.map((file): [string, string] => [
    `${WORKFLOWS_DIR}/${file}`,
    scaffoldWorkflow(file, {
      actionRef: s.actionRef,
      config: s.workflowConfig ?? s.config,
      events: s.events,
      branch: s.branch,
      phases: phaseIds(policy),
      version: s.version,
    }),
  ]);
  const files: [string, string][] = [
    ...Object.entries(inFolder).map(([name, text]): [string, string] => [`${s.config}/${name}`, text]),
    ...workflows,
  ];
  return { files, policy, codeowners: codeownersEntry(s.config, ownersOf(s, policy)) };
}

function ownersOf(s: InitSettings, policy: Policy): string[] {
  if (s.owners.length) return [...s.owners];
  const approvers = policy.github.approvers.advance.filter((a) => a !== 'codeowners');
  return approvers.length ? approvers : [...policy.github.reviewers];
}

export function codeownersEntry(config: string, owners: readonly string[]): Scaffold['codeowners'] {
  const names = owners.length ? owners.map((o) => `@${o.replace(/^@/, '')}`) : ['@your-org/analysts'];
  return { line: `/${config}/ ${names.join(' ')}`, owners: owners.map((o) => o.replace(/^@/, '')) };
}

const ACTION_REF = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@]*)?@(\S+)$/;

/** The JSON Schemas of the release `uses:` names, for the files' editor modeline. */
export function schemaBaseOf(actionRef: string): string | undefined {
  const m = ACTION_REF.exec(actionRef);
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}/schema` : undefined;
}

/** docs/setup.md of the release `uses:` names (of phasegate/phasegate@v1 for any other ref). */
export function setupDocOf(actionRef: string): string {
  const m = ACTION_REF.exec(actionRef) ?? ACTION_REF.exec('phasegate/phasegate@v1')!;
  return `https://github.com/${m[1]}/${m[2]}/blob/${m[3]}/docs/setup.md`;
}
