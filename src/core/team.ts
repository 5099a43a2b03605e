/**
 * Who may use a shared store (docs/storage.md, "Organisations"): pure types
 * and rules; the tables behind them are in src/storage/.
 */

/**
 * The organisation every CLI review belongs to, and every row that existed
 * before organisations did (migration 0005_team). Its id and slug are both
 * this fixed value, so a CLI user never has to name it.
 */
export const LOCAL_ORGANISATION = "local";

/** Roles from most to least trusted; each can do what the ones after it can. */
export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` grants at least what `needed` does (an owner is also an admin, a member, a viewer). */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}

/** The less trusted of two roles: an API key never acts above its user's membership. */
export function weakerRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
}

/** Lower-case letters, digits and inner hyphens, as in a URL path segment. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Why a slug is refused, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  return SLUG.test(slug)
    ? undefined
    : "use 1–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit";
}

/** A deliberately loose check: one @ with something either side, no spaces; delivery proves the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function emailProblem(email: string): string | undefined {
  return EMAIL.test(email) && email.length <= 254 ? undefined : "expected an address such as ana@example.com";
}

export interface Organisation {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface User {
  readonly id: string;
  /** Stored in lower case: two spellings of one address are one user. */
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface Membership {
  readonly organisationId: string;
  readonly userId: string;
  readonly role: Role;
  readonly createdAt: string;
}

/**
 * What an API key may be limited to, beyond its role (docs/server.md, "API
 * key scopes"). A key without scopes may do everything its role allows; a
 * key with scopes only the routes that need one of them, and the routes that
 * need none (`users/me`).
 */
export const API_SCOPES = [
  "reviews:read",
  "reviews:write",
  "findings:write",
  "projects:write",
  "members:read",
  "members:write",
  "keys:read",
  "keys:write",
  "usage:read",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && (API_SCOPES as readonly string[]).includes(value);
}

/** An API key as stored: never the key itself, only its hash and a prefix a person can recognise. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly organisationId: string;
  /** The user it acts for; undefined for a key of the organisation itself (a CI robot). */
  readonly userId?: string;
  readonly name: string;
  /** The most the key may do; with a user, their membership caps it too. */
  readonly role: Role;
  /** The first characters of the key (`cg_` and eight more), for lists and logs. */
  readonly prefix: string;
  /** The scopes the key is limited to; absent for every scope its role allows. */
  readonly scopes?: readonly ApiScope[];
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly revokedAt?: string;
}

/** What a presented API key grants, once found and checked. */
export interface ApiKeyGrant {
  readonly key: ApiKeyRecord;
  readonly organisation: Organisation;
  /** The key's role, lowered to its user's current membership role. */
  readonly role: Role;
  /** The user the key acts for, read with the key. */
  readonly user?: User;
}

/** A finding someone decided is not worth reporting in this project, and why. */
export interface Dismissal {
  readonly fingerprint: string;
  /** Who dismissed it: a user id, or a readable name for the CLI. */
  readonly by: string;
  readonly reason: string;
  readonly at: string;
}
