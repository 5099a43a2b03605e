import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { StreamTicketGrant } from "../core/stream-ticket.js";
import { openPostgresPool } from "./postgres.js";
import { IN_MEMORY, openSqlitePool } from "./sqlite.js";
import type { KyselyStorePool } from "./store-pool.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(5).toString("hex");
const schemas: string[] = [];
const GRANT: StreamTicketGrant = {
  organisationId: "org-1",
  reviewId: "review-1",
  role: "viewer",
  holder: "key:k1",
};

const START = new Date("2026-12-07T10:00:00.000Z");
let clock = START;
const now = (): Date => clock;

afterAll(async () => {
  const pool = await openPostgresPool(PG_URL, { schema: `cg_tickets_${run}_drop` });
  for (const name of [...schemas, `cg_tickets_${run}_drop`]) {
    await sql`drop schema if exists ${sql.id(name)} cascade`.execute(pool.database);
  }
  await pool.close();
});

/** A fresh store per test, its clock at {@link START}. */
const OPEN: Record<string, () => Promise<KyselyStorePool>> = {
  sqlite: () => {
    clock = START;
    return openSqlitePool(IN_MEMORY, { now });
  },
  postgres: () => {
    clock = START;
    const schema = `cg_tickets_${run}_${schemas.length}`;
    schemas.push(schema);
    return openPostgresPool(PG_URL, { schema, now });
  },
};

describe.each(Object.entries(OPEN))("stream tickets on %s", (_kind, open) => {
  it("keeps only the ticket's hash, and gives the grant back once", async () => {
    const pool = await open();
    const issued = await pool.tickets.issue(GRANT, 30_000);
    expect(issued.ticket).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);
    expect(issued.expiresAt).toBe("2026-12-07T10:00:30.000Z");
    const rows = await pool.database.selectFrom("stream_tickets").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(issued.ticket);
    expect(await pool.tickets.redeem(issued.ticket)).toEqual(GRANT);
    expect(await pool.tickets.redeem(issued.ticket)).toBeUndefined();
    expect(await pool.tickets.redeem("cgt_unknown")).toBeUndefined();
    await pool.close();
  });

  it("refuses a ticket past its expiry, and forgets expired ones as new ones are issued", async () => {
    const pool = await open();
    const late = await pool.tickets.issue(GRANT, 30_000);
    const later = await pool.tickets.issue(GRANT, 30_000);
    clock = new Date(clock.getTime() + 30_000);
    expect(await pool.tickets.redeem(late.ticket)).toBeUndefined();
    await pool.tickets.issue(GRANT, 30_000);
    const left = await pool.database.selectFrom("stream_tickets").select("expires_at").execute();
    expect(left).toEqual([{ expires_at: new Date(clock.getTime() + 30_000).toISOString() }]);
    expect(await pool.tickets.redeem(later.ticket)).toBeUndefined();
    await pool.close();
  });

  it("lets one of two redeeming at once have the ticket", async () => {
    const pool = await open();
    const issued = await pool.tickets.issue(GRANT, 30_000);
    const both = await Promise.all([pool.tickets.redeem(issued.ticket), pool.tickets.redeem(issued.ticket)]);
    expect(both.filter((grant) => grant !== undefined)).toHaveLength(1);
    await pool.close();
  });
});
