import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Review } from "../core/review.js";
import type { Flavour } from "./flavour.js";
import type { KyselyStorePool } from "./store-pool.js";

export interface TeamContractSubject {
  readonly flavour: Flavour;
  /** A pool on the shared test database. */
  readonly open: () => Promise<KyselyStorePool>;
  /**
   * A pool on a new, empty database that was first migrated only up to
   * `upTo`, as an older CodeGuardian left it, and filled by `fill`.
   */
  readonly openUpgraded: (
    upTo: string,
    fill: (db: Kysely<unknown>) => Promise<void>,
  ) => Promise<KyselyStorePool>;
  /** Run after the scoping contract, the last one registered on the subject. */
  readonly cleanup?: () => Promise<void>;
}

export function uid(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** A slug unique per test: organisations persist in shared databases. */
export function slug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function incomplete(r: Review): Review {
  return { ...r, completeness: "incomplete" };
}
export function againstBase(r: Review, base: string): Review {
  return {
    ...r,
    scope: { kind: "diff", base, wholeFiles: false },
    diff: { base, changedFiles: 2, wholeFiles: false },
  };
}

export async function insertRow(
  db: Kysely<unknown>,
  table: string,
  row: Readonly<Record<string, unknown>>,
): Promise<void> {
  const columns = Object.keys(row);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
}
