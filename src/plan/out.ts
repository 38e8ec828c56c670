/** What a planning pass produces, collected as the rules run. */
import type { Intent } from './intents.js';

export interface PlanOut {
  /** In the order they must happen. */
  intents: Intent[];
  /** What was decided and needs no write ("hold: no proposal (…)"), for the log and job summary. */
  notes: string[];
  /** Problems a person should fix that do not stop the run (a missing checklist file). */
  warnings: string[];
}

export function newOut(): PlanOut {
  return { intents: [], notes: [], warnings: [] };
}
