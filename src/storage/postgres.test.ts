import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresStore } from "./postgres.js";
import { reviewStoreContract } from "./review-store.contract.js";

/** The PostgreSQL that CI (.ci/run) and this machine provide; each run gets its own schema. */
const URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_store_test_${randomBytes(6).toString("hex")}`;

async function dropSchema(): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

reviewStoreContract("PostgreSQL", () => openPostgresStore(URL, { schema }), dropSchema, {
  sharedStorage: true,
});

describe("openPostgresStore on bad input", () => {
  it.each([
    ["an unreachable server", "postgres://postgres@127.0.0.1:1/test", {}, /127\.0\.0\.1:1/],
    ["an invalid schema name", URL, { schema: "x; drop table users" }, /schema name/],
    [
      "a password in the URL, kept out of the message",
      "postgres://postgres:s3cret@127.0.0.1:1/test",
      {},
      /\*\*\*/,
    ],
  ])("refuses %s with CG_STORE_FAILED", async (_label, url, options, message) => {
    const failure = await openPostgresStore(url, options).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({
      code: "CG_STORE_FAILED",
      message: expect.stringMatching(message) as unknown,
    });
    expect((failure as Error).message).not.toContain("s3cret");
  });
});
