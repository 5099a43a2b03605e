import { z } from "zod";
import { CodeGuardianError } from "../../core/errors.js";
import { roleAtLeast, type ApiKeyRecord } from "../../core/team.js";
import { principalOf } from "../auth/authenticate.js";
import { errorBody } from "../error-reply.js";
import { apiKeyRecord, authErrors, createApiKeyBody, createdApiKey, id } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

/** The organisation's API keys: created (shown once), listed, revoked (docs/server.md, "API keys"). */
export function apiKeyRoutes(app: ZodApp, deps: ServerDeps): void {
  app.post(
    "/v1/api-keys",
    {
      config: { access: "admin", scope: "keys:write" },
      schema: {
        tags: ["api-keys"],
        body: createApiKeyBody,
        response: { 201: createdApiKey, 400: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      // Nobody hands out more than they hold.
      if (!roleAtLeast(principal.role, request.body.role)) {
        throw new CodeGuardianError(
          "CG_FORBIDDEN",
          `A ${principal.role} cannot create a key with the ${request.body.role} role.`,
        );
      }
      const held = principal.apiKey?.scopes;
      const wanted = request.body.scopes;
      if (held !== undefined && (wanted === undefined || wanted.some((s) => !held.includes(s)))) {
        throw new CodeGuardianError(
          "CG_SCOPE_MISSING",
          `A key limited to ${held.join(", ") || "no scopes"} can only create keys limited to some of them.`,
        );
      }
      const userId = request.body.forMe ? principal.user?.id : undefined;
      const created = await deps.store.team.createApiKey(principal.organisation.id, {
        name: request.body.name,
        role: request.body.role,
        ...(userId === undefined ? {} : { userId }),
        ...(wanted === undefined ? {} : { scopes: wanted }),
      });
      return reply.status(201).send({ key: created.key, record: view(created.record) });
    },
  );
  app.get(
    "/v1/api-keys",
    {
      config: { access: "admin", scope: "keys:read" },
      schema: {
        tags: ["api-keys"],
        response: { 200: z.object({ keys: z.array(apiKeyRecord) }), ...authErrors },
      },
    },
    async (request) => ({
      keys: (await deps.store.team.apiKeys(principalOf(request).organisation.id)).map(view),
    }),
  );
  app.delete(
    "/v1/api-keys/:id",
    {
      config: { access: "admin", scope: "keys:write" },
      schema: {
        tags: ["api-keys"],
        params: z.object({ id }).strict(),
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (request, reply) => {
      const revoked = await deps.store.team.revokeApiKey(
        principalOf(request).organisation.id,
        request.params.id,
      );
      if (!revoked)
        throw new CodeGuardianError(
          "CG_NOT_FOUND",
          `No active API key ${request.params.id} in this organisation.`,
        );
      return reply.status(204).send(null);
    },
  );
}

function view(record: ApiKeyRecord): z.infer<typeof apiKeyRecord> {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    prefix: record.prefix,
    ...(record.scopes === undefined ? {} : { scopes: [...record.scopes] }),
    ...(record.userId === undefined ? {} : { userId: record.userId }),
    createdAt: record.createdAt,
    ...(record.lastUsedAt === undefined ? {} : { lastUsedAt: record.lastUsedAt }),
    ...(record.revokedAt === undefined ? {} : { revokedAt: record.revokedAt }),
  };
}
