/** The loopback GitHub emulator: import everything from here. */

export { ACCESS, type AccessRule, NOT_ACCESSIBLE } from './access.js';
export { Emulator, type EmulatorOptions, emulatorSurface, startEmulator } from './emulator.js';
export {
  type ActionEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
} from './events.js';
export {
  CONTENT_CREATION_MESSAGE,
  type ContentCreationLimit,
  type Fault,
  GITHUB_CONTENT_CREATION_LIMIT,
  type RequestMatch,
  SECONDARY_RATE_LIMIT_MESSAGE,
} from './faults.js';
export { ZERO_SHA } from './git.js';
export type { FileChanges } from './human.js';
export type {
  AppPermission,
  Level,
  Role,
  TokenSpec,
  WorkflowPermissions,
  WorkflowScope,
} from './identity.js';
export type { BranchProtection, Bypass, Requirements, Ruleset } from './protection-config.js';
export type { RequestRecord, ResponseInfo, Tamper } from './server.js';
export type { IssueView, PullView, StateView } from './state-view.js';
export type { UserSpec } from './store.js';
export type { GraphqlError, GraphqlRequest, OperationKey, Validator } from './validator.js';
export type { PullWrite, WriteRecord } from './writes.js';
