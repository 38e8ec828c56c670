/** The parts of webhook payloads the runner reads. */
import type { ActionEvent } from '../../../src/emulator/index.js';

export interface Payload {
  action?: string;
  ref?: string;
  before?: string;
  after?: string;
  schedule?: string;
  workflow?: string;
  inputs?: Record<string, unknown>;
  sender?: { login?: string };
  head_commit?: { message?: string } | null;
  commits?: { id: string }[];
  pull_request?: {
    number?: number;
    state?: string;
    mergeable?: boolean | null;
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
  };
  workflow_run?: { name?: string; head_branch?: string };
}

export const payloadOf = (e: ActionEvent): Payload => e.payload as Payload;
