import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { stateEvent } from "../core/progress-bus.js";
import { MemoryProgressBus } from "../queue/memory-progress-bus.js";
import { RedisProgressBus } from "../queue/redis-progress-bus.js";
import { freePort } from "../../test/worker/processes.js";
import { buildServer } from "./build-server.js";
import { DEFAULT_LIMITS } from "./server-deps.js";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

/**
 * The review progress stream on a real store and the in-process bus
 * (docs/server.md, "Live progress"): tickets, who may follow which review,
 * and what a follower receives.
 */
interface Received {
  readonly messages: Record<string, unknown>[];
  readonly closed: Promise<{ code: number; reason: string }>;
}

let f: ServerFixture;
let app: FastifyInstance;
const bus = new MemoryProgressBus();

beforeAll(async () => {
  f = await serverFixture("sqlite", { requestsPerWindow: 100_000 });
  app = await buildServer({
    store: f.pool,
    queue: f.queue,
    progress: bus,
    streamPollMs: 100,
    repositories: { allowedUrls: [], roots: [f.root] },
    limits: DEFAULT_LIMITS,
    corsOrigins: [],
    version: "0.1.0-test",
  });
});
afterAll(async () => {
  await app.close();
  await f.close();
});

let counter = 0;
/** A review accepted and still queued: nothing has run it yet. */
async function queuedReview(): Promise<string> {
  counter += 1;
  const id = `live-${counter}-${Date.now()}`;
  await f.pool.service.recordReviewRequest({
    id,
    organisationId: f.org.id,
    projectId: f.project.id,
    state: "queued",
    scope: { kind: "full" },
    requestedBy: { kind: "api" },
  });
  return id;
}

async function ticketFor(reviewId: string, key = f.keys.viewer): Promise<string> {
  const reply = await app.inject({
    method: "POST",
    url: `/v1/reviews/${reviewId}/stream-ticket`,
    headers: withKey(key),
  });
  expect(reply.statusCode).toBe(201);
  return reply.json<{ ticket: string }>().ticket;
}

/** Opens the stream with the listeners attached before the first frame can arrive. */
async function open(url: string, headers: Record<string, string> = {}): Promise<Received> {
  const messages: Record<string, unknown>[] = [];
  let closed!: Promise<{ code: number; reason: string }>;
  await app.injectWS(
    url,
    { headers },
    {
      onInit: (ws) => {
        ws.on("message", (data: Buffer) =>
          messages.push(JSON.parse(data.toString()) as Record<string, unknown>),
        );
        closed = new Promise((resolve) =>
          ws.once("close", (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
        );
      },
    },
  );
  return { messages, closed };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("GET /v1/reviews/{id}/stream", () => {
  it("sends the current state, then the review's events in order, and closes after the final state", async () => {
    const id = await queuedReview();
    const stream = await open(`/v1/reviews/${id}/stream?ticket=${await ticketFor(id)}`);
    await until(() => stream.messages.length === 1);
    expect(stream.messages[0]).toMatchObject({
      kind: "snapshot",
      reviewId: id,
      seq: 0,
      state: "queued",
      final: false,
    });
    await bus.publish(id, stateEvent("running"));
    await bus.publish(id, { kind: "stage", stage: "analyse" });
    await bus.publish(id, { kind: "file", analyser: "rules", file: "src/a.js", done: 1, total: 1 });
    await bus.publish(id, stateEvent("finished", { findings: 3 }));
    expect(await stream.closed).toEqual({ code: 1000, reason: "review finished" });
    expect(stream.messages.slice(1)).toMatchObject([
      { kind: "state", seq: 1, state: "running", final: false },
      { kind: "stage", seq: 2, stage: "analyse" },
      { kind: "file", seq: 3, analyser: "rules", file: "src/a.js", done: 1, total: 1 },
      { kind: "state", seq: 4, state: "finished", final: true, findings: 3 },
    ]);
  });

  it("gives a follower who comes mid-review the folded state first, then only what follows it", async () => {
    const id = await queuedReview();
    await bus.publish(id, stateEvent("running"));
    await bus.publish(id, { kind: "stage", stage: "synthesise" });
    const stream = await open(`/v1/reviews/${id}/stream`, withKey(f.keys.member));
    await until(() => stream.messages.length === 1);
    expect(stream.messages[0]).toMatchObject({
      kind: "snapshot",
      seq: 2,
      state: "running",
      stage: "synthesise",
    });
    await bus.publish(id, stateEvent("failed", { message: "disk full" }));
    expect((await stream.closed).code).toBe(1000);
    expect(stream.messages.slice(1)).toMatchObject([
      { kind: "state", seq: 3, state: "failed", message: "disk full" },
    ]);
  });

  it("answers a follower of an ended review with its final state at once", async () => {
    const stream = await open(`/v1/reviews/${f.reviewId}/stream?ticket=${await ticketFor(f.reviewId)}`);
    expect(await stream.closed).toEqual({ code: 1000, reason: "review finished" });
    expect(stream.messages).toMatchObject([
      { kind: "snapshot", state: "finished", final: true, findings: 120 },
    ]);
  });

  it("tells followers of a cancel made over the API", async () => {
    const id = await queuedReview();
    const stream = await open(`/v1/reviews/${id}/stream?ticket=${await ticketFor(id)}`);
    await until(() => stream.messages.length === 1);
    const cancelled = await app.inject({
      method: "POST",
      url: `/v1/reviews/${id}/cancel`,
      headers: withKey(f.keys.member),
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await stream.closed).toEqual({ code: 1000, reason: "review cancelled" });
    expect(stream.messages.at(-1)).toMatchObject({ kind: "state", state: "cancelled", final: true });
  });

  it("learns the end from the store when nothing is published on the bus", async () => {
    const id = await queuedReview();
    const stream = await open(`/v1/reviews/${id}/stream?ticket=${await ticketFor(id)}`);
    await until(() => stream.messages.length === 1);
    await f.pool.service.moveReviewRequest(f.org.id, id, ["queued"], "failed");
    expect(await stream.closed).toEqual({ code: 1000, reason: "review failed" });
    expect(stream.messages.at(-1)).toMatchObject({ kind: "state", state: "failed", final: true, seq: 0 });
  });

  it("still tells the state the store knows when the bus is away", async () => {
    const deadRedis = new RedisProgressBus({ url: `redis://127.0.0.1:${await freePort()}` });
    const cut = await buildServer({
      store: f.pool,
      queue: f.queue,
      progress: deadRedis,
      repositories: { allowedUrls: [], roots: [f.root] },
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      version: "0.1.0-test",
    });
    try {
      const messages: Record<string, unknown>[] = [];
      const closed = new Promise<number>((resolve) => {
        void cut.injectWS(
          `/v1/reviews/${f.reviewId}/stream`,
          { headers: withKey(f.keys.viewer) },
          {
            onInit: (ws) => {
              ws.on("message", (data: Buffer) =>
                messages.push(JSON.parse(data.toString()) as Record<string, unknown>),
              );
              ws.once("close", (code: number) => resolve(code));
            },
          },
        );
      });
      expect(await closed).toBe(1000);
      expect(messages).toMatchObject([{ kind: "snapshot", state: "finished", final: true, findings: 120 }]);
    } finally {
      await cut.close();
      await deadRedis.close();
    }
  });

  it("answers a plain GET with 400: the stream is a WebSocket", async () => {
    const reply = await app.inject({
      method: "GET",
      url: `/v1/reviews/${f.reviewId}/stream`,
      headers: withKey(f.keys.viewer),
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({ code: "CG_REQUEST_INVALID" });
  });
});

describe("stream credentials", () => {
  const refused = (url: string, headers: Record<string, string> = {}) =>
    app.injectWS(url, { headers }).then(
      (socket) => {
        socket.terminate();
        return "opened";
      },
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );

  it("refuses no credentials with 401, on both routes", async () => {
    expect(await refused(`/v1/reviews/${f.reviewId}/stream`)).toBe("Unexpected server response: 401");
    const ticket = await app.inject({ method: "POST", url: `/v1/reviews/${f.reviewId}/stream-ticket` });
    expect(ticket.statusCode).toBe(401);
  });

  it("takes a ticket once", async () => {
    const ticket = await ticketFor(f.reviewId);
    expect(await refused(`/v1/reviews/${f.reviewId}/stream?ticket=${ticket}`)).toBe("opened");
    expect(await refused(`/v1/reviews/${f.reviewId}/stream?ticket=${ticket}`)).toBe(
      "Unexpected server response: 401",
    );
  });

  it("refuses a ticket for another review, and it is used up by the try", async () => {
    const other = await queuedReview();
    const ticket = await ticketFor(other);
    expect(await refused(`/v1/reviews/${f.reviewId}/stream?ticket=${ticket}`)).toBe(
      "Unexpected server response: 401",
    );
    expect(await refused(`/v1/reviews/${other}/stream?ticket=${ticket}`)).toBe(
      "Unexpected server response: 401",
    );
  });

  it("refuses an expired ticket", async () => {
    const { ticket } = await f.pool.tickets.issue(
      { organisationId: f.org.id, reviewId: f.reviewId, role: "viewer", holder: "key:test" },
      -1,
    );
    expect(await refused(`/v1/reviews/${f.reviewId}/stream?ticket=${ticket}`)).toBe(
      "Unexpected server response: 401",
    );
  });

  it("never takes a ticket on another route, nor an API key in the URL", async () => {
    const ticket = await ticketFor(f.reviewId);
    const summary = await app.inject({ method: "GET", url: `/v1/reviews/${f.reviewId}?ticket=${ticket}` });
    expect(summary.statusCode).toBe(401);
    expect(await refused(`/v1/reviews/${f.reviewId}/stream?ticket=${f.keys.owner}`)).toBe(
      "Unexpected server response: 401",
    );
  });

  it("closes the connection of a refused upgrade, so a server can stop", async () => {
    const address = await app.listen({ host: "127.0.0.1", port: 0 });
    const socket = new WebSocket(
      `${address.replace("http", "ws")}/v1/reviews/${f.reviewId}/stream?ticket=cgt_x`,
    );
    const status = await new Promise<number>((resolve) =>
      // A client that listens for the refusal keeps its end open; the server must close its own.
      socket.once("unexpected-response", (_request, response) =>
        response.socket.once("close", () => resolve(response.statusCode ?? 0)),
      ),
    );
    expect(status).toBe(401);
  });

  it("answers another organisation's review exactly as an unknown one: 404", async () => {
    const otherTicket = await app.inject({
      method: "POST",
      url: `/v1/reviews/${f.otherReviewId}/stream-ticket`,
      headers: withKey(f.keys.owner),
    });
    const unknownTicket = await app.inject({
      method: "POST",
      url: `/v1/reviews/no-such-review/stream-ticket`,
      headers: withKey(f.keys.owner),
    });
    expect(otherTicket.statusCode).toBe(404);
    expect(unknownTicket.statusCode).toBe(404);
    expect(otherTicket.json<{ code: string }>().code).toBe(unknownTicket.json<{ code: string }>().code);
    expect(await refused(`/v1/reviews/${f.otherReviewId}/stream`, withKey(f.keys.owner))).toBe(
      "Unexpected server response: 404",
    );
    expect(await refused(`/v1/reviews/no-such-review/stream`, withKey(f.keys.owner))).toBe(
      "Unexpected server response: 404",
    );
  });
});
