import rateLimit from "@fastify/rate-limit";
import type { Redis } from "ioredis";
import { CodeGuardianError } from "../core/errors.js";
import type { ServerLimits } from "./server-deps.js";
import type { ZodApp } from "./zod-app.js";

/** Where request counts are kept: this process's memory, or Redis shared by every API process. */
export interface RateLimitStore {
  readonly redis: Redis;
  /** Key prefix, so several deployments (or tests) can share one Redis. */
  readonly prefix: string;
}

/**
 * Two limits on every authenticated request (docs/server.md, "Limits and
 * headers"): per credential (an API key, or a user in an organisation), and
 * per organisation, so many keys of one organisation cannot crowd out the
 * others. Both run after authentication, as `onRequest` hooks registered
 * after the authenticator; public routes and refused credentials are not
 * counted. With a Redis store every API process counts together.
 */
export async function registerRateLimits(
  app: ZodApp,
  limits: ServerLimits,
  store: RateLimitStore | undefined,
): Promise<void> {
  const refused = (after: string): CodeGuardianError =>
    new CodeGuardianError("CG_RATE_LIMITED", `Too many requests: retry after ${after}.`);
  await app.register(rateLimit, {
    global: true,
    hook: "onRequest",
    max: limits.requestsPerWindow,
    timeWindow: limits.windowMs,
    keyGenerator: (request) =>
      request.principal?.rateKey ??
      (request.operator === undefined ? `ip:${request.ip}` : `operator:${request.operator.id}`),
    errorResponseBuilder: (_request, context) => refused(context.after),
    // Redis briefly away lets requests through rather than failing every one of them.
    ...(store === undefined
      ? {}
      : { redis: store.redis, nameSpace: `${store.prefix}rl:`, skipOnError: true }),
  });
  // A second limiter through the plugin's hook would be skipped (it runs once per request), so
  // the organisation's count is checked here with the plugin's own counter on the same store.
  const organisationCount = app.createRateLimit({
    max: limits.organisationRequestsPerWindow,
    timeWindow: limits.windowMs,
    keyGenerator: (request) => `org:${request.principal?.organisation.id ?? ""}`,
    ...(store === undefined ? {} : { skipOnError: true }),
  });
  app.addHook("onRequest", async (request, reply) => {
    // Public routes have no organisation to count; a refused credential never gets here.
    if (request.principal === undefined || request.routeOptions.config.rateLimit === false) return;
    const count = await organisationCount(request);
    if (count.isAllowed || !count.isExceeded) return;
    void reply.header("retry-after", String(count.ttlInSeconds));
    throw refused(`${count.ttlInSeconds} seconds (the organisation's limit)`);
  });
}
