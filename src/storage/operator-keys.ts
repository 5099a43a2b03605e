import { randomBytes } from "node:crypto";
import type { Selectable } from "kysely";
import { sameHash } from "../core/api-key.js";
import {
  isOperatorKey,
  operatorKeyFrom,
  operatorKeyHash,
  operatorKeyPrefix,
  type OperatorKeyRecord,
} from "../core/operator-key.js";
import type { OperatorKeysTable } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { nameProblem, refuseInvalid } from "./team-checks.js";

/**
 * The operator's keys (migration `0010_operators`): made by
 * `codeguardian admin create-operator-key`, checked by the `/v1/admin`
 * routes. Found by prefix, compared by hash in constant time.
 */
export class KyselyOperatorKeys {
  constructor(private readonly ctx: StoreContext) {}

  async create(name: string): Promise<{ readonly key: string; readonly record: OperatorKeyRecord }> {
    refuseInvalid("operator key", [nameProblem(name)]);
    const key = operatorKeyFrom(randomBytes(32));
    const record: OperatorKeyRecord = {
      id: this.ctx.newId(),
      name,
      prefix: operatorKeyPrefix(key),
      createdAt: this.ctx.nowIso(),
    };
    await this.ctx.write("create an operator key", (trx) =>
      trx
        .insertInto("operator_keys")
        .values({
          id: record.id,
          name,
          prefix: record.prefix,
          key_hash: operatorKeyHash(key),
          created_at: record.createdAt,
          last_used_at: null,
          revoked_at: null,
        })
        .execute(),
    );
    return { key, record };
  }

  async revoke(id: string): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(`revoke operator key ${id}`, async (trx) => {
      const result = await trx
        .updateTable("operator_keys")
        .set({ revoked_at: now })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  /** Every operator key, revoked ones included, oldest first; what the operator sees, never a hash. */
  async list(): Promise<readonly OperatorKeyRecord[]> {
    const rows = await this.ctx.guard("list the operator keys", () =>
      this.ctx.db.selectFrom("operator_keys").selectAll().orderBy("created_at").orderBy("id").execute(),
    );
    return rows.map(record);
  }

  /** The key's record when it is an operator key in force; its use is recorded. */
  async find(presented: string): Promise<OperatorKeyRecord | undefined> {
    if (!isOperatorKey(presented)) return undefined;
    const hash = operatorKeyHash(presented);
    const candidates = await this.ctx.guard("check an operator key", () =>
      this.ctx.db
        .selectFrom("operator_keys")
        .selectAll()
        .where("prefix", "=", operatorKeyPrefix(presented))
        .where("revoked_at", "is", null)
        .execute(),
    );
    let match: Selectable<OperatorKeysTable> | undefined;
    for (const candidate of candidates) {
      if (sameHash(candidate.key_hash, hash)) match = candidate;
    }
    if (match === undefined) return undefined;
    let usedAt = match.last_used_at;
    if (!this.ctx.options.readOnly) {
      usedAt = this.ctx.nowIso();
      const at = usedAt;
      const id = match.id;
      await this.ctx.write("record an operator key's use", (trx) =>
        trx.updateTable("operator_keys").set({ last_used_at: at }).where("id", "=", id).execute(),
      );
    }
    return record({ ...match, last_used_at: usedAt });
  }
}

function record(row: Selectable<OperatorKeysTable>): OperatorKeyRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    ...(row.last_used_at === null ? {} : { lastUsedAt: row.last_used_at }),
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}
