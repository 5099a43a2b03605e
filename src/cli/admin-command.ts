import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import { slugProblem } from "../core/team.js";
import { serverStorePath } from "../platform/data-dir.js";
import { processEnv } from "../platform/env.js";
import { openStorePool, storeKindOf } from "../storage/open-store.js";
import type { Io } from "./io.js";
import { resolve } from "node:path";

export interface CreateOrgOptions {
  readonly slug?: string;
  readonly ownerEmail: string;
  readonly ownerName?: string;
  readonly db?: string;
}

/**
 * `codeguardian admin create-org <name>`: the operator's first credential
 * (docs/server.md, "The first credential"). Creates the organisation and its
 * owner on the server's store and prints an owner API key, once: only its
 * hash is kept.
 */
export async function createOrgCommand(name: string, options: CreateOrgOptions, io: Io): Promise<ExitCode> {
  const slug = options.slug ?? slugFrom(name);
  const problem = slugProblem(slug);
  if (problem !== undefined) {
    throw new CodeGuardianError("CG_USAGE", `Cannot make an organisation slug from "${name}": ${problem}.`, {
      hint: "Give one with --slug.",
    });
  }
  const location = serverStore(options.db, io);
  const pool = await openStorePool(location);
  try {
    const organisation = await pool.team.createOrganisation({ slug, name });
    const user =
      (await pool.team.userByEmail(options.ownerEmail)) ??
      (await pool.team.createUser({
        email: options.ownerEmail,
        name: options.ownerName ?? options.ownerEmail,
      }));
    await pool.team.setRole(organisation.id, user.id, "owner");
    const { key, record } = await pool.team.createApiKey(organisation.id, {
      name: "first owner key",
      role: "owner",
      userId: user.id,
    });
    io.stderr.write(
      `Created organisation ${organisation.slug} (${organisation.id}) with owner ${user.email}.\n` +
        `Its owner API key (${record.prefix}…) follows; it is shown only this once.\n`,
    );
    io.stdout.write(`${key}\n`);
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}

/**
 * `codeguardian admin create-operator-key <name>`: a key for the operator's
 * `/v1/admin` routes (docs/server.md, "Operator"), printed once; only its
 * hash is kept. It belongs to no organisation and reaches no other route.
 */
export async function createOperatorKeyCommand(
  name: string,
  options: { readonly db?: string },
  io: Io,
): Promise<ExitCode> {
  const pool = await openStorePool(serverStore(options.db, io));
  try {
    const { key, record } = await pool.operators.keys.create(name);
    io.stderr.write(
      `Created operator key "${record.name}" (${record.prefix}…); it follows and is shown only this once.\n`,
    );
    io.stdout.write(`${key}\n`);
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}

/** `--db` as given (a SQLite path relative to the working directory), else the server's own file. */
export function serverStore(db: string | undefined, io: Io): string {
  if (db !== undefined && db.trim() !== "")
    return storeKindOf(db) === "postgres" ? db.trim() : resolve(io.cwd, db);
  return serverStorePath(io.env ?? processEnv());
}

/** "Acme Corp." → "acme-corp". */
function slugFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
}
