import { randomBytes } from "node:crypto";
import { sha256Hex } from "../core/hash.js";
import type { IssuedTicket, StreamTicketGrant, StreamTickets } from "../core/stream-ticket.js";
import { isRole } from "../core/team.js";
import type { StoreContext } from "./store-context.js";

/** Tickets are 32 random bytes: guessing one inside its few seconds of life is hopeless. */
const TICKET_BYTES = 32;

/** The `stream_tickets` table (src/storage/migration-stream-tickets.ts). */
export class StreamTicketTable implements StreamTickets {
  constructor(private readonly ctx: StoreContext) {}

  async issue(grant: StreamTicketGrant, ttlMs: number): Promise<IssuedTicket> {
    const ticket = `cgt_${randomBytes(TICKET_BYTES).toString("base64url")}`;
    const now = this.ctx.options.now();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    await this.ctx.write(`issue a stream ticket for review ${grant.reviewId}`, async (trx) => {
      // Expired tickets nobody redeemed go as new ones come, so the table stays small.
      await trx.deleteFrom("stream_tickets").where("expires_at", "<=", now.toISOString()).execute();
      await trx
        .insertInto("stream_tickets")
        .values({
          ticket_hash: sha256Hex(ticket),
          organisation_id: grant.organisationId,
          review_id: grant.reviewId,
          role: grant.role,
          holder: grant.holder,
          expires_at: expiresAt,
          created_at: now.toISOString(),
        })
        .execute();
    });
    return { ticket, expiresAt };
  }

  async redeem(ticket: string): Promise<StreamTicketGrant | undefined> {
    // One DELETE … RETURNING: of two processes redeeming the same ticket, one gets the row.
    const row = await this.ctx.write("redeem a stream ticket", (trx) =>
      trx
        .deleteFrom("stream_tickets")
        .where("ticket_hash", "=", sha256Hex(ticket))
        .returningAll()
        .executeTakeFirst(),
    );
    if (row === undefined || row.expires_at <= this.ctx.nowIso() || !isRole(row.role)) return undefined;
    return {
      organisationId: row.organisation_id,
      reviewId: row.review_id,
      role: row.role,
      holder: row.holder,
    };
  }
}
