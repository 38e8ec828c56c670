/**
 * A lost ref race: another writer moved the branch between this run's read and its update (the
 * rollouts' jobs of one scheduled run commit to one records branch side by side). Each lost round
 * means another commit landed, so trying again makes progress; the waits are scattered at random,
 * growing with each loss, so writers that collided fall apart instead of colliding again. At most
 * REF_RACE_ATTEMPTS tries, and no wait past the job's deadline.
 */
import { realSleep } from '../retry.js';

/** Enough for every job of a 20-rollout run committing at the same instant (the bench's size). */
export const REF_RACE_ATTEMPTS = 30;
const STEP_MS = 250;
const MAX_WAIT_MS = 2_000;

export interface RefRaceOptions {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Epoch ms the job must be done by. */
  deadline?: number;
  random?: () => number;
}

export class RefRace {
  constructor(private readonly o: RefRaceOptions = {}) {}

  /** After losing try number `attempt` (from 1): waits, and says whether to try again. */
  async again(attempt: number): Promise<boolean> {
    if (attempt >= REF_RACE_ATTEMPTS) return false;
    const wait = Math.round((this.o.random ?? Math.random)() * Math.min(STEP_MS * attempt, MAX_WAIT_MS));
    const now = (this.o.now ?? Date.now)();
    if (this.o.deadline !== undefined && now + wait >= this.o.deadline) return false;
    await (this.o.sleep ?? realSleep)(wait);
    return true;
  }
}
