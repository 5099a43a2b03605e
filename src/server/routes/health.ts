import { z } from "zod";
import { errorBody } from "../error-reply.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

/** Liveness and readiness (docs/server.md): public, for load balancers and orchestrators. */
export function healthRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/v1/health",
    {
      config: { access: "public", rateLimit: false },
      schema: {
        tags: ["service"],
        response: { 200: z.object({ status: z.literal("ok"), version: z.string() }) },
      },
    },
    () => ({ status: "ok" as const, version: deps.version }),
  );
  app.get(
    "/v1/ready",
    {
      config: { access: "public", rateLimit: false },
      schema: {
        tags: ["service"],
        response: { 200: z.object({ status: z.literal("ready") }), 503: errorBody },
      },
    },
    async () => {
      // A real query: an unreachable or closed store throws a catalogued store error (503).
      await deps.store.team.organisation("readiness-probe");
      return { status: "ready" as const };
    },
  );
}
