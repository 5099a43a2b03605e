import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { StoreDatabase } from "./schema.js";

/** Stands for the n-th argument while the query is built; no real value looks like it. */
const placeholder = (n: number): string => `\u0000cg-prepared-${n}\u0000`;

interface Compiled<Row> {
  readonly query: CompiledQuery<Row>;
  /** For each of the query's parameters, the argument it takes, or undefined for a constant of the query. */
  readonly slots: readonly (number | undefined)[];
}

/**
 * A query Kysely builds and compiles once per store, then runs with new
 * values: building and compiling cost more CPU than SQLite running the
 * HTTP service's point reads (docs/benchmarks.md, "Service"). Every argument
 * is a string value in the query (ids, never table or column names), so it
 * is always sent as a bound parameter, as Kysely would send it.
 */
export class PreparedQuery<Row> {
  private compiled: Compiled<Row> | undefined;

  /** Compiled for `db`'s dialect, so it belongs to one store and runs on its connections. */
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly arity: number,
    private readonly build: (db: Kysely<StoreDatabase>, ...args: readonly string[]) => Compilable<Row>,
  ) {}

  async execute(...args: readonly string[]): Promise<Row[]> {
    if (args.length !== this.arity) {
      throw new RangeError(`a prepared query of ${this.arity} arguments was given ${args.length}`);
    }
    const { query, slots } = this.compile();
    const parameters = slots.map((slot, n) => (slot === undefined ? query.parameters[n] : args[slot]));
    const result = await this.db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  }

  async executeTakeFirst(...args: readonly string[]): Promise<Row | undefined> {
    return (await this.execute(...args))[0];
  }

  private compile(): Compiled<Row> {
    if (this.compiled !== undefined) return this.compiled;
    const marks = Array.from({ length: this.arity }, (_, n) => placeholder(n));
    const query = this.build(this.db, ...marks).compile();
    const slots = query.parameters.map((value) => {
      const slot = typeof value === "string" ? marks.indexOf(value) : -1;
      return slot === -1 ? undefined : slot;
    });
    // An argument Kysely inlined into the SQL text, or never used, would be silently ignored.
    const unbound = marks.findIndex((mark, n) => !slots.includes(n) || query.sql.includes(mark));
    if (unbound !== -1) {
      throw new Error(`a prepared query does not bind its argument ${unbound} as a parameter: ${query.sql}`);
    }
    this.compiled = { query, slots };
    return this.compiled;
  }
}
