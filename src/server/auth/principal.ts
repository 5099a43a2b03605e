import type { ApiKeyRecord, ApiScope, Organisation, Role, User } from "../../core/team.js";

/** Who is calling, in which organisation, with which role from the store (docs/server.md, "Authentication"). */
export interface Principal {
  readonly organisation: Organisation;
  readonly role: Role;
  readonly via: "api-key" | "jwt";
  /** The user acted for; absent for an organisation's own key (a CI robot). */
  readonly user?: User;
  readonly apiKey?: ApiKeyRecord;
  /** What the rate limit counts requests by: the key, or the user in the organisation. */
  readonly rateKey: string;
}

/** How a route is reached: by anyone, or by a member of at least this role. */
export type Access = "public" | Role;

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** The API key scope the route needs (docs/server.md, "API key scopes"); none for `users/me`. */
    scope?: ApiScope;
  }
}
