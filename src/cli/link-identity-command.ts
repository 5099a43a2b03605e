import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import { openStorePool } from "../storage/open-store.js";
import { serverStore } from "./admin-command.js";
import type { Io } from "./io.js";

export interface LinkIdentityOptions {
  readonly issuer: string;
  readonly subject: string;
  readonly db?: string;
}

/**
 * `codeguardian admin link-identity <email>`: lets the identity provider's
 * user (`iss` + `sub` of their JWT) act as the CodeGuardian user with that
 * e-mail address (docs/server.md, "Authentication"). Only the operator does
 * this: users belong to every organisation they are members of, so an
 * organisation admin who could bind an identity could let a stranger act as
 * a member of another organisation. The user must exist already (made by
 * `create-org` or added as a member); an identity bound to another user is
 * refused rather than moved.
 */
export async function linkIdentityCommand(
  email: string,
  options: LinkIdentityOptions,
  io: Io,
): Promise<ExitCode> {
  const issuer = options.issuer.trim();
  const subject = options.subject.trim();
  if (issuer === "" || subject === "") {
    throw new CodeGuardianError("CG_USAGE", "--issuer and --subject must not be empty.");
  }
  const pool = await openStorePool(serverStore(options.db, io));
  try {
    const user = await pool.team.userByEmail(email);
    if (user === undefined) {
      throw new CodeGuardianError("CG_NOT_FOUND", `No user has the e-mail address ${email}.`, {
        hint: "Add them to an organisation first (POST /v1/members, or admin create-org for an owner).",
      });
    }
    await pool.service.linkIdentity(issuer, subject, user.id);
    io.stderr.write(`${subject} of ${issuer} now acts as ${user.email} (${user.id}).\n`);
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}
