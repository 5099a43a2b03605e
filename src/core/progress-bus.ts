import type { ProgressEvent, Stage } from "./progress.js";
import type { ReviewState } from "./review.js";

/**
 * Live progress of queued reviews (docs/server.md, "Live progress"): the
 * process that runs a review publishes its events, every API process can
 * follow them. One port, two adapters: in memory for the embedded server,
 * Redis pub/sub when the service is scaled out.
 */

/** Where a review's life stands; `final` once it finished, failed or was cancelled. */
export interface StateEvent {
  readonly kind: "state";
  readonly state: ReviewState;
  readonly final: boolean;
  /** Findings stored, once finished. */
  readonly findings?: number;
  /** Why it failed, or that a transient failure sends it back to the queue. */
  readonly message?: string;
}

export type ReviewEvent = ProgressEvent | StateEvent;

/** An event as it travels: numbered per review, so a follower can drop what its snapshot holds. */
export type ReviewMessage = ReviewEvent & {
  readonly reviewId: string;
  /** 1, 2, 3 … in publication order for one review, across processes. */
  readonly seq: number;
  readonly at: string;
};

/** The latest of everything a review published: what a late follower gets first. */
export interface ReviewSnapshot {
  readonly kind: "snapshot";
  readonly reviewId: string;
  /** The last message folded in; 0 when nothing was published yet. */
  readonly seq: number;
  readonly at: string;
  readonly state: ReviewState;
  readonly final: boolean;
  readonly stage?: Stage;
  readonly scope?: { readonly filesFound: number; readonly skipped: number };
  /** The last file event: which analyser, how far. */
  readonly file?: {
    readonly analyser: string;
    readonly file: string;
    readonly done: number;
    readonly total: number;
  };
  /** Each analyser's latest status. */
  readonly analysers?: Readonly<Record<string, string>>;
  readonly findings?: number;
  readonly message?: string;
}

export interface ProgressFollow {
  /** What the bus held when the follow began; undefined when it holds nothing of this review. */
  readonly snapshot: ReviewSnapshot | undefined;
  stop(): Promise<void>;
}

export interface ProgressBus {
  /** Publishes one event of a review and folds it into the review's kept state. */
  publish(reviewId: string, event: ReviewEvent): Promise<void>;
  /**
   * Listens to a review's events, then reads its kept state: every message
   * published after the listening began reaches `listener`, some perhaps
   * already in the snapshot (compare `seq`).
   */
  follow(reviewId: string, listener: (message: ReviewMessage) => void): Promise<ProgressFollow>;
  close(): Promise<void>;
}

export const FINAL_STATES: readonly ReviewState[] = ["finished", "failed", "cancelled"];

/** The state event for a review's state as the store knows it. */
export function stateEvent(
  state: ReviewState,
  extra: Omit<StateEvent, "kind" | "state" | "final"> = {},
): StateEvent {
  return { kind: "state", state, final: FINAL_STATES.includes(state), ...extra };
}

/** Folds messages (in `seq` order) into a snapshot; the reducer both adapters keep state with. */
export function foldSnapshot(
  reviewId: string,
  messages: readonly ReviewMessage[],
  start?: ReviewSnapshot,
): ReviewSnapshot | undefined {
  let snapshot = start;
  for (const message of messages) {
    const base: ReviewSnapshot = snapshot ?? {
      kind: "snapshot",
      reviewId,
      seq: 0,
      at: message.at,
      state: "running",
      final: false,
    };
    snapshot = { ...base, ...folded(base, message), seq: Math.max(base.seq, message.seq), at: message.at };
  }
  return snapshot;
}

function folded(snapshot: ReviewSnapshot, message: ReviewMessage): Partial<ReviewSnapshot> {
  switch (message.kind) {
    case "state":
      // A stray event from a delivery that lost its job never reopens a review that ended.
      if (snapshot.final && !message.final) return {};
      return {
        state: message.state,
        final: message.final,
        ...(message.findings === undefined ? {} : { findings: message.findings }),
        ...(message.message === undefined ? {} : { message: message.message }),
      };
    case "stage":
      return { stage: message.stage };
    case "scope":
      return { scope: { filesFound: message.filesFound, skipped: message.skipped } };
    case "file":
      return {
        file: { analyser: message.analyser, file: message.file, done: message.done, total: message.total },
      };
    case "analyser":
      return { analysers: { ...snapshot.analysers, [message.analyser]: message.status } };
    case "findings":
      return { findings: message.total };
  }
}
