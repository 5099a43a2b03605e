import { ROOT_CONTEXT, SpanKind, SpanStatusCode, type Span, type Tracer } from "@opentelemetry/api";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ServiceMetrics } from "../platform/metrics.js";
import type { ZodApp } from "./zod-app.js";

interface InFlight {
  readonly startedAt: number;
  readonly span: Span;
}

/** Requests being answered; module-wide, so a route finds its request's span (each request is its own key). */
const inFlight = new WeakMap<FastifyRequest, InFlight>();

/**
 * The span of a request being answered, for a route whose work goes on
 * elsewhere (a queued review) to continue its trace; undefined once answered.
 */
export function requestSpanOf(request: FastifyRequest): Span | undefined {
  return inFlight.get(request)?.span;
}

/** An unmatched URL is counted under one label, so scanners cannot grow the metrics without bound. */
const UNMATCHED = "unmatched";

/**
 * Counts and times every request by route pattern, method and status, and
 * makes it a span (docs/server.md, "Observability"). Its hook runs first,
 * before authentication, so refused requests are counted too.
 */
export function observeRequests(app: ZodApp, metrics: ServiceMetrics, tracer: Tracer): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const route = routeOf(request);
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          "http.request.method": request.method,
          "http.route": route,
          "codeguardian.request.id": request.id,
        },
      },
      ROOT_CONTEXT,
    );
    inFlight.set(request, { startedAt: performance.now(), span });
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    finish(request, reply, metrics);
    done();
  });
}

function finish(request: FastifyRequest, reply: FastifyReply, metrics: ServiceMetrics): void {
  const started = inFlight.get(request);
  if (started === undefined) return;
  inFlight.delete(request);
  const route = routeOf(request);
  const status = reply.statusCode;
  metrics.httpRequests.inc({ route, method: request.method, status: String(status) });
  metrics.httpDuration.observe(
    { route, method: request.method },
    (performance.now() - started.startedAt) / 1000,
  );
  started.span.setAttribute("http.response.status_code", status);
  if (request.operator !== undefined) started.span.setAttribute("codeguardian.operator", true);
  if (request.principal !== undefined)
    started.span.setAttribute("codeguardian.organisation.id", request.principal.organisation.id);
  if (status >= 500) started.span.setStatus({ code: SpanStatusCode.ERROR });
  started.span.end();
}

function routeOf(request: FastifyRequest): string {
  return request.is404 ? UNMATCHED : (request.routeOptions.url ?? UNMATCHED);
}
