import {
  foldSnapshot,
  type ProgressBus,
  type ProgressFollow,
  type ReviewEvent,
  type ReviewMessage,
  type ReviewSnapshot,
} from "../core/progress-bus.js";

export interface MemoryProgressBusOptions {
  /** How long a review's state is kept after its last event. */
  readonly keepMs?: number;
  readonly now?: () => Date;
}

const DEFAULT_KEEP_MS = 24 * 60 * 60_000;

/**
 * The progress bus of one process (the embedded server: its worker and its
 * API share it): listeners are called as events are published, and each
 * review's folded state is kept for `keepMs` after its last event.
 */
export class MemoryProgressBus implements ProgressBus {
  private readonly kept = new Map<string, ReviewSnapshot>();
  private readonly listeners = new Map<string, Set<(message: ReviewMessage) => void>>();
  private readonly keepMs: number;
  private readonly now: () => Date;

  constructor(options: MemoryProgressBusOptions = {}) {
    this.keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
    this.now = options.now ?? (() => new Date());
  }

  publish(reviewId: string, event: ReviewEvent): Promise<void> {
    this.forgetOld();
    const previous = this.kept.get(reviewId);
    const message: ReviewMessage = {
      ...event,
      reviewId,
      seq: (previous?.seq ?? 0) + 1,
      at: this.now().toISOString(),
    };
    const snapshot = foldSnapshot(reviewId, [message], previous);
    if (snapshot !== undefined) {
      // Re-inserted, so the map stays in order of last event and forgetting stops at the first young one.
      this.kept.delete(reviewId);
      this.kept.set(reviewId, snapshot);
    }
    for (const listener of this.listeners.get(reviewId) ?? []) listener(message);
    return Promise.resolve();
  }

  follow(reviewId: string, listener: (message: ReviewMessage) => void): Promise<ProgressFollow> {
    const set = this.listeners.get(reviewId) ?? new Set();
    set.add(listener);
    this.listeners.set(reviewId, set);
    this.forgetOld();
    return Promise.resolve({
      snapshot: this.kept.get(reviewId),
      stop: () => {
        set.delete(listener);
        if (set.size === 0 && this.listeners.get(reviewId) === set) this.listeners.delete(reviewId);
        return Promise.resolve();
      },
    });
  }

  close(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }

  private forgetOld(): void {
    const oldest = this.now().getTime() - this.keepMs;
    for (const [reviewId, snapshot] of this.kept) {
      if (Date.parse(snapshot.at) >= oldest) break;
      this.kept.delete(reviewId);
    }
  }
}
