import type { Transaction } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import type { StoreDatabase } from "./schema.js";
import { unstorableText } from "./validate-review.js";

/** Checks shared by the team store and its API keys: each refusal is a coded error. */

/** Longest accepted name of an organisation, a user or an API key. */
const MAX_NAME = 200;

/** Refuses an unknown organisation or user with CG_TEAM_NOT_FOUND. */
export async function mustExist(
  trx: Transaction<StoreDatabase>,
  table: "organisations" | "users",
  id: string,
  what: string,
): Promise<void> {
  const row = await trx.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (row === undefined) throw new CodeGuardianError("CG_TEAM_NOT_FOUND", `No ${what} with the id ${id}.`);
}

export function nameProblem(name: string): string | undefined {
  if (name.trim() === "") return "the name is empty";
  if (name.length > MAX_NAME) return `the name is longer than ${MAX_NAME} characters`;
  const unstorable = unstorableText(name);
  return unstorable === undefined ? undefined : `the name ${unstorable}`;
}

export function refuseInvalid(what: string, problems: readonly (string | undefined)[]): void {
  const found = problems.filter((p) => p !== undefined);
  if (found.length > 0)
    throw new CodeGuardianError("CG_TEAM_INVALID", `Invalid ${what}: ${found.join("; ")}.`);
}
