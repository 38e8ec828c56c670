/**
 * A run's jobs, as GitHub schedules them: each job starts once every job it `needs` has finished,
 * jobs that do not wait for each other run at the same time, and a job with a matrix runs once per
 * combination (matrix.ts), `max-parallel` at a time. Per job run:
 * - `if:` first, with github, inputs, vars and needs (a skipped job's matrix is never expanded);
 * - the job-level `concurrency:` with github, inputs, vars, needs, strategy and matrix (the
 *   parser's `job-concurrency` contexts: a `secrets` or `steps` reference fails), in the same
 *   groups as workflow-level ones (concurrency.ts);
 * - the steps (run-job.ts), then `outputs:`, "evaluated on the runner at the end of each job"
 *   (github/docs data/reusables/actions/jobs/section-defining-outputs-for-jobs.md), which later
 *   jobs read as `needs.<job>.outputs`; a matrix's outputs "will be combined from all jobs inside
 *   the matrix", the last job to finish winning a name they share.
 * `needs.<job>.result` is failure when any of a matrix's runs failed, cancelled when one was
 * cancelled, skipped when the job was, success otherwise.
 */
import { isMapping } from '@actions/workflow-parser';
import type { Job } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { ConcurrencyGroups } from './concurrency.js';
import { type JobPermissions, jobPermissions } from './contexts.js';
import { type Contexts, condition, stringMap, tokenString, tokenValue } from './expressions.js';
import { child, type Workflow } from './load.js';
import { type Combination, expandStrategy, type Strategy } from './matrix.js';
import type { ActionStep, Artifact, JobRun, JobScope } from './run-job.js';
import { runSteps } from './run-job.js';

type Conclusion = JobRun['conclusion'];

/** What a later job's `needs.<id>` holds. */
export interface NeedsEntry {
  result: Conclusion;
  outputs: Record<string, string>;
}

/** What the jobs need from the runner and the run. */
export interface RunScope {
  gh: JobScope['gh'];
  action: ActionStep;
  app?: { token: string; slug: string };
  githubToken: string | ((job: { workflow: string; job: string; permissions: JobPermissions }) => string);
  concurrency: ConcurrencyGroups;
  workflow: Workflow;
  run: { number: number; event: JobScope['event']; jobs: JobRun[]; artifacts: Artifact[] };
  contexts: Contexts;
  workflowEnv: Record<string, string>;
  /** The run was cancelled (a newer run in its group with cancel-in-progress). */
  cancelled: () => boolean;
}

/** The group, cancel-in-progress and queue of a `concurrency:` value (a group name, or a mapping), evaluated. */
export function concurrencySetting(token: TemplateToken | undefined, contexts: Contexts, where: string) {
  if (!token) return undefined;
  if (!isMapping(token))
    return { group: tokenString(token, contexts, where), cancel: false, queue: 'single' as const };
  const g = child(token, 'group');
  if (!g) return undefined;
  const c = child(token, 'cancel-in-progress');
  const q = child(token, 'queue');
  return {
    group: tokenString(g, contexts, `${where}.group`),
    cancel: c ? tokenValue(c, contexts) === true : false,
    queue: q && tokenValue(q, contexts) === 'max' ? ('max' as const) : ('single' as const),
  };
}

/** Every job of the run, each as soon as the jobs it needs have finished. */
export async function runJobs(s: RunScope): Promise<void> {
  const jobs = s.workflow.template.jobs.filter((j): j is Job => j.type === 'job');
  if (jobs.length !== s.workflow.template.jobs.length)
    throw new Error(`${s.workflow.file}: reusable workflow jobs are not emulated`);
  const done = new Map<string, NeedsEntry>();
  const running = new Map<string, Promise<void>>();
  while (done.size < jobs.length) {
    const ready = jobs.filter(
      (j) =>
        !done.has(j.id.value) && !running.has(j.id.value) && (j.needs ?? []).every((n) => done.has(n.value)),
    );
    if (!ready.length && !running.size) throw new Error(`${s.workflow.file}: jobs.*.needs form a cycle`);
    for (const job of ready) {
      const id = job.id.value;
      running.set(
        id,
        runJob(s, job, done).then((entry) => {
          done.set(id, entry);
          running.delete(id);
        }),
      );
    }
    await Promise.race(running.values());
  }
}

function combined(runs: JobRun[]): Conclusion {
  const all = runs.map((r) => r.conclusion);
  if (all.includes('failure')) return 'failure';
  if (all.includes('cancelled')) return 'cancelled';
  return all.every((c) => c === 'skipped') ? 'skipped' : 'success';
}

/** One job: its `if:`, then one run per matrix combination; what later jobs see of it. */
async function runJob(s: RunScope, job: Job, done: Map<string, NeedsEntry>): Promise<NeedsEntry> {
  const id = job.id.value;
  const needs = Object.fromEntries((job.needs ?? []).map((n) => [n.value, done.get(n.value)!]));
  const { github, inputs, vars } = s.contexts;
  const failed = (job.needs ?? []).some((n) => done.get(n.value)?.result !== 'success');
  const blank = (): JobRun => {
    const permissions = jobPermissions(s.workflow, id);
    return { id, name: id, conclusion: 'skipped', permissions, githubToken: '', steps: [] };
  };
  if (!condition(job.if.expression, { github, needs, vars, inputs }, { failed, cancelled: s.cancelled() })) {
    s.run.jobs.push({ ...blank(), why: `if: ${job.if.expression} is false` });
    return { result: 'skipped', outputs: {} };
  }
  let strategy: Strategy | undefined;
  try {
    strategy = expandStrategy(job.strategy, { github, inputs, vars, needs }, `jobs.${id}.strategy`);
  } catch (error) {
    s.run.jobs.push({ ...blank(), conclusion: 'failure', why: (error as Error).message });
    return { result: 'failure', outputs: {} };
  }
  const combos: (Combination | undefined)[] = strategy?.combinations ?? [undefined];
  const runs: JobRun[] = [];
  const outputs: Record<string, string> = {};
  let failFast = false;
  let next = 0;
  const lane = async () => {
    while (next < combos.length) {
      const index = next++;
      const matrix = combos[index];
      const strategyContext = strategy && {
        'fail-fast': strategy.failFast,
        'job-index': index,
        'job-total': combos.length,
        'max-parallel': strategy.maxParallel,
      };
      const one = await jobRun(s, job, needs, matrix, strategyContext ?? {}, () => failFast);
      runs.push(one.run);
      s.run.jobs.push(one.run);
      for (const [k, v] of Object.entries(one.outputs)) if (v !== '') outputs[k] = v;
      if (strategy?.failFast && one.run.conclusion === 'failure') failFast = true;
    }
  };
  await Promise.all(Array.from({ length: strategy?.maxParallel ?? 1 }, lane));
  return { result: combined(runs), outputs };
}

/** One run of a job (one matrix combination): its group, its steps, its outputs. */
async function jobRun(
  s: RunScope,
  job: Job,
  needs: Record<string, NeedsEntry>,
  matrix: Combination | undefined,
  strategy: Record<string, unknown>,
  failFast: () => boolean,
): Promise<{ run: JobRun; outputs: Record<string, string> }> {
  const id = job.id.value;
  const permissions = jobPermissions(s.workflow, id);
  const t = s.githubToken;
  const githubToken = typeof t === 'function' ? t({ workflow: s.workflow.file, job: id, permissions }) : t;
  const name = matrix ? `${id} (${Object.values(matrix).map(String).join(', ')})` : id;
  const result: JobRun = {
    id,
    name,
    ...(matrix ? { matrix } : {}),
    conclusion: 'skipped',
    permissions,
    githubToken,
    steps: [],
  };
  const { github, inputs, vars, secrets } = s.contexts;
  const m = matrix ?? {};
  const label = `${s.workflow.file}#${s.run.number}/${name}`;
  if (failFast()) return { run: { ...result, conclusion: 'cancelled', why: 'fail-fast' }, outputs: {} };
  const g = concurrencySetting(
    job.concurrency,
    { github, needs, strategy, matrix: m, inputs, vars },
    `jobs.${id}.concurrency`,
  );
  const slot = g ? s.concurrency.enter(g.group, g.cancel, label, g.queue) : undefined;
  const grouped = g ? { group: g.group } : {};
  if (slot && !(await slot.started))
    return {
      run: { ...result, ...grouped, conclusion: 'cancelled', why: 'replaced while pending' },
      outputs: {},
    };
  const scope: JobScope = {
    gh: s.gh,
    workflow: s.workflow,
    event: s.run.event,
    contexts: { github, inputs, vars, secrets, needs, strategy, matrix: m },
    workflowEnv: s.workflowEnv,
    githubToken,
    permissions,
    action: s.action,
    app: s.app,
    artifacts: s.run.artifacts,
    cancelled: () => s.cancelled() || failFast() || (slot?.cancelRequested ?? false),
  };
  let outputs: Record<string, string> = {};
  try {
    const end = await runSteps(scope, job, result);
    outputs = stringMap(job.outputs, end, `jobs.${id}.outputs`);
  } finally {
    slot?.release();
  }
  return { run: { ...result, ...grouped }, outputs };
}
