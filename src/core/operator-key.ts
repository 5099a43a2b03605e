import { apiKeyHash } from "./api-key.js";
import type { Organisation } from "./team.js";

/**
 * The operator's keys (docs/server.md, "Operator"): `cgop_` and 32 random
 * bytes in base64url. The mark differs from an organisation's `cg_` keys so
 * neither is ever looked up as the other; only a SHA-384 is stored, as for
 * API keys (src/core/api-key.ts).
 */
export const OPERATOR_KEY_MARK = "cgop_";
const RANDOM_BYTES = 32;
const PREFIX_LENGTH = OPERATOR_KEY_MARK.length + 8;
const WELL_FORMED = /^cgop_[A-Za-z0-9_-]{43}$/;

/** What the operator sees of a key after it was shown once. */
export interface OperatorKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly revokedAt?: string;
}

/** Builds a key from random bytes the caller draws (randomBytes(32) at the edge). */
export function operatorKeyFrom(random: Uint8Array): string {
  if (random.length !== RANDOM_BYTES) {
    throw new RangeError(`an operator key needs ${RANDOM_BYTES} random bytes, got ${random.length}`);
  }
  return OPERATOR_KEY_MARK + Buffer.from(random).toString("base64url");
}

export function isOperatorKey(presented: string): boolean {
  return WELL_FORMED.test(presented);
}

export function operatorKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

export const operatorKeyHash = apiKeyHash;

/** One organisation's use of the service over a period (GET /v1/admin/usage). */
export interface OrganisationUsage {
  readonly organisation: Organisation;
  /** Reviews stored whose start lies in the period (finished and cancelled). */
  readonly reviews: number;
  readonly llmTokens: number;
  readonly llmCostCents: number;
}

/** What the operator's routes read: their keys, and every organisation with its usage. */
export interface OperatorStore {
  readonly keys: {
    /** The key's record when it is an operator key in force. */
    find(presented: string): Promise<OperatorKeyRecord | undefined>;
  };
  organisations(): Promise<readonly Organisation[]>;
  /** Every organisation with its reviews, tokens and cost for reviews started in [from, to). */
  usage(from: string, to: string): Promise<readonly OrganisationUsage[]>;
}

/**
 * The keys in force that `given` names for `admin revoke-operator-key`: its
 * prefix as listed (the trailing "…" optional) or its name. A prefix names
 * one key; a name may name several, which the caller refuses as ambiguous.
 */
export function operatorKeysNamed(
  keys: readonly OperatorKeyRecord[],
  given: string,
): readonly OperatorKeyRecord[] {
  const wanted = given.trim().replace(/…$/, "");
  const inForce = keys.filter((key) => key.revokedAt === undefined);
  const byPrefix = inForce.filter((key) => key.prefix === wanted);
  return byPrefix.length > 0 ? byPrefix : inForce.filter((key) => key.name === wanted);
}
