import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewStoreContract } from "./review-store.contract.js";
import { IN_MEMORY, openSqliteStore } from "./sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-store-"));
const file = join(dir, "nested", "reviews.sqlite");

reviewStoreContract(
  "SQLite file",
  () => openSqliteStore(file),
  () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  },
  { sharedStorage: true },
);

reviewStoreContract("SQLite :memory:", () => openSqliteStore(IN_MEMORY));
