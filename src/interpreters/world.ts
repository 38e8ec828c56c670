/**
 * A world is where a run happens: it gathers the run's facts and carries out the planner's
 * intents. One per world: GitHub (through the forge port), the in-memory PR book (simulate,
 * dry-run). Interpreters decide nothing: which acts happen, and in what order, is the planner's.
 */
import type { RunFacts, RunMemory, Trigger } from '../plan/facts.js';
import type { Intent } from '../plan/intents.js';

export interface Outcome {
  /** done: carried out (or found already done); refused: the forge said no, and the run goes on. */
  status: 'done' | 'refused';
  /** One line for the log and the job summary. */
  line: string;
  /** A warning a person should see (a reviewer GitHub would not request, a pin refused). */
  warning?: string;
  /** The number of the PR or issue it opened (or found already open). */
  number?: number;
  /** A refused merge was refused by branch protection (405), not by a race (409, 422). */
  protection?: boolean;
}

export interface World {
  gather(trigger: Trigger, memory: RunMemory): Promise<RunFacts>;
  /** Carry out one intent. Throws when it fails for a reason a re-run may not fix by itself. */
  carryOut(intent: Intent): Promise<Outcome>;
}
