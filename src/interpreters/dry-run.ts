/**
 * The dry-run interpreter: reads where the run really is (GitHub), then plays the run forward on
 * an in-memory PR book seeded with what it read, printing every intent and writing nothing. So a
 * dry run shows the whole run (the rollback PR, its merge, the lock notice, the RCA issue, Slack),
 * with made-up numbers for what it would create.
 */
import { DryRunNotifier } from '../notify/notifier.js';
import type { RunMemory, Trigger } from '../plan/facts.js';
import { describeIntent, type Intent } from '../plan/intents.js';
import { PrBook } from './book.js';
import type { Outcome, World } from './world.js';

export class DryRunWorld implements World {
  private book: PrBook | undefined;

  constructor(
    private readonly real: World,
    private readonly log: (line: string) => void,
  ) {}

  async gather(trigger: Trigger, memory: RunMemory) {
    if (this.book) return this.book.gather(trigger, memory);
    const facts = await this.real.gather(trigger, memory);
    this.book = PrBook.fromFacts(facts, new DryRunNotifier(this.log));
    return facts;
  }

  async carryOut(intent: Intent): Promise<Outcome> {
    if (!this.book) throw new Error('dry run: carryOut before gather');
    const outcome = await this.book.carryOut(intent);
    return { status: outcome.status, line: `dry run: would ${describeIntent(intent)}` };
  }
}
