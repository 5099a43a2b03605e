import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { SQLITE } from "./flavour.js";
import { migrateUpTo } from "./migrations.js";
import { reviewStoreContract } from "./review-store.contract.js";
import { IN_MEMORY, openSqlitePool } from "./sqlite.js";
import { scopingContract } from "./organisation-scoping.contract.js";
import type { TeamContractSubject } from "./team-contract-support.js";
import { teamStoreContract } from "./team-store.contract.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-store-"));
const file = join(dir, "nested", "reviews.sqlite");
let upgraded = 0;

reviewStoreContract("SQLite file", () => openSqlitePool(file), undefined, { sharedStorage: true });

reviewStoreContract("SQLite :memory:", () => openSqlitePool(IN_MEMORY));

const subject: TeamContractSubject = {
  flavour: SQLITE,
  open: () => openSqlitePool(file),
  async openUpgraded(upTo, fill) {
    const old = join(dir, `upgraded-${(upgraded += 1)}.sqlite`);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(old) }) });
    try {
      await migrateUpTo(db, SQLITE, upTo);
      await fill(db);
    } finally {
      await db.destroy();
    }
    return openSqlitePool(old);
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  },
};

teamStoreContract("SQLite file", subject);
scopingContract("SQLite file", subject);
