import type { WebSocket } from "@fastify/websocket";
import { z } from "zod";
import {
  stateEvent,
  type ProgressBus,
  type ProgressFollow,
  type ReviewMessage,
  type ReviewSnapshot,
} from "../../core/progress-bus.js";
import { CodeGuardianError } from "../../core/errors.js";
import type { ReviewSummaryView } from "../../core/service-store.js";
import { principalOf } from "../auth/authenticate.js";
import type { Principal } from "../auth/principal.js";
import { authErrors, reviewParams } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";
import { reviewOr404 } from "./reviews.js";

/** A ticket lives long enough for a browser to open the socket right after asking, and no longer. */
export const TICKET_TTL_MS = 30_000;
const DEFAULT_POLL_MS = 5_000;
/** A client this far behind is cut off rather than buffered for without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

const streamTicket = z.object({ ticket: z.string(), expiresAt: z.string() });

/**
 * Live progress of a review (docs/server.md, "Live progress"): a ticket for
 * a browser, and the WebSocket that sends the review's current state first,
 * then its events as they are published, and closes after the final state.
 */
export function reviewStreamRoutes(app: ZodApp, deps: ServerDeps, bus: ProgressBus): void {
  app.post(
    "/v1/reviews/:id/stream-ticket",
    {
      config: { access: "viewer", scope: "reviews:read" },
      schema: { tags: ["reviews"], params: reviewParams, response: { 201: streamTicket, ...authErrors } },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const review = await reviewOr404(deps, principal.organisation.id, request.params.id);
      const issued = await deps.store.tickets.issue(
        {
          organisationId: principal.organisation.id,
          reviewId: review.id,
          role: principal.role,
          holder: holderOf(principal),
        },
        TICKET_TTL_MS,
      );
      return reply.status(201).send(issued);
    },
  );
  app.route({
    method: "GET",
    url: "/v1/reviews/:id/stream",
    // A stream is one long request; the ticket or credential was checked (and counted) when it opened.
    config: { access: "viewer", scope: "reviews:read", ticket: true, rateLimit: false },
    schema: { tags: ["reviews"], params: reviewParams, hide: true },
    // Before the upgrade: another organisation's review is a plain 404, as an unknown one.
    preHandler: async (request) => {
      await reviewOr404(deps, principalOf(request).organisation.id, request.params.id);
    },
    handler: () => {
      throw new CodeGuardianError("CG_REQUEST_INVALID", "Open the progress stream as a WebSocket.");
    },
    wsHandler: (socket, request) =>
      stream(socket, deps, bus, principalOf(request).organisation.id, request.params.id, (message) =>
        request.log.warn(message),
      ),
  });
}

function holderOf(principal: Principal): string {
  if (principal.apiKey !== undefined) return `key:${principal.apiKey.id}`;
  return principal.user === undefined ? principal.rateKey : `user:${principal.user.id}`;
}

/**
 * Follows the bus before reading any state, so nothing published meanwhile
 * is lost; messages the snapshot already holds (by `seq`) are not sent
 * twice. The store is read too, at once and then every `streamPollMs`: it
 * has the last word when the runner published nothing (a worker without a
 * bus, or a Redis that lost the final event).
 */
async function stream(
  socket: WebSocket,
  deps: ServerDeps,
  bus: ProgressBus,
  organisationId: string,
  reviewId: string,
  log: (message: string) => void,
): Promise<void> {
  let lastSeq = 0;
  let ended = false;
  let ready = false;
  const early: ReviewMessage[] = [];
  // Set once following and polling have begun; whichever way the stream ends stops both.
  const running: { poll?: NodeJS.Timeout; stopFollowing?: () => Promise<void> } = {};
  const end = (code: number, reason: string): void => {
    if (ended) return;
    ended = true;
    clearInterval(running.poll);
    void running.stopFollowing?.();
    if (socket.readyState === socket.OPEN) socket.close(code, reason);
  };
  const send = (message: ReviewMessage | ReviewSnapshot): void => {
    if (ended) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return end(1013, "client too slow");
    socket.send(JSON.stringify(message));
    if ((message.kind === "state" || message.kind === "snapshot") && message.final) {
      end(1000, `review ${message.state}`);
    }
  };
  const deliver = (message: ReviewMessage): void => {
    if (message.seq <= lastSeq) return;
    lastSeq = message.seq;
    send(message);
  };
  socket.on("close", () => end(1000, "closed"));

  const follow = await bus
    .follow(reviewId, (message) => (ready ? deliver(message) : early.push(message)))
    .catch((error: unknown): ProgressFollow => {
      // The bus away (Redis down): the stream still tells the state the store knows, polled.
      log(`progress bus unavailable for review ${reviewId}: ${String(error)}`);
      return { snapshot: undefined, stop: () => Promise.resolve() };
    });
  running.stopFollowing = () => follow.stop();
  if (ended) return void follow.stop();
  const summary = await deps.store.service.reviewSummary(organisationId, reviewId);
  if (summary === undefined) return end(4404, "review not found");
  const snapshot = withStore(follow.snapshot ?? fromStore(summary), summary);
  lastSeq = snapshot.seq;
  send(snapshot);
  ready = true;
  for (const message of early.splice(0)) deliver(message);
  if (ended) return;
  running.poll = setInterval(() => {
    deps.store.service.reviewSummary(organisationId, reviewId).then(
      (now) => {
        if (now === undefined) return end(4404, "review not found");
        if (stateEvent(now.state).final) send(finalFromStore(now, reviewId, lastSeq));
      },
      // The store briefly away: the next poll tries again, and the bus may still deliver.
      () => undefined,
    );
  }, deps.streamPollMs ?? DEFAULT_POLL_MS);
}

/** What the store says when the bus holds nothing of the review (it never ran here, or long ago). */
function fromStore(summary: ReviewSummaryView): ReviewSnapshot {
  const state = stateEvent(summary.state);
  return {
    kind: "snapshot",
    reviewId: summary.id,
    seq: 0,
    at: summary.completedAt ?? summary.requestedAt ?? new Date().toISOString(),
    state: summary.state,
    final: state.final,
    ...(summary.total === undefined ? {} : { findings: summary.total }),
  };
}

/** The bus's snapshot, unless the store knows the review ended and the bus missed it. */
function withStore(snapshot: ReviewSnapshot, summary: ReviewSummaryView): ReviewSnapshot {
  if (snapshot.final || !stateEvent(summary.state).final) return snapshot;
  return { ...fromStore(summary), ...snapshot, state: summary.state, final: true };
}

function finalFromStore(summary: ReviewSummaryView, reviewId: string, seq: number): ReviewMessage {
  return {
    ...stateEvent(summary.state, summary.total === undefined ? {} : { findings: summary.total }),
    reviewId,
    // Not a bus message: it carries the last number seen rather than taking a new one.
    seq,
    at: summary.completedAt ?? new Date().toISOString(),
  };
}
