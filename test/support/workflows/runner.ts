/**
 * What GitHub does with an event: reads the workflows at the event's commit, decides which start
 * (triggers.ts), queues each run by its concurrency group (concurrency.ts), then runs its jobs
 * (jobs.ts: in `needs` order, a matrix's combinations side by side; run-job.ts: the steps). Runs execute in the background: `trigger` returns once the runs are
 * queued, so a test can send a second event while the first run is in progress; `handle` waits.
 */
import type { ActionEvent, Emulator } from '../../../src/emulator/index.js';
import { ConcurrencyGroups, type Slot } from './concurrency.js';
import { githubContext, type JobPermissions, withRunRef } from './contexts.js';
import { dispatchInputs } from './dispatch.js';
import { type DriveLog, type DriveOptions, drive } from './drive.js';
import { type Contexts, stringMap } from './expressions.js';
import { eventFacts, workflowRef } from './facts.js';
import { concurrencySetting, runJobs } from './jobs.js';
import { loadWorkflows, loadWorkflowsAt, type Workflow } from './load.js';
import { describeEvent, printEvent } from './print.js';
import type { ActionStep, Artifact, JobRun } from './run-job.js';
import { type Decision, decide } from './triggers.js';

export interface RunnerOptions {
  gh: Emulator;
  /** Runs phasegate's own action (`uses: ./`): `inProcessAction(world)` or `bundledAction(gh)`. */
  action: ActionStep;
  /** Each job's GITHUB_TOKEN (a token the emulator knows as github-actions[bot]), or a function of the job. */
  githubToken: string | ((job: { workflow: string; job: string; permissions: JobPermissions }) => string);
  /** What actions/create-github-app-token returns; absent: that step fails. */
  app?: { token: string; slug: string };
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Where the workflows come from: a checkout's folder, a list, or (default) the emulator at the event's commit. */
  workflows?: string | Workflow[];
  /** `github.actor` of scheduled runs (GitHub: whoever last edited the cron); default: the owner. */
  scheduleActor?: string;
}

export interface WorkflowRun {
  id: number;
  number: number;
  file: string;
  name: string;
  event: ActionEvent;
  /** The workflow-level concurrency group, evaluated. */
  group?: string;
  status: 'queued' | 'pending' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'cancelled';
  jobs: JobRun[];
  artifacts: Artifact[];
  /** The runner could not carry the run out (an expression GitHub would also refuse, …). */
  error?: string;
}

export interface EventLog {
  /** "push to main by alice" */
  event: string;
  decisions: Decision[];
  runs: WorkflowRun[];
  /** Resolves when every run this event created has completed or been cancelled. */
  done: Promise<void>;
  print(): string;
}

export class WorkflowRunner {
  readonly events: EventLog[] = [];
  readonly concurrency = new ConcurrencyGroups();
  private runs = 0;
  private readonly numbers = new Map<string, number>();

  constructor(private readonly o: RunnerOptions) {}

  private async workflowsFor(e: ActionEvent): Promise<Workflow[]> {
    const w = this.o.workflows;
    if (Array.isArray(w)) return w;
    if (typeof w === 'string') return loadWorkflows(w);
    return loadWorkflowsAt(this.o.gh, workflowRef(e, this.o.gh.defaultBranch));
  }

  /** Decides and queues; the runs go on in the background (`done`). */
  async trigger(event: ActionEvent): Promise<EventLog> {
    const e = await withRunRef(this.o.gh, event);
    const workflows = await this.workflowsFor(e);
    const decisions = decide(workflows, e, await eventFacts(this.o.gh, e));
    const runs: WorkflowRun[] = [];
    const pending: Promise<void>[] = [];
    for (const d of decisions.filter((x) => x.started)) {
      const w = workflows.find((x) => x.file === d.file)!;
      const run = this.newRun(w, e);
      runs.push(run);
      pending.push(this.execute(w, run));
    }
    const log: EventLog = {
      event: describeEvent(e),
      decisions,
      runs,
      done: Promise.all(pending).then(() => undefined),
      print: () => printEvent(log),
    };
    this.events.push(log);
    return log;
  }

  /** Decides, queues and waits for the runs. */
  async handle(event: ActionEvent): Promise<EventLog> {
    const log = await this.trigger(event);
    await log.done;
    return log;
  }

  /**
   * Handles `event`, then the events GitHub would send for what its runs wrote, and so on
   * (drive.ts: breadth-first, one event at a time), up to `maxDepth` generations.
   */
  drive(event: ActionEvent, opts: DriveOptions = {}): Promise<DriveLog> {
    return drive(this, this.o.gh, event, opts);
  }

  /** Every event so far, printed. */
  print(): string {
    return this.events.map((l) => l.print()).join('\n');
  }

  private newRun(w: Workflow, e: ActionEvent): WorkflowRun {
    const number = (this.numbers.get(w.file) ?? 0) + 1;
    this.numbers.set(w.file, number);
    this.runs += 1;
    const id = 7_000_000_000 + this.runs;
    return { id, number, file: w.file, name: w.name, event: e, status: 'queued', jobs: [], artifacts: [] };
  }

  private contexts(w: Workflow, run: WorkflowRun): Contexts {
    const e = run.event;
    const p = e.payload as { sender?: { login?: string }; inputs?: Record<string, unknown> };
    const actor = p.sender?.login ?? this.o.scheduleActor ?? this.o.gh.owner;
    const github = githubContext({
      gh: this.o.gh,
      event: e,
      workflow: w,
      runId: run.id,
      runNumber: run.number,
      actor,
    });
    const inputs = e.name === 'workflow_dispatch' ? dispatchInputs(w, p.inputs ?? {}) : {};
    return { github, inputs, vars: this.o.vars ?? {}, secrets: this.o.secrets ?? {} };
  }

  private async execute(w: Workflow, run: WorkflowRun): Promise<void> {
    let slot: Slot | undefined;
    try {
      const contexts = this.contexts(w, run);
      const { github, inputs, vars } = contexts;
      const concurrency = concurrencySetting(
        w.template.concurrency,
        { github, inputs, vars },
        `${w.file} concurrency`,
      );
      if (concurrency) {
        run.group = concurrency.group;
        slot = this.concurrency.enter(
          concurrency.group,
          concurrency.cancel,
          `${w.file}#${run.number}`,
          concurrency.queue,
        );
        run.status = slot.state === 'pending' ? 'pending' : 'queued';
        if (!(await slot.started)) {
          Object.assign(run, { status: 'completed', conclusion: 'cancelled' });
          return;
        }
      }
      run.status = 'in_progress';
      const env = stringMap(w.template.env, { ...contexts }, `${w.file} env`);
      await runJobs({
        gh: this.o.gh,
        action: this.o.action,
        app: this.o.app,
        githubToken: this.o.githubToken,
        concurrency: this.concurrency,
        workflow: w,
        run,
        contexts,
        workflowEnv: env,
        cancelled: () => slot?.cancelRequested ?? false,
      });
      const failed = run.jobs.some((j) => j.conclusion === 'failure');
      const cancelled = slot?.cancelRequested || run.jobs.some((j) => j.conclusion === 'cancelled');
      run.conclusion = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    } catch (error) {
      run.error = (error as Error).message;
      run.conclusion = 'failure';
    } finally {
      run.status = 'completed';
      slot?.release();
    }
  }
}
