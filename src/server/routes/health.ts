import { z } from "zod";
import { CodeGuardianError } from "../../core/errors.js";
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
      // A real query: whatever keeps the store from answering makes the service not ready.
      await deps.store.team.organisation("readiness-probe").catch((error: unknown) => {
        throw new CodeGuardianError("CG_STORE_UNREACHABLE", "The store does not answer.", { cause: error });
      });
      return { status: "ready" as const };
    },
  );
}
