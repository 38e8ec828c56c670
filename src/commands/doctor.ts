/**
 * `phasegate doctor`: checks a repository's phasegate setup offline, one line per check (ok, or
 * the problem and its fix): the policy validates; the workflows run every command, read the
 * policy folder and the same window records, may do what their steps do and share one
 * concurrency group; the QA checklist and CODEOWNERS are there; the events glob matches files
 * whose events the SLIs can read. A problem makes the exit code 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type Check, formatCheck, ok, problem, skip } from '../doctor/check.js';
import { eventChecks } from '../doctor/events.js';
import { checklistCheck, codeownersCheck } from '../doctor/files.js';
import { workflowChecks } from '../doctor/workflow-checks.js';
import {
  LOCAL_USES,
  literalOf,
  loadWorkflows,
  type PhasegateStep,
  phasegateSteps,
} from '../doctor/workflow-model.js';
import { codeownersEntry, setupDocOf } from '../init/scaffold.js';
import { type Policy, phaseIds } from '../policy/model.js';
import { loadPolicyDir } from '../worktree/policy-dir.js';
import { findRollouts, type Layout, type RolloutFolder } from '../worktree/rollouts.js';
import { repoFolder } from './repo-folder.js';
import { validateCommand } from './validate.js';

export interface DoctorCommandOptions {
  /** The repository's root (default: the working directory). */
  repo?: string;
  /** The policy folder (default: the one the workflows pass, else phases). */
  config?: string;
  /** The events glob (default: the one the collect step passes). */
  events?: string;
}

export interface DoctorResult {
  text: string;
  checks: Check[];
  problems: number;
}

export async function doctorCommand(o: DoctorCommandOptions): Promise<DoctorResult> {
  const root = resolve(o.repo ?? '.');
  const workflows = loadWorkflows(root);
  const steps = phasegateSteps(workflows);
  const config = o.config === undefined ? configOf(steps) : repoFolder(o.config, '--config');
  const released = steps.find((s) => !LOCAL_USES.test(s.step.uses ?? ''))?.step.uses;
  const doc = setupDocOf(released ?? 'phasegate/phasegate@v1');
  const checks: Check[] = [];
  let layout: Layout;
  try {
    layout = findRollouts(root, config, '');
  } catch (e) {
    // A folder of rollouts that is wrong: a rollout.yaml naming another rollout than its folder,
    // or no rollout.yaml anywhere. (No folder at all is the single layout's: its check says so.)
    layout = { kind: 'multi', rollouts: [] };
    checks.push(
      problem(
        'policy',
        `${(e as Error).message}.`,
        `run \`npx phasegate validate --config ${config}\` and fix what it names.`,
      ),
    );
  }
  // One set of checks per rollout, each named by its rollout when there are many: whether the
  // policy loads first, what needs it after the workflows.
  const policies: Policy[] = [];
  const later: Check[] = [];
  const named = (c: Check, r: RolloutFolder) =>
    layout.kind === 'multi' ? { ...c, subject: `${c.subject} ${r.name}` } : c;
  for (const r of layout.rollouts) {
    const own = await rolloutChecks(root, r.config, { o, steps, doc });
    if (own.policy) policies.push(own.policy);
    checks.push(named(own.checks[0]!, r));
    later.push(...own.checks.slice(1).map((c) => named(c, r)));
  }
  const phases = policies.length === layout.rollouts.length ? policies.flatMap((p) => phaseIds(p)) : [];
  checks.push(
    ...workflowChecks(workflows, steps, {
      config,
      currents: layout.rollouts.map((r) => `${r.config}/current.yaml`),
      phases: phases.length ? [...new Set(phases)] : undefined,
      isPhasegate: isPhasegateRepo(root),
      doc,
    }),
    ...later,
  );
  const problems = checks.filter((c) => c.status === 'problem').length;
  const verdict = problems
    ? `${problems} problem(s)`
    : `all ${checks.filter((c) => c.status === 'ok').length} checks ok`;
  const text = `phasegate doctor: ${root}\n${checks.map(formatCheck).join('\n')}\n${verdict}\n`;
  return { text, checks, problems };
}

/** The checks of one rollout's policy folder: it validates; its checklist, CODEOWNERS and events. */
async function rolloutChecks(
  root: string,
  config: string,
  c: { o: DoctorCommandOptions; steps: readonly PhasegateStep[]; doc: string },
): Promise<{ checks: Check[]; policy?: Policy }> {
  const checks: Check[] = [];
  let policy: Policy | undefined;
  try {
    const summary = validateCommand({ config: join(root, config), root })
      .trim()
      .replace(/^ok: /, '');
    policy = loadPolicyDir(join(root, config), config).policy;
    checks.push(ok('policy', `${config}: ${summary}.`));
  } catch (e) {
    const message = (e as Error).message.replaceAll(`${root}/`, '').replace(/\n\s*/g, '; ');
    checks.push(
      problem(
        'policy',
        `${config}: ${message}`,
        `run \`npx phasegate validate --config ${config}\` and fix what it names.`,
      ),
    );
  }
  if (policy) {
    const approvers = policy.github.approvers.advance.filter((a) => a !== 'codeowners');
    const line = codeownersEntry(config, approvers.length ? approvers : policy.github.reviewers).line;
    checks.push(checklistCheck(root, policy, config), codeownersCheck(root, policy, config, line));
    const { doc, o, steps } = c;
    checks.push(...(await eventChecks({ root, policy, ...eventsGlob(o, steps), doc, config })));
  } else {
    for (const subject of ['checklist', 'CODEOWNERS', 'events'])
      checks.push(skip(subject, 'not checked: the policy does not load.'));
  }
  return { checks, policy };
}

/** The policy folder the workflows pass, when they agree; else phases. */
function configOf(steps: readonly PhasegateStep[]): string {
  const given = new Set(
    steps.map((s) => (s.step.with.config || 'phases').replace(/^\.\//, '').replace(/\/+$/, '')),
  );
  return given.size === 1 ? [...given][0]! : 'phases';
}

function eventsGlob(
  o: DoctorCommandOptions,
  steps: readonly PhasegateStep[],
): { glob?: string; from: string } {
  if (o.events !== undefined) return { glob: o.events, from: '--events' };
  const collect = steps.find((s) => s.command === 'collect');
  if (!collect) return { from: 'no workflow runs collect' };
  const file = collect.workflow.file.replace(/^\.github\/workflows\//, '');
  const value = collect.step.with.events;
  if (!value) return { from: `${file}'s collect step has no events: input` };
  const { text, expression } = literalOf(value);
  if (text === undefined) return { from: `${file} gives events as an expression with no default` };
  return {
    glob: text,
    from: expression ? `${file}'s default; a repository variable may override it` : `${file}'s events input`,
  };
}

function isPhasegateRepo(root: string): boolean {
  const file = join(root, 'action.yml');
  if (!existsSync(file)) return false;
  try {
    return (parse(readFileSync(file, 'utf8')) as { name?: unknown } | null)?.name === 'phasegate';
  } catch {
    return false;
  }
}
