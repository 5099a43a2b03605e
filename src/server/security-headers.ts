import type { FastifyReply, FastifyRequest } from "fastify";
import { CodeGuardianError } from "../core/errors.js";

/**
 * Headers every response carries (docs/server.md, "Security"): the API
 * serves JSON only, so nothing may be sniffed, framed, cached or referred.
 */
const HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
};

/** Listed once, not per response: this runs on every request, including the busiest. */
const HEADER_ENTRIES = Object.entries(HEADERS);

export function addSecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of HEADER_ENTRIES) reply.header(name, value);
}

/**
 * CORS is closed unless the operator lists origins: a browser on any other
 * origin gets no Access-Control-Allow-Origin and cannot read responses.
 */
export function corsHeaders(request: FastifyRequest, reply: FastifyReply, origins: readonly string[]): void {
  const origin = request.headers.origin;
  reply.header("vary", "Origin");
  if (origin === undefined || !origins.includes(origin)) return;
  reply.header("access-control-allow-origin", origin);
}

/** Answers a preflight: allowed only for a listed origin. */
export function preflight(
  request: FastifyRequest,
  reply: FastifyReply,
  origins: readonly string[],
): FastifyReply {
  const origin = request.headers.origin;
  if (origin === undefined || !origins.includes(origin)) {
    throw new CodeGuardianError("CG_FORBIDDEN", "Cross-origin requests are not allowed from this origin.");
  }
  return reply
    .status(204)
    .header("access-control-allow-methods", "GET, POST, PUT, DELETE")
    .header(
      "access-control-allow-headers",
      "authorization, content-type, x-api-key, x-codeguardian-organisation",
    )
    .header("access-control-max-age", "600")
    .send();
}
