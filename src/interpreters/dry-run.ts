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

  constructor(private readonly real: World) {}

  async gather(trigger: Trigger, memory: RunMemory) {
    if (this.book) return this.book.gather(trigger, memory);
    const facts = await this.real.gather(trigger, memory);
    this.book = PrBook.fromFacts(facts, new DryRunNotifier());
    return facts;
  }

  async carryOut(intent: Intent): Promise<Outcome> {
    if (!this.book) throw new Error('dry run: carryOut before gather');
    const outcome = await this.book.carryOut(intent);
    // The notifier's own line has what would be sent (the Slack text, the lock notice).
    const notice = intent.type === 'send-slack' || intent.type === 'lock-notice';
    return {
      status: outcome.status,
      line: notice ? outcome.line : `dry run: would ${describeIntent(intent)}`,
    };
  }
}
