import { CodeGuardianError } from "../../core/errors.js";
import { principalOf } from "../auth/authenticate.js";
import { errorBody } from "../error-reply.js";
import {
  authErrors,
  dismissal,
  dismissBody,
  findingParams,
  findingsPage,
  findingsQuery,
  reviewParams,
} from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";
import { projectOr404 } from "./projects.js";
import { reviewOr404 } from "./reviews.js";

/** A review's findings, a page at a time, and dismissing one (docs/server.md). */
export function findingRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/v1/reviews/:id/findings",
    {
      config: { access: "viewer", scope: "reviews:read" },
      schema: {
        tags: ["findings"],
        params: reviewParams,
        querystring: findingsQuery,
        response: { 200: findingsPage, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const organisationId = principalOf(request).organisation.id;
      const review = await reviewOr404(deps, organisationId, request.params.id);
      const { limit, after, severity, category, file } = request.query;
      const page = await deps.store.service.findings(organisationId, review.id, {
        limit,
        ...(after === undefined ? {} : { after }),
        ...(severity === undefined ? {} : { severity }),
        ...(category === undefined ? {} : { category }),
        ...(file === undefined ? {} : { file }),
      });
      return {
        findings: page.findings.map((f) => ({
          fingerprint: f.fingerprint,
          ruleId: f.ruleId,
          file: f.file,
          line: f.range.start.line,
          endLine: f.range.end.line,
          severity: f.severity,
          category: f.category,
          title: f.title,
          description: f.description,
          recommendation: f.recommendation,
          cwe: [...f.cwe],
          confidence: f.confidence,
          snippet: f.snippet,
          sources: [...f.sources],
          isNew: f.isNew,
          position: f.position,
        })),
        ...(page.next === undefined ? {} : { next: page.next }),
      };
    },
  );
  app.post(
    "/v1/reviews/:id/findings/:fingerprint/dismiss",
    {
      config: { access: "member", scope: "findings:write" },
      schema: {
        tags: ["findings"],
        params: findingParams,
        body: dismissBody,
        response: { 200: dismissal, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const review = await reviewOr404(deps, organisationId, request.params.id);
      const { fingerprint } = request.params;
      const inReview = await deps.store.service.findings(organisationId, review.id, {
        limit: 1,
        fingerprint,
      });
      if (inReview.findings.length === 0) {
        throw new CodeGuardianError("CG_NOT_FOUND", `Review ${review.id} has no finding ${fingerprint}.`);
      }
      const project = await projectOr404(deps, organisationId, review.projectId);
      const store = await deps.store.forOrganisation(organisationId);
      const by = principal.user?.id ?? `api-key:${principal.apiKey?.id ?? "unknown"}`;
      return store.dismiss(project, fingerprint, { by, reason: request.body.reason });
    },
  );
}
