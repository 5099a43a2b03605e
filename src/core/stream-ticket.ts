import type { Role } from "./team.js";

/**
 * Single-use, short-lived tickets that let a browser open a review's
 * progress stream without putting a long-lived credential in a URL
 * (docs/server.md, "Live progress"). Only the ticket's hash is stored, where
 * every API process can redeem it.
 */
export interface StreamTicketGrant {
  readonly organisationId: string;
  readonly reviewId: string;
  /** The role of the credential that asked for the ticket. */
  readonly role: Role;
  /** Who asked: `user:<id>` or `key:<id>`, for logs and rate limits. */
  readonly holder: string;
}

export interface IssuedTicket {
  readonly ticket: string;
  readonly expiresAt: string;
}

export interface StreamTickets {
  issue(grant: StreamTicketGrant, ttlMs: number): Promise<IssuedTicket>;
  /**
   * Takes the ticket out of the store and returns its grant; undefined when
   * it is unknown, used already or expired. A ticket works at most once,
   * whatever the outcome.
   */
  redeem(ticket: string): Promise<StreamTicketGrant | undefined>;
}
