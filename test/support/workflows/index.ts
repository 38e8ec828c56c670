/**
 * A workflow runner for the GitHub-loop tests: starts what GitHub would start from
 * `.github/workflows/*.yml` for an event, and runs it on the emulator. See src/emulator/README.md,
 * "Workflows".
 */
export { ConcurrencyGroups, type Slot } from './concurrency.js';
export { type JobPermissions, PERMISSION_SCOPES } from './contexts.js';
export { cronMatches } from './cron.js';
export { dispatchInputs, dispatchProblem } from './dispatch.js';
export { type DriveLog, type DrivenEvent, type DriveOptions, drive, printDrive } from './drive.js';
export { evaluate } from './expressions.js';
export { eventFacts, workflowRef } from './facts.js';
export { followOnEvents, type PullSnapshot, type Snapshot, snapshot } from './follow-on.js';
export { patternRegExp, selects } from './glob.js';
export { loadWorkflows, loadWorkflowsAt, parseWorkflowFile, type Workflow } from './load.js';
export { describeEvent, printEvent } from './print.js';
export type { ActionStep, ActionStepCall, ActionStepResult, Artifact, JobRun, StepRun } from './run-job.js';
export { type EventLog, type RunnerOptions, type WorkflowRun, WorkflowRunner } from './runner.js';
export { scheduledAt } from './schedule.js';
export { type Decision, decide, type EventFacts, GITHUB_TOKEN_LOGIN, PATHS_DIFF_LIMIT } from './triggers.js';
