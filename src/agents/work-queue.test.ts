import { describe, expect, test } from "vitest";
import { WorkQueue } from "./work-queue.js";

type Outcome = "done" | "refused";

/** A call the test settles by hand; `started` logs each try in order. */
function harness(concurrency: number) {
  const queue = new WorkQueue(concurrency);
  const started: string[] = [];
  const waiting = new Map<string, (o: Outcome) => void>();
  const submit = (name: string, rank: number[]): Promise<Outcome> =>
    queue.submit(
      rank,
      () =>
        new Promise<Outcome>((resolve) => {
          started.push(name);
          waiting.set(name, resolve);
        }),
      (o) => o === "refused",
    );
  const settle = async (name: string, outcome: Outcome): Promise<void> => {
    const resolve = waiting.get(name);
    if (resolve === undefined) throw new Error(`${name} is not running`);
    waiting.delete(name);
    resolve(outcome);
    await turns();
  };
  return { submit, settle, started };
}

/** Lets the queue's dispatch turn and promise callbacks run. */
async function turns(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
}

describe("WorkQueue", () => {
  test("dispatches every queued call by rank once all are queued, within its concurrency", async () => {
    const { submit, started } = harness(2);
    void submit("c", [1, 2]);
    void submit("a", [0, 9]);
    void submit("b", [1, 0]);
    await turns();
    expect(started).toEqual(["a", "b"]);
  });

  test("a parked call keeps its rank: nothing ranked after it starts until it has tried again", async () => {
    const { submit, settle, started } = harness(2);
    const results = ["a", "b", "c"].map((name, i) => submit(name, [i]));
    await turns();
    expect(started).toEqual(["a", "b"]);
    // Refused while a is in flight: parked, and c (a free slot) does not take its place.
    await settle("b", "refused");
    expect(started).toEqual(["a", "b"]);
    // a settled: b tries again before c.
    await settle("a", "done");
    expect(started).toEqual(["a", "b", "b", "c"]);
    await settle("b", "done");
    await settle("c", "done");
    expect(await Promise.all(results)).toEqual(["done", "done", "done"]);
  });

  test("refused for good only against a settled budget: nothing in flight, nothing settled since its try", async () => {
    const { submit, settle, started } = harness(2);
    const a = submit("a", [0]);
    const b = submit("b", [1]);
    await turns();
    await settle("a", "refused");
    // b still in flight: a waits.
    await settle("b", "refused");
    // b was refused with nothing else in flight and nothing settled: final. a gets its last try.
    expect(await b).toBe("refused");
    expect(started).toEqual(["a", "b", "a"]);
    await settle("a", "refused");
    expect(await a).toBe("refused");
  });

  test("a call that fails (throws) frees its slot and rejects only its own promise", async () => {
    const queue = new WorkQueue(1);
    const failed = queue.submit(
      [0],
      () => Promise.reject(new Error("boom")),
      () => false,
    );
    const next = queue.submit(
      [1],
      () => Promise.resolve("ok"),
      () => false,
    );
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
  });
});
