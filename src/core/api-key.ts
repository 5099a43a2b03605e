import { createHash, timingSafeEqual } from "node:crypto";

/**
 * API keys (docs/storage.md, "API keys"): `cg_` followed by 32 random bytes
 * in base64url, 46 characters in all. Only a SHA-384 of the key is stored,
 * with its first 11 characters (`cg_` and eight more) to find candidates and
 * to show a person which key is meant. Hashing is pure computation;
 * node:crypto is used for speed and for a constant-time comparison, not I/O.
 */
export const API_KEY_MARK = "cg_";
const RANDOM_BYTES = 32;
const PREFIX_LENGTH = API_KEY_MARK.length + 8;
const WELL_FORMED = /^cg_[A-Za-z0-9_-]{43}$/;

/** Builds a key from random bytes the caller draws (randomBytes(32) at the edge). */
export function apiKeyFrom(random: Uint8Array): string {
  if (random.length !== RANDOM_BYTES) {
    throw new RangeError(`an API key needs ${RANDOM_BYTES} random bytes, got ${random.length}`);
  }
  return API_KEY_MARK + Buffer.from(random).toString("base64url");
}

export function isWellFormedApiKey(presented: string): boolean {
  return WELL_FORMED.test(presented);
}

/** What is shown in lists: enough to tell keys apart, far too little to use. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

export function apiKeyHash(key: string): string {
  return createHash("sha384").update(key, "utf8").digest("hex");
}

/** Compares two hex hashes in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
