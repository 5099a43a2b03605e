import { principalOf } from "../auth/authenticate.js";
import { authErrors, me } from "../schemas.js";
import type { ZodApp } from "../zod-app.js";

export function meRoutes(app: ZodApp): void {
  app.get(
    "/v1/users/me",
    { config: { access: "viewer" }, schema: { tags: ["users"], response: { 200: me, ...authErrors } } },
    (request) => {
      const principal = principalOf(request);
      const { organisation, user, apiKey } = principal;
      return {
        organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
        role: principal.role,
        via: principal.via,
        ...(user === undefined ? {} : { user: { id: user.id, email: user.email, name: user.name } }),
        ...(apiKey === undefined
          ? {}
          : { apiKey: { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix } }),
      };
    },
  );
}
