import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import { operatorKeysNamed, type OperatorKeyRecord } from "../core/operator-key.js";
import { makeVisible } from "../reporters/visible-text.js";
import { openStorePool, sqliteFileAbsent } from "../storage/open-store.js";
import { serverStore } from "./admin-command.js";
import type { Io } from "./io.js";
import { tableCell, tableMinute, textTable } from "./text-table.js";

/**
 * `codeguardian admin list-operator-keys`: every operator key on the
 * server's store (docs/server.md, "Operator") with its name, prefix, when it
 * was made, last used and revoked. The store holds no key, only its hash,
 * so no secret can be shown.
 */
export async function listOperatorKeysCommand(
  options: { readonly db?: string; readonly json?: boolean },
  io: Io,
): Promise<ExitCode> {
  const location = serverStore(options.db, io);
  if (sqliteFileAbsent(location)) {
    io.stdout.write(options.json === true ? "[]\n" : keyTable([]));
    return EXIT.ok;
  }
  // Listing never writes, so it runs beside a serving process without taking its write lock.
  const pool = await openStorePool(location, { readOnly: true });
  try {
    const keys = await pool.operators.keys.list();
    io.stdout.write(options.json === true ? `${JSON.stringify(keys, null, 2)}\n` : keyTable(keys));
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}

/**
 * `codeguardian admin revoke-operator-key <prefix|name>`: revokes the one
 * key in force with that prefix or name; from the next request on it is 401
 * on /v1/admin. A name shared by several keys is refused: the listed prefix
 * says which.
 */
export async function revokeOperatorKeyCommand(
  given: string,
  options: { readonly db?: string },
  io: Io,
): Promise<ExitCode> {
  const pool = await openStorePool(serverStore(options.db, io));
  try {
    const keys = await pool.operators.keys.list();
    const named = operatorKeysNamed(keys, given);
    if (named.length === 0) {
      throw new CodeGuardianError(
        "CG_NOT_FOUND",
        `No operator key in force has the prefix or name "${given}".`,
        {
          hint: "codeguardian admin list-operator-keys lists them.",
        },
      );
    }
    if (named.length > 1) {
      throw new CodeGuardianError(
        "CG_USAGE",
        `${named.length} operator keys in force are named "${given}": ${named.map((k) => `${k.prefix}…`).join(", ")}.`,
        { hint: "Give the prefix of the one to revoke." },
      );
    }
    const key = named[0]!;
    // Revoked meanwhile by someone else: the key is out of force all the same.
    await pool.operators.keys.revoke(key.id);
    io.stderr.write(`Revoked operator key "${makeVisible(key.name)}" (${key.prefix}…).\n`);
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}

function keyTable(keys: readonly OperatorKeyRecord[]): string {
  if (keys.length === 0) return "No operator keys.\n";
  const header = ["name", "prefix", "created", "last used", "revoked"];
  const rows = keys.map((k) => [
    tableCell(k.name),
    `${k.prefix}…`,
    tableMinute(k.createdAt),
    k.lastUsedAt === undefined ? "never" : tableMinute(k.lastUsedAt),
    k.revokedAt === undefined ? "no" : tableMinute(k.revokedAt),
  ]);
  return textTable(header, rows);
}
