import { z } from "zod";
import { CodeGuardianError } from "../../core/errors.js";
import type { ServiceMetrics } from "../../platform/metrics.js";
import { errorBody } from "../error-reply.js";
import { authErrors } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

const DAY_MS = 86_400_000;
/** The usage period when none is asked for. */
const DEFAULT_DAYS = 30;

const organisation = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  createdAt: z.string(),
});

const usageQuery = z
  .object({
    /** Start of the period, inclusive (ISO 8601); 30 days before `to` by default. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** End of the period, exclusive (ISO 8601); now by default. */
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const usage = z.object({
  from: z.string(),
  to: z.string(),
  organisations: z.array(
    z.object({
      organisation,
      reviews: z.number().int(),
      llmTokens: z.number(),
      llmCostCents: z.number(),
    }),
  ),
});

/**
 * The operator's routes (docs/server.md, "Operator"): every organisation,
 * each one's usage, and this process's metrics. They need the operator's
 * key (`access: "operator"`); no organisation role reaches them.
 */
export function adminRoutes(app: ZodApp, deps: ServerDeps, metrics: ServiceMetrics): void {
  app.get(
    "/v1/admin/organisations",
    {
      config: { access: "operator" },
      schema: {
        tags: ["admin"],
        response: { 200: z.object({ organisations: z.array(organisation) }), ...authErrors },
      },
    },
    async () => ({ organisations: [...(await deps.store.operators.organisations())] }),
  );
  app.get(
    "/v1/admin/usage",
    {
      config: { access: "operator" },
      schema: {
        tags: ["admin"],
        querystring: usageQuery,
        response: { 200: usage, 400: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const to = request.query.to === undefined ? new Date() : new Date(request.query.to);
      const from =
        request.query.from === undefined
          ? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS)
          : new Date(request.query.from);
      if (from.getTime() >= to.getTime()) {
        throw new CodeGuardianError("CG_REQUEST_INVALID", "`from` must come before `to`.");
      }
      // Stored times are canonical ISO-8601 UTC text, compared as text.
      const period = { from: from.toISOString(), to: to.toISOString() };
      const rows = await deps.store.operators.usage(period.from, period.to);
      return { ...period, organisations: [...rows] };
    },
  );
  app.get(
    "/v1/admin/metrics",
    {
      config: { access: "operator" },
      schema: { tags: ["admin"], response: { 200: z.string(), ...authErrors } },
    },
    async (_request, reply) => {
      const text = await metrics.text();
      // Prometheus's text format, sent as is rather than as a JSON string.
      return reply
        .type(metrics.contentType)
        .serializer((payload) => String(payload))
        .send(text);
    },
  );
}
