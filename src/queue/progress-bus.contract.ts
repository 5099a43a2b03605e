import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { stateEvent, type ProgressBus, type ReviewMessage } from "../core/progress-bus.js";
import { until } from "./job-queue.contract.js";

export interface BusSubject {
  /**
   * Two buses as two processes would hold them: one the worker publishes on,
   * one an API process follows (the same bus where there is one process).
   * `keepMs` is how long a review's state is kept after its last event.
   */
  readonly open: (
    keepMs?: number,
  ) => Promise<{ readonly publisher: ProgressBus; readonly follower: ProgressBus }>;
  readonly closeAll: () => Promise<void>;
}

/** What every ProgressBus adapter must do (docs/server.md, "Live progress"). */
export function progressBusContract(name: string, subject: BusSubject): void {
  describe(`ProgressBus contract: ${name}`, () => {
    afterEach(async () => {
      await subject.closeAll();
    });

    it("delivers a review's events in order, numbered from 1, to every follower of that review only", async () => {
      const { publisher, follower } = await subject.open();
      const review = randomUUID();
      const first: ReviewMessage[] = [];
      const second: ReviewMessage[] = [];
      const elsewhere: ReviewMessage[] = [];
      const a = await follower.follow(review, (m) => first.push(m));
      const b = await follower.follow(review, (m) => second.push(m));
      await follower.follow(randomUUID(), (m) => elsewhere.push(m));
      expect(a.snapshot).toBeUndefined();
      await publisher.publish(review, stateEvent("running"));
      await publisher.publish(review, { kind: "stage", stage: "scope" });
      await publisher.publish(review, { kind: "file", analyser: "rules", file: "a.js", done: 1, total: 2 });
      await publisher.publish(review, stateEvent("finished", { findings: 4 }));
      await until(() => first.length === 4 && second.length === 4);
      expect(first.map((m) => [m.seq, m.kind])).toEqual([
        [1, "state"],
        [2, "stage"],
        [3, "file"],
        [4, "state"],
      ]);
      expect(first[3]).toMatchObject({ reviewId: review, state: "finished", final: true, findings: 4 });
      expect(second).toEqual(first);
      expect(elsewhere).toEqual([]);
      await a.stop();
      await b.stop();
    });

    it("gives a late follower the folded state of everything published", async () => {
      const { publisher, follower } = await subject.open();
      const review = randomUUID();
      await publisher.publish(review, stateEvent("running"));
      await publisher.publish(review, { kind: "stage", stage: "analyse" });
      await publisher.publish(review, { kind: "scope", filesFound: 3, skipped: 1 });
      await publisher.publish(review, { kind: "analyser", analyser: "rules", status: "started" });
      await publisher.publish(review, {
        kind: "analyser",
        analyser: "secrets",
        status: "completed",
        findings: 0,
      });
      await publisher.publish(review, { kind: "file", analyser: "rules", file: "b.js", done: 2, total: 3 });
      await publisher.publish(review, {
        kind: "analyser",
        analyser: "rules",
        status: "completed",
        findings: 2,
      });
      const follow = await follower.follow(review, () => undefined);
      expect(follow.snapshot).toMatchObject({
        kind: "snapshot",
        reviewId: review,
        seq: 7,
        state: "running",
        final: false,
        stage: "analyse",
        scope: { filesFound: 3, skipped: 1 },
        file: { analyser: "rules", file: "b.js", done: 2, total: 3 },
        analysers: { rules: "completed", secrets: "completed" },
      });
      await follow.stop();
    });

    it("never reopens a review that ended: a later non-final state is not kept", async () => {
      const { publisher, follower } = await subject.open();
      const review = randomUUID();
      await publisher.publish(review, stateEvent("cancelled"));
      await publisher.publish(review, stateEvent("running"));
      const follow = await follower.follow(review, () => undefined);
      expect(follow.snapshot).toMatchObject({ state: "cancelled", final: true });
      await follow.stop();
    });

    it("sends nothing more to a follower that stopped", async () => {
      const { publisher, follower } = await subject.open();
      const review = randomUUID();
      const stopped: ReviewMessage[] = [];
      const going: ReviewMessage[] = [];
      const a = await follower.follow(review, (m) => stopped.push(m));
      const b = await follower.follow(review, (m) => going.push(m));
      await a.stop();
      await publisher.publish(review, stateEvent("running"));
      await publisher.publish(review, stateEvent("finished"));
      await until(() => going.length === 2);
      expect(stopped).toEqual([]);
      await b.stop();
    });

    it("forgets a review's state once it has been quiet for longer than it is kept", async () => {
      const { publisher, follower } = await subject.open(150);
      const review = randomUUID();
      await publisher.publish(review, stateEvent("finished"));
      const kept = await follower.follow(review, () => undefined);
      expect(kept.snapshot?.state).toBe("finished");
      await kept.stop();
      await until(async () => {
        const later = await follower.follow(review, () => undefined);
        await later.stop();
        // The in-memory bus forgets as others publish; Redis expires the key by itself.
        await publisher.publish(randomUUID(), stateEvent("running"));
        return later.snapshot === undefined;
      });
    });
  });
}
