/**
 * One job of a started workflow, step by step, as a runner would: `if:` with the status
 * functions, `env:` and `with:` evaluated with the contexts GitHub allows there
 * (contexts.md, "Context availability"), and the steps' `uses:` carried out:
 * - `./`, phasegate's own action: the caller's `ActionStep` (in-process or the bundle);
 * - `actions/checkout`: a real clone of the emulator's repository at `with.ref`, else the event's
 *   (a pull request's `refs/pull/N/merge`, GITHUB_SHA otherwise), into `with.path`, leaving out
 *   what `with.sparse-checkout` leaves out (sparse.ts);
 * - `actions/create-github-app-token`: the App token the runner was given, scoped down to the
 *   `permission-*` inputs when there are any (app-token.ts; outputs `token`, `app-slug`); none
 *   given: the step fails;
 * - `actions/upload-artifact`: recorded on the run;
 * - anything else, and `run:` steps without a `run` hook: the step fails, loudly.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { isSequence } from '@actions/workflow-parser';
import type { Job, Step } from '@actions/workflow-parser/model/workflow-template';
import type { ActionEvent } from '../../../src/emulator/index.js';
import { sparseCheckout } from '../sparse.js';
import { type AppTokenIssuer, appToken } from './app-token.js';
import type { JobPermissions } from './contexts.js';
import { type Contexts, condition, type Status, stringMap } from './expressions.js';
import { child, type Workflow } from './load.js';

/** What phasegate's action step is given: the job's checkout, its `with:` and the event. */
export interface ActionStepCall {
  /** The job's workspace (GITHUB_WORKSPACE), checked out by the workflow's checkout steps. */
  workspace: string;
  /** `with:`, evaluated; keys the workflow does not set are absent (action.yml's defaults apply). */
  inputs: Record<string, string>;
  /** The event with the run's GITHUB_SHA and GITHUB_REF. */
  event: ActionEvent;
  /** Workflow, job and step `env:`, evaluated. */
  env: Record<string, string>;
  /** The job's GITHUB_TOKEN: what `${{ github.token }}` (action.yml's `token` default) is. */
  githubToken: string;
  permissions: JobPermissions;
  workflow: string;
  job: string;
  step: string;
  /** The run's page, as the Action builds it from GITHUB_RUN_ID (its run log names it). */
  runUrl: string;
}

export interface ActionStepResult {
  ok: boolean;
  outputs: Record<string, string>;
  error?: string;
  /** Whatever the callee wants kept on the step (its log, the process result…). */
  detail?: unknown;
}

export type ActionStep = (call: ActionStepCall) => Promise<ActionStepResult>;

export interface StepRun {
  id: string;
  name: string;
  uses?: string;
  conclusion: 'success' | 'failure' | 'skipped';
  inputs?: Record<string, string>;
  outputs: Record<string, string>;
  error?: string;
  detail?: unknown;
}

export interface JobRun {
  id: string;
  /** `id (value, …)` for a matrix combination, as GitHub names it; else the id. */
  name?: string;
  matrix?: Record<string, unknown>;
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** Why it was skipped or cancelled. */
  why?: string;
  permissions: JobPermissions;
  /** The GITHUB_TOKEN the job got. */
  githubToken: string;
  group?: string;
  workspace?: string;
  steps: StepRun[];
}

export interface Artifact {
  name: string;
  path: string;
  found: boolean;
}

/** What a job needs from the run around it. */
export interface JobScope {
  gh: AppTokenIssuer & { owner: string; repo: string; cloneTo(dir: string, ref?: string): Promise<string> };
  workflow: Workflow;
  event: ActionEvent;
  /** Contexts of the run: github (token and job added per job), vars, secrets, inputs, needs, strategy, matrix. */
  contexts: Contexts;
  workflowEnv: Record<string, string>;
  githubToken: string;
  permissions: JobPermissions;
  action: ActionStep;
  app?: { token: string; slug: string };
  artifacts: Artifact[];
  /** The run was cancelled (a newer run in its group with cancel-in-progress). */
  cancelled: () => boolean;
}

type Outcome = Omit<StepRun, 'id' | 'name' | 'uses' | 'conclusion'> & { ok: boolean };

function checkoutRef(e: ActionEvent): string | undefined {
  if (e.name.startsWith('pull_request') && e.name !== 'pull_request_target' && e.ref) return e.ref;
  return e.sha ?? e.ref;
}

async function uses(
  scope: JobScope,
  step: Step & { uses: { value: string } },
  call: ActionStepCall,
): Promise<Outcome> {
  const target = step.uses.value;
  const w = call.inputs;
  if (target === './') {
    const r = await scope.action(call);
    return { ok: r.ok, outputs: r.outputs, error: r.error, detail: r.detail, inputs: w };
  }
  const [action] = target.split('@') as [string];
  if (action === 'actions/checkout') {
    const own = `${scope.gh.owner}/${scope.gh.repo}`;
    if (w.repository && w.repository !== own)
      return { ok: false, outputs: {}, error: `checkout of ${w.repository}` };
    const ref = w.ref || checkoutRef(scope.event);
    const dir = w.path ? join(call.workspace, w.path) : call.workspace;
    const commit = await scope.gh.cloneTo(dir, ref);
    if (w['sparse-checkout'])
      sparseCheckout(dir, w['sparse-checkout'], w['sparse-checkout-cone-mode'] !== 'false');
    return { ok: true, outputs: { ref: ref ?? '', commit }, inputs: w };
  }
  if (action === 'actions/create-github-app-token') {
    if (!scope.app)
      return { ok: false, outputs: {}, error: 'the runner was given no GitHub App (options.app)' };
    const { slug } = scope.app;
    const minted = appToken(scope.gh, scope.app, w);
    if ('error' in minted) return { ok: false, outputs: {}, error: minted.error };
    return {
      ok: true,
      outputs: { token: minted.token, 'app-slug': slug, 'installation-id': '1' },
      inputs: { ...w, 'private-key': '***' },
    };
  }
  if (action === 'actions/upload-artifact') {
    const path = isAbsolute(w.path ?? '') ? (w.path ?? '') : join(call.workspace, w.path ?? '');
    scope.artifacts.push({ name: w.name || 'artifact', path, found: !!w.path && existsSync(path) });
    return { ok: true, outputs: { 'artifact-id': String(scope.artifacts.length) }, inputs: w };
  }
  return { ok: false, outputs: {}, error: `${target} is not emulated by the workflow runner` };
}

function stepContexts(
  scope: JobScope,
  jobId: string,
  env: Record<string, string>,
  steps: Contexts,
  status: string,
) {
  return {
    ...scope.contexts,
    github: { ...(scope.contexts.github as object), job: jobId, token: scope.githubToken },
    strategy: scope.contexts.strategy ?? {},
    matrix: scope.contexts.matrix ?? {},
    job: { status },
    runner: { os: 'Linux', arch: 'X64', name: 'emulated', temp: tmpdir() },
    env,
    steps,
  };
}

function runUrlOf(github: unknown): string {
  const g = github as { server_url: string; repository: string; run_id: string };
  return `${g.server_url}/${g.repository}/actions/runs/${g.run_id}`;
}

/**
 * Runs the job's steps in order; `status` carries failure and cancellation between them. Returns
 * the contexts at the job's end, for its `outputs:`.
 */
export async function runSteps(scope: JobScope, job: Job, run: JobRun): Promise<Contexts> {
  const jobId = job.id.value;
  const raw = child(child(child(scope.workflow.root, 'jobs'), jobId), 'steps');
  const rawSteps = raw && isSequence(raw) ? [...raw] : [];
  const base = {
    ...scope.contexts,
    github: { ...(scope.contexts.github as object), job: jobId, token: scope.githubToken },
  };
  const env = {
    ...scope.workflowEnv,
    ...stringMap(job.env, { strategy: {}, matrix: {}, ...base }, `jobs.${jobId}.env`),
  };
  const workspace = mkdtempSync(join(tmpdir(), 'phasegate-job-'));
  run.workspace = workspace;
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const status: Status = { failed: false, cancelled: false };
  for (const [i, step] of job.steps.entries()) {
    status.cancelled = scope.cancelled();
    const name = String(step.name && 'value' in step.name ? step.name.value : step.id);
    const contexts = stepContexts(scope, jobId, env, steps, status.failed ? 'failure' : 'success');
    const entry: StepRun = { id: step.id, name, conclusion: 'skipped', outputs: {} };
    if ('uses' in step) entry.uses = step.uses.value;
    run.steps.push(entry);
    const expr = 'if' in step && step.if ? step.if.expression : 'success()';
    if (!condition(expr, contexts, status)) {
      steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepEnv = {
      ...env,
      ...stringMap('env' in step ? step.env : undefined, contexts, `${step.id}.env`),
    };
    const all = { ...contexts, env: stepEnv };
    let outcome: Outcome;
    try {
      if (!('uses' in step)) throw new Error(`step ${step.id}: only \`uses:\` steps are emulated`);
      const inputs = stringMap(child(rawSteps[i], 'with'), all, `${step.id}.with`);
      const call: ActionStepCall = {
        workspace,
        inputs,
        event: scope.event,
        env: stepEnv,
        githubToken: scope.githubToken,
        permissions: scope.permissions,
        workflow: scope.workflow.file,
        job: jobId,
        step: step.id,
        runUrl: runUrlOf(scope.contexts.github),
      };
      outcome = await uses(scope, step as never, call);
    } catch (error) {
      outcome = { ok: false, outputs: {}, error: (error as Error).message };
    }
    Object.assign(entry, { ...outcome, conclusion: outcome.ok ? 'success' : 'failure' });
    delete (entry as Partial<Outcome>).ok;
    steps[step.id] = {
      outputs: outcome.outputs,
      outcome: entry.conclusion,
      conclusion: entry.conclusion,
    };
    if (!outcome.ok) status.failed = true;
  }
  status.cancelled = scope.cancelled();
  run.conclusion = status.cancelled ? 'cancelled' : status.failed ? 'failure' : 'success';
  return stepContexts(scope, jobId, env, steps, run.conclusion);
}
