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
 */

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
  private readonly groups = new Map<string, { running?: Entry; pending?: Entry }>();
  /** What happened, in order: "rollout.yml#2 pending in phasegate-rollout", … */
  readonly log: string[] = [];

  /** Queues `label` in `group`. */
  enter(group: string, cancelInProgress: boolean, label: string): Slot {
    const key = group.toLowerCase();
    const g = this.groups.get(key) ?? {};
    this.groups.set(key, g);
    const entry = new Entry(label, group, this);
    if (!g.running) {
      this.run(g, entry);
      return entry;
    }
    if (g.pending) {
      g.pending.state = 'cancelled';
      g.pending.settle(false);
      this.log.push(`${g.pending.label} cancelled: ${label} takes its place as pending in "${group}"`);
    }
    if (cancelInProgress && !g.running.cancelRequested) {
      g.running.cancelRequested = true;
      this.log.push(
        `${g.running.label} cancelled in progress by ${label} (cancel-in-progress) in "${group}"`,
      );
    }
    g.pending = entry;
    this.log.push(`${label} pending in "${group}" behind ${g.running.label}`);
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
    const next = g.pending;
    g.pending = undefined;
    if (next) this.run(g, next);
  }

  /** The group's running and pending labels (for assertions). */
  snapshot(group: string): { running?: string; pending?: string } {
    const g = this.groups.get(group.toLowerCase());
    return { running: g?.running?.label, pending: g?.pending?.label };
  }
}
