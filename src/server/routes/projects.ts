import { z } from "zod";
import { CodeGuardianError } from "../../core/errors.js";
import type { RegisteredProject } from "../../core/service-store.js";
import { principalOf } from "../auth/authenticate.js";
import { errorBody } from "../error-reply.js";
import { checkRepository } from "../repository-policy.js";
import { periodStart, trendByDay } from "../../core/trends.js";
import {
  authErrors,
  createProjectBody,
  id,
  project,
  projectSettings,
  trends,
  trendsQuery,
} from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

const params = z.object({ id }).strict();

/** Projects: a repository the operator allows, registered once, reviewed by id (docs/server.md). */
export function projectRoutes(app: ZodApp, deps: ServerDeps): void {
  app.post(
    "/v1/projects",
    {
      config: { access: "admin", scope: "projects:write" },
      schema: {
        tags: ["projects"],
        body: createProjectBody,
        response: { 201: project, 400: errorBody, 409: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const { organisation } = principalOf(request);
      const checked = await checkRepository(request.body.repository, deps.repositories);
      const created = await deps.store.service.createProject(organisation.id, {
        ...checked,
        name: request.body.name,
        settings: request.body.settings,
      });
      return reply.status(201).send(view(created));
    },
  );
  app.get(
    "/v1/projects/:id",
    {
      config: { access: "viewer", scope: "reviews:read" },
      schema: { tags: ["projects"], params, response: { 200: project, ...authErrors } },
    },
    async (request) =>
      view(await projectOr404(deps, principalOf(request).organisation.id, request.params.id)),
  );
  app.put(
    "/v1/projects/:id/settings",
    {
      config: { access: "admin", scope: "projects:write" },
      schema: {
        tags: ["projects"],
        params,
        body: projectSettings,
        response: { 200: project, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const { organisation } = principalOf(request);
      const updated = await deps.store.service.updateProjectSettings(
        organisation.id,
        request.params.id,
        request.body,
      );
      if (updated === undefined) throw projectNotFound(request.params.id);
      return view(updated);
    },
  );
  app.get(
    "/v1/projects/:id/trends",
    {
      config: { access: "viewer", scope: "reviews:read" },
      schema: {
        tags: ["projects"],
        params,
        querystring: trendsQuery,
        response: { 200: trends, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const organisationId = principalOf(request).organisation.id;
      const found = await projectOr404(deps, organisationId, request.params.id);
      const since = periodStart(new Date(), request.query.days);
      const points = await deps.store.service.trends(organisationId, found.id, since);
      const shown = request.query.by === "day" ? trendByDay(points) : points;
      return {
        projectId: found.id,
        since,
        by: request.query.by,
        points: shown.map(({ state: _state, ...point }) => ({
          ...point,
          bySeverity: { ...point.bySeverity },
        })),
      };
    },
  );
}

export async function projectOr404(
  deps: ServerDeps,
  organisationId: string,
  projectId: string,
): Promise<RegisteredProject> {
  const found = await deps.store.service.project(organisationId, projectId);
  if (found === undefined) throw projectNotFound(projectId);
  return found;
}

function projectNotFound(projectId: string): CodeGuardianError {
  return new CodeGuardianError("CG_NOT_FOUND", `No project ${projectId} in this organisation.`);
}

function view(p: RegisteredProject): z.infer<typeof project> {
  return {
    id: p.id,
    name: p.name,
    key: p.key,
    repositoryUrl: p.repositoryUrl,
    provider: p.provider,
    settings: p.settings,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
