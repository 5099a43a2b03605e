import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PreparedQuery } from "./prepared-query.js";
import { IN_MEMORY, openSqlitePool } from "./sqlite.js";
import type { KyselyStorePool } from "./store-pool.js";

let pool: KyselyStorePool;

beforeAll(async () => {
  pool = await openSqlitePool(IN_MEMORY);
  for (const slug of ["alpha", "beta", "gamma"]) {
    await pool.team.createOrganisation({ slug, name: slug.toUpperCase() });
  }
});

afterAll(() => pool.close());

describe("PreparedQuery", () => {
  it("runs the query compiled once with each call's values, keeping the query's own constants", async () => {
    const query = new PreparedQuery(pool.database, 2, (db, first, second) =>
      db
        .selectFrom("organisations")
        .select(["slug", "name"])
        .where((eb) => eb.or([eb("slug", "=", first), eb("slug", "=", second)]))
        .where("name", "!=", "GAMMA")
        .orderBy("slug"),
    );
    expect(await query.execute("alpha", "gamma")).toEqual([{ slug: "alpha", name: "ALPHA" }]);
    expect(await query.execute("gamma", "beta")).toEqual([{ slug: "beta", name: "BETA" }]);
    expect(await query.executeTakeFirst("nobody", "none")).toBeUndefined();
  });

  it("binds an argument used twice in both places", async () => {
    const query = new PreparedQuery(pool.database, 1, (db, slug) =>
      db.selectFrom("organisations").select("slug").where("slug", "=", slug).where("name", "!=", slug),
    );
    expect(await query.execute("beta")).toEqual([{ slug: "beta" }]);
  });

  it("refuses a query that leaves an argument unbound, and a call with the wrong number of values", async () => {
    const unused = new PreparedQuery(pool.database, 2, (db, slug) =>
      db.selectFrom("organisations").select("slug").where("slug", "=", slug),
    );
    await expect(unused.execute("alpha", "beta")).rejects.toThrow(/argument 1/);
    const one = new PreparedQuery(pool.database, 1, (db, slug) =>
      db.selectFrom("organisations").select("slug").where("slug", "=", slug),
    );
    await expect(one.execute("alpha", "beta")).rejects.toThrow(RangeError);
  });

  it("refuses a query that writes an argument into its SQL text, even where it binds it elsewhere", async () => {
    const inlined = new PreparedQuery(pool.database, 1, (db, slug) =>
      db
        .selectFrom("organisations")
        .select("slug")
        .where("slug", "=", slug)
        .where("name", "!=", sql.lit(slug)),
    );
    await expect(inlined.execute("alpha")).rejects.toThrow(/argument 0 as a parameter/);
  });
});
