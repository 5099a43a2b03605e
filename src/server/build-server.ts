import { randomUUID } from "node:crypto";
import { trace } from "@opentelemetry/api";
import swagger from "@fastify/swagger";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { CodeGuardianError } from "../core/errors.js";
import { MemoryProgressBus } from "../queue/memory-progress-bus.js";
import { authenticator } from "./auth/authenticate.js";
import { ServiceMetrics } from "../platform/metrics.js";
import { errorReply } from "./error-reply.js";
import { observeRequests } from "./observe-requests.js";
import { adminRoutes } from "./routes/admin.js";
import { apiKeyRoutes } from "./routes/api-keys.js";
import { findingRoutes, fixRoute } from "./routes/findings.js";
import { healthRoutes } from "./routes/health.js";
import { memberRoutes } from "./routes/members.js";
import { meRoutes } from "./routes/me.js";
import { projectRoutes } from "./routes/projects.js";
import { reviewStreamRoutes } from "./routes/review-stream.js";
import { reviewRoutes } from "./routes/reviews.js";
import { usageRoutes } from "./routes/usage.js";
import { registerRateLimits } from "./rate-limits.js";
import { addSecurityHeaders, corsHeaders, preflight } from "./security-headers.js";
import type { ServerDeps } from "./server-deps.js";
import type { ZodApp } from "./zod-app.js";

/** A route as registered, for the role matrix's meta-test (docs/server.md, "Roles"). */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: string;
  /** The API key scope it needs, if any (docs/server.md, "API key scopes"). */
  readonly scope?: string;
}

const ROUTES = new WeakMap<FastifyInstance, readonly RegisteredRoute[]>();

/** Every route `buildServer` registered, HEAD twins of GET routes left out. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return ROUTES.get(app) ?? [];
}

/**
 * The HTTP service as an app factory (docs/server.md): routes, auth, limits
 * and the OpenAPI document on the parts `deps` hands in. It does not listen;
 * start.ts does, and tests call `inject()` or listen on a free port.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  // Typed as fastify's logger, so the app keeps the type routes are written against.
  const loggerInstance: FastifyBaseLogger | undefined = deps.log;
  const app: ZodApp = Fastify({
    bodyLimit: deps.limits.bodyBytes,
    ...(loggerInstance !== undefined
      ? { loggerInstance }
      : {
          logger:
            deps.logger === true
              ? { redact: ["req.headers.authorization", 'req.headers["x-api-key"]'] }
              : false,
        }),
    // A request's id is in every log line about it and in its X-Request-Id response header.
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  const metrics = deps.metrics ?? new ServiceMetrics();
  observeRequests(app, metrics, deps.tracer ?? trace.getTracerProvider().getTracer("codeguardian"));
  const routes: RegisteredRoute[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      const scope = route.config?.scope;
      routes.push({
        method,
        url: route.url,
        access: route.config?.access ?? "owner",
        ...(scope === undefined ? {} : { scope }),
      });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = errorReply(error);
    if (internal) request.log.error({ err: error }, "request failed");
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler({ preHandler: undefined }, (request) => {
    throw new CodeGuardianError(
      "CG_NOT_FOUND",
      `No route ${request.method} ${request.url.split("?")[0] ?? ""}.`,
    );
  });
  // Before authentication: the plugin's own onRequest hook marks an upgrade request, so the
  // socket of one refused (401, 404) is closed after the answer rather than left open.
  // Clients send nothing on a progress stream; a small frame limit says so.
  await app.register(websocket, { options: { maxPayload: 4096 } });
  app.addHook("onRequest", async (request, reply) => {
    addSecurityHeaders(reply);
    void reply.header("x-request-id", request.id);
    corsHeaders(request, reply, deps.corsOrigins);
  });
  app.addHook("onRequest", authenticator(deps));

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "CodeGuardian API", version: deps.version },
      components: {
        securitySchemes: {
          apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ apiKey: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Runs after authentication (a route's own hooks follow the app's), so it counts per credential.
  await registerRateLimits(app, deps.limits, deps.rateLimitStore);

  healthRoutes(app, deps);
  meRoutes(app);
  projectRoutes(app, deps);
  reviewRoutes(app, deps);
  reviewStreamRoutes(app, deps, deps.progress ?? new MemoryProgressBus());
  findingRoutes(app, deps);
  fixRoute(app, deps);
  apiKeyRoutes(app, deps);
  adminRoutes(app, deps, metrics);
  memberRoutes(app, deps);
  usageRoutes(app, deps);
  app.options("/v1/*", { config: { access: "public" }, schema: { hide: true } }, (request, reply) =>
    preflight(request, reply, deps.corsOrigins),
  );
  app.get("/v1/openapi.json", { config: { access: "public" }, schema: { hide: true } }, () => app.swagger());
  await app.ready();
  ROUTES.set(app, routes);
  return app;
}
