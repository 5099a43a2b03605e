import { CodeGuardianError } from "../../core/errors.js";
import { principalOf } from "../auth/authenticate.js";
import { errorBody } from "../error-reply.js";
import { proveOneFix } from "../../app/fix-one.js";
import type { Finding } from "../../core/finding.js";
import type { RegisteredProject } from "../../core/service-store.js";
import type { Principal } from "../auth/principal.js";
import {
  acknowledgeBody,
  acknowledgement,
  authErrors,
  oneFix,
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
      const { limit, after, severity, category, status, file } = request.query;
      const page = await deps.store.service.findings(organisationId, review.id, {
        limit,
        ...(after === undefined ? {} : { after }),
        ...(severity === undefined ? {} : { severity }),
        ...(category === undefined ? {} : { category }),
        ...(status === undefined ? {} : { status }),
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
          status: f.status,
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
      const { project, fingerprint } = await findingOr404(deps, organisationId, request.params);
      const store = await deps.store.forOrganisation(organisationId);
      return store.dismiss(project, fingerprint, { by: actorOf(principal), reason: request.body.reason });
    },
  );
  app.post(
    "/v1/reviews/:id/findings/:fingerprint/acknowledge",
    {
      config: { access: "member", scope: "findings:write" },
      schema: {
        tags: ["findings"],
        params: findingParams,
        body: acknowledgeBody,
        response: { 200: acknowledgement, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const { project, fingerprint } = await findingOr404(deps, organisationId, request.params);
      const { note } = request.body;
      return deps.store.service.acknowledge(organisationId, project.id, fingerprint, {
        by: actorOf(principal),
        ...(note === undefined ? {} : { note }),
      });
    },
  );
}

/** Asks for one finding's fix: the deterministic fix stage on the stored review (docs/server.md). */
export function fixRoute(app: ZodApp, deps: ServerDeps): void {
  app.post(
    "/v1/reviews/:id/findings/:fingerprint/fix",
    {
      config: { access: "member", scope: "findings:write" },
      schema: { tags: ["findings"], params: findingParams, response: { 200: oneFix, ...authErrors } },
    },
    async (request) => {
      const organisationId = principalOf(request).organisation.id;
      const { fingerprint } = await findingOr404(deps, organisationId, request.params);
      const stored = await (await deps.store.forOrganisation(organisationId)).getReview(request.params.id);
      if (stored === undefined) {
        throw new CodeGuardianError("CG_REVIEW_NOT_FOUND", `Review ${request.params.id} is not stored yet.`);
      }
      const result = await proveOneFix(stored, fingerprint);
      if (result.status === "none") return { fingerprint, status: "none" as const, reason: result.reason };
      const { status, validation, fix, diff } = result;
      return {
        fingerprint,
        status,
        validation: {
          status: validation.status,
          applies: validation.applies,
          parses: validation.parses,
          findingGone: validation.findingGone,
          noNewFindings: validation.noNewFindings,
          ...(validation.recheckedWith === undefined ? {} : { recheckedWith: validation.recheckedWith }),
          reasons: [...validation.reasons],
        },
        ...(fix === undefined
          ? {}
          : {
              fix: {
                description: fix.description,
                applicability: fix.applicability,
                edits: fix.edits.map((e) => ({ range: e.range, text: e.text })),
              },
            }),
        ...(diff === undefined ? {} : { diff }),
      };
    },
  );
}

/** The review's finding and its project; 404 when the review (in this organisation) has no such finding. */
export async function findingOr404(
  deps: ServerDeps,
  organisationId: string,
  params: { readonly id: string; readonly fingerprint: string },
): Promise<{ readonly project: RegisteredProject; readonly fingerprint: string; readonly finding: Finding }> {
  const review = await reviewOr404(deps, organisationId, params.id);
  const { fingerprint } = params;
  const inReview = await deps.store.service.findings(organisationId, review.id, { limit: 1, fingerprint });
  const finding = inReview.findings[0];
  if (finding === undefined) {
    throw new CodeGuardianError("CG_NOT_FOUND", `Review ${review.id} has no finding ${fingerprint}.`);
  }
  return { project: await projectOr404(deps, organisationId, review.projectId), fingerprint, finding };
}

/** Who acted, as dismissals and acknowledgements record it. */
function actorOf(principal: Principal): string {
  return principal.user?.id ?? `api-key:${principal.apiKey?.id ?? "unknown"}`;
}
