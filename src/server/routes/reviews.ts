import { z } from "zod";
import type { JobRequest } from "../../app/job-request.js";
import type { ReviewRequest } from "../../app/review-request.js";
import { CodeGuardianError } from "../../core/errors.js";
import { stateEvent } from "../../core/progress-bus.js";
import type { RegisteredProject, RequestedScope, ReviewSummaryView } from "../../core/service-store.js";
import type { ReviewState } from "../../core/review.js";
import { principalOf } from "../auth/authenticate.js";
import type { Principal } from "../auth/principal.js";
import { enqueueTraced } from "../enqueue-traced.js";
import { errorBody } from "../error-reply.js";
import { authErrors, createReviewBody, reviewAccepted, reviewParams, reviewSummary } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";
import { projectOr404 } from "./projects.js";

const FINAL: readonly ReviewState[] = ["finished", "failed", "cancelled"];

/** Reviews: accepted at once (202), run by a worker from the queue, followed by id (docs/server.md). */
export function reviewRoutes(app: ZodApp, deps: ServerDeps): void {
  app.post(
    "/v1/reviews",
    {
      config: { access: "member", scope: "reviews:write" },
      schema: {
        tags: ["reviews"],
        body: createReviewBody,
        response: { 202: reviewAccepted, 400: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const project = await projectOr404(deps, organisationId, request.body.projectId);
      const reviewId = deps.newId?.() ?? crypto.randomUUID();
      const requestedBy = requesterOf(principal);
      // Recorded before it is queued: a client can follow it at once, and a lost job is visible.
      await deps.store.service.recordReviewRequest({
        id: reviewId,
        organisationId,
        projectId: project.id,
        state: "queued",
        scope: request.body.scope,
        requestedBy,
      });
      try {
        await enqueueTraced(deps, request, {
          reviewId,
          organisationId,
          projectId: project.id,
          // A diff review is a branch or pull request someone waits on: it goes ahead of full scans.
          priority: request.body.scope.kind === "diff" ? "pull-request" : "full",
          request: { ...jobRequest(project, request.body.scope, requestedBy) },
        });
      } catch (error) {
        await deps.store.service.moveReviewRequest(organisationId, reviewId, ["queued"], "failed");
        throw error;
      }
      return reply.status(202).send({ id: reviewId, state: "queued" as const });
    },
  );
  app.get(
    "/v1/reviews/:id",
    {
      config: { access: "viewer", scope: "reviews:read" },
      schema: { tags: ["reviews"], params: reviewParams, response: { 200: reviewSummary, ...authErrors } },
    },
    async (request) => reviewOr404(deps, principalOf(request).organisation.id, request.params.id),
  );
  app.post(
    "/v1/reviews/:id/cancel",
    {
      config: { access: "member", scope: "reviews:write" },
      schema: {
        tags: ["reviews"],
        params: reviewParams,
        response: {
          200: z.object({ id: z.string(), state: z.literal("cancelled") }),
          409: errorBody,
          ...authErrors,
        },
      },
    },
    async (request) => {
      const organisationId = principalOf(request).organisation.id;
      const review = await reviewOr404(deps, organisationId, request.params.id);
      if (FINAL.includes(review.state)) {
        throw new CodeGuardianError("CG_REVIEW_FINAL", `Review ${review.id} is already ${review.state}.`);
      }
      // The queue drops a queued job or aborts a running one; the request records the outcome either way.
      await deps.queue.cancel(review.id);
      const moved = await deps.store.service.moveReviewRequest(
        organisationId,
        review.id,
        ["queued", "running"],
        "cancelled",
      );
      if (!moved) throw new CodeGuardianError("CG_REVIEW_FINAL", `Review ${review.id} finished meanwhile.`);
      // A queued job never reaches a worker, so followers learn of the cancel from here.
      await deps.progress?.publish(review.id, stateEvent("cancelled")).catch((error: unknown) => {
        request.log.warn({ err: error }, "could not publish a cancel to the progress bus");
      });
      return { id: review.id, state: "cancelled" as const };
    },
  );
}

export async function reviewOr404(
  deps: ServerDeps,
  organisationId: string,
  reviewId: string,
): Promise<ReviewSummaryView> {
  const found = await deps.store.service.reviewSummary(organisationId, reviewId);
  // Another organisation's review reads exactly like one that does not exist.
  if (found === undefined)
    throw new CodeGuardianError("CG_REVIEW_NOT_FOUND", `No review ${reviewId} in this organisation.`);
  return found;
}

function requesterOf(principal: Principal): ReviewRequest["requestedBy"] {
  const id = principal.user?.id ?? principal.apiKey?.id;
  const name = principal.user?.email ?? principal.apiKey?.name;
  return { kind: "api", ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }) };
}

/**
 * What the worker is asked to review (src/app/job-request.ts): the project's
 * repository and settings. Where the review is stored is not the job's to
 * say: the worker records it in the organisation the job names.
 */
function jobRequest(
  project: RegisteredProject,
  scope: RequestedScope,
  requestedBy: ReviewRequest["requestedBy"],
): JobRequest {
  const { failOn, minConfidence, llm } = project.settings;
  return {
    targets: [project.repositoryUrl],
    cwd: project.provider === "local" ? project.repositoryUrl : "/",
    settings: {
      ...(failOn === undefined ? {} : { failOn }),
      ...(minConfidence === undefined ? {} : { minConfidence }),
      ...(llm === undefined ? {} : { llm }),
    },
    ...(scope.kind === "diff" ? { diff: { base: scope.base, wholeFiles: false } } : {}),
    baseline: true,
    requestedBy,
  };
}
