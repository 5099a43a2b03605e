import type { ProgressEvent, ProgressSink } from "../core/progress.js";
import type { ProgressBus, StateEvent } from "../core/progress-bus.js";

/** The longest a state event waits behind events the bus is slow to take. */
const STATE_WAIT_MS = 2_000;

/** File events of one analyser closer together than this are dropped, except each analyser's last. */
const FILE_EVENT_GAP_MS = 100;

export interface ProgressPublisher {
  /** The pipeline's sink: publishes stage, scope, analyser and (thinned) file events. */
  readonly sink: ProgressSink;
  /** Publishes a state event after every event before it; waits for it a little at most. */
  state(event: StateEvent): Promise<void>;
}

/**
 * Feeds one review's progress to the bus (docs/server.md, "Live progress").
 * Publishing is in order and never fails the review: the bus being away
 * costs followers their live view, and the log says so once per review.
 */
export function progressPublisher(
  bus: ProgressBus,
  reviewId: string,
  log: (message: string) => void,
  now: () => number = Date.now,
): ProgressPublisher {
  let chain: Promise<void> = Promise.resolve();
  let warned = false;
  const lastFile = new Map<string, number>();
  const send = (event: ProgressEvent | StateEvent): Promise<void> => {
    chain = chain.then(() =>
      bus.publish(reviewId, event).catch((error: unknown) => {
        if (warned) return;
        warned = true;
        log(`live progress of review ${reviewId} not published: ${String(error)}`);
      }),
    );
    return chain;
  };
  return {
    sink: (event) => {
      if (event.kind === "file" && event.done < event.total) {
        const at = now();
        if (at - (lastFile.get(event.analyser) ?? -Infinity) < FILE_EVENT_GAP_MS) return;
        lastFile.set(event.analyser, at);
      }
      void send(event);
    },
    state: async (event) => {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, STATE_WAIT_MS)));
      await Promise.race([send(event), waited]);
      clearTimeout(timer);
    },
  };
}
