/**
 * The few ways SQLite and PostgreSQL differ for this store. Everything else
 * (queries, migrations, mapping) is shared.
 */
export type FlavourName = "sqlite" | "postgres";

export interface Flavour {
  readonly name: FlavourName;
  /** Column type for JSON documents. */
  readonly jsonType: "text" | "jsonb";
  /** Column type for flags. */
  readonly boolType: "integer" | "boolean";
  /** better-sqlite3 cannot bind booleans; PostgreSQL wants real ones. */
  bool(value: boolean): boolean | number;
}

export const SQLITE: Flavour = {
  name: "sqlite",
  jsonType: "text",
  boolType: "integer",
  bool: (value) => (value ? 1 : 0),
};

export const POSTGRES: Flavour = {
  name: "postgres",
  jsonType: "jsonb",
  boolType: "boolean",
  bool: (value) => value,
};
