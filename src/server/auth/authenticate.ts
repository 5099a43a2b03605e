import type { FastifyRequest } from "fastify";
import { CodeGuardianError } from "../../core/errors.js";
import { isOperatorKey, type OperatorKeyRecord } from "../../core/operator-key.js";
import { roleAtLeast, type ApiScope } from "../../core/team.js";
import type { ServerDeps } from "../server-deps.js";
import { jwksSource, verifyJwt, type JwksSource } from "./jwt.js";
import type { Access, Principal } from "./principal.js";

/** A JWT user in several organisations names the one they act in. */
export const ORGANISATION_HEADER = "x-codeguardian-organisation";

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Finds the caller from an API key (`Authorization: Bearer cg_…` or
 * `X-API-Key`) or an RS256 JWT, and checks the route's least role. Runs
 * before the body is parsed or validated, so an unauthenticated or
 * under-privileged caller learns nothing about the request's shape.
 */
export function authenticator(deps: ServerDeps): (request: FastifyRequest) => Promise<void> {
  const jwks = deps.jwt === undefined ? undefined : jwksSource(deps.jwt);
  return async (request) => {
    // An unknown route needs credentials (it reveals nothing without them) but no particular role;
    // a route that forgot to declare its access is owner-only rather than open.
    const access: Access = request.is404 ? "viewer" : (request.routeOptions.config.access ?? "owner");
    if (access === "public") return;
    if (access === "operator") {
      request.operator = await operatorOf(request, deps, jwks);
      return;
    }
    const principal = await identify(request, deps, jwks);
    request.principal = principal;
    if (!roleAtLeast(principal.role, access)) {
      throw new CodeGuardianError(
        "CG_FORBIDDEN",
        `This needs the ${access} role; the credential has ${principal.role}.`,
      );
    }
    checkScope(principal, request.is404 ? undefined : request.routeOptions.config.scope);
  };
}

/** A scoped API key reaches only routes needing one of its scopes, or none; a JWT is not scoped. */
function checkScope(principal: Principal, needed: ApiScope | undefined): void {
  const scopes = principal.apiKey?.scopes;
  if (needed === undefined || scopes === undefined || scopes.includes(needed)) return;
  throw new CodeGuardianError(
    "CG_SCOPE_MISSING",
    `This needs the API key scope ${needed}; the key has ${scopes.length === 0 ? "none" : scopes.join(", ")}.`,
  );
}

async function identify(
  request: FastifyRequest,
  deps: ServerDeps,
  jwks: JwksSource | undefined,
): Promise<Principal> {
  const header = request.headers.authorization;
  const apiKeyHeader = request.headers["x-api-key"];
  const bearer = header === undefined ? undefined : BEARER.exec(header)?.[1];
  const ticket = ticketOf(request);
  if (header === undefined && typeof apiKeyHeader !== "string" && ticket !== undefined) {
    return byTicket(request, ticket, deps);
  }
  if (header !== undefined && bearer === undefined) {
    throw new CodeGuardianError("CG_AUTH_REQUIRED", "Only Bearer credentials are accepted.");
  }
  if (bearer === undefined && typeof apiKeyHeader !== "string") {
    throw new CodeGuardianError(
      "CG_AUTH_REQUIRED",
      "Credentials are required: an API key or a bearer token.",
    );
  }
  if (isOperatorKey(bearer ?? String(apiKeyHeader))) {
    throw new CodeGuardianError(
      "CG_FORBIDDEN",
      "An operator key reaches only the /v1/admin routes; use an organisation's key or token here.",
    );
  }
  if (typeof apiKeyHeader === "string" || bearer?.startsWith("cg_") === true) {
    return byApiKey(bearer ?? String(apiKeyHeader), deps);
  }
  if (deps.jwt === undefined || jwks === undefined || bearer === undefined) {
    throw new CodeGuardianError("CG_AUTH_REQUIRED", "This server accepts API keys only.");
  }
  const identity = await verifyJwt(bearer, deps.jwt, jwks, (message) => request.log.warn(message));
  const user = await deps.store.service.userByIdentity(identity.issuer, identity.subject);
  if (user === undefined)
    throw new CodeGuardianError("CG_AUTH_REQUIRED", "No user is bound to this token's subject.");
  const memberships = await deps.store.service.membershipsOf(user.id);
  const named = request.headers[ORGANISATION_HEADER];
  const organisation = typeof named === "string" ? await deps.store.team.organisation(named) : undefined;
  const membership =
    typeof named === "string"
      ? memberships.find((m) => m.organisationId === organisation?.id)
      : memberships.length === 1
        ? memberships[0]
        : undefined;
  if (membership === undefined) {
    throw new CodeGuardianError(
      "CG_AUTH_REQUIRED",
      typeof named === "string"
        ? "The user is not a member of that organisation."
        : `The user belongs to ${memberships.length} organisations: name one in the ${ORGANISATION_HEADER} header.`,
    );
  }
  const chosen = organisation ?? (await deps.store.team.organisation(membership.organisationId));
  if (chosen === undefined)
    throw new CodeGuardianError("CG_AUTH_REQUIRED", "The user's organisation is gone.");
  return {
    organisation: chosen,
    role: membership.role,
    via: "jwt",
    user,
    rateKey: `user:${chosen.id}:${user.id}`,
  };
}

/**
 * The operator's key on a `/v1/admin` route. An organisation's credential,
 * whatever its role, is refused there: 401 when it is not valid at all,
 * else 403 (the operator is nobody's member, and no member is the operator).
 */
async function operatorOf(
  request: FastifyRequest,
  deps: ServerDeps,
  jwks: JwksSource | undefined,
): Promise<OperatorKeyRecord> {
  const bearer = BEARER.exec(request.headers.authorization ?? "")?.[1];
  const apiKeyHeader = request.headers["x-api-key"];
  const presented = bearer ?? (typeof apiKeyHeader === "string" ? apiKeyHeader : undefined);
  if (presented !== undefined && isOperatorKey(presented)) {
    const record = await deps.store.operators.keys.find(presented);
    if (record === undefined)
      throw new CodeGuardianError("CG_AUTH_REQUIRED", "The operator key is unknown or revoked.");
    return record;
  }
  await identify(request, deps, jwks);
  throw new CodeGuardianError(
    "CG_FORBIDDEN",
    "The /v1/admin routes need the operator's key; no organisation role reaches them.",
  );
}

async function byApiKey(presented: string, deps: ServerDeps): Promise<Principal> {
  const grant = await deps.store.team.findApiKey(presented);
  if (grant === undefined)
    throw new CodeGuardianError("CG_AUTH_REQUIRED", "The API key is unknown or revoked.");
  return {
    organisation: grant.organisation,
    role: grant.role,
    via: "api-key",
    ...(grant.user === undefined ? {} : { user: grant.user }),
    apiKey: grant.key,
    rateKey: `key:${grant.key.id}`,
  };
}

/** A `?ticket=` on a route that takes one; anywhere else a ticket is no credential. */
function ticketOf(request: FastifyRequest): string | undefined {
  if (request.is404 || request.routeOptions.config.ticket !== true) return undefined;
  const ticket = (request.query as Record<string, unknown> | undefined)?.["ticket"];
  return typeof ticket === "string" && ticket !== "" ? ticket : undefined;
}

/**
 * A stream ticket (docs/server.md, "Live progress"): redeemed (so used up)
 * whatever follows, and good only for the review it was issued for. It acts
 * with the role of the credential that asked for it.
 */
async function byTicket(request: FastifyRequest, ticket: string, deps: ServerDeps): Promise<Principal> {
  const grant = await deps.store.tickets.redeem(ticket);
  const reviewId = (request.params as Record<string, unknown> | undefined)?.["id"];
  const organisation =
    grant === undefined || grant.reviewId !== reviewId
      ? undefined
      : await deps.store.team.organisation(grant.organisationId);
  if (grant === undefined || organisation === undefined) {
    throw new CodeGuardianError(
      "CG_AUTH_REQUIRED",
      "The stream ticket is unknown, used, expired or for another review.",
    );
  }
  return { organisation, role: grant.role, via: "ticket", rateKey: `ticket:${grant.holder}` };
}

/** The principal of an authenticated route (the hook above ran, or the route is public and never asks). */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === undefined) {
    throw new CodeGuardianError(
      "CG_AUTH_REQUIRED",
      "Credentials are required: an API key or a bearer token.",
    );
  }
  return request.principal;
}
