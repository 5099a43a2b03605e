import { randomBytes, randomUUID } from "node:crypto";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES } from "./flavour.js";
import { migrateUpTo } from "./migrations.js";
import { openPostgresPool, openPostgresStore } from "./postgres.js";
import { finding, project, review } from "../../test/support/review-builder.js";
import { reviewStoreContract } from "./review-store.contract.js";
import { scopingContract } from "./organisation-scoping.contract.js";
import type { TeamContractSubject } from "./team-contract-support.js";
import { teamStoreContract } from "./team-store.contract.js";

/** The PostgreSQL that CI (.ci/run) and this machine provide; each run gets its own schema. */
const URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_store_test_${randomBytes(6).toString("hex")}`;

/** Schemas of stores built at an older migration, each upgraded by one test. */
const upgradedSchemas: string[] = [];

async function dropSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    for (const name of [schema, ...upgradedSchemas])
      await client.query(`drop schema if exists ${name} cascade`);
  } finally {
    await client.end();
  }
}

// Dropped once every describe in this file has finished with the schemas.
afterAll(dropSchemas);

reviewStoreContract("PostgreSQL", () => openPostgresPool(URL, { schema }), undefined, {
  sharedStorage: true,
});

const subject: TeamContractSubject = {
  flavour: POSTGRES,
  open: () => openPostgresPool(URL, { schema }),
  async openUpgraded(upTo, fill) {
    const old = `${schema}_up${upgradedSchemas.length + 1}`;
    upgradedSchemas.push(old);
    const pool = new pg.Pool({ connectionString: URL, options: `-c search_path=${old}`, max: 1 });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`create schema ${sql.id(old)}`.execute(db);
      await migrateUpTo(db, POSTGRES, upTo, { migrationTableSchema: old });
      await fill(db);
    } finally {
      await db.destroy();
    }
    return openPostgresPool(URL, { schema: old });
  },
};

teamStoreContract("PostgreSQL", subject);
scopingContract("PostgreSQL", subject);

describe("openPostgresStore on bad input", () => {
  it.each([
    [
      "an unreachable server",
      "postgres://postgres@127.0.0.1:1/test",
      {},
      /127\.0\.0\.1:1/,
      "CG_STORE_UNREACHABLE",
    ],
    [
      "a database that does not exist",
      "postgres://postgres@127.0.0.1:5432/cg_no_such_db",
      {},
      /cg_no_such_db/,
      "CG_STORE_UNREACHABLE",
    ],
    ["an invalid schema name", URL, { schema: "x; drop table users" }, /schema name/, "CG_STORE_FAILED"],
    [
      "a password in the URL, kept out of the message",
      "postgres://postgres:s3cret@127.0.0.1:1/test",
      {},
      /\*\*\*/,
      "CG_STORE_UNREACHABLE",
    ],
  ])("refuses %s with a named store error", async (_label, url, options, message, code) => {
    const failure = await openPostgresStore(url, options).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code, message: expect.stringMatching(message) as unknown });
    expect((failure as Error).message).not.toContain("s3cret");
  });
});

describe("a PostgreSQL save that fails part-way", () => {
  it("leaves no review and no findings behind", async () => {
    let calls = 0;
    // Ids repeat after the first batch of findings is written, so the second batch fails.
    const newId = (): string => (++calls > 500 ? "repeated-id" : randomUUID());
    const store = await openPostgresStore(URL, { schema, newId });
    const id = `atomic-${randomUUID()}`;
    const key = `/srv/atomic-${randomUUID()}`;
    try {
      const big = review({ id, findings: Array.from({ length: 900 }, (_, n) => finding(n)) });
      await expect(store.saveReview(project(key), big)).rejects.toMatchObject({ code: "CG_STORE_FAILED" });
      expect(await store.getReview(id)).toBeUndefined();
      expect(await store.listReviews(project(key), 10)).toEqual([]);
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    try {
      const left = await client.query(
        `select (select count(*) from ${schema}.findings where review_id = $1) as findings,
                (select count(*) from ${schema}.projects where key = $2) as projects`,
        [id, key],
      );
      // count(*) is bigint, which pg returns as a string.
      expect(left.rows).toEqual([{ findings: "0", projects: "0" }]);
    } finally {
      await client.end();
    }
  });
});

describe("the PostgreSQL columns", () => {
  it("hold JSON as jsonb, so findings can be queried by source or CWE", async () => {
    const store = await openPostgresStore(URL, { schema });
    const id = `jsonb-${randomUUID()}`;
    try {
      await store.saveReview(
        project(`/srv/jsonb-${randomUUID()}`),
        review({
          id,
          findings: [
            finding(1, { sources: ["rules", "bandit"] }),
            finding(2),
            finding(3, { cwe: ["CWE-89"] }),
          ],
        }),
      );
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    try {
      const found = await client.query<{ by_source: string; by_cwe: string; type: string }>(
        `select (select count(*) from ${schema}.findings where review_id = $1 and sources @> '["bandit"]') as by_source,
                (select count(*) from ${schema}.findings where review_id = $1 and cwe_ids ? 'CWE-89') as by_cwe,
                (select data_type from information_schema.columns
                  where table_schema = $2 and table_name = 'findings' and column_name = 'sources') as type`,
        [id, schema],
      );
      expect(found.rows).toEqual([{ by_source: "1", by_cwe: "1", type: "jsonb" }]);
    } finally {
      await client.end();
    }
  });
});
