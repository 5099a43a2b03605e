import type { OperatorKeyRecord } from "../../core/operator-key.js";
import type { ApiKeyRecord, ApiScope, Organisation, Role, User } from "../../core/team.js";

/** Who is calling, in which organisation, with which role from the store (docs/server.md, "Authentication"). */
export interface Principal {
  readonly organisation: Organisation;
  readonly role: Role;
  /** `ticket`: a single-use stream ticket (docs/server.md, "Live progress"), on the stream route only. */
  readonly via: "api-key" | "jwt" | "ticket";
  /** The user acted for; absent for an organisation's own key (a CI robot). */
  readonly user?: User;
  readonly apiKey?: ApiKeyRecord;
  /** What the rate limit counts requests by: the key, or the user in the organisation. */
  readonly rateKey: string;
}

/**
 * How a route is reached: by anyone, by a member of at least this role, or
 * only with the operator's key (docs/server.md, "Operator"), which holds no
 * organisation role.
 */
export type Access = "public" | Role | "operator";

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
    /** The operator's key, on a `/v1/admin` route. */
    operator?: OperatorKeyRecord;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** The route also takes a `?ticket=` from `POST /v1/reviews/{id}/stream-ticket` for the review `:id`. */
    ticket?: boolean;
    /** The API key scope the route needs (docs/server.md, "API key scopes"); none for `users/me`. */
    scope?: ApiScope;
  }
}
