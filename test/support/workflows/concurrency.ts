/**
 * GitHub's concurrency groups (github/docs data/reusables/actions/actions-group-concurrency.md):
 * "there can be at most one running and one pending job in a concurrency group at any time. When
 * a concurrent job or workflow is queued, if another job or workflow using the same concurrency
 * group in the repository is in progress, the queued job or workflow will be `pending`. Any
 * existing `pending` job or workflow in the same concurrency group, if it exists, will be
 * canceled and the new queued job or workflow will take its place. To also cancel any currently
 * running job or workflow in the same concurrency group, specify `cancel-in-progress: true`."
 * "The concurrency group name is case insensitive." Workflow and job groups share one namespace.
 * A running entry asked to cancel stops at its next step: the runner cannot interrupt a step.
 * `queue: max` (GitHub's "Control the concurrency of workflows and jobs", and the parser's
 * `concurrency-queue` type): "up to 100 pending job or workflow runs ... When the queue is full,
 * additional job or workflow runs are canceled", served first in, first out; with
 * `cancel-in-progress: true` it is a validation error.
 */

export type QueueMode = 'single' | 'max';
/** How many runs `queue: max` keeps waiting. */
export const MAX_QUEUE = 100;

export type SlotState = 'running' | 'pending' | 'cancelled' | 'done';

export interface Slot {
  readonly label: string;
  readonly group: string;
  readonly state: SlotState;
  /** True once it runs; false when a newer entry cancelled it while pending. */
  readonly started: Promise<boolean>;
  /** A newer entry with `cancel-in-progress: true` cancelled it while running. */
  readonly cancelRequested: boolean;
  /** It finished (or was cancelled): the pending entry, if any, runs. */
  release(): void;
}

class Entry implements Slot {
  state: SlotState = 'pending';
  cancelRequested = false;
  readonly started: Promise<boolean>;
  settle!: (ran: boolean) => void;
  constructor(
    readonly label: string,
    readonly group: string,
    private readonly groups: ConcurrencyGroups,
  ) {
    this.started = new Promise((r) => {
      this.settle = r;
    });
  }
  release(): void {
    this.groups.release(this);
  }
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, { running?: Entry; pending: Entry[] }>();
  /** What happened, in order: "rollout.yml#2 pending in phasegate-rollout", … */
  readonly log: string[] = [];

  /** Queues `label` in `group`. */
  enter(group: string, cancelInProgress: boolean, label: string, queue: QueueMode = 'single'): Slot {
    if (queue === 'max' && cancelInProgress)
      throw new Error(
        `${label}: concurrency "${group}": queue: max cannot be combined with cancel-in-progress: true`,
      );
    const key = group.toLowerCase();
    const g = this.groups.get(key) ?? { pending: [] };
    this.groups.set(key, g);
    const entry = new Entry(label, group, this);
    if (!g.running) {
      this.run(g, entry);
      return entry;
    }
    if (queue === 'max' && g.pending.length >= MAX_QUEUE) {
      entry.state = 'cancelled';
      entry.settle(false);
      this.log.push(`${label} cancelled: the queue of "${group}" is full (${MAX_QUEUE} pending)`);
      return entry;
    }
    if (queue === 'single') {
      for (const old of g.pending.splice(0)) {
        old.state = 'cancelled';
        old.settle(false);
        this.log.push(`${old.label} cancelled: ${label} takes its place as pending in "${group}"`);
      }
    }
    if (cancelInProgress && !g.running.cancelRequested) {
      g.running.cancelRequested = true;
      this.log.push(
        `${g.running.label} cancelled in progress by ${label} (cancel-in-progress) in "${group}"`,
      );
    }
    g.pending.push(entry);
    this.log.push(
      `${label} pending in "${group}" behind ${[g.running, ...g.pending.slice(0, -1)].map((e) => e.label).join(', ')}`,
    );
    return entry;
  }

  private run(g: { running?: Entry }, entry: Entry): void {
    g.running = entry;
    entry.state = 'running';
    this.log.push(`${entry.label} running in "${entry.group}"`);
    entry.settle(true);
  }

  release(entry: Entry): void {
    const g = this.groups.get(entry.group.toLowerCase());
    if (!g || g.running !== entry) return;
    entry.state = entry.cancelRequested ? 'cancelled' : 'done';
    g.running = undefined;
    const next = g.pending.shift();
    if (next) this.run(g, next);
  }

  /** The group's running and pending labels (for assertions). */
  snapshot(group: string): { running?: string; pending?: string; queued: string[] } {
    const g = this.groups.get(group.toLowerCase());
    const queued = g?.pending.map((e) => e.label) ?? [];
    return { running: g?.running?.label, pending: queued[0], queued };
  }
}
