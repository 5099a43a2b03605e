import { CodeGuardianError } from "../../core/errors.js";
import { REVIEW_STATES, type ReviewState } from "../../core/review.js";
import { periodStart } from "../../core/trends.js";
import { principalOf } from "../auth/authenticate.js";
import { errorBody } from "../error-reply.js";
import { authErrors, usage, usageQuery } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

/**
 * The caller's own use of the service over a period (docs/server.md,
 * "Trends and usage"): reviews they requested, by state, with the model
 * tokens and cost the stored ones used. The caller is the user a JWT or key
 * acts for, else the organisation's key itself, as `POST /v1/reviews`
 * records the requester.
 */
export function usageRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/v1/users/me/usage",
    {
      config: { access: "viewer", scope: "usage:read" },
      schema: {
        tags: ["users"],
        querystring: usageQuery,
        response: { 200: usage, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const requester = principal.user?.id ?? principal.apiKey?.id;
      if (requester === undefined)
        throw new CodeGuardianError("CG_AUTH_REQUIRED", "The caller names no one.");
      const since = periodStart(new Date(), request.query.days);
      const summary = await deps.store.service.usage(principal.organisation.id, requester, since);
      const byState = Object.fromEntries(REVIEW_STATES.map((state) => [state, summary.byState[state] ?? 0]));
      return { since, requester, ...summary, byState: byState as Record<ReviewState, number> };
    },
  );
}
