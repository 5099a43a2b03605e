import { z } from "zod";
import { CodeGuardianError } from "../../core/errors.js";
import { roleAtLeast, type Membership, type Role } from "../../core/team.js";
import { principalOf } from "../auth/authenticate.js";
import type { Principal } from "../auth/principal.js";
import { errorBody } from "../error-reply.js";
import { addMemberBody, authErrors, changeMemberBody, member, memberParams } from "../schemas.js";
import type { ServerDeps } from "../server-deps.js";
import type { ZodApp } from "../zod-app.js";

/**
 * The organisation's members (docs/server.md, "Members"): owners and admins
 * add people, change roles and remove them. Only an owner makes an owner or
 * changes or removes one, and the last owner stays (CG_LAST_OWNER).
 */
export function memberRoutes(app: ZodApp, deps: ServerDeps): void {
  app.get(
    "/v1/members",
    {
      config: { access: "admin", scope: "members:read" },
      schema: { tags: ["members"], response: { 200: z.object({ members: z.array(member) }), ...authErrors } },
    },
    async (request) => {
      const organisationId = principalOf(request).organisation.id;
      const memberships = await deps.store.team.members(organisationId);
      return { members: await Promise.all(memberships.map((m) => view(deps, m))) };
    },
  );
  app.post(
    "/v1/members",
    {
      config: { access: "admin", scope: "members:write" },
      schema: {
        tags: ["members"],
        body: addMemberBody,
        response: { 201: member, 400: errorBody, 409: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const { email, name, role } = request.body;
      mayGrant(principal, role);
      const user =
        (await deps.store.team.userByEmail(email)) ??
        (await deps.store.team.createUser({ email, name: name ?? email }));
      const already = (await deps.store.team.members(organisationId)).some((m) => m.userId === user.id);
      if (already) {
        throw new CodeGuardianError("CG_TEAM_CONFLICT", `${user.email} is already a member.`, {
          hint: `Change their role with PUT /v1/members/${user.id}.`,
        });
      }
      const added = await deps.store.team.setRole(organisationId, user.id, role);
      return reply.status(201).send(await view(deps, added));
    },
  );
  app.put(
    "/v1/members/:userId",
    {
      config: { access: "admin", scope: "members:write" },
      schema: {
        tags: ["members"],
        params: memberParams,
        body: changeMemberBody,
        response: { 200: member, 400: errorBody, 409: errorBody, ...authErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const current = await memberOr404(deps, organisationId, request.params.userId);
      mayChange(principal, current.role);
      mayGrant(principal, request.body.role);
      const { role } = request.body;
      if (!(await deps.store.service.changeMembership(organisationId, current.userId, { role }))) {
        throw notAMember(current.userId);
      }
      return view(deps, { ...current, role });
    },
  );
  app.delete(
    "/v1/members/:userId",
    {
      config: { access: "admin", scope: "members:write" },
      schema: {
        tags: ["members"],
        params: memberParams,
        response: { 204: z.null(), 409: errorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const organisationId = principal.organisation.id;
      const current = await memberOr404(deps, organisationId, request.params.userId);
      mayChange(principal, current.role);
      if (!(await deps.store.service.changeMembership(organisationId, current.userId, { remove: true }))) {
        throw notAMember(current.userId);
      }
      return reply.status(204).send(null);
    },
  );
}

/** Nobody grants more than they hold, and only an owner makes an owner. */
function mayGrant(principal: Principal, role: Role): void {
  if (!roleAtLeast(principal.role, role)) {
    throw new CodeGuardianError("CG_FORBIDDEN", `A ${principal.role} cannot give the ${role} role.`);
  }
}

/** An admin manages admins, members and viewers; an owner's membership is for owners to change. */
function mayChange(principal: Principal, current: Role): void {
  if (current === "owner" && principal.role !== "owner") {
    throw new CodeGuardianError("CG_FORBIDDEN", "Only an owner can change or remove an owner.");
  }
}

async function memberOr404(deps: ServerDeps, organisationId: string, userId: string): Promise<Membership> {
  const found = (await deps.store.team.members(organisationId)).find((m) => m.userId === userId);
  if (found === undefined) throw notAMember(userId);
  return found;
}

function notAMember(userId: string): CodeGuardianError {
  return new CodeGuardianError("CG_NOT_FOUND", `No member ${userId} in this organisation.`);
}

async function view(deps: ServerDeps, m: Membership): Promise<z.infer<typeof member>> {
  const user = await deps.store.team.user(m.userId);
  return {
    userId: m.userId,
    email: user?.email ?? "",
    name: user?.name ?? "",
    role: m.role,
    since: m.createdAt,
  };
}
